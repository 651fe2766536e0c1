from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPhoneWrite")

_KNOWN_KEYS = frozenset(
    {
        "value",
        "extension",
        "primary",
        "label-name",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ContactPhoneWrite:
    """
    Attributes:
        value (str):
        extension (str | Unset):
        primary (bool | Unset):
        label_name (str | Unset):
    """

    value: str
    extension: str | Unset = UNSET
    primary: bool | Unset = UNSET
    label_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        extension = self.extension

        primary = self.primary

        label_name = self.label_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if extension is not UNSET:
            field_dict["extension"] = extension
        if primary is not UNSET:
            field_dict["primary"] = primary
        if label_name is not UNSET:
            field_dict["label-name"] = label_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        value = src_dict["value"]

        extension = src_dict.get("extension", UNSET)

        primary = src_dict.get("primary", UNSET)

        label_name = src_dict.get("label-name", UNSET)

        contact_phone_write = cls(
            value,
            extension,
            primary,
            label_name,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            contact_phone_write.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return contact_phone_write

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
