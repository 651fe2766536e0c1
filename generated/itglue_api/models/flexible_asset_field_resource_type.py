from typing import Literal

FlexibleAssetFieldResourceType = Literal["flexible-asset-fields"]

FLEXIBLE_ASSET_FIELD_RESOURCE_TYPE_VALUES: set[FlexibleAssetFieldResourceType] = {
    "flexible-asset-fields",
}


def check_flexible_asset_field_resource_type(
    value: str,
) -> FlexibleAssetFieldResourceType:
    if value in FLEXIBLE_ASSET_FIELD_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_FIELD_RESOURCE_TYPE_VALUES!r}"
    )
