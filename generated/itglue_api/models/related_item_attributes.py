from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RelatedItemAttributes")

_KNOWN_KEYS = frozenset(
    {
        "destination-id",
        "destination-name",
        "destination-type",
        "notes",
        "resource-id",
        "resource-type",
        "via-copilot",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


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
        destination_id: int | None = src_dict["destination-id"]

        destination_name: None | str = src_dict["destination-name"]

        destination_type: None | str = src_dict["destination-type"]

        notes: None | str = src_dict["notes"]

        resource_id: int | None = src_dict["resource-id"]

        resource_type: None | str = src_dict["resource-type"]

        via_copilot: bool | None = src_dict["via-copilot"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        related_item_attributes = cls(
            destination_id,
            destination_name,
            destination_type,
            notes,
            resource_id,
            resource_type,
            via_copilot,
            created_at,
            updated_at,
        )

        if len(src_dict) > 9:
            related_item_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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
