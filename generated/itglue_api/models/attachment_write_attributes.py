from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_upload import AttachmentUpload


T = TypeVar("T", bound="AttachmentWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "attachment",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class AttachmentWriteAttributes:
    """Writable attributes of attachments. The API also accepts snake_case keys; attributes not sent keep their value on
    update.

        Attributes:
            name (None | str | Unset):
            attachment (AttachmentUpload | Unset):
    """

    name: None | str | Unset = UNSET
    attachment: AttachmentUpload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if attachment is not UNSET:
            field_dict["attachment"] = attachment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name: None | str | Unset = src_dict.get("name", UNSET)

        _attachment = src_dict.get("attachment", UNSET)
        attachment: AttachmentUpload | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = AttachmentUpload.from_dict(_attachment)

        attachment_write_attributes = cls(
            name,
            attachment,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            attachment_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return attachment_write_attributes

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


# Imported after the class (not on every from_dict/to_dict call): models that refer to each other still load.
from ..models.attachment_upload import AttachmentUpload
