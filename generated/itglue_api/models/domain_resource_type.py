from typing import Literal

DomainResourceType = Literal["domains"]

DOMAIN_RESOURCE_TYPE_VALUES: set[DomainResourceType] = {
    "domains",
}


def check_domain_resource_type(value: str) -> DomainResourceType:
    if value in DOMAIN_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_RESOURCE_TYPE_VALUES!r}"
    )
