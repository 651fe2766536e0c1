from typing import Literal

DomainWriteResourceType = Literal["domains"]

DOMAIN_WRITE_RESOURCE_TYPE_VALUES: set[DomainWriteResourceType] = {
    "domains",
}


def check_domain_write_resource_type(value: str) -> DomainWriteResourceType:
    if value in DOMAIN_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
