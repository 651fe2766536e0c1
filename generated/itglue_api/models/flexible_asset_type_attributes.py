from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlexibleAssetTypeAttributes")


@_attrs_define
class FlexibleAssetTypeAttributes:
    """Attributes of flexible_asset_types as returned (kebab-case).

    Attributes:
        name (str):
        description (None | str):
        icon (None | str):
        enabled (bool | None):
        show_in_menu (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: str
    description: None | str
    icon: None | str
    enabled: bool | None
    show_in_menu: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        icon: None | str
        icon = self.icon

        enabled: bool | None
        enabled = self.enabled

        show_in_menu: bool | None
        show_in_menu = self.show_in_menu

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "icon": icon,
                "enabled": enabled,
                "show-in-menu": show_in_menu,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon = _parse_icon(d.pop("icon"))

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled"))

        def _parse_show_in_menu(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        show_in_menu = _parse_show_in_menu(d.pop("show-in-menu"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        flexible_asset_type_attributes = cls(
            name=name,
            description=description,
            icon=icon,
            enabled=enabled,
            show_in_menu=show_in_menu,
            created_at=created_at,
            updated_at=updated_at,
        )

        flexible_asset_type_attributes.additional_properties = d
        return flexible_asset_type_attributes

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
