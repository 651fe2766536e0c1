from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordFolderBulkUpdateAttributes")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "restricted",
        "parent-id",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class PasswordFolderBulkUpdateAttributes:
    """
    Attributes:
        id (int | str): A record id; IT Glue accepts it as a string or an integer.
        name (str | Unset):
        restricted (bool | None | Unset):
        parent_id (int | None | Unset):
    """

    id: int | str
    name: str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if parent_id is not UNSET:
            field_dict["parent-id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id: int | str = src_dict["id"]

        name = src_dict.get("name", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        parent_id: int | None | Unset = src_dict.get("parent-id", UNSET)

        password_folder_bulk_update_attributes = cls(
            id,
            name,
            restricted,
            parent_id,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            password_folder_bulk_update_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return password_folder_bulk_update_attributes

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
