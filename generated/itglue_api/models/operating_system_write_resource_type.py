from typing import Literal

OperatingSystemWriteResourceType = Literal["operating-systems", "operating_systems"]

OPERATING_SYSTEM_WRITE_RESOURCE_TYPE_VALUES: set[OperatingSystemWriteResourceType] = {
    "operating-systems",
    "operating_systems",
}


def check_operating_system_write_resource_type(
    value: str,
) -> OperatingSystemWriteResourceType:
    if value in OPERATING_SYSTEM_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPERATING_SYSTEM_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
