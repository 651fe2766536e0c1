from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexibleAssetTypeWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "icon",
        "enabled",
        "show-in-menu",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class FlexibleAssetTypeWriteAttributes:
    """Writable attributes of flexible_asset_types. The API also accepts snake_case keys; attributes not sent keep their
    value on update.

        Attributes:
            name (str | Unset):
            description (None | str | Unset):
            icon (None | str | Unset):
            enabled (bool | None | Unset):
            show_in_menu (bool | None | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    show_in_menu: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        show_in_menu: bool | None | Unset
        if isinstance(self.show_in_menu, Unset):
            show_in_menu = UNSET
        else:
            show_in_menu = self.show_in_menu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if show_in_menu is not UNSET:
            field_dict["show-in-menu"] = show_in_menu

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        description: None | str | Unset = src_dict.get("description", UNSET)

        icon: None | str | Unset = src_dict.get("icon", UNSET)

        enabled: bool | None | Unset = src_dict.get("enabled", UNSET)

        show_in_menu: bool | None | Unset = src_dict.get("show-in-menu", UNSET)

        flexible_asset_type_write_attributes = cls(
            name,
            description,
            icon,
            enabled,
            show_in_menu,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            flexible_asset_type_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return flexible_asset_type_write_attributes

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
