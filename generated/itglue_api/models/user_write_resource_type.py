from typing import Literal

UserWriteResourceType = Literal["users"]

USER_WRITE_RESOURCE_TYPE_VALUES: set[UserWriteResourceType] = {
    "users",
}


def check_user_write_resource_type(value: str) -> UserWriteResourceType:
    if value in USER_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
