from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationInterfaceBulkUpdateAttributes")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "configuration-id",
        "name",
        "ip-address",
        "mac-address",
        "primary",
        "notes",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ConfigurationInterfaceBulkUpdateAttributes:
    """
    Attributes:
        id (int | str): A record id; IT Glue accepts it as a string or an integer.
        configuration_id (int | Unset):
        name (None | str | Unset):
        ip_address (None | str | Unset):
        mac_address (None | str | Unset):
        primary (bool | None | Unset):
        notes (None | str | Unset):
    """

    id: int | str
    configuration_id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    mac_address: None | str | Unset = UNSET
    primary: bool | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        configuration_id = self.configuration_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        mac_address: None | str | Unset
        if isinstance(self.mac_address, Unset):
            mac_address = UNSET
        else:
            mac_address = self.mac_address

        primary: bool | None | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if configuration_id is not UNSET:
            field_dict["configuration-id"] = configuration_id
        if name is not UNSET:
            field_dict["name"] = name
        if ip_address is not UNSET:
            field_dict["ip-address"] = ip_address
        if mac_address is not UNSET:
            field_dict["mac-address"] = mac_address
        if primary is not UNSET:
            field_dict["primary"] = primary
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id: int | str = src_dict["id"]

        configuration_id = src_dict.get("configuration-id", UNSET)

        name: None | str | Unset = src_dict.get("name", UNSET)

        ip_address: None | str | Unset = src_dict.get("ip-address", UNSET)

        mac_address: None | str | Unset = src_dict.get("mac-address", UNSET)

        primary: bool | None | Unset = src_dict.get("primary", UNSET)

        notes: None | str | Unset = src_dict.get("notes", UNSET)

        configuration_interface_bulk_update_attributes = cls(
            id,
            configuration_id,
            name,
            ip_address,
            mac_address,
            primary,
            notes,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            configuration_interface_bulk_update_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return configuration_interface_bulk_update_attributes

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
