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
    """Attributes of document_sections as returned (kebab-case).

    Attributes:
        document_id (int | Unset):
        resource_type (str | Unset):
        resource_id (int | None | Unset):
        sort (int | None | Unset):
        content (None | str | Unset):
        rendered_content (None | str | Unset):
        level (int | None | Unset):
        duration (int | None | Unset):
        reset_count (int | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    document_id: int | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    sort: int | None | Unset = UNSET
    content: None | str | Unset = UNSET
    rendered_content: None | str | Unset = UNSET
    level: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    reset_count: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        resource_type = self.resource_type

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        sort: int | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        rendered_content: None | str | Unset
        if isinstance(self.rendered_content, Unset):
            rendered_content = UNSET
        else:
            rendered_content = self.rendered_content

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["document-id"] = document_id
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource-id"] = resource_id
        if sort is not UNSET:
            field_dict["sort"] = sort
        if content is not UNSET:
            field_dict["content"] = content
        if rendered_content is not UNSET:
            field_dict["rendered-content"] = rendered_content
        if level is not UNSET:
            field_dict["level"] = level
        if duration is not UNSET:
            field_dict["duration"] = duration
        if reset_count is not UNSET:
            field_dict["reset-count"] = reset_count
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_id = d.pop("document-id", UNSET)

        resource_type = d.pop("resource-type", UNSET)

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource-id", UNSET))

        def _parse_sort(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sort = _parse_sort(d.pop("sort", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_rendered_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rendered_content = _parse_rendered_content(d.pop("rendered-content", UNSET))

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

        document_section_attributes = cls(
            document_id=document_id,
            resource_type=resource_type,
            resource_id=resource_id,
            sort=sort,
            content=content,
            rendered_content=rendered_content,
            level=level,
            duration=duration,
            reset_count=reset_count,
            created_at=created_at,
            updated_at=updated_at,
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
