from typing import Literal

ConfigurationStatusWriteResourceType = Literal[
    "configuration-statuses", "configuration_statuses"
]

CONFIGURATION_STATUS_WRITE_RESOURCE_TYPE_VALUES: set[
    ConfigurationStatusWriteResourceType
] = {
    "configuration-statuses",
    "configuration_statuses",
}


def check_configuration_status_write_resource_type(
    value: str,
) -> ConfigurationStatusWriteResourceType:
    if value in CONFIGURATION_STATUS_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_STATUS_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
