from typing import Literal

ConfigurationStatusResourceType = Literal["configuration-statuses"]

CONFIGURATION_STATUS_RESOURCE_TYPE_VALUES: set[ConfigurationStatusResourceType] = {
    "configuration-statuses",
}


def check_configuration_status_resource_type(
    value: str,
) -> ConfigurationStatusResourceType:
    if value in CONFIGURATION_STATUS_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_STATUS_RESOURCE_TYPE_VALUES!r}"
    )
