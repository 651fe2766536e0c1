from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationAttributes")


@_attrs_define
class ConfigurationAttributes:
    """Attributes of configurations as returned (kebab-case).

    Attributes:
        organization_id (int | Unset):
        organization_name (None | str | Unset):
        organization_short_name (None | str | Unset):
        resource_url (None | str | Unset):
        restricted (bool | None | Unset):
        psa_integration (None | str | Unset):
        my_glue (bool | None | Unset):
        name (str | Unset):
        hostname (None | str | Unset):
        primary_ip (None | str | Unset):
        mac_address (None | str | Unset):
        default_gateway (None | str | Unset):
        serial_number (None | str | Unset):
        asset_tag (None | str | Unset):
        position (None | str | Unset):
        installed_by (None | str | Unset):
        purchased_by (None | str | Unset):
        notes (None | str | Unset):
        operating_system_notes (None | str | Unset):
        warranty_expires_at (datetime.date | None | Unset):
        installed_at (datetime.date | None | Unset):
        purchased_at (datetime.date | None | Unset):
        configuration_type_id (int | None | Unset):
        configuration_type_name (None | str | Unset):
        configuration_type_kind (None | str | Unset):
        configuration_status_id (int | None | Unset):
        configuration_status_name (None | str | Unset):
        manufacturer_id (int | None | Unset):
        manufacturer_name (None | str | Unset):
        model_id (int | None | Unset):
        model_name (None | str | Unset):
        operating_system_id (int | None | Unset):
        operating_system_name (None | str | Unset):
        location_id (int | None | Unset):
        location_name (None | str | Unset):
        contact_id (int | None | Unset):
        contact_name (None | str | Unset):
        archived (bool | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    organization_id: int | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    organization_short_name: None | str | Unset = UNSET
    resource_url: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    psa_integration: None | str | Unset = UNSET
    my_glue: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    primary_ip: None | str | Unset = UNSET
    mac_address: None | str | Unset = UNSET
    default_gateway: None | str | Unset = UNSET
    serial_number: None | str | Unset = UNSET
    asset_tag: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    installed_by: None | str | Unset = UNSET
    purchased_by: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    operating_system_notes: None | str | Unset = UNSET
    warranty_expires_at: datetime.date | None | Unset = UNSET
    installed_at: datetime.date | None | Unset = UNSET
    purchased_at: datetime.date | None | Unset = UNSET
    configuration_type_id: int | None | Unset = UNSET
    configuration_type_name: None | str | Unset = UNSET
    configuration_type_kind: None | str | Unset = UNSET
    configuration_status_id: int | None | Unset = UNSET
    configuration_status_name: None | str | Unset = UNSET
    manufacturer_id: int | None | Unset = UNSET
    manufacturer_name: None | str | Unset = UNSET
    model_id: int | None | Unset = UNSET
    model_name: None | str | Unset = UNSET
    operating_system_id: int | None | Unset = UNSET
    operating_system_name: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    location_name: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
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

        organization_short_name: None | str | Unset
        if isinstance(self.organization_short_name, Unset):
            organization_short_name = UNSET
        else:
            organization_short_name = self.organization_short_name

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        psa_integration: None | str | Unset
        if isinstance(self.psa_integration, Unset):
            psa_integration = UNSET
        else:
            psa_integration = self.psa_integration

        my_glue: bool | None | Unset
        if isinstance(self.my_glue, Unset):
            my_glue = UNSET
        else:
            my_glue = self.my_glue

        name = self.name

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        primary_ip: None | str | Unset
        if isinstance(self.primary_ip, Unset):
            primary_ip = UNSET
        else:
            primary_ip = self.primary_ip

        mac_address: None | str | Unset
        if isinstance(self.mac_address, Unset):
            mac_address = UNSET
        else:
            mac_address = self.mac_address

        default_gateway: None | str | Unset
        if isinstance(self.default_gateway, Unset):
            default_gateway = UNSET
        else:
            default_gateway = self.default_gateway

        serial_number: None | str | Unset
        if isinstance(self.serial_number, Unset):
            serial_number = UNSET
        else:
            serial_number = self.serial_number

        asset_tag: None | str | Unset
        if isinstance(self.asset_tag, Unset):
            asset_tag = UNSET
        else:
            asset_tag = self.asset_tag

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        installed_by: None | str | Unset
        if isinstance(self.installed_by, Unset):
            installed_by = UNSET
        else:
            installed_by = self.installed_by

        purchased_by: None | str | Unset
        if isinstance(self.purchased_by, Unset):
            purchased_by = UNSET
        else:
            purchased_by = self.purchased_by

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        operating_system_notes: None | str | Unset
        if isinstance(self.operating_system_notes, Unset):
            operating_system_notes = UNSET
        else:
            operating_system_notes = self.operating_system_notes

        warranty_expires_at: None | str | Unset
        if isinstance(self.warranty_expires_at, Unset):
            warranty_expires_at = UNSET
        elif isinstance(self.warranty_expires_at, datetime.date):
            warranty_expires_at = self.warranty_expires_at.isoformat()
        else:
            warranty_expires_at = self.warranty_expires_at

        installed_at: None | str | Unset
        if isinstance(self.installed_at, Unset):
            installed_at = UNSET
        elif isinstance(self.installed_at, datetime.date):
            installed_at = self.installed_at.isoformat()
        else:
            installed_at = self.installed_at

        purchased_at: None | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.date):
            purchased_at = self.purchased_at.isoformat()
        else:
            purchased_at = self.purchased_at

        configuration_type_id: int | None | Unset
        if isinstance(self.configuration_type_id, Unset):
            configuration_type_id = UNSET
        else:
            configuration_type_id = self.configuration_type_id

        configuration_type_name: None | str | Unset
        if isinstance(self.configuration_type_name, Unset):
            configuration_type_name = UNSET
        else:
            configuration_type_name = self.configuration_type_name

        configuration_type_kind: None | str | Unset
        if isinstance(self.configuration_type_kind, Unset):
            configuration_type_kind = UNSET
        else:
            configuration_type_kind = self.configuration_type_kind

        configuration_status_id: int | None | Unset
        if isinstance(self.configuration_status_id, Unset):
            configuration_status_id = UNSET
        else:
            configuration_status_id = self.configuration_status_id

        configuration_status_name: None | str | Unset
        if isinstance(self.configuration_status_name, Unset):
            configuration_status_name = UNSET
        else:
            configuration_status_name = self.configuration_status_name

        manufacturer_id: int | None | Unset
        if isinstance(self.manufacturer_id, Unset):
            manufacturer_id = UNSET
        else:
            manufacturer_id = self.manufacturer_id

        manufacturer_name: None | str | Unset
        if isinstance(self.manufacturer_name, Unset):
            manufacturer_name = UNSET
        else:
            manufacturer_name = self.manufacturer_name

        model_id: int | None | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        operating_system_id: int | None | Unset
        if isinstance(self.operating_system_id, Unset):
            operating_system_id = UNSET
        else:
            operating_system_id = self.operating_system_id

        operating_system_name: None | str | Unset
        if isinstance(self.operating_system_name, Unset):
            operating_system_name = UNSET
        else:
            operating_system_name = self.operating_system_name

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        location_name: None | str | Unset
        if isinstance(self.location_name, Unset):
            location_name = UNSET
        else:
            location_name = self.location_name

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

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
        if organization_short_name is not UNSET:
            field_dict["organization-short-name"] = organization_short_name
        if resource_url is not UNSET:
            field_dict["resource-url"] = resource_url
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if psa_integration is not UNSET:
            field_dict["psa-integration"] = psa_integration
        if my_glue is not UNSET:
            field_dict["my-glue"] = my_glue
        if name is not UNSET:
            field_dict["name"] = name
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if primary_ip is not UNSET:
            field_dict["primary-ip"] = primary_ip
        if mac_address is not UNSET:
            field_dict["mac-address"] = mac_address
        if default_gateway is not UNSET:
            field_dict["default-gateway"] = default_gateway
        if serial_number is not UNSET:
            field_dict["serial-number"] = serial_number
        if asset_tag is not UNSET:
            field_dict["asset-tag"] = asset_tag
        if position is not UNSET:
            field_dict["position"] = position
        if installed_by is not UNSET:
            field_dict["installed-by"] = installed_by
        if purchased_by is not UNSET:
            field_dict["purchased-by"] = purchased_by
        if notes is not UNSET:
            field_dict["notes"] = notes
        if operating_system_notes is not UNSET:
            field_dict["operating-system-notes"] = operating_system_notes
        if warranty_expires_at is not UNSET:
            field_dict["warranty-expires-at"] = warranty_expires_at
        if installed_at is not UNSET:
            field_dict["installed-at"] = installed_at
        if purchased_at is not UNSET:
            field_dict["purchased-at"] = purchased_at
        if configuration_type_id is not UNSET:
            field_dict["configuration-type-id"] = configuration_type_id
        if configuration_type_name is not UNSET:
            field_dict["configuration-type-name"] = configuration_type_name
        if configuration_type_kind is not UNSET:
            field_dict["configuration-type-kind"] = configuration_type_kind
        if configuration_status_id is not UNSET:
            field_dict["configuration-status-id"] = configuration_status_id
        if configuration_status_name is not UNSET:
            field_dict["configuration-status-name"] = configuration_status_name
        if manufacturer_id is not UNSET:
            field_dict["manufacturer-id"] = manufacturer_id
        if manufacturer_name is not UNSET:
            field_dict["manufacturer-name"] = manufacturer_name
        if model_id is not UNSET:
            field_dict["model-id"] = model_id
        if model_name is not UNSET:
            field_dict["model-name"] = model_name
        if operating_system_id is not UNSET:
            field_dict["operating-system-id"] = operating_system_id
        if operating_system_name is not UNSET:
            field_dict["operating-system-name"] = operating_system_name
        if location_id is not UNSET:
            field_dict["location-id"] = location_id
        if location_name is not UNSET:
            field_dict["location-name"] = location_name
        if contact_id is not UNSET:
            field_dict["contact-id"] = contact_id
        if contact_name is not UNSET:
            field_dict["contact-name"] = contact_name
        if archived is not UNSET:
            field_dict["archived"] = archived
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

        def _parse_organization_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_short_name = _parse_organization_short_name(
            d.pop("organization-short-name", UNSET)
        )

        def _parse_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_url = _parse_resource_url(d.pop("resource-url", UNSET))

        def _parse_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted = _parse_restricted(d.pop("restricted", UNSET))

        def _parse_psa_integration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        psa_integration = _parse_psa_integration(d.pop("psa-integration", UNSET))

        def _parse_my_glue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        my_glue = _parse_my_glue(d.pop("my-glue", UNSET))

        name = d.pop("name", UNSET)

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        def _parse_primary_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_ip = _parse_primary_ip(d.pop("primary-ip", UNSET))

        def _parse_mac_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac_address = _parse_mac_address(d.pop("mac-address", UNSET))

        def _parse_default_gateway(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_gateway = _parse_default_gateway(d.pop("default-gateway", UNSET))

        def _parse_serial_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial_number = _parse_serial_number(d.pop("serial-number", UNSET))

        def _parse_asset_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_tag = _parse_asset_tag(d.pop("asset-tag", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_installed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        installed_by = _parse_installed_by(d.pop("installed-by", UNSET))

        def _parse_purchased_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchased_by = _parse_purchased_by(d.pop("purchased-by", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_operating_system_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operating_system_notes = _parse_operating_system_notes(
            d.pop("operating-system-notes", UNSET)
        )

        def _parse_warranty_expires_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warranty_expires_at_type_0 = datetime.date.fromisoformat(data)

                return warranty_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        warranty_expires_at = _parse_warranty_expires_at(
            d.pop("warranty-expires-at", UNSET)
        )

        def _parse_installed_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                installed_at_type_0 = datetime.date.fromisoformat(data)

                return installed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        installed_at = _parse_installed_at(d.pop("installed-at", UNSET))

        def _parse_purchased_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchased_at_type_0 = datetime.date.fromisoformat(data)

                return purchased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        purchased_at = _parse_purchased_at(d.pop("purchased-at", UNSET))

        def _parse_configuration_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        configuration_type_id = _parse_configuration_type_id(
            d.pop("configuration-type-id", UNSET)
        )

        def _parse_configuration_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configuration_type_name = _parse_configuration_type_name(
            d.pop("configuration-type-name", UNSET)
        )

        def _parse_configuration_type_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configuration_type_kind = _parse_configuration_type_kind(
            d.pop("configuration-type-kind", UNSET)
        )

        def _parse_configuration_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        configuration_status_id = _parse_configuration_status_id(
            d.pop("configuration-status-id", UNSET)
        )

        def _parse_configuration_status_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configuration_status_name = _parse_configuration_status_name(
            d.pop("configuration-status-name", UNSET)
        )

        def _parse_manufacturer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manufacturer_id = _parse_manufacturer_id(d.pop("manufacturer-id", UNSET))

        def _parse_manufacturer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manufacturer_name = _parse_manufacturer_name(d.pop("manufacturer-name", UNSET))

        def _parse_model_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model_id = _parse_model_id(d.pop("model-id", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model-name", UNSET))

        def _parse_operating_system_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operating_system_id = _parse_operating_system_id(
            d.pop("operating-system-id", UNSET)
        )

        def _parse_operating_system_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operating_system_name = _parse_operating_system_name(
            d.pop("operating-system-name", UNSET)
        )

        def _parse_location_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        location_id = _parse_location_id(d.pop("location-id", UNSET))

        def _parse_location_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_name = _parse_location_name(d.pop("location-name", UNSET))

        def _parse_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact-id", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact-name", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

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

        configuration_attributes = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            organization_short_name=organization_short_name,
            resource_url=resource_url,
            restricted=restricted,
            psa_integration=psa_integration,
            my_glue=my_glue,
            name=name,
            hostname=hostname,
            primary_ip=primary_ip,
            mac_address=mac_address,
            default_gateway=default_gateway,
            serial_number=serial_number,
            asset_tag=asset_tag,
            position=position,
            installed_by=installed_by,
            purchased_by=purchased_by,
            notes=notes,
            operating_system_notes=operating_system_notes,
            warranty_expires_at=warranty_expires_at,
            installed_at=installed_at,
            purchased_at=purchased_at,
            configuration_type_id=configuration_type_id,
            configuration_type_name=configuration_type_name,
            configuration_type_kind=configuration_type_kind,
            configuration_status_id=configuration_status_id,
            configuration_status_name=configuration_status_name,
            manufacturer_id=manufacturer_id,
            manufacturer_name=manufacturer_name,
            model_id=model_id,
            model_name=model_name,
            operating_system_id=operating_system_id,
            operating_system_name=operating_system_name,
            location_id=location_id,
            location_name=location_name,
            contact_id=contact_id,
            contact_name=contact_name,
            archived=archived,
            created_at=created_at,
            updated_at=updated_at,
        )

        configuration_attributes.additional_properties = d
        return configuration_attributes

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
