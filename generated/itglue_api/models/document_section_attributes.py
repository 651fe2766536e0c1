from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSectionAttributes")


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
        d = dict(src_dict)
        document_id = d.pop("document-id")

        resource_type = d.pop("resource-type")

        def _parse_resource_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resource_id = _parse_resource_id(d.pop("resource-id"))

        def _parse_sort(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sort = _parse_sort(d.pop("sort"))

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        def _parse_rendered_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rendered_content = _parse_rendered_content(d.pop("rendered-content"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        def _parse_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_reset_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reset_count = _parse_reset_count(d.pop("reset-count", UNSET))

        document_section_attributes = cls(
            document_id=document_id,
            resource_type=resource_type,
            resource_id=resource_id,
            sort=sort,
            content=content,
            rendered_content=rendered_content,
            created_at=created_at,
            updated_at=updated_at,
            level=level,
            duration=duration,
            reset_count=reset_count,
        )

        document_section_attributes.additional_properties = d
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
