from typing import Literal

FlexibleAssetFieldKind = Literal[
    "Checkbox",
    "Date",
    "Header",
    "Number",
    "Password",
    "Percent",
    "Select",
    "Tag",
    "Text",
    "Textbox",
    "Upload",
]

FLEXIBLE_ASSET_FIELD_KIND_VALUES: set[FlexibleAssetFieldKind] = {
    "Checkbox",
    "Date",
    "Header",
    "Number",
    "Password",
    "Percent",
    "Select",
    "Tag",
    "Text",
    "Textbox",
    "Upload",
}


def check_flexible_asset_field_kind(value: str) -> FlexibleAssetFieldKind:
    if value in FLEXIBLE_ASSET_FIELD_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLEXIBLE_ASSET_FIELD_KIND_VALUES!r}"
    )
