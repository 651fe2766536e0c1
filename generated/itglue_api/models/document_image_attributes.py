from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_image_attributes_urls import DocumentImageAttributesUrls


T = TypeVar("T", bound="DocumentImageAttributes")


@_attrs_define
class DocumentImageAttributes:
    """Attributes of document_images as returned (kebab-case).

    Attributes:
        target_type (None | str | Unset):
        target_id (int | None | Unset):
        file_name (None | str | Unset):
        content_type (None | str | Unset):
        file_size (int | None | Unset):
        urls (DocumentImageAttributesUrls | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    target_type: None | str | Unset = UNSET
    target_id: int | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    urls: DocumentImageAttributesUrls | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        else:
            target_type = self.target_type

        target_id: int | None | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_type is not UNSET:
            field_dict["target-type"] = target_type
        if target_id is not UNSET:
            field_dict["target-id"] = target_id
        if file_name is not UNSET:
            field_dict["file-name"] = file_name
        if content_type is not UNSET:
            field_dict["content-type"] = content_type
        if file_size is not UNSET:
            field_dict["file-size"] = file_size
        if urls is not UNSET:
            field_dict["urls"] = urls
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_image_attributes_urls import DocumentImageAttributesUrls

        d = dict(src_dict)

        def _parse_target_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_type = _parse_target_type(d.pop("target-type", UNSET))

        def _parse_target_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_id = _parse_target_id(d.pop("target-id", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("file-name", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content-type", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file-size", UNSET))

        _urls = d.pop("urls", UNSET)
        urls: DocumentImageAttributesUrls | Unset
        if isinstance(_urls, Unset):
            urls = UNSET
        else:
            urls = DocumentImageAttributesUrls.from_dict(_urls)

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

        document_image_attributes = cls(
            target_type=target_type,
            target_id=target_id,
            file_name=file_name,
            content_type=content_type,
            file_size=file_size,
            urls=urls,
            created_at=created_at,
            updated_at=updated_at,
        )

        document_image_attributes.additional_properties = d
        return document_image_attributes

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
