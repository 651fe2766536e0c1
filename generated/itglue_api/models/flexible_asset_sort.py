from typing import Literal

FlexibleAssetSort = Literal[
    "-created_at", "-name", "-updated_at", "created_at", "name", "updated_at"
]

FLEXIBLE_ASSET_SORT_VALUES: set[FlexibleAssetSort] = {
    "-created_at",
    "-name",
    "-updated_at",
    "created_at",
    "name",
    "updated_at",
}


def check_flexible_asset_sort(value: str) -> FlexibleAssetSort:
    if value in FLEXIBLE_ASSET_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_SORT_VALUES!r}"
    )
