from typing import Literal

PasswordWriteResourceType = Literal["passwords"]

PASSWORD_WRITE_RESOURCE_TYPE_VALUES: set[PasswordWriteResourceType] = {
    "passwords",
}


def check_password_write_resource_type(value: str) -> PasswordWriteResourceType:
    if value in PASSWORD_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
