from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelBulkUpdateAttributes")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "manufacturer-id",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ModelBulkUpdateAttributes:
    """
    Attributes:
        id (int | str): A record id; IT Glue accepts it as a string or an integer.
        name (str | Unset):
        manufacturer_id (int | None | Unset):
    """

    id: int | str
    name: str | Unset = UNSET
    manufacturer_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        manufacturer_id: int | None | Unset
        if isinstance(self.manufacturer_id, Unset):
            manufacturer_id = UNSET
        else:
            manufacturer_id = self.manufacturer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if manufacturer_id is not UNSET:
            field_dict["manufacturer-id"] = manufacturer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id: int | str = src_dict["id"]

        name = src_dict.get("name", UNSET)

        manufacturer_id: int | None | Unset = src_dict.get("manufacturer-id", UNSET)

        model_bulk_update_attributes = cls(
            id,
            name,
            manufacturer_id,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            model_bulk_update_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return model_bulk_update_attributes

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
