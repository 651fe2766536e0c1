from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.document_image_attributes_urls import DocumentImageAttributesUrls


T = TypeVar("T", bound="DocumentImageAttributes")

_KNOWN_KEYS = frozenset(
    {
        "target-type",
        "target-id",
        "file-name",
        "content-type",
        "file-size",
        "urls",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DocumentImageAttributes:
    """Attributes of document_images as returned (kebab-case).

    Attributes:
        target_type (None | str):
        target_id (int | None):
        file_name (None | str):
        content_type (None | str):
        file_size (int | None):
        urls (DocumentImageAttributesUrls):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    target_type: None | str
    target_id: int | None
    file_name: None | str
    content_type: None | str
    file_size: int | None
    urls: DocumentImageAttributesUrls
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type: None | str
        target_type = self.target_type

        target_id: int | None
        target_id = self.target_id

        file_name: None | str
        file_name = self.file_name

        content_type: None | str
        content_type = self.content_type

        file_size: int | None
        file_size = self.file_size

        urls = self.urls.to_dict()

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target-type": target_type,
                "target-id": target_id,
                "file-name": file_name,
                "content-type": content_type,
                "file-size": file_size,
                "urls": urls,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        target_type: None | str = src_dict["target-type"]

        target_id: int | None = src_dict["target-id"]

        file_name: None | str = src_dict["file-name"]

        content_type: None | str = src_dict["content-type"]

        file_size: int | None = src_dict["file-size"]

        urls = DocumentImageAttributesUrls.from_dict(src_dict["urls"])

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        document_image_attributes = cls(
            target_type,
            target_id,
            file_name,
            content_type,
            file_size,
            urls,
            created_at,
            updated_at,
        )

        if len(src_dict) > 8:
            document_image_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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


# Imported after the class (not on every from_dict/to_dict call): models that refer to each other still load.
from ..models.document_image_attributes_urls import DocumentImageAttributesUrls
