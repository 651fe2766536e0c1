from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LogAttributes")

_KNOWN_KEYS = frozenset(
    {
        "action",
        "resource-type",
        "resource-id",
        "resource-name",
        "organization-id",
        "user-name",
        "user-email",
        "ip-address",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class LogAttributes:
    """Attributes of logs as returned (kebab-case).

    Attributes:
        action (None | str):
        resource_type (None | str):
        resource_id (int | None):
        resource_name (None | str):
        organization_id (int | None):
        user_name (None | str):
        user_email (None | str):
        ip_address (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    action: None | str
    resource_type: None | str
    resource_id: int | None
    resource_name: None | str
    organization_id: int | None
    user_name: None | str
    user_email: None | str
    ip_address: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        resource_type: None | str
        resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        resource_name: None | str
        resource_name = self.resource_name

        organization_id: int | None
        organization_id = self.organization_id

        user_name: None | str
        user_name = self.user_name

        user_email: None | str
        user_email = self.user_email

        ip_address: None | str
        ip_address = self.ip_address

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "resource-type": resource_type,
                "resource-id": resource_id,
                "resource-name": resource_name,
                "organization-id": organization_id,
                "user-name": user_name,
                "user-email": user_email,
                "ip-address": ip_address,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        action: None | str = src_dict["action"]

        resource_type: None | str = src_dict["resource-type"]

        resource_id: int | None = src_dict["resource-id"]

        resource_name: None | str = src_dict["resource-name"]

        organization_id: int | None = src_dict["organization-id"]

        user_name: None | str = src_dict["user-name"]

        user_email: None | str = src_dict["user-email"]

        ip_address: None | str = src_dict["ip-address"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        log_attributes = cls(
            action,
            resource_type,
            resource_id,
            resource_name,
            organization_id,
            user_name,
            user_email,
            ip_address,
            created_at,
            updated_at,
        )

        if len(src_dict) > 10:
            log_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return log_attributes

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
