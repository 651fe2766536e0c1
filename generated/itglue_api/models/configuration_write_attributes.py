from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "name",
        "hostname",
        "primary-ip",
        "mac-address",
        "default-gateway",
        "serial-number",
        "asset-tag",
        "position",
        "installed-by",
        "purchased-by",
        "notes",
        "operating-system-notes",
        "warranty-expires-at",
        "installed-at",
        "purchased-at",
        "configuration-type-id",
        "configuration-status-id",
        "manufacturer-id",
        "model-id",
        "operating-system-id",
        "location-id",
        "contact-id",
        "archived",
        "restricted",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ConfigurationWriteAttributes:
    """Writable attributes of configurations. The API also accepts snake_case keys; attributes not sent keep their value on
    update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            organization_id (int | Unset):
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
            configuration_status_id (int | None | Unset):
            manufacturer_id (int | None | Unset):
            model_id (int | None | Unset):
            operating_system_id (int | None | Unset):
            location_id (int | None | Unset):
            contact_id (int | None | Unset):
            archived (bool | None | Unset):
            restricted (bool | None | Unset):
    """

    organization_id: int | Unset = UNSET
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
    configuration_status_id: int | None | Unset = UNSET
    manufacturer_id: int | None | Unset = UNSET
    model_id: int | None | Unset = UNSET
    operating_system_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

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
            warranty_expires_at = (
                None
                if self.warranty_expires_at is None
                else self.warranty_expires_at.isoformat()
            )
        else:
            warranty_expires_at = self.warranty_expires_at

        installed_at: None | str | Unset
        if isinstance(self.installed_at, Unset):
            installed_at = UNSET
        elif isinstance(self.installed_at, datetime.date):
            installed_at = (
                None if self.installed_at is None else self.installed_at.isoformat()
            )
        else:
            installed_at = self.installed_at

        purchased_at: None | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.date):
            purchased_at = (
                None if self.purchased_at is None else self.purchased_at.isoformat()
            )
        else:
            purchased_at = self.purchased_at

        configuration_type_id: int | None | Unset
        if isinstance(self.configuration_type_id, Unset):
            configuration_type_id = UNSET
        else:
            configuration_type_id = self.configuration_type_id

        configuration_status_id: int | None | Unset
        if isinstance(self.configuration_status_id, Unset):
            configuration_status_id = UNSET
        else:
            configuration_status_id = self.configuration_status_id

        manufacturer_id: int | None | Unset
        if isinstance(self.manufacturer_id, Unset):
            manufacturer_id = UNSET
        else:
            manufacturer_id = self.manufacturer_id

        model_id: int | None | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        operating_system_id: int | None | Unset
        if isinstance(self.operating_system_id, Unset):
            operating_system_id = UNSET
        else:
            operating_system_id = self.operating_system_id

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
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
        if configuration_status_id is not UNSET:
            field_dict["configuration-status-id"] = configuration_status_id
        if manufacturer_id is not UNSET:
            field_dict["manufacturer-id"] = manufacturer_id
        if model_id is not UNSET:
            field_dict["model-id"] = model_id
        if operating_system_id is not UNSET:
            field_dict["operating-system-id"] = operating_system_id
        if location_id is not UNSET:
            field_dict["location-id"] = location_id
        if contact_id is not UNSET:
            field_dict["contact-id"] = contact_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if restricted is not UNSET:
            field_dict["restricted"] = restricted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict.get("organization-id", UNSET)

        name = src_dict.get("name", UNSET)

        hostname: None | str | Unset = src_dict.get("hostname", UNSET)

        primary_ip: None | str | Unset = src_dict.get("primary-ip", UNSET)

        mac_address: None | str | Unset = src_dict.get("mac-address", UNSET)

        default_gateway: None | str | Unset = src_dict.get("default-gateway", UNSET)

        serial_number: None | str | Unset = src_dict.get("serial-number", UNSET)

        asset_tag: None | str | Unset = src_dict.get("asset-tag", UNSET)

        position: None | str | Unset = src_dict.get("position", UNSET)

        installed_by: None | str | Unset = src_dict.get("installed-by", UNSET)

        purchased_by: None | str | Unset = src_dict.get("purchased-by", UNSET)

        notes: None | str | Unset = src_dict.get("notes", UNSET)

        operating_system_notes: None | str | Unset = src_dict.get(
            "operating-system-notes", UNSET
        )

        _warranty_expires_at = src_dict.get("warranty-expires-at", UNSET)
        warranty_expires_at: datetime.date | None | Unset
        if _warranty_expires_at is None:
            warranty_expires_at = None
        elif isinstance(_warranty_expires_at, Unset):
            warranty_expires_at = UNSET
        else:
            try:
                if not isinstance(_warranty_expires_at, str):
                    raise TypeError()
                warranty_expires_at_type_0 = datetime.date.fromisoformat(
                    _warranty_expires_at
                )

                warranty_expires_at = warranty_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                warranty_expires_at = cast(
                    datetime.date | None | Unset, _warranty_expires_at
                )

        _installed_at = src_dict.get("installed-at", UNSET)
        installed_at: datetime.date | None | Unset
        if _installed_at is None:
            installed_at = None
        elif isinstance(_installed_at, Unset):
            installed_at = UNSET
        else:
            try:
                if not isinstance(_installed_at, str):
                    raise TypeError()
                installed_at_type_0 = datetime.date.fromisoformat(_installed_at)

                installed_at = installed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                installed_at = cast(datetime.date | None | Unset, _installed_at)

        _purchased_at = src_dict.get("purchased-at", UNSET)
        purchased_at: datetime.date | None | Unset
        if _purchased_at is None:
            purchased_at = None
        elif isinstance(_purchased_at, Unset):
            purchased_at = UNSET
        else:
            try:
                if not isinstance(_purchased_at, str):
                    raise TypeError()
                purchased_at_type_0 = datetime.date.fromisoformat(_purchased_at)

                purchased_at = purchased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                purchased_at = cast(datetime.date | None | Unset, _purchased_at)

        configuration_type_id: int | None | Unset = src_dict.get(
            "configuration-type-id", UNSET
        )

        configuration_status_id: int | None | Unset = src_dict.get(
            "configuration-status-id", UNSET
        )

        manufacturer_id: int | None | Unset = src_dict.get("manufacturer-id", UNSET)

        model_id: int | None | Unset = src_dict.get("model-id", UNSET)

        operating_system_id: int | None | Unset = src_dict.get(
            "operating-system-id", UNSET
        )

        location_id: int | None | Unset = src_dict.get("location-id", UNSET)

        contact_id: int | None | Unset = src_dict.get("contact-id", UNSET)

        archived: bool | None | Unset = src_dict.get("archived", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        configuration_write_attributes = cls(
            organization_id,
            name,
            hostname,
            primary_ip,
            mac_address,
            default_gateway,
            serial_number,
            asset_tag,
            position,
            installed_by,
            purchased_by,
            notes,
            operating_system_notes,
            warranty_expires_at,
            installed_at,
            purchased_at,
            configuration_type_id,
            configuration_status_id,
            manufacturer_id,
            model_id,
            operating_system_id,
            location_id,
            contact_id,
            archived,
            restricted,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            configuration_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return configuration_write_attributes

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
