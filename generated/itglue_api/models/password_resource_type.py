from typing import Literal

PasswordResourceType = Literal["passwords"]

PASSWORD_RESOURCE_TYPE_VALUES: set[PasswordResourceType] = {
    "passwords",
}


def check_password_resource_type(value: str) -> PasswordResourceType:
    if value in PASSWORD_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_RESOURCE_TYPE_VALUES!r}"
    )
