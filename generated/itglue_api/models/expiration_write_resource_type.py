from typing import Literal

ExpirationWriteResourceType = Literal["expirations"]

EXPIRATION_WRITE_RESOURCE_TYPE_VALUES: set[ExpirationWriteResourceType] = {
    "expirations",
}


def check_expiration_write_resource_type(value: str) -> ExpirationWriteResourceType:
    if value in EXPIRATION_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPIRATION_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
