from typing import Literal

ExpirationResourceType = Literal["expirations"]

EXPIRATION_RESOURCE_TYPE_VALUES: set[ExpirationResourceType] = {
    "expirations",
}


def check_expiration_resource_type(value: str) -> ExpirationResourceType:
    if value in EXPIRATION_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPIRATION_RESOURCE_TYPE_VALUES!r}"
    )
