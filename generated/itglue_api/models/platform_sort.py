from typing import Literal

PlatformSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

PLATFORM_SORT_VALUES: set[PlatformSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_platform_sort(value: str) -> PlatformSort:
    if value in PLATFORM_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLATFORM_SORT_VALUES!r}"
    )
