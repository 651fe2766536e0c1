from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceAccessAttributes")


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
        d = dict(src_dict)

        def _parse_accessor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        accessor_id = _parse_accessor_id(d.pop("accessor-id"))

        def _parse_accessor_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accessor_type = _parse_accessor_type(d.pop("accessor-type"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        resource_access_attributes = cls(
            accessor_id=accessor_id,
            accessor_type=accessor_type,
            name=name,
        )

        resource_access_attributes.additional_properties = d
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
