from typing import Literal

PlatformWriteResourceType = Literal["platforms"]

PLATFORM_WRITE_RESOURCE_TYPE_VALUES: set[PlatformWriteResourceType] = {
    "platforms",
}


def check_platform_write_resource_type(value: str) -> PlatformWriteResourceType:
    if value in PLATFORM_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLATFORM_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
