from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganizationAttributes")


@_attrs_define
class OrganizationAttributes:
    """Attributes of organizations as returned (kebab-case).

    Attributes:
        name (str):
        description (None | str):
        organization_type_id (int | None):
        organization_type_name (None | str):
        organization_status_id (int | None):
        organization_status_name (None | str):
        psa_integration (None | str):
        alert (None | str):
        primary (bool | None):
        quick_notes (None | str):
        short_name (None | str):
        logo (None | str):
        my_glue_account_id (int | None):
        my_glue_account_status (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: str
    description: None | str
    organization_type_id: int | None
    organization_type_name: None | str
    organization_status_id: int | None
    organization_status_name: None | str
    psa_integration: None | str
    alert: None | str
    primary: bool | None
    quick_notes: None | str
    short_name: None | str
    logo: None | str
    my_glue_account_id: int | None
    my_glue_account_status: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        organization_type_id: int | None
        organization_type_id = self.organization_type_id

        organization_type_name: None | str
        organization_type_name = self.organization_type_name

        organization_status_id: int | None
        organization_status_id = self.organization_status_id

        organization_status_name: None | str
        organization_status_name = self.organization_status_name

        psa_integration: None | str
        psa_integration = self.psa_integration

        alert: None | str
        alert = self.alert

        primary: bool | None
        primary = self.primary

        quick_notes: None | str
        quick_notes = self.quick_notes

        short_name: None | str
        short_name = self.short_name

        logo: None | str
        logo = self.logo

        my_glue_account_id: int | None
        my_glue_account_id = self.my_glue_account_id

        my_glue_account_status: None | str
        my_glue_account_status = self.my_glue_account_status

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "organization-type-id": organization_type_id,
                "organization-type-name": organization_type_name,
                "organization-status-id": organization_status_id,
                "organization-status-name": organization_status_name,
                "psa-integration": psa_integration,
                "alert": alert,
                "primary": primary,
                "quick-notes": quick_notes,
                "short-name": short_name,
                "logo": logo,
                "my-glue-account-id": my_glue_account_id,
                "my-glue-account-status": my_glue_account_status,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_organization_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_type_id = _parse_organization_type_id(
            d.pop("organization-type-id")
        )

        def _parse_organization_type_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_type_name = _parse_organization_type_name(
            d.pop("organization-type-name")
        )

        def _parse_organization_status_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_status_id = _parse_organization_status_id(
            d.pop("organization-status-id")
        )

        def _parse_organization_status_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_status_name = _parse_organization_status_name(
            d.pop("organization-status-name")
        )

        def _parse_psa_integration(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        psa_integration = _parse_psa_integration(d.pop("psa-integration"))

        def _parse_alert(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        alert = _parse_alert(d.pop("alert"))

        def _parse_primary(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        primary = _parse_primary(d.pop("primary"))

        def _parse_quick_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quick_notes = _parse_quick_notes(d.pop("quick-notes"))

        def _parse_short_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_name = _parse_short_name(d.pop("short-name"))

        def _parse_logo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo = _parse_logo(d.pop("logo"))

        def _parse_my_glue_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        my_glue_account_id = _parse_my_glue_account_id(d.pop("my-glue-account-id"))

        def _parse_my_glue_account_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        my_glue_account_status = _parse_my_glue_account_status(
            d.pop("my-glue-account-status")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        organization_attributes = cls(
            name=name,
            description=description,
            organization_type_id=organization_type_id,
            organization_type_name=organization_type_name,
            organization_status_id=organization_status_id,
            organization_status_name=organization_status_name,
            psa_integration=psa_integration,
            alert=alert,
            primary=primary,
            quick_notes=quick_notes,
            short_name=short_name,
            logo=logo,
            my_glue_account_id=my_glue_account_id,
            my_glue_account_status=my_glue_account_status,
            created_at=created_at,
            updated_at=updated_at,
        )

        organization_attributes.additional_properties = d
        return organization_attributes

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
