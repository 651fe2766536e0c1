from typing import Literal

ConfigurationResourceType = Literal["configurations"]

CONFIGURATION_RESOURCE_TYPE_VALUES: set[ConfigurationResourceType] = {
    "configurations",
}


def check_configuration_resource_type(value: str) -> ConfigurationResourceType:
    if value in CONFIGURATION_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_RESOURCE_TYPE_VALUES!r}"
    )
