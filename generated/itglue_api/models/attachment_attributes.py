from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentAttributes")


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
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_attachment_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attachment_file_name = _parse_attachment_file_name(
            d.pop("attachment-file-name")
        )

        def _parse_attachment_content_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attachment_content_type = _parse_attachment_content_type(
            d.pop("attachment-content-type")
        )

        def _parse_attachment_file_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        attachment_file_size = _parse_attachment_file_size(
            d.pop("attachment-file-size")
        )

        def _parse_ext(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ext = _parse_ext(d.pop("ext"))

        def _parse_viewable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        viewable = _parse_viewable(d.pop("viewable"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download-url"))

        def _parse_resource_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resource_id = _parse_resource_id(d.pop("resource-id"))

        def _parse_resource_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_type = _parse_resource_type(d.pop("resource-type"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        attachment_attributes = cls(
            name=name,
            attachment_file_name=attachment_file_name,
            attachment_content_type=attachment_content_type,
            attachment_file_size=attachment_file_size,
            ext=ext,
            viewable=viewable,
            download_url=download_url,
            resource_id=resource_id,
            resource_type=resource_type,
            created_at=created_at,
            updated_at=updated_at,
        )

        attachment_attributes.additional_properties = d
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
