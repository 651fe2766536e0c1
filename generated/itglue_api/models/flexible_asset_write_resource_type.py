from typing import Literal

FlexibleAssetWriteResourceType = Literal["flexible-assets", "flexible_assets"]

FLEXIBLE_ASSET_WRITE_RESOURCE_TYPE_VALUES: set[FlexibleAssetWriteResourceType] = {
    "flexible-assets",
    "flexible_assets",
}


def check_flexible_asset_write_resource_type(
    value: str,
) -> FlexibleAssetWriteResourceType:
    if value in FLEXIBLE_ASSET_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
