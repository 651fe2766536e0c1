from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChecklistAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "organization-id",
        "organization-name",
        "completed",
        "resource-url",
        "restricted",
        "due-at",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ChecklistAttributes:
    """Attributes of checklists as returned (kebab-case).

    Attributes:
        name (str):
        description (None | str):
        organization_id (int | None):
        organization_name (None | str):
        completed (bool | None):
        resource_url (None | str):
        restricted (bool | None):
        due_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: str
    description: None | str
    organization_id: int | None
    organization_name: None | str
    completed: bool | None
    resource_url: None | str
    restricted: bool | None
    due_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        organization_id: int | None
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        completed: bool | None
        completed = self.completed

        resource_url: None | str
        resource_url = self.resource_url

        restricted: bool | None
        restricted = self.restricted

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = None if self.due_at is None else self.due_at.isoformat()
        else:
            due_at = self.due_at

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "organization-id": organization_id,
                "organization-name": organization_name,
                "completed": completed,
                "resource-url": resource_url,
                "restricted": restricted,
                "due-at": due_at,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        description: None | str = src_dict["description"]

        organization_id: int | None = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        completed: bool | None = src_dict["completed"]

        resource_url: None | str = src_dict["resource-url"]

        restricted: bool | None = src_dict["restricted"]

        _due_at = src_dict["due-at"]
        due_at: datetime.datetime | None
        if _due_at is None:
            due_at = None
        else:
            try:
                if not isinstance(_due_at, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(_due_at)

                due_at = due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                due_at = cast(datetime.datetime | None, _due_at)

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        checklist_attributes = cls(
            name,
            description,
            organization_id,
            organization_name,
            completed,
            resource_url,
            restricted,
            due_at,
            created_at,
            updated_at,
        )

        if len(src_dict) > 10:
            checklist_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return checklist_attributes

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
