from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPhone")


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
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_extension(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extension = _parse_extension(d.pop("extension"))

        primary = d.pop("primary")

        def _parse_label_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label_name = _parse_label_name(d.pop("label-name"))

        def _parse_label_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label_type = _parse_label_type(d.pop("label-type"))

        def _parse_formatted_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        formatted_value = _parse_formatted_value(d.pop("formatted-value"))

        contact_phone = cls(
            value=value,
            extension=extension,
            primary=primary,
            label_name=label_name,
            label_type=label_type,
            formatted_value=formatted_value,
        )

        contact_phone.additional_properties = d
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
