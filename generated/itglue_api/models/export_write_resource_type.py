from typing import Literal

ExportWriteResourceType = Literal["exports"]

EXPORT_WRITE_RESOURCE_TYPE_VALUES: set[ExportWriteResourceType] = {
    "exports",
}


def check_export_write_resource_type(value: str) -> ExportWriteResourceType:
    if value in EXPORT_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
