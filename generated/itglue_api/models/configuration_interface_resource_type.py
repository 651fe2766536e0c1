from typing import Literal

ConfigurationInterfaceResourceType = Literal["configuration-interfaces"]

CONFIGURATION_INTERFACE_RESOURCE_TYPE_VALUES: set[
    ConfigurationInterfaceResourceType
] = {
    "configuration-interfaces",
}


def check_configuration_interface_resource_type(
    value: str,
) -> ConfigurationInterfaceResourceType:
    if value in CONFIGURATION_INTERFACE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_INTERFACE_RESOURCE_TYPE_VALUES!r}"
    )
