from typing import Literal

LocationWriteResourceType = Literal["locations"]

LOCATION_WRITE_RESOURCE_TYPE_VALUES: set[LocationWriteResourceType] = {
    "locations",
}


def check_location_write_resource_type(value: str) -> LocationWriteResourceType:
    if value in LOCATION_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
