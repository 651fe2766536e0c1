from typing import Literal

FlexibleAssetResourceType = Literal["flexible-assets"]

FLEXIBLE_ASSET_RESOURCE_TYPE_VALUES: set[FlexibleAssetResourceType] = {
    "flexible-assets",
}


def check_flexible_asset_resource_type(value: str) -> FlexibleAssetResourceType:
    if value in FLEXIBLE_ASSET_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_RESOURCE_TYPE_VALUES!r}"
    )
