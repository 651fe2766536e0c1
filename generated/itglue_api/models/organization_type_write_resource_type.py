from typing import Literal

OrganizationTypeWriteResourceType = Literal["organization-types", "organization_types"]

ORGANIZATION_TYPE_WRITE_RESOURCE_TYPE_VALUES: set[OrganizationTypeWriteResourceType] = {
    "organization-types",
    "organization_types",
}


def check_organization_type_write_resource_type(
    value: str,
) -> OrganizationTypeWriteResourceType:
    if value in ORGANIZATION_TYPE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_TYPE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
