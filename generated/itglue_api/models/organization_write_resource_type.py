from typing import Literal

OrganizationWriteResourceType = Literal["organizations"]

ORGANIZATION_WRITE_RESOURCE_TYPE_VALUES: set[OrganizationWriteResourceType] = {
    "organizations",
}


def check_organization_write_resource_type(value: str) -> OrganizationWriteResourceType:
    if value in ORGANIZATION_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
