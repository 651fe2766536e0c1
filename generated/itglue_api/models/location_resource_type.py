from typing import Literal

LocationResourceType = Literal["locations"]

LOCATION_RESOURCE_TYPE_VALUES: set[LocationResourceType] = {
    "locations",
}


def check_location_resource_type(value: str) -> LocationResourceType:
    if value in LOCATION_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_RESOURCE_TYPE_VALUES!r}"
    )
