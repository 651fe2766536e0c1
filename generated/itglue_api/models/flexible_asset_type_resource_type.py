from typing import Literal

FlexibleAssetTypeResourceType = Literal["flexible-asset-types"]

FLEXIBLE_ASSET_TYPE_RESOURCE_TYPE_VALUES: set[FlexibleAssetTypeResourceType] = {
    "flexible-asset-types",
}


def check_flexible_asset_type_resource_type(
    value: str,
) -> FlexibleAssetTypeResourceType:
    if value in FLEXIBLE_ASSET_TYPE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_TYPE_RESOURCE_TYPE_VALUES!r}"
    )
