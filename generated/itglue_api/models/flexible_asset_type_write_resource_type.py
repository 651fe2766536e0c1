from typing import Literal

FlexibleAssetTypeWriteResourceType = Literal[
    "flexible-asset-types", "flexible_asset_types"
]

FLEXIBLE_ASSET_TYPE_WRITE_RESOURCE_TYPE_VALUES: set[
    FlexibleAssetTypeWriteResourceType
] = {
    "flexible-asset-types",
    "flexible_asset_types",
}


def check_flexible_asset_type_write_resource_type(
    value: str,
) -> FlexibleAssetTypeWriteResourceType:
    if value in FLEXIBLE_ASSET_TYPE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_TYPE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
