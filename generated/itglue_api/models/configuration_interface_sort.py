from typing import Literal

ConfigurationInterfaceSort = Literal[
    "-created_at", "-updated_at", "created_at", "updated_at"
]

CONFIGURATION_INTERFACE_SORT_VALUES: set[ConfigurationInterfaceSort] = {
    "-created_at",
    "-updated_at",
    "created_at",
    "updated_at",
}


def check_configuration_interface_sort(value: str) -> ConfigurationInterfaceSort:
    if value in CONFIGURATION_INTERFACE_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_INTERFACE_SORT_VALUES!r}"
    )
