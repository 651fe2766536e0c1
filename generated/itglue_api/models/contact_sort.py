from typing import Literal

ContactSort = Literal[
    "-created_at",
    "-first_name",
    "-id",
    "-last_name",
    "-updated_at",
    "created_at",
    "first_name",
    "id",
    "last_name",
    "updated_at",
]

CONTACT_SORT_VALUES: set[ContactSort] = {
    "-created_at",
    "-first_name",
    "-id",
    "-last_name",
    "-updated_at",
    "created_at",
    "first_name",
    "id",
    "last_name",
    "updated_at",
}


def check_contact_sort(value: str) -> ContactSort:
    if value in CONTACT_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_SORT_VALUES!r}"
    )
