from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocationAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "organization-name",
        "name",
        "primary",
        "address-1",
        "address-2",
        "city",
        "postal-code",
        "region-id",
        "region-name",
        "country-id",
        "country-name",
        "phone",
        "fax",
        "formatted-phone",
        "formatted-fax",
        "notes",
        "restricted",
        "resource-url",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class LocationAttributes:
    """Attributes of locations as returned (kebab-case).

    Attributes:
        organization_id (int):
        organization_name (None | str):
        name (str):
        primary (bool | None):
        address_1 (None | str):
        address_2 (None | str):
        city (None | str):
        postal_code (None | str):
        region_id (int | None):
        region_name (None | str):
        country_id (int | None):
        country_name (None | str):
        phone (None | str):
        fax (None | str):
        formatted_phone (None | str):
        formatted_fax (None | str):
        notes (None | str):
        restricted (bool | None):
        resource_url (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    organization_id: int
    organization_name: None | str
    name: str
    primary: bool | None
    address_1: None | str
    address_2: None | str
    city: None | str
    postal_code: None | str
    region_id: int | None
    region_name: None | str
    country_id: int | None
    country_name: None | str
    phone: None | str
    fax: None | str
    formatted_phone: None | str
    formatted_fax: None | str
    notes: None | str
    restricted: bool | None
    resource_url: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        name = self.name

        primary: bool | None
        primary = self.primary

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        city: None | str
        city = self.city

        postal_code: None | str
        postal_code = self.postal_code

        region_id: int | None
        region_id = self.region_id

        region_name: None | str
        region_name = self.region_name

        country_id: int | None
        country_id = self.country_id

        country_name: None | str
        country_name = self.country_name

        phone: None | str
        phone = self.phone

        fax: None | str
        fax = self.fax

        formatted_phone: None | str
        formatted_phone = self.formatted_phone

        formatted_fax: None | str
        formatted_fax = self.formatted_fax

        notes: None | str
        notes = self.notes

        restricted: bool | None
        restricted = self.restricted

        resource_url: None | str
        resource_url = self.resource_url

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "organization-name": organization_name,
                "name": name,
                "primary": primary,
                "address-1": address_1,
                "address-2": address_2,
                "city": city,
                "postal-code": postal_code,
                "region-id": region_id,
                "region-name": region_name,
                "country-id": country_id,
                "country-name": country_name,
                "phone": phone,
                "fax": fax,
                "formatted-phone": formatted_phone,
                "formatted-fax": formatted_fax,
                "notes": notes,
                "restricted": restricted,
                "resource-url": resource_url,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        name = src_dict["name"]

        primary: bool | None = src_dict["primary"]

        address_1: None | str = src_dict["address-1"]

        address_2: None | str = src_dict["address-2"]

        city: None | str = src_dict["city"]

        postal_code: None | str = src_dict["postal-code"]

        region_id: int | None = src_dict["region-id"]

        region_name: None | str = src_dict["region-name"]

        country_id: int | None = src_dict["country-id"]

        country_name: None | str = src_dict["country-name"]

        phone: None | str = src_dict["phone"]

        fax: None | str = src_dict["fax"]

        formatted_phone: None | str = src_dict["formatted-phone"]

        formatted_fax: None | str = src_dict["formatted-fax"]

        notes: None | str = src_dict["notes"]

        restricted: bool | None = src_dict["restricted"]

        resource_url: None | str = src_dict["resource-url"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        location_attributes = cls(
            organization_id,
            organization_name,
            name,
            primary,
            address_1,
            address_2,
            city,
            postal_code,
            region_id,
            region_name,
            country_id,
            country_name,
            phone,
            fax,
            formatted_phone,
            formatted_fax,
            notes,
            restricted,
            resource_url,
            created_at,
            updated_at,
        )

        if len(src_dict) > 21:
            location_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return location_attributes

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
