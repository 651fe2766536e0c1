from typing import Literal

ManufacturerWriteResourceType = Literal["manufacturers"]

MANUFACTURER_WRITE_RESOURCE_TYPE_VALUES: set[ManufacturerWriteResourceType] = {
    "manufacturers",
}


def check_manufacturer_write_resource_type(value: str) -> ManufacturerWriteResourceType:
    if value in MANUFACTURER_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUFACTURER_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
