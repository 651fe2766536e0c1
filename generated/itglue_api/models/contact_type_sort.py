from typing import Literal

ContactTypeSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

CONTACT_TYPE_SORT_VALUES: set[ContactTypeSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_contact_type_sort(value: str) -> ContactTypeSort:
    if value in CONTACT_TYPE_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_SORT_VALUES!r}"
    )
