from typing import Literal

LogWriteResourceType = Literal["logs"]

LOG_WRITE_RESOURCE_TYPE_VALUES: set[LogWriteResourceType] = {
    "logs",
}


def check_log_write_resource_type(value: str) -> LogWriteResourceType:
    if value in LOG_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOG_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
