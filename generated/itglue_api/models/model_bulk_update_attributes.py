from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelBulkUpdateAttributes")


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
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name", UNSET)

        def _parse_manufacturer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manufacturer_id = _parse_manufacturer_id(d.pop("manufacturer-id", UNSET))

        model_bulk_update_attributes = cls(
            id=id,
            name=name,
            manufacturer_id=manufacturer_id,
        )

        model_bulk_update_attributes.additional_properties = d
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
