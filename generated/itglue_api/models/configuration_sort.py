from typing import Literal

ConfigurationSort = Literal[
    "-created-at",
    "-created_at",
    "-id",
    "-name",
    "-updated-at",
    "-updated_at",
    "created-at",
    "created_at",
    "id",
    "name",
    "updated-at",
    "updated_at",
]

CONFIGURATION_SORT_VALUES: set[ConfigurationSort] = {
    "-created-at",
    "-created_at",
    "-id",
    "-name",
    "-updated-at",
    "-updated_at",
    "created-at",
    "created_at",
    "id",
    "name",
    "updated-at",
    "updated_at",
}


def check_configuration_sort(value: str) -> ConfigurationSort:
    if value in CONFIGURATION_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONFIGURATION_SORT_VALUES!r}"
    )
