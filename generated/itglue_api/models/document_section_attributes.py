from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSectionAttributes")

_KNOWN_KEYS = frozenset(
    {
        "document-id",
        "resource-type",
        "resource-id",
        "sort",
        "content",
        "rendered-content",
        "created-at",
        "updated-at",
        "level",
        "duration",
        "reset-count",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DocumentSectionAttributes:
    """Attributes of document_sections as returned (kebab-case). Sections are polymorphic by `resource-type`: `level`
    belongs to headings, `duration` and `reset-count` to steps, so they are the conditional attributes here (optional:
    present on the section types that have them).

        Attributes:
            document_id (int):
            resource_type (str):
            resource_id (int | None):
            sort (int | None):
            content (None | str):
            rendered_content (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            level (int | None | Unset):
            duration (int | None | Unset):
            reset_count (int | None | Unset):
    """

    document_id: int
    resource_type: str
    resource_id: int | None
    sort: int | None
    content: None | str
    rendered_content: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    level: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    reset_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        resource_type = self.resource_type

        resource_id: int | None
        resource_id = self.resource_id

        sort: int | None
        sort = self.sort

        content: None | str
        content = self.content

        rendered_content: None | str
        rendered_content = self.rendered_content

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document-id": document_id,
                "resource-type": resource_type,
                "resource-id": resource_id,
                "sort": sort,
                "content": content,
                "rendered-content": rendered_content,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reset_count is not UNSET:
            field_dict["reset-count"] = reset_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        document_id = src_dict["document-id"]

        resource_type = src_dict["resource-type"]

        resource_id: int | None = src_dict["resource-id"]

        sort: int | None = src_dict["sort"]

        content: None | str = src_dict["content"]

        rendered_content: None | str = src_dict["rendered-content"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        level: int | None | Unset = src_dict.get("level", UNSET)

        duration: int | None | Unset = src_dict.get("duration", UNSET)

        reset_count: int | None | Unset = src_dict.get("reset-count", UNSET)

        document_section_attributes = cls(
            document_id,
            resource_type,
            resource_id,
            sort,
            content,
            rendered_content,
            created_at,
            updated_at,
            level,
            duration,
            reset_count,
        )

        if len(src_dict) > 8 and not _KNOWN_KEYS.issuperset(src_dict):
            document_section_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return document_section_attributes

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
