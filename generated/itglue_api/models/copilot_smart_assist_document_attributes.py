from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CopilotSmartAssistDocumentAttributes")


@_attrs_define
class CopilotSmartAssistDocumentAttributes:
    """Attributes of copilot_smart_assist as returned (kebab-case).

    Attributes:
        name (None | str):
        organization_id (int | None):
        organization_name (None | str):
        suggestion_type (None | str):
        resource_url (None | str):
        archived (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: None | str
    organization_id: int | None
    organization_name: None | str
    suggestion_type: None | str
    resource_url: None | str
    archived: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        organization_id: int | None
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        suggestion_type: None | str
        suggestion_type = self.suggestion_type

        resource_url: None | str
        resource_url = self.resource_url

        archived: bool | None
        archived = self.archived

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization-id": organization_id,
                "organization-name": organization_name,
                "suggestion-type": suggestion_type,
                "resource-url": resource_url,
                "archived": archived,
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

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization-id"))

        def _parse_organization_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_name = _parse_organization_name(d.pop("organization-name"))

        def _parse_suggestion_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        suggestion_type = _parse_suggestion_type(d.pop("suggestion-type"))

        def _parse_resource_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_url = _parse_resource_url(d.pop("resource-url"))

        def _parse_archived(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        archived = _parse_archived(d.pop("archived"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        copilot_smart_assist_document_attributes = cls(
            name=name,
            organization_id=organization_id,
            organization_name=organization_name,
            suggestion_type=suggestion_type,
            resource_url=resource_url,
            archived=archived,
            created_at=created_at,
            updated_at=updated_at,
        )

        copilot_smart_assist_document_attributes.additional_properties = d
        return copilot_smart_assist_document_attributes

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
