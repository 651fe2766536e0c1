from typing import Literal

OrganizationStatusSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

ORGANIZATION_STATUS_SORT_VALUES: set[OrganizationStatusSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_organization_status_sort(value: str) -> OrganizationStatusSort:
    if value in ORGANIZATION_STATUS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_STATUS_SORT_VALUES!r}"
    )
