from typing import Literal

ConfigurationTypeResourceType = Literal["configuration-types"]

CONFIGURATION_TYPE_RESOURCE_TYPE_VALUES: set[ConfigurationTypeResourceType] = {
    "configuration-types",
}


def check_configuration_type_resource_type(value: str) -> ConfigurationTypeResourceType:
    if value in CONFIGURATION_TYPE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_TYPE_RESOURCE_TYPE_VALUES!r}"
    )
