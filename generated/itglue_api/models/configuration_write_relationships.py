from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_interface_write_list import (
        ConfigurationInterfaceWriteList,
    )


T = TypeVar("T", bound="ConfigurationWriteRelationships")

_KNOWN_KEYS = frozenset(
    {
        "configuration-interfaces",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ConfigurationWriteRelationships:
    """
    Attributes:
        configuration_interfaces (ConfigurationInterfaceWriteList | Unset):
    """

    configuration_interfaces: ConfigurationInterfaceWriteList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_interfaces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration_interfaces, Unset):
            configuration_interfaces = self.configuration_interfaces.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration_interfaces is not UNSET:
            field_dict["configuration-interfaces"] = configuration_interfaces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _configuration_interfaces = src_dict.get("configuration-interfaces", UNSET)
        configuration_interfaces: ConfigurationInterfaceWriteList | Unset
        if isinstance(_configuration_interfaces, Unset):
            configuration_interfaces = UNSET
        else:
            configuration_interfaces = ConfigurationInterfaceWriteList.from_dict(
                _configuration_interfaces
            )

        configuration_write_relationships = cls(
            configuration_interfaces,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            configuration_write_relationships.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return configuration_write_relationships

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


# Imported after the class (not on every from_dict/to_dict call): models that refer to each other still load.
from ..models.configuration_interface_write_list import ConfigurationInterfaceWriteList
