from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocationAttributes")


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
        d = dict(src_dict)
        organization_id = d.pop("organization-id")

        def _parse_organization_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_name = _parse_organization_name(d.pop("organization-name"))

        name = d.pop("name")

        def _parse_primary(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        primary = _parse_primary(d.pop("primary"))

        def _parse_address_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_1 = _parse_address_1(d.pop("address-1"))

        def _parse_address_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_2 = _parse_address_2(d.pop("address-2"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postal_code = _parse_postal_code(d.pop("postal-code"))

        def _parse_region_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        region_id = _parse_region_id(d.pop("region-id"))

        def _parse_region_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_name = _parse_region_name(d.pop("region-name"))

        def _parse_country_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        country_id = _parse_country_id(d.pop("country-id"))

        def _parse_country_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_name = _parse_country_name(d.pop("country-name"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_fax(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fax = _parse_fax(d.pop("fax"))

        def _parse_formatted_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        formatted_phone = _parse_formatted_phone(d.pop("formatted-phone"))

        def _parse_formatted_fax(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        formatted_fax = _parse_formatted_fax(d.pop("formatted-fax"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_restricted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        restricted = _parse_restricted(d.pop("restricted"))

        def _parse_resource_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_url = _parse_resource_url(d.pop("resource-url"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        location_attributes = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            name=name,
            primary=primary,
            address_1=address_1,
            address_2=address_2,
            city=city,
            postal_code=postal_code,
            region_id=region_id,
            region_name=region_name,
            country_id=country_id,
            country_name=country_name,
            phone=phone,
            fax=fax,
            formatted_phone=formatted_phone,
            formatted_fax=formatted_fax,
            notes=notes,
            restricted=restricted,
            resource_url=resource_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        location_attributes.additional_properties = d
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
