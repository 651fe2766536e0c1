from typing import Literal

OrganizationStatusResourceType = Literal["organization-statuses"]

ORGANIZATION_STATUS_RESOURCE_TYPE_VALUES: set[OrganizationStatusResourceType] = {
    "organization-statuses",
}


def check_organization_status_resource_type(
    value: str,
) -> OrganizationStatusResourceType:
    if value in ORGANIZATION_STATUS_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_STATUS_RESOURCE_TYPE_VALUES!r}"
    )
