from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentAttributes")


@_attrs_define
class AttachmentAttributes:
    """Attributes of attachments as returned (kebab-case).

    Attributes:
        name (None | str | Unset):
        attachment_file_name (None | str | Unset):
        attachment_content_type (None | str | Unset):
        attachment_file_size (int | None | Unset):
        ext (None | str | Unset):
        viewable (bool | None | Unset):
        download_url (None | str | Unset):
        resource_id (int | None | Unset):
        resource_type (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    name: None | str | Unset = UNSET
    attachment_file_name: None | str | Unset = UNSET
    attachment_content_type: None | str | Unset = UNSET
    attachment_file_size: int | None | Unset = UNSET
    ext: None | str | Unset = UNSET
    viewable: bool | None | Unset = UNSET
    download_url: None | str | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        attachment_file_name: None | str | Unset
        if isinstance(self.attachment_file_name, Unset):
            attachment_file_name = UNSET
        else:
            attachment_file_name = self.attachment_file_name

        attachment_content_type: None | str | Unset
        if isinstance(self.attachment_content_type, Unset):
            attachment_content_type = UNSET
        else:
            attachment_content_type = self.attachment_content_type

        attachment_file_size: int | None | Unset
        if isinstance(self.attachment_file_size, Unset):
            attachment_file_size = UNSET
        else:
            attachment_file_size = self.attachment_file_size

        ext: None | str | Unset
        if isinstance(self.ext, Unset):
            ext = UNSET
        else:
            ext = self.ext

        viewable: bool | None | Unset
        if isinstance(self.viewable, Unset):
            viewable = UNSET
        else:
            viewable = self.viewable

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if attachment_file_name is not UNSET:
            field_dict["attachment-file-name"] = attachment_file_name
        if attachment_content_type is not UNSET:
            field_dict["attachment-content-type"] = attachment_content_type
        if attachment_file_size is not UNSET:
            field_dict["attachment-file-size"] = attachment_file_size
        if ext is not UNSET:
            field_dict["ext"] = ext
        if viewable is not UNSET:
            field_dict["viewable"] = viewable
        if download_url is not UNSET:
            field_dict["download-url"] = download_url
        if resource_id is not UNSET:
            field_dict["resource-id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_attachment_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_file_name = _parse_attachment_file_name(
            d.pop("attachment-file-name", UNSET)
        )

        def _parse_attachment_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_content_type = _parse_attachment_content_type(
            d.pop("attachment-content-type", UNSET)
        )

        def _parse_attachment_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attachment_file_size = _parse_attachment_file_size(
            d.pop("attachment-file-size", UNSET)
        )

        def _parse_ext(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext = _parse_ext(d.pop("ext", UNSET))

        def _parse_viewable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        viewable = _parse_viewable(d.pop("viewable", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download-url", UNSET))

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource-id", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource-type", UNSET))

        _created_at = d.pop("created-at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated-at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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
