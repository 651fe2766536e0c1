from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flexible_asset_field_kind import (
    FlexibleAssetFieldKind,
    check_flexible_asset_field_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexibleAssetFieldWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "order",
        "name",
        "kind",
        "hint",
        "decimals",
        "tag-type",
        "required",
        "use-for-title",
        "expiration",
        "show-in-list",
        "default-value",
        "flexible-asset-type-id",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class FlexibleAssetFieldWriteAttributes:
    """Writable attributes of flexible_asset_fields. The API also accepts snake_case keys; attributes not sent keep their
    value on update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            order (int | None | Unset):
            name (str | Unset):
            kind (FlexibleAssetFieldKind | Unset):
            hint (None | str | Unset):
            decimals (int | None | Unset):
            tag_type (None | str | Unset):
            required (bool | None | Unset):
            use_for_title (bool | None | Unset):
            expiration (bool | None | Unset):
            show_in_list (bool | None | Unset):
            default_value (None | str | Unset):
            flexible_asset_type_id (int | None | Unset):
    """

    order: int | None | Unset = UNSET
    name: str | Unset = UNSET
    kind: FlexibleAssetFieldKind | Unset = UNSET
    hint: None | str | Unset = UNSET
    decimals: int | None | Unset = UNSET
    tag_type: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    use_for_title: bool | None | Unset = UNSET
    expiration: bool | None | Unset = UNSET
    show_in_list: bool | None | Unset = UNSET
    default_value: None | str | Unset = UNSET
    flexible_asset_type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        hint: None | str | Unset
        if isinstance(self.hint, Unset):
            hint = UNSET
        else:
            hint = self.hint

        decimals: int | None | Unset
        if isinstance(self.decimals, Unset):
            decimals = UNSET
        else:
            decimals = self.decimals

        tag_type: None | str | Unset
        if isinstance(self.tag_type, Unset):
            tag_type = UNSET
        else:
            tag_type = self.tag_type

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        use_for_title: bool | None | Unset
        if isinstance(self.use_for_title, Unset):
            use_for_title = UNSET
        else:
            use_for_title = self.use_for_title

        expiration: bool | None | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        show_in_list: bool | None | Unset
        if isinstance(self.show_in_list, Unset):
            show_in_list = UNSET
        else:
            show_in_list = self.show_in_list

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        flexible_asset_type_id: int | None | Unset
        if isinstance(self.flexible_asset_type_id, Unset):
            flexible_asset_type_id = UNSET
        else:
            flexible_asset_type_id = self.flexible_asset_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if hint is not UNSET:
            field_dict["hint"] = hint
        if decimals is not UNSET:
            field_dict["decimals"] = decimals
        if tag_type is not UNSET:
            field_dict["tag-type"] = tag_type
        if required is not UNSET:
            field_dict["required"] = required
        if use_for_title is not UNSET:
            field_dict["use-for-title"] = use_for_title
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if show_in_list is not UNSET:
            field_dict["show-in-list"] = show_in_list
        if default_value is not UNSET:
            field_dict["default-value"] = default_value
        if flexible_asset_type_id is not UNSET:
            field_dict["flexible-asset-type-id"] = flexible_asset_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        order: int | None | Unset = src_dict.get("order", UNSET)

        name = src_dict.get("name", UNSET)

        _kind = src_dict.get("kind", UNSET)
        kind: FlexibleAssetFieldKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_flexible_asset_field_kind(_kind)

        hint: None | str | Unset = src_dict.get("hint", UNSET)

        decimals: int | None | Unset = src_dict.get("decimals", UNSET)

        tag_type: None | str | Unset = src_dict.get("tag-type", UNSET)

        required: bool | None | Unset = src_dict.get("required", UNSET)

        use_for_title: bool | None | Unset = src_dict.get("use-for-title", UNSET)

        expiration: bool | None | Unset = src_dict.get("expiration", UNSET)

        show_in_list: bool | None | Unset = src_dict.get("show-in-list", UNSET)

        default_value: None | str | Unset = src_dict.get("default-value", UNSET)

        flexible_asset_type_id: int | None | Unset = src_dict.get(
            "flexible-asset-type-id", UNSET
        )

        flexible_asset_field_write_attributes = cls(
            order,
            name,
            kind,
            hint,
            decimals,
            tag_type,
            required,
            use_for_title,
            expiration,
            show_in_list,
            default_value,
            flexible_asset_type_id,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            flexible_asset_field_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return flexible_asset_field_write_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
