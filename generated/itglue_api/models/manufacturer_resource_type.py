from typing import Literal

ManufacturerResourceType = Literal["manufacturers"]

MANUFACTURER_RESOURCE_TYPE_VALUES: set[ManufacturerResourceType] = {
    "manufacturers",
}


def check_manufacturer_resource_type(value: str) -> ManufacturerResourceType:
    if value in MANUFACTURER_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUFACTURER_RESOURCE_TYPE_VALUES!r}"
    )
