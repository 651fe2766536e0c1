from typing import Literal

GroupWriteResourceType = Literal["groups"]

GROUP_WRITE_RESOURCE_TYPE_VALUES: set[GroupWriteResourceType] = {
    "groups",
}


def check_group_write_resource_type(value: str) -> GroupWriteResourceType:
    if value in GROUP_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
