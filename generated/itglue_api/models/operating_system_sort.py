from typing import Literal

OperatingSystemSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

OPERATING_SYSTEM_SORT_VALUES: set[OperatingSystemSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_operating_system_sort(value: str) -> OperatingSystemSort:
    if value in OPERATING_SYSTEM_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPERATING_SYSTEM_SORT_VALUES!r}"
    )
