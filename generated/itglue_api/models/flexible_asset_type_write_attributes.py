from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlexibleAssetTypeWriteAttributes")


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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_show_in_menu(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_in_menu = _parse_show_in_menu(d.pop("show-in-menu", UNSET))

        flexible_asset_type_write_attributes = cls(
            name=name,
            description=description,
            icon=icon,
            enabled=enabled,
            show_in_menu=show_in_menu,
        )

        flexible_asset_type_write_attributes.additional_properties = d
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
