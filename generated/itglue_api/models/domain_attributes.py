from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DomainAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "organization-id",
        "organization-name",
        "resource-url",
        "restricted",
        "my-glue",
        "notes",
        "registrar-name",
        "expires-on",
        "screenshot",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DomainAttributes:
    """Attributes of domains as returned (kebab-case).

    Attributes:
        name (str):
        organization_id (int | None):
        organization_name (None | str):
        resource_url (None | str):
        restricted (bool | None):
        my_glue (bool | None):
        notes (None | str):
        registrar_name (None | str):
        expires_on (datetime.date | None):
        screenshot (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: str
    organization_id: int | None
    organization_name: None | str
    resource_url: None | str
    restricted: bool | None
    my_glue: bool | None
    notes: None | str
    registrar_name: None | str
    expires_on: datetime.date | None
    screenshot: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id: int | None
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        resource_url: None | str
        resource_url = self.resource_url

        restricted: bool | None
        restricted = self.restricted

        my_glue: bool | None
        my_glue = self.my_glue

        notes: None | str
        notes = self.notes

        registrar_name: None | str
        registrar_name = self.registrar_name

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = (
                None if self.expires_on is None else self.expires_on.isoformat()
            )
        else:
            expires_on = self.expires_on

        screenshot: None | str
        screenshot = self.screenshot

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization-id": organization_id,
                "organization-name": organization_name,
                "resource-url": resource_url,
                "restricted": restricted,
                "my-glue": my_glue,
                "notes": notes,
                "registrar-name": registrar_name,
                "expires-on": expires_on,
                "screenshot": screenshot,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        organization_id: int | None = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        resource_url: None | str = src_dict["resource-url"]

        restricted: bool | None = src_dict["restricted"]

        my_glue: bool | None = src_dict["my-glue"]

        notes: None | str = src_dict["notes"]

        registrar_name: None | str = src_dict["registrar-name"]

        _expires_on = src_dict["expires-on"]
        expires_on: datetime.date | None
        if _expires_on is None:
            expires_on = None
        else:
            try:
                if not isinstance(_expires_on, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(_expires_on)

                expires_on = expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_on = cast(datetime.date | None, _expires_on)

        screenshot: None | str = src_dict["screenshot"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        domain_attributes = cls(
            name,
            organization_id,
            organization_name,
            resource_url,
            restricted,
            my_glue,
            notes,
            registrar_name,
            expires_on,
            screenshot,
            created_at,
            updated_at,
        )

        if len(src_dict) > 12:
            domain_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return domain_attributes

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
