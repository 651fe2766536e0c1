from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPhone")


@_attrs_define
class ContactPhone:
    """
    Attributes:
        value (str | Unset):
        extension (None | str | Unset):
        primary (bool | Unset):
        label_name (None | str | Unset):
        label_type (None | str | Unset):
        formatted_value (None | str | Unset):
    """

    value: str | Unset = UNSET
    extension: None | str | Unset = UNSET
    primary: bool | Unset = UNSET
    label_name: None | str | Unset = UNSET
    label_type: None | str | Unset = UNSET
    formatted_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        primary = self.primary

        label_name: None | str | Unset
        if isinstance(self.label_name, Unset):
            label_name = UNSET
        else:
            label_name = self.label_name

        label_type: None | str | Unset
        if isinstance(self.label_type, Unset):
            label_type = UNSET
        else:
            label_type = self.label_type

        formatted_value: None | str | Unset
        if isinstance(self.formatted_value, Unset):
            formatted_value = UNSET
        else:
            formatted_value = self.formatted_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if extension is not UNSET:
            field_dict["extension"] = extension
        if primary is not UNSET:
            field_dict["primary"] = primary
        if label_name is not UNSET:
            field_dict["label-name"] = label_name
        if label_type is not UNSET:
            field_dict["label-type"] = label_type
        if formatted_value is not UNSET:
            field_dict["formatted-value"] = formatted_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        primary = d.pop("primary", UNSET)

        def _parse_label_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_name = _parse_label_name(d.pop("label-name", UNSET))

        def _parse_label_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_type = _parse_label_type(d.pop("label-type", UNSET))

        def _parse_formatted_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_value = _parse_formatted_value(d.pop("formatted-value", UNSET))

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
