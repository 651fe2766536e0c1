from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChecklistTaskAttributes")

_KNOWN_KEYS = frozenset(
    {
        "checklist-id",
        "name",
        "completed",
        "order",
        "due-at",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ChecklistTaskAttributes:
    """Attributes of checklist_tasks as returned (kebab-case).

    Attributes:
        checklist_id (int | None):
        name (None | str):
        completed (bool | None):
        order (int | None):
        due_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    checklist_id: int | None
    name: None | str
    completed: bool | None
    order: int | None
    due_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checklist_id: int | None
        checklist_id = self.checklist_id

        name: None | str
        name = self.name

        completed: bool | None
        completed = self.completed

        order: int | None
        order = self.order

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
                "checklist-id": checklist_id,
                "name": name,
                "completed": completed,
                "order": order,
                "due-at": due_at,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        checklist_id: int | None = src_dict["checklist-id"]

        name: None | str = src_dict["name"]

        completed: bool | None = src_dict["completed"]

        order: int | None = src_dict["order"]

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

        checklist_task_attributes = cls(
            checklist_id,
            name,
            completed,
            order,
            due_at,
            created_at,
            updated_at,
        )

        if len(src_dict) > 7:
            checklist_task_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return checklist_task_attributes

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
