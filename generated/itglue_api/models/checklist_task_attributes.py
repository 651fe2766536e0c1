from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChecklistTaskAttributes")


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
        d = dict(src_dict)

        def _parse_checklist_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        checklist_id = _parse_checklist_id(d.pop("checklist-id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_completed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        completed = _parse_completed(d.pop("completed"))

        def _parse_order(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order = _parse_order(d.pop("order"))

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due-at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        checklist_task_attributes = cls(
            checklist_id=checklist_id,
            name=name,
            completed=completed,
            order=order,
            due_at=due_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        checklist_task_attributes.additional_properties = d
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
