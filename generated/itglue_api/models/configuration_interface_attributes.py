from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfigurationInterfaceAttributes")

_KNOWN_KEYS = frozenset(
    {
        "configuration-id",
        "name",
        "ip-address",
        "mac-address",
        "primary",
        "notes",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ConfigurationInterfaceAttributes:
    """Attributes of configuration_interfaces as returned (kebab-case).

    Attributes:
        configuration_id (int):
        name (None | str):
        ip_address (None | str):
        mac_address (None | str):
        primary (bool | None):
        notes (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    configuration_id: int
    name: None | str
    ip_address: None | str
    mac_address: None | str
    primary: bool | None
    notes: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_id = self.configuration_id

        name: None | str
        name = self.name

        ip_address: None | str
        ip_address = self.ip_address

        mac_address: None | str
        mac_address = self.mac_address

        primary: bool | None
        primary = self.primary

        notes: None | str
        notes = self.notes

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration-id": configuration_id,
                "name": name,
                "ip-address": ip_address,
                "mac-address": mac_address,
                "primary": primary,
                "notes": notes,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        configuration_id = src_dict["configuration-id"]

        name: None | str = src_dict["name"]

        ip_address: None | str = src_dict["ip-address"]

        mac_address: None | str = src_dict["mac-address"]

        primary: bool | None = src_dict["primary"]

        notes: None | str = src_dict["notes"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        configuration_interface_attributes = cls(
            configuration_id,
            name,
            ip_address,
            mac_address,
            primary,
            notes,
            created_at,
            updated_at,
        )

        if len(src_dict) > 8:
            configuration_interface_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return configuration_interface_attributes

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
