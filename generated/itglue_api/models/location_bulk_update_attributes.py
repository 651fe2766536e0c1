from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationBulkUpdateAttributes")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "organization-id",
        "name",
        "primary",
        "address-1",
        "address-2",
        "city",
        "postal-code",
        "region-id",
        "country-id",
        "phone",
        "fax",
        "notes",
        "restricted",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class LocationBulkUpdateAttributes:
    """
    Attributes:
        id (int | str): A record id; IT Glue accepts it as a string or an integer.
        organization_id (int | Unset):
        name (str | Unset):
        primary (bool | None | Unset):
        address_1 (None | str | Unset):
        address_2 (None | str | Unset):
        city (None | str | Unset):
        postal_code (None | str | Unset):
        region_id (int | None | Unset):
        country_id (int | None | Unset):
        phone (None | str | Unset):
        fax (None | str | Unset):
        notes (None | str | Unset):
        restricted (bool | None | Unset):
    """

    id: int | str
    organization_id: int | Unset = UNSET
    name: str | Unset = UNSET
    primary: bool | None | Unset = UNSET
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    region_id: int | None | Unset = UNSET
    country_id: int | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        organization_id = self.organization_id

        name = self.name

        primary: bool | None | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        region_id: int | None | Unset
        if isinstance(self.region_id, Unset):
            region_id = UNSET
        else:
            region_id = self.region_id

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if primary is not UNSET:
            field_dict["primary"] = primary
        if address_1 is not UNSET:
            field_dict["address-1"] = address_1
        if address_2 is not UNSET:
            field_dict["address-2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal-code"] = postal_code
        if region_id is not UNSET:
            field_dict["region-id"] = region_id
        if country_id is not UNSET:
            field_dict["country-id"] = country_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if notes is not UNSET:
            field_dict["notes"] = notes
        if restricted is not UNSET:
            field_dict["restricted"] = restricted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id: int | str = src_dict["id"]

        organization_id = src_dict.get("organization-id", UNSET)

        name = src_dict.get("name", UNSET)

        primary: bool | None | Unset = src_dict.get("primary", UNSET)

        address_1: None | str | Unset = src_dict.get("address-1", UNSET)

        address_2: None | str | Unset = src_dict.get("address-2", UNSET)

        city: None | str | Unset = src_dict.get("city", UNSET)

        postal_code: None | str | Unset = src_dict.get("postal-code", UNSET)

        region_id: int | None | Unset = src_dict.get("region-id", UNSET)

        country_id: int | None | Unset = src_dict.get("country-id", UNSET)

        phone: None | str | Unset = src_dict.get("phone", UNSET)

        fax: None | str | Unset = src_dict.get("fax", UNSET)

        notes: None | str | Unset = src_dict.get("notes", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        location_bulk_update_attributes = cls(
            id,
            organization_id,
            name,
            primary,
            address_1,
            address_2,
            city,
            postal_code,
            region_id,
            country_id,
            phone,
            fax,
            notes,
            restricted,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            location_bulk_update_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return location_bulk_update_attributes

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
