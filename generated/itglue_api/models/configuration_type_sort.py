from typing import Literal

ConfigurationTypeSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

CONFIGURATION_TYPE_SORT_VALUES: set[ConfigurationTypeSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_configuration_type_sort(value: str) -> ConfigurationTypeSort:
    if value in CONFIGURATION_TYPE_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_TYPE_SORT_VALUES!r}"
    )
