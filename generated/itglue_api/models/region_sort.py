from typing import Literal

RegionSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

REGION_SORT_VALUES: set[RegionSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_region_sort(value: str) -> RegionSort:
    if value in REGION_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGION_SORT_VALUES!r}"
    )
