from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfigurationAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "organization-name",
        "organization-short-name",
        "resource-url",
        "restricted",
        "psa-integration",
        "my-glue",
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
        "configuration-type-name",
        "configuration-type-kind",
        "configuration-status-id",
        "configuration-status-name",
        "manufacturer-id",
        "manufacturer-name",
        "model-id",
        "model-name",
        "operating-system-id",
        "operating-system-name",
        "location-id",
        "location-name",
        "contact-id",
        "contact-name",
        "archived",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ConfigurationAttributes:
    """Attributes of configurations as returned (kebab-case).

    Attributes:
        organization_id (int):
        organization_name (None | str):
        organization_short_name (None | str):
        resource_url (None | str):
        restricted (bool | None):
        psa_integration (None | str):
        my_glue (bool | None):
        name (str):
        hostname (None | str):
        primary_ip (None | str):
        mac_address (None | str):
        default_gateway (None | str):
        serial_number (None | str):
        asset_tag (None | str):
        position (None | str):
        installed_by (None | str):
        purchased_by (None | str):
        notes (None | str):
        operating_system_notes (None | str):
        warranty_expires_at (datetime.date | None):
        installed_at (datetime.date | None):
        purchased_at (datetime.date | None):
        configuration_type_id (int | None):
        configuration_type_name (None | str):
        configuration_type_kind (None | str):
        configuration_status_id (int | None):
        configuration_status_name (None | str):
        manufacturer_id (int | None):
        manufacturer_name (None | str):
        model_id (int | None):
        model_name (None | str):
        operating_system_id (int | None):
        operating_system_name (None | str):
        location_id (int | None):
        location_name (None | str):
        contact_id (int | None):
        contact_name (None | str):
        archived (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    organization_id: int
    organization_name: None | str
    organization_short_name: None | str
    resource_url: None | str
    restricted: bool | None
    psa_integration: None | str
    my_glue: bool | None
    name: str
    hostname: None | str
    primary_ip: None | str
    mac_address: None | str
    default_gateway: None | str
    serial_number: None | str
    asset_tag: None | str
    position: None | str
    installed_by: None | str
    purchased_by: None | str
    notes: None | str
    operating_system_notes: None | str
    warranty_expires_at: datetime.date | None
    installed_at: datetime.date | None
    purchased_at: datetime.date | None
    configuration_type_id: int | None
    configuration_type_name: None | str
    configuration_type_kind: None | str
    configuration_status_id: int | None
    configuration_status_name: None | str
    manufacturer_id: int | None
    manufacturer_name: None | str
    model_id: int | None
    model_name: None | str
    operating_system_id: int | None
    operating_system_name: None | str
    location_id: int | None
    location_name: None | str
    contact_id: int | None
    contact_name: None | str
    archived: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        organization_short_name: None | str
        organization_short_name = self.organization_short_name

        resource_url: None | str
        resource_url = self.resource_url

        restricted: bool | None
        restricted = self.restricted

        psa_integration: None | str
        psa_integration = self.psa_integration

        my_glue: bool | None
        my_glue = self.my_glue

        name = self.name

        hostname: None | str
        hostname = self.hostname

        primary_ip: None | str
        primary_ip = self.primary_ip

        mac_address: None | str
        mac_address = self.mac_address

        default_gateway: None | str
        default_gateway = self.default_gateway

        serial_number: None | str
        serial_number = self.serial_number

        asset_tag: None | str
        asset_tag = self.asset_tag

        position: None | str
        position = self.position

        installed_by: None | str
        installed_by = self.installed_by

        purchased_by: None | str
        purchased_by = self.purchased_by

        notes: None | str
        notes = self.notes

        operating_system_notes: None | str
        operating_system_notes = self.operating_system_notes

        warranty_expires_at: None | str
        if isinstance(self.warranty_expires_at, datetime.date):
            warranty_expires_at = (
                None
                if self.warranty_expires_at is None
                else self.warranty_expires_at.isoformat()
            )
        else:
            warranty_expires_at = self.warranty_expires_at

        installed_at: None | str
        if isinstance(self.installed_at, datetime.date):
            installed_at = (
                None if self.installed_at is None else self.installed_at.isoformat()
            )
        else:
            installed_at = self.installed_at

        purchased_at: None | str
        if isinstance(self.purchased_at, datetime.date):
            purchased_at = (
                None if self.purchased_at is None else self.purchased_at.isoformat()
            )
        else:
            purchased_at = self.purchased_at

        configuration_type_id: int | None
        configuration_type_id = self.configuration_type_id

        configuration_type_name: None | str
        configuration_type_name = self.configuration_type_name

        configuration_type_kind: None | str
        configuration_type_kind = self.configuration_type_kind

        configuration_status_id: int | None
        configuration_status_id = self.configuration_status_id

        configuration_status_name: None | str
        configuration_status_name = self.configuration_status_name

        manufacturer_id: int | None
        manufacturer_id = self.manufacturer_id

        manufacturer_name: None | str
        manufacturer_name = self.manufacturer_name

        model_id: int | None
        model_id = self.model_id

        model_name: None | str
        model_name = self.model_name

        operating_system_id: int | None
        operating_system_id = self.operating_system_id

        operating_system_name: None | str
        operating_system_name = self.operating_system_name

        location_id: int | None
        location_id = self.location_id

        location_name: None | str
        location_name = self.location_name

        contact_id: int | None
        contact_id = self.contact_id

        contact_name: None | str
        contact_name = self.contact_name

        archived: bool | None
        archived = self.archived

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "organization-name": organization_name,
                "organization-short-name": organization_short_name,
                "resource-url": resource_url,
                "restricted": restricted,
                "psa-integration": psa_integration,
                "my-glue": my_glue,
                "name": name,
                "hostname": hostname,
                "primary-ip": primary_ip,
                "mac-address": mac_address,
                "default-gateway": default_gateway,
                "serial-number": serial_number,
                "asset-tag": asset_tag,
                "position": position,
                "installed-by": installed_by,
                "purchased-by": purchased_by,
                "notes": notes,
                "operating-system-notes": operating_system_notes,
                "warranty-expires-at": warranty_expires_at,
                "installed-at": installed_at,
                "purchased-at": purchased_at,
                "configuration-type-id": configuration_type_id,
                "configuration-type-name": configuration_type_name,
                "configuration-type-kind": configuration_type_kind,
                "configuration-status-id": configuration_status_id,
                "configuration-status-name": configuration_status_name,
                "manufacturer-id": manufacturer_id,
                "manufacturer-name": manufacturer_name,
                "model-id": model_id,
                "model-name": model_name,
                "operating-system-id": operating_system_id,
                "operating-system-name": operating_system_name,
                "location-id": location_id,
                "location-name": location_name,
                "contact-id": contact_id,
                "contact-name": contact_name,
                "archived": archived,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        organization_short_name: None | str = src_dict["organization-short-name"]

        resource_url: None | str = src_dict["resource-url"]

        restricted: bool | None = src_dict["restricted"]

        psa_integration: None | str = src_dict["psa-integration"]

        my_glue: bool | None = src_dict["my-glue"]

        name = src_dict["name"]

        hostname: None | str = src_dict["hostname"]

        primary_ip: None | str = src_dict["primary-ip"]

        mac_address: None | str = src_dict["mac-address"]

        default_gateway: None | str = src_dict["default-gateway"]

        serial_number: None | str = src_dict["serial-number"]

        asset_tag: None | str = src_dict["asset-tag"]

        position: None | str = src_dict["position"]

        installed_by: None | str = src_dict["installed-by"]

        purchased_by: None | str = src_dict["purchased-by"]

        notes: None | str = src_dict["notes"]

        operating_system_notes: None | str = src_dict["operating-system-notes"]

        _warranty_expires_at = src_dict["warranty-expires-at"]
        warranty_expires_at: datetime.date | None
        if _warranty_expires_at is None:
            warranty_expires_at = None
        else:
            try:
                if not isinstance(_warranty_expires_at, str):
                    raise TypeError()
                warranty_expires_at_type_0 = datetime.date.fromisoformat(
                    _warranty_expires_at
                )

                warranty_expires_at = warranty_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                warranty_expires_at = cast(datetime.date | None, _warranty_expires_at)

        _installed_at = src_dict["installed-at"]
        installed_at: datetime.date | None
        if _installed_at is None:
            installed_at = None
        else:
            try:
                if not isinstance(_installed_at, str):
                    raise TypeError()
                installed_at_type_0 = datetime.date.fromisoformat(_installed_at)

                installed_at = installed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                installed_at = cast(datetime.date | None, _installed_at)

        _purchased_at = src_dict["purchased-at"]
        purchased_at: datetime.date | None
        if _purchased_at is None:
            purchased_at = None
        else:
            try:
                if not isinstance(_purchased_at, str):
                    raise TypeError()
                purchased_at_type_0 = datetime.date.fromisoformat(_purchased_at)

                purchased_at = purchased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                purchased_at = cast(datetime.date | None, _purchased_at)

        configuration_type_id: int | None = src_dict["configuration-type-id"]

        configuration_type_name: None | str = src_dict["configuration-type-name"]

        configuration_type_kind: None | str = src_dict["configuration-type-kind"]

        configuration_status_id: int | None = src_dict["configuration-status-id"]

        configuration_status_name: None | str = src_dict["configuration-status-name"]

        manufacturer_id: int | None = src_dict["manufacturer-id"]

        manufacturer_name: None | str = src_dict["manufacturer-name"]

        model_id: int | None = src_dict["model-id"]

        model_name: None | str = src_dict["model-name"]

        operating_system_id: int | None = src_dict["operating-system-id"]

        operating_system_name: None | str = src_dict["operating-system-name"]

        location_id: int | None = src_dict["location-id"]

        location_name: None | str = src_dict["location-name"]

        contact_id: int | None = src_dict["contact-id"]

        contact_name: None | str = src_dict["contact-name"]

        archived: bool | None = src_dict["archived"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        configuration_attributes = cls(
            organization_id,
            organization_name,
            organization_short_name,
            resource_url,
            restricted,
            psa_integration,
            my_glue,
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
            configuration_type_name,
            configuration_type_kind,
            configuration_status_id,
            configuration_status_name,
            manufacturer_id,
            manufacturer_name,
            model_id,
            model_name,
            operating_system_id,
            operating_system_name,
            location_id,
            location_name,
            contact_id,
            contact_name,
            archived,
            created_at,
            updated_at,
        )

        if len(src_dict) > 40:
            configuration_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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
