from typing import Literal

UserResourceType = Literal["users"]

USER_RESOURCE_TYPE_VALUES: set[UserResourceType] = {
    "users",
}


def check_user_resource_type(value: str) -> UserResourceType:
    if value in USER_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_RESOURCE_TYPE_VALUES!r}"
    )
