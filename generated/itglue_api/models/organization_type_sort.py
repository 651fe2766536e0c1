from typing import Literal

OrganizationTypeSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

ORGANIZATION_TYPE_SORT_VALUES: set[OrganizationTypeSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_organization_type_sort(value: str) -> OrganizationTypeSort:
    if value in ORGANIZATION_TYPE_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_TYPE_SORT_VALUES!r}"
    )
