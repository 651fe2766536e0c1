from typing import Literal

ResourceAccessResourceType = Literal[
    "group-resource-accesses", "resource-accesses", "user-resource-accesses"
]

RESOURCE_ACCESS_RESOURCE_TYPE_VALUES: set[ResourceAccessResourceType] = {
    "group-resource-accesses",
    "resource-accesses",
    "user-resource-accesses",
}


def check_resource_access_resource_type(value: str) -> ResourceAccessResourceType:
    if value in RESOURCE_ACCESS_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_ACCESS_RESOURCE_TYPE_VALUES!r}"
    )
