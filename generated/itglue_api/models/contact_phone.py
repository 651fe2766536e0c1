from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPhone")

_KNOWN_KEYS = frozenset(
    {
        "value",
        "extension",
        "primary",
        "label-name",
        "label-type",
        "formatted-value",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ContactPhone:
    """
    Attributes:
        value (str):
        extension (None | str):
        primary (bool):
        label_name (None | str):
        label_type (None | str):
        formatted_value (None | str):
    """

    value: str
    extension: None | str
    primary: bool
    label_name: None | str
    label_type: None | str
    formatted_value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        extension: None | str
        extension = self.extension

        primary = self.primary

        label_name: None | str
        label_name = self.label_name

        label_type: None | str
        label_type = self.label_type

        formatted_value: None | str
        formatted_value = self.formatted_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "extension": extension,
                "primary": primary,
                "label-name": label_name,
                "label-type": label_type,
                "formatted-value": formatted_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        value = src_dict["value"]

        extension: None | str = src_dict["extension"]

        primary = src_dict["primary"]

        label_name: None | str = src_dict["label-name"]

        label_type: None | str = src_dict["label-type"]

        formatted_value: None | str = src_dict["formatted-value"]

        contact_phone = cls(
            value,
            extension,
            primary,
            label_name,
            label_type,
            formatted_value,
        )

        if len(src_dict) > 6:
            contact_phone.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return contact_phone

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
