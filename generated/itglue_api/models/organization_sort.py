from typing import Literal

OrganizationSort = Literal[
    "-created_at",
    "-id",
    "-my_glue_account_id",
    "-name",
    "-organization_status_name",
    "-organization_type_name",
    "-short_name",
    "-updated_at",
    "created_at",
    "id",
    "my_glue_account_id",
    "name",
    "organization_status_name",
    "organization_type_name",
    "short_name",
    "updated_at",
]

ORGANIZATION_SORT_VALUES: set[OrganizationSort] = {
    "-created_at",
    "-id",
    "-my_glue_account_id",
    "-name",
    "-organization_status_name",
    "-organization_type_name",
    "-short_name",
    "-updated_at",
    "created_at",
    "id",
    "my_glue_account_id",
    "name",
    "organization_status_name",
    "organization_type_name",
    "short_name",
    "updated_at",
}


def check_organization_sort(value: str) -> OrganizationSort:
    if value in ORGANIZATION_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_SORT_VALUES!r}"
    )
