from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationAttributes")


@_attrs_define
class LocationAttributes:
    """Attributes of locations as returned (kebab-case).

    Attributes:
        organization_id (int | Unset):
        organization_name (None | str | Unset):
        name (str | Unset):
        primary (bool | None | Unset):
        address_1 (None | str | Unset):
        address_2 (None | str | Unset):
        city (None | str | Unset):
        postal_code (None | str | Unset):
        region_id (int | None | Unset):
        region_name (None | str | Unset):
        country_id (int | None | Unset):
        country_name (None | str | Unset):
        phone (None | str | Unset):
        fax (None | str | Unset):
        formatted_phone (None | str | Unset):
        formatted_fax (None | str | Unset):
        notes (None | str | Unset):
        restricted (bool | None | Unset):
        resource_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    organization_id: int | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    name: str | Unset = UNSET
    primary: bool | None | Unset = UNSET
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    region_id: int | None | Unset = UNSET
    region_name: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    country_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    formatted_phone: None | str | Unset = UNSET
    formatted_fax: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    resource_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

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

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        country_id: int | None | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

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

        formatted_phone: None | str | Unset
        if isinstance(self.formatted_phone, Unset):
            formatted_phone = UNSET
        else:
            formatted_phone = self.formatted_phone

        formatted_fax: None | str | Unset
        if isinstance(self.formatted_fax, Unset):
            formatted_fax = UNSET
        else:
            formatted_fax = self.formatted_fax

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

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if organization_name is not UNSET:
            field_dict["organization-name"] = organization_name
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
        if region_name is not UNSET:
            field_dict["region-name"] = region_name
        if country_id is not UNSET:
            field_dict["country-id"] = country_id
        if country_name is not UNSET:
            field_dict["country-name"] = country_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if formatted_phone is not UNSET:
            field_dict["formatted-phone"] = formatted_phone
        if formatted_fax is not UNSET:
            field_dict["formatted-fax"] = formatted_fax
        if notes is not UNSET:
            field_dict["notes"] = notes
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if resource_url is not UNSET:
            field_dict["resource-url"] = resource_url
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = d.pop("organization-id", UNSET)

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organization-name", UNSET))

        name = d.pop("name", UNSET)

        def _parse_primary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        def _parse_address_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_1 = _parse_address_1(d.pop("address-1", UNSET))

        def _parse_address_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_2 = _parse_address_2(d.pop("address-2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal-code", UNSET))

        def _parse_region_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        region_id = _parse_region_id(d.pop("region-id", UNSET))

        def _parse_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_name = _parse_region_name(d.pop("region-name", UNSET))

        def _parse_country_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        country_id = _parse_country_id(d.pop("country-id", UNSET))

        def _parse_country_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_name = _parse_country_name(d.pop("country-name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_formatted_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_phone = _parse_formatted_phone(d.pop("formatted-phone", UNSET))

        def _parse_formatted_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_fax = _parse_formatted_fax(d.pop("formatted-fax", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted = _parse_restricted(d.pop("restricted", UNSET))

        def _parse_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_url = _parse_resource_url(d.pop("resource-url", UNSET))

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
