from typing import Literal

GroupResourceType = Literal["groups"]

GROUP_RESOURCE_TYPE_VALUES: set[GroupResourceType] = {
    "groups",
}


def check_group_resource_type(value: str) -> GroupResourceType:
    if value in GROUP_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_RESOURCE_TYPE_VALUES!r}"
    )
