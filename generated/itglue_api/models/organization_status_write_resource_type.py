from typing import Literal

OrganizationStatusWriteResourceType = Literal[
    "organization-statuses", "organization_statuses"
]

ORGANIZATION_STATUS_WRITE_RESOURCE_TYPE_VALUES: set[
    OrganizationStatusWriteResourceType
] = {
    "organization-statuses",
    "organization_statuses",
}


def check_organization_status_write_resource_type(
    value: str,
) -> OrganizationStatusWriteResourceType:
    if value in ORGANIZATION_STATUS_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_STATUS_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
