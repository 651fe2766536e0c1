from typing import Literal

FlexibleAssetFieldSort = Literal[
    "-created_at", "-updated_at", "created_at", "updated_at"
]

FLEXIBLE_ASSET_FIELD_SORT_VALUES: set[FlexibleAssetFieldSort] = {
    "-created_at",
    "-updated_at",
    "created_at",
    "updated_at",
}


def check_flexible_asset_field_sort(value: str) -> FlexibleAssetFieldSort:
    if value in FLEXIBLE_ASSET_FIELD_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_FIELD_SORT_VALUES!r}"
    )
