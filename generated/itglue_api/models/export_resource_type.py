from typing import Literal

ExportResourceType = Literal["exports"]

EXPORT_RESOURCE_TYPE_VALUES: set[ExportResourceType] = {
    "exports",
}


def check_export_resource_type(value: str) -> ExportResourceType:
    if value in EXPORT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_RESOURCE_TYPE_VALUES!r}"
    )
