from typing import Literal

FlexibleAssetTypeSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

FLEXIBLE_ASSET_TYPE_SORT_VALUES: set[FlexibleAssetTypeSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_flexible_asset_type_sort(value: str) -> FlexibleAssetTypeSort:
    if value in FLEXIBLE_ASSET_TYPE_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_TYPE_SORT_VALUES!r}"
    )
