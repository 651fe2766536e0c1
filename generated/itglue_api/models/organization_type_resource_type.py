from typing import Literal

OrganizationTypeResourceType = Literal["organization-types"]

ORGANIZATION_TYPE_RESOURCE_TYPE_VALUES: set[OrganizationTypeResourceType] = {
    "organization-types",
}


def check_organization_type_resource_type(value: str) -> OrganizationTypeResourceType:
    if value in ORGANIZATION_TYPE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_TYPE_RESOURCE_TYPE_VALUES!r}"
    )
