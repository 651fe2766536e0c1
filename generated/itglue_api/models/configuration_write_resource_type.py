from typing import Literal

ConfigurationWriteResourceType = Literal["configurations"]

CONFIGURATION_WRITE_RESOURCE_TYPE_VALUES: set[ConfigurationWriteResourceType] = {
    "configurations",
}


def check_configuration_write_resource_type(
    value: str,
) -> ConfigurationWriteResourceType:
    if value in CONFIGURATION_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
