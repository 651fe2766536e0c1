from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "attachment-file-name",
        "attachment-content-type",
        "attachment-file-size",
        "ext",
        "viewable",
        "download-url",
        "resource-id",
        "resource-type",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class AttachmentAttributes:
    """Attributes of attachments as returned (kebab-case).

    Attributes:
        name (None | str):
        attachment_file_name (None | str):
        attachment_content_type (None | str):
        attachment_file_size (int | None):
        ext (None | str):
        viewable (bool | None):
        download_url (None | str):
        resource_id (int | None):
        resource_type (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: None | str
    attachment_file_name: None | str
    attachment_content_type: None | str
    attachment_file_size: int | None
    ext: None | str
    viewable: bool | None
    download_url: None | str
    resource_id: int | None
    resource_type: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        attachment_file_name: None | str
        attachment_file_name = self.attachment_file_name

        attachment_content_type: None | str
        attachment_content_type = self.attachment_content_type

        attachment_file_size: int | None
        attachment_file_size = self.attachment_file_size

        ext: None | str
        ext = self.ext

        viewable: bool | None
        viewable = self.viewable

        download_url: None | str
        download_url = self.download_url

        resource_id: int | None
        resource_id = self.resource_id

        resource_type: None | str
        resource_type = self.resource_type

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "attachment-file-name": attachment_file_name,
                "attachment-content-type": attachment_content_type,
                "attachment-file-size": attachment_file_size,
                "ext": ext,
                "viewable": viewable,
                "download-url": download_url,
                "resource-id": resource_id,
                "resource-type": resource_type,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name: None | str = src_dict["name"]

        attachment_file_name: None | str = src_dict["attachment-file-name"]

        attachment_content_type: None | str = src_dict["attachment-content-type"]

        attachment_file_size: int | None = src_dict["attachment-file-size"]

        ext: None | str = src_dict["ext"]

        viewable: bool | None = src_dict["viewable"]

        download_url: None | str = src_dict["download-url"]

        resource_id: int | None = src_dict["resource-id"]

        resource_type: None | str = src_dict["resource-type"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        attachment_attributes = cls(
            name,
            attachment_file_name,
            attachment_content_type,
            attachment_file_size,
            ext,
            viewable,
            download_url,
            resource_id,
            resource_type,
            created_at,
            updated_at,
        )

        if len(src_dict) > 11:
            attachment_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return attachment_attributes

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
