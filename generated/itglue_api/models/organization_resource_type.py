from typing import Literal

OrganizationResourceType = Literal["organizations"]

ORGANIZATION_RESOURCE_TYPE_VALUES: set[OrganizationResourceType] = {
    "organizations",
}


def check_organization_resource_type(value: str) -> OrganizationResourceType:
    if value in ORGANIZATION_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_RESOURCE_TYPE_VALUES!r}"
    )
