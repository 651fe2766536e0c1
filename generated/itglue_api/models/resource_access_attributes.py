from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceAccessAttributes")


@_attrs_define
class ResourceAccessAttributes:
    """
    Attributes:
        accessor_id (int | None | Unset):
        accessor_type (None | str | Unset):
        name (None | str | Unset):
    """

    accessor_id: int | None | Unset = UNSET
    accessor_type: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessor_id: int | None | Unset
        if isinstance(self.accessor_id, Unset):
            accessor_id = UNSET
        else:
            accessor_id = self.accessor_id

        accessor_type: None | str | Unset
        if isinstance(self.accessor_type, Unset):
            accessor_type = UNSET
        else:
            accessor_type = self.accessor_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accessor_id is not UNSET:
            field_dict["accessor-id"] = accessor_id
        if accessor_type is not UNSET:
            field_dict["accessor-type"] = accessor_type
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_accessor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accessor_id = _parse_accessor_id(d.pop("accessor-id", UNSET))

        def _parse_accessor_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accessor_type = _parse_accessor_type(d.pop("accessor-type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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
