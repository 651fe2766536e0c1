from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExpirationAttributes")

_KNOWN_KEYS = frozenset(
    {
        "resource-id",
        "resource-name",
        "resource-type-name",
        "description",
        "expiration-date",
        "organization-id",
        "organization-name",
        "resource-url",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ExpirationAttributes:
    """Attributes of expirations as returned (kebab-case).

    Attributes:
        resource_id (int | None):
        resource_name (None | str):
        resource_type_name (None | str):
        description (None | str):
        expiration_date (datetime.date | None):
        organization_id (int | None):
        organization_name (None | str):
        resource_url (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    resource_id: int | None
    resource_name: None | str
    resource_type_name: None | str
    description: None | str
    expiration_date: datetime.date | None
    organization_id: int | None
    organization_name: None | str
    resource_url: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id: int | None
        resource_id = self.resource_id

        resource_name: None | str
        resource_name = self.resource_name

        resource_type_name: None | str
        resource_type_name = self.resource_type_name

        description: None | str
        description = self.description

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.date):
            expiration_date = (
                None
                if self.expiration_date is None
                else self.expiration_date.isoformat()
            )
        else:
            expiration_date = self.expiration_date

        organization_id: int | None
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        resource_url: None | str
        resource_url = self.resource_url

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource-id": resource_id,
                "resource-name": resource_name,
                "resource-type-name": resource_type_name,
                "description": description,
                "expiration-date": expiration_date,
                "organization-id": organization_id,
                "organization-name": organization_name,
                "resource-url": resource_url,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        resource_id: int | None = src_dict["resource-id"]

        resource_name: None | str = src_dict["resource-name"]

        resource_type_name: None | str = src_dict["resource-type-name"]

        description: None | str = src_dict["description"]

        _expiration_date = src_dict["expiration-date"]
        expiration_date: datetime.date | None
        if _expiration_date is None:
            expiration_date = None
        else:
            try:
                if not isinstance(_expiration_date, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.date.fromisoformat(_expiration_date)

                expiration_date = expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expiration_date = cast(datetime.date | None, _expiration_date)

        organization_id: int | None = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        resource_url: None | str = src_dict["resource-url"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        expiration_attributes = cls(
            resource_id,
            resource_name,
            resource_type_name,
            description,
            expiration_date,
            organization_id,
            organization_name,
            resource_url,
            created_at,
            updated_at,
        )

        if len(src_dict) > 10:
            expiration_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return expiration_attributes

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
