from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.related_item_destination_type import (
    RelatedItemDestinationType,
    check_related_item_destination_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedItemWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "destination-id",
        "notes",
        "destination-type",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class RelatedItemWriteAttributes:
    """Writable attributes of related_items. The API also accepts snake_case keys; attributes not sent keep their value on
    update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            destination_id (int | None | Unset):
            notes (None | str | Unset):
            destination_type (RelatedItemDestinationType | Unset):
    """

    destination_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    destination_type: RelatedItemDestinationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_id: int | None | Unset
        if isinstance(self.destination_id, Unset):
            destination_id = UNSET
        else:
            destination_id = self.destination_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        destination_type: str | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_id is not UNSET:
            field_dict["destination-id"] = destination_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if destination_type is not UNSET:
            field_dict["destination-type"] = destination_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        destination_id: int | None | Unset = src_dict.get("destination-id", UNSET)

        notes: None | str | Unset = src_dict.get("notes", UNSET)

        _destination_type = src_dict.get("destination-type", UNSET)
        destination_type: RelatedItemDestinationType | Unset
        if isinstance(_destination_type, Unset):
            destination_type = UNSET
        else:
            destination_type = check_related_item_destination_type(_destination_type)

        related_item_write_attributes = cls(
            destination_id,
            notes,
            destination_type,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            related_item_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return related_item_write_attributes

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
