from typing import Literal

FlexibleAssetFieldWriteResourceType = Literal[
    "flexible-asset-fields", "flexible_asset_fields"
]

FLEXIBLE_ASSET_FIELD_WRITE_RESOURCE_TYPE_VALUES: set[
    FlexibleAssetFieldWriteResourceType
] = {
    "flexible-asset-fields",
    "flexible_asset_fields",
}


def check_flexible_asset_field_write_resource_type(
    value: str,
) -> FlexibleAssetFieldWriteResourceType:
    if value in FLEXIBLE_ASSET_FIELD_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_FIELD_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
