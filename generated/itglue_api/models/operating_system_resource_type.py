from typing import Literal

OperatingSystemResourceType = Literal["operating-systems"]

OPERATING_SYSTEM_RESOURCE_TYPE_VALUES: set[OperatingSystemResourceType] = {
    "operating-systems",
}


def check_operating_system_resource_type(value: str) -> OperatingSystemResourceType:
    if value in OPERATING_SYSTEM_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPERATING_SYSTEM_RESOURCE_TYPE_VALUES!r}"
    )
