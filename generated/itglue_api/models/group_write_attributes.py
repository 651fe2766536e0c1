from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "user-ids",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class GroupWriteAttributes:
    """Writable attributes of groups. The API also accepts snake_case keys; attributes not sent keep their value on update.
    Create and update bodies were not captured in public sources (reference 9.15): these attributes are inferred.

        Attributes:
            name (str | Unset):
            description (None | str | Unset):
            user_ids (list[int] | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    user_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        user_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if user_ids is not UNSET:
            field_dict["user-ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        description: None | str | Unset = src_dict.get("description", UNSET)

        user_ids = cast(list[int], src_dict.get("user-ids", UNSET))

        group_write_attributes = cls(
            name,
            description,
            user_ids,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            group_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return group_write_attributes

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
