from typing import Literal

ConfigurationInterfaceWriteResourceType = Literal[
    "configuration-interfaces", "configuration_interfaces"
]

CONFIGURATION_INTERFACE_WRITE_RESOURCE_TYPE_VALUES: set[
    ConfigurationInterfaceWriteResourceType
] = {
    "configuration-interfaces",
    "configuration_interfaces",
}


def check_configuration_interface_write_resource_type(
    value: str,
) -> ConfigurationInterfaceWriteResourceType:
    if value in CONFIGURATION_INTERFACE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_INTERFACE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
