from typing import Literal

RegionResourceType = Literal["regions"]

REGION_RESOURCE_TYPE_VALUES: set[RegionResourceType] = {
    "regions",
}


def check_region_resource_type(value: str) -> RegionResourceType:
    if value in REGION_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGION_RESOURCE_TYPE_VALUES!r}"
    )
