from typing import Literal

PlatformResourceType = Literal["platforms"]

PLATFORM_RESOURCE_TYPE_VALUES: set[PlatformResourceType] = {
    "platforms",
}


def check_platform_resource_type(value: str) -> PlatformResourceType:
    if value in PLATFORM_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLATFORM_RESOURCE_TYPE_VALUES!r}"
    )
