from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RelatedItemAttributes")


@_attrs_define
class RelatedItemAttributes:
    """Attributes of related_items as returned (kebab-case).

    Attributes:
        destination_id (int | None):
        destination_name (None | str):
        destination_type (None | str):
        notes (None | str):
        resource_id (int | None):
        resource_type (None | str):
        via_copilot (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    destination_id: int | None
    destination_name: None | str
    destination_type: None | str
    notes: None | str
    resource_id: int | None
    resource_type: None | str
    via_copilot: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_id: int | None
        destination_id = self.destination_id

        destination_name: None | str
        destination_name = self.destination_name

        destination_type: None | str
        destination_type = self.destination_type

        notes: None | str
        notes = self.notes

        resource_id: int | None
        resource_id = self.resource_id

        resource_type: None | str
        resource_type = self.resource_type

        via_copilot: bool | None
        via_copilot = self.via_copilot

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination-id": destination_id,
                "destination-name": destination_name,
                "destination-type": destination_type,
                "notes": notes,
                "resource-id": resource_id,
                "resource-type": resource_type,
                "via-copilot": via_copilot,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_destination_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        destination_id = _parse_destination_id(d.pop("destination-id"))

        def _parse_destination_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination_name = _parse_destination_name(d.pop("destination-name"))

        def _parse_destination_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination_type = _parse_destination_type(d.pop("destination-type"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_resource_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resource_id = _parse_resource_id(d.pop("resource-id"))

        def _parse_resource_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_type = _parse_resource_type(d.pop("resource-type"))

        def _parse_via_copilot(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        via_copilot = _parse_via_copilot(d.pop("via-copilot"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        related_item_attributes = cls(
            destination_id=destination_id,
            destination_name=destination_name,
            destination_type=destination_type,
            notes=notes,
            resource_id=resource_id,
            resource_type=resource_type,
            via_copilot=via_copilot,
            created_at=created_at,
            updated_at=updated_at,
        )

        related_item_attributes.additional_properties = d
        return related_item_attributes

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
