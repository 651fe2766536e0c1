from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_section_kind import (
    DocumentSectionKind,
    check_document_section_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSectionWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "content",
        "level",
        "duration",
        "reset-count",
        "sort",
        "resource-type",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DocumentSectionWriteAttributes:
    """Writable attributes of document_sections. The API also accepts snake_case keys; attributes not sent keep their value
    on update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            content (None | str | Unset):
            level (int | None | Unset):
            duration (int | None | Unset):
            reset_count (int | None | Unset):
            sort (int | None | Unset):
            resource_type (DocumentSectionKind | Unset):
    """

    content: None | str | Unset = UNSET
    level: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    reset_count: int | None | Unset = UNSET
    sort: int | None | Unset = UNSET
    resource_type: DocumentSectionKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        reset_count: int | None | Unset
        if isinstance(self.reset_count, Unset):
            reset_count = UNSET
        else:
            reset_count = self.reset_count

        sort: int | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if level is not UNSET:
            field_dict["level"] = level
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reset_count is not UNSET:
            field_dict["reset-count"] = reset_count
        if sort is not UNSET:
            field_dict["sort"] = sort
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        content: None | str | Unset = src_dict.get("content", UNSET)

        level: int | None | Unset = src_dict.get("level", UNSET)

        duration: int | None | Unset = src_dict.get("duration", UNSET)

        reset_count: int | None | Unset = src_dict.get("reset-count", UNSET)

        sort: int | None | Unset = src_dict.get("sort", UNSET)

        _resource_type = src_dict.get("resource-type", UNSET)
        resource_type: DocumentSectionKind | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = check_document_section_kind(_resource_type)

        document_section_write_attributes = cls(
            content,
            level,
            duration,
            reset_count,
            sort,
            resource_type,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            document_section_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return document_section_write_attributes

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
