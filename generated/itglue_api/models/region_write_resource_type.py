from typing import Literal

RegionWriteResourceType = Literal["regions"]

REGION_WRITE_RESOURCE_TYPE_VALUES: set[RegionWriteResourceType] = {
    "regions",
}


def check_region_write_resource_type(value: str) -> RegionWriteResourceType:
    if value in REGION_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGION_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
