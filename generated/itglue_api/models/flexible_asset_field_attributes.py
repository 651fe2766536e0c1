from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlexibleAssetFieldAttributes")

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
        "name-key",
        "default-value",
        "flexible-asset-type-id",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class FlexibleAssetFieldAttributes:
    """Attributes of flexible_asset_fields as returned (kebab-case).

    Attributes:
        order (int | None):
        name (str):
        kind (str):
        hint (None | str):
        decimals (int | None):
        tag_type (None | str):
        required (bool | None):
        use_for_title (bool | None):
        expiration (bool | None):
        show_in_list (bool | None):
        name_key (None | str):
        default_value (None | str):
        flexible_asset_type_id (int | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    order: int | None
    name: str
    kind: str
    hint: None | str
    decimals: int | None
    tag_type: None | str
    required: bool | None
    use_for_title: bool | None
    expiration: bool | None
    show_in_list: bool | None
    name_key: None | str
    default_value: None | str
    flexible_asset_type_id: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: int | None
        order = self.order

        name = self.name

        kind = self.kind

        hint: None | str
        hint = self.hint

        decimals: int | None
        decimals = self.decimals

        tag_type: None | str
        tag_type = self.tag_type

        required: bool | None
        required = self.required

        use_for_title: bool | None
        use_for_title = self.use_for_title

        expiration: bool | None
        expiration = self.expiration

        show_in_list: bool | None
        show_in_list = self.show_in_list

        name_key: None | str
        name_key = self.name_key

        default_value: None | str
        default_value = self.default_value

        flexible_asset_type_id: int | None
        flexible_asset_type_id = self.flexible_asset_type_id

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "name": name,
                "kind": kind,
                "hint": hint,
                "decimals": decimals,
                "tag-type": tag_type,
                "required": required,
                "use-for-title": use_for_title,
                "expiration": expiration,
                "show-in-list": show_in_list,
                "name-key": name_key,
                "default-value": default_value,
                "flexible-asset-type-id": flexible_asset_type_id,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        order: int | None = src_dict["order"]

        name = src_dict["name"]

        kind = src_dict["kind"]

        hint: None | str = src_dict["hint"]

        decimals: int | None = src_dict["decimals"]

        tag_type: None | str = src_dict["tag-type"]

        required: bool | None = src_dict["required"]

        use_for_title: bool | None = src_dict["use-for-title"]

        expiration: bool | None = src_dict["expiration"]

        show_in_list: bool | None = src_dict["show-in-list"]

        name_key: None | str = src_dict["name-key"]

        default_value: None | str = src_dict["default-value"]

        flexible_asset_type_id: int | None = src_dict["flexible-asset-type-id"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        flexible_asset_field_attributes = cls(
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
            name_key,
            default_value,
            flexible_asset_type_id,
            created_at,
            updated_at,
        )

        if len(src_dict) > 15:
            flexible_asset_field_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return flexible_asset_field_attributes

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
