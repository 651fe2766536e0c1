from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceAccessAttributes")

_KNOWN_KEYS = frozenset(
    {
        "accessor-id",
        "accessor-type",
        "name",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ResourceAccessAttributes:
    """
    Attributes:
        accessor_id (int | None):
        accessor_type (None | str):
        name (None | str):
    """

    accessor_id: int | None
    accessor_type: None | str
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessor_id: int | None
        accessor_id = self.accessor_id

        accessor_type: None | str
        accessor_type = self.accessor_type

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessor-id": accessor_id,
                "accessor-type": accessor_type,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        accessor_id: int | None = src_dict["accessor-id"]

        accessor_type: None | str = src_dict["accessor-type"]

        name: None | str = src_dict["name"]

        resource_access_attributes = cls(
            accessor_id,
            accessor_type,
            name,
        )

        if len(src_dict) > 3:
            resource_access_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return resource_access_attributes

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
