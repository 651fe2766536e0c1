from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganizationAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "organization-type-id",
        "organization-type-name",
        "organization-status-id",
        "organization-status-name",
        "psa-integration",
        "alert",
        "primary",
        "quick-notes",
        "short-name",
        "logo",
        "my-glue-account-id",
        "my-glue-account-status",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


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
        name = src_dict["name"]

        description: None | str = src_dict["description"]

        organization_type_id: int | None = src_dict["organization-type-id"]

        organization_type_name: None | str = src_dict["organization-type-name"]

        organization_status_id: int | None = src_dict["organization-status-id"]

        organization_status_name: None | str = src_dict["organization-status-name"]

        psa_integration: None | str = src_dict["psa-integration"]

        alert: None | str = src_dict["alert"]

        primary: bool | None = src_dict["primary"]

        quick_notes: None | str = src_dict["quick-notes"]

        short_name: None | str = src_dict["short-name"]

        logo: None | str = src_dict["logo"]

        my_glue_account_id: int | None = src_dict["my-glue-account-id"]

        my_glue_account_status: None | str = src_dict["my-glue-account-status"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        organization_attributes = cls(
            name,
            description,
            organization_type_id,
            organization_type_name,
            organization_status_id,
            organization_status_name,
            psa_integration,
            alert,
            primary,
            quick_notes,
            short_name,
            logo,
            my_glue_account_id,
            my_glue_account_status,
            created_at,
            updated_at,
        )

        if len(src_dict) > 16:
            organization_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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
