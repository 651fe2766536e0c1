from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationAttributes")


@_attrs_define
class OrganizationAttributes:
    """Attributes of organizations as returned (kebab-case).

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        organization_type_id (int | None | Unset):
        organization_type_name (None | str | Unset):
        organization_status_id (int | None | Unset):
        organization_status_name (None | str | Unset):
        psa_integration (None | str | Unset):
        alert (None | str | Unset):
        primary (bool | None | Unset):
        quick_notes (None | str | Unset):
        short_name (None | str | Unset):
        logo (None | str | Unset):
        my_glue_account_id (int | None | Unset):
        my_glue_account_status (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    organization_type_id: int | None | Unset = UNSET
    organization_type_name: None | str | Unset = UNSET
    organization_status_id: int | None | Unset = UNSET
    organization_status_name: None | str | Unset = UNSET
    psa_integration: None | str | Unset = UNSET
    alert: None | str | Unset = UNSET
    primary: bool | None | Unset = UNSET
    quick_notes: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    my_glue_account_id: int | None | Unset = UNSET
    my_glue_account_status: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization_type_id: int | None | Unset
        if isinstance(self.organization_type_id, Unset):
            organization_type_id = UNSET
        else:
            organization_type_id = self.organization_type_id

        organization_type_name: None | str | Unset
        if isinstance(self.organization_type_name, Unset):
            organization_type_name = UNSET
        else:
            organization_type_name = self.organization_type_name

        organization_status_id: int | None | Unset
        if isinstance(self.organization_status_id, Unset):
            organization_status_id = UNSET
        else:
            organization_status_id = self.organization_status_id

        organization_status_name: None | str | Unset
        if isinstance(self.organization_status_name, Unset):
            organization_status_name = UNSET
        else:
            organization_status_name = self.organization_status_name

        psa_integration: None | str | Unset
        if isinstance(self.psa_integration, Unset):
            psa_integration = UNSET
        else:
            psa_integration = self.psa_integration

        alert: None | str | Unset
        if isinstance(self.alert, Unset):
            alert = UNSET
        else:
            alert = self.alert

        primary: bool | None | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        quick_notes: None | str | Unset
        if isinstance(self.quick_notes, Unset):
            quick_notes = UNSET
        else:
            quick_notes = self.quick_notes

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        my_glue_account_id: int | None | Unset
        if isinstance(self.my_glue_account_id, Unset):
            my_glue_account_id = UNSET
        else:
            my_glue_account_id = self.my_glue_account_id

        my_glue_account_status: None | str | Unset
        if isinstance(self.my_glue_account_status, Unset):
            my_glue_account_status = UNSET
        else:
            my_glue_account_status = self.my_glue_account_status

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
        if description is not UNSET:
            field_dict["description"] = description
        if organization_type_id is not UNSET:
            field_dict["organization-type-id"] = organization_type_id
        if organization_type_name is not UNSET:
            field_dict["organization-type-name"] = organization_type_name
        if organization_status_id is not UNSET:
            field_dict["organization-status-id"] = organization_status_id
        if organization_status_name is not UNSET:
            field_dict["organization-status-name"] = organization_status_name
        if psa_integration is not UNSET:
            field_dict["psa-integration"] = psa_integration
        if alert is not UNSET:
            field_dict["alert"] = alert
        if primary is not UNSET:
            field_dict["primary"] = primary
        if quick_notes is not UNSET:
            field_dict["quick-notes"] = quick_notes
        if short_name is not UNSET:
            field_dict["short-name"] = short_name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if my_glue_account_id is not UNSET:
            field_dict["my-glue-account-id"] = my_glue_account_id
        if my_glue_account_status is not UNSET:
            field_dict["my-glue-account-status"] = my_glue_account_status
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_organization_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_type_id = _parse_organization_type_id(
            d.pop("organization-type-id", UNSET)
        )

        def _parse_organization_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_type_name = _parse_organization_type_name(
            d.pop("organization-type-name", UNSET)
        )

        def _parse_organization_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_status_id = _parse_organization_status_id(
            d.pop("organization-status-id", UNSET)
        )

        def _parse_organization_status_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_status_name = _parse_organization_status_name(
            d.pop("organization-status-name", UNSET)
        )

        def _parse_psa_integration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        psa_integration = _parse_psa_integration(d.pop("psa-integration", UNSET))

        def _parse_alert(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alert = _parse_alert(d.pop("alert", UNSET))

        def _parse_primary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        def _parse_quick_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quick_notes = _parse_quick_notes(d.pop("quick-notes", UNSET))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short-name", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_my_glue_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_glue_account_id = _parse_my_glue_account_id(
            d.pop("my-glue-account-id", UNSET)
        )

        def _parse_my_glue_account_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        my_glue_account_status = _parse_my_glue_account_status(
            d.pop("my-glue-account-status", UNSET)
        )

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
