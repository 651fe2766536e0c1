from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionAttributes")


@_attrs_define
class RegionAttributes:
    """Attributes of regions as returned (kebab-case).

    Attributes:
        name (str | Unset):
        iso (None | str | Unset):
        country_id (int | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    name: str | Unset = UNSET
    iso: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        iso: None | str | Unset
        if isinstance(self.iso, Unset):
            iso = UNSET
        else:
            iso = self.iso

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if iso is not UNSET:
            field_dict["iso"] = iso
        if country_id is not UNSET:
            field_dict["country-id"] = country_id
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso = _parse_iso(d.pop("iso", UNSET))

        def _parse_country_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        country_id = _parse_country_id(d.pop("country-id", UNSET))

        _created_at = d.pop("created-at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated-at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        region_attributes = cls(
            name=name,
            iso=iso,
            country_id=country_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        region_attributes.additional_properties = d
        return region_attributes

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
