from typing import Literal

ConfigurationStatusSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

CONFIGURATION_STATUS_SORT_VALUES: set[ConfigurationStatusSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_configuration_status_sort(value: str) -> ConfigurationStatusSort:
    if value in CONFIGURATION_STATUS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_STATUS_SORT_VALUES!r}"
    )
