from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordFolderAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "name",
        "restricted",
        "parent-id",
        "ancestor-ids",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class PasswordFolderAttributes:
    """Attributes of password_folders as returned (kebab-case).

    Attributes:
        organization_id (int | None):
        name (str):
        restricted (bool | None):
        parent_id (int | None):
        ancestor_ids (list[int]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    organization_id: int | None
    name: str
    restricted: bool | None
    parent_id: int | None
    ancestor_ids: list[int]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id: int | None
        organization_id = self.organization_id

        name = self.name

        restricted: bool | None
        restricted = self.restricted

        parent_id: int | None
        parent_id = self.parent_id

        ancestor_ids = self.ancestor_ids

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "name": name,
                "restricted": restricted,
                "parent-id": parent_id,
                "ancestor-ids": ancestor_ids,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id: int | None = src_dict["organization-id"]

        name = src_dict["name"]

        restricted: bool | None = src_dict["restricted"]

        parent_id: int | None = src_dict["parent-id"]

        ancestor_ids = cast(list[int], src_dict["ancestor-ids"])

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        password_folder_attributes = cls(
            organization_id,
            name,
            restricted,
            parent_id,
            ancestor_ids,
            created_at,
            updated_at,
        )

        if len(src_dict) > 7:
            password_folder_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return password_folder_attributes

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
