from typing import Literal

ConfigurationTypeWriteResourceType = Literal[
    "configuration-types", "configuration_types"
]

CONFIGURATION_TYPE_WRITE_RESOURCE_TYPE_VALUES: set[
    ConfigurationTypeWriteResourceType
] = {
    "configuration-types",
    "configuration_types",
}


def check_configuration_type_write_resource_type(
    value: str,
) -> ConfigurationTypeWriteResourceType:
    if value in CONFIGURATION_TYPE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_TYPE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
