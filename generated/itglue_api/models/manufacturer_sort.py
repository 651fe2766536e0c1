from typing import Literal

ManufacturerSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

MANUFACTURER_SORT_VALUES: set[ManufacturerSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_manufacturer_sort(value: str) -> ManufacturerSort:
    if value in MANUFACTURER_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANUFACTURER_SORT_VALUES!r}"
    )
