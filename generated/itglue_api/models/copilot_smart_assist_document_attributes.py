from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CopilotSmartAssistDocumentAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "organization-id",
        "organization-name",
        "suggestion-type",
        "resource-url",
        "archived",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


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
        name: None | str = src_dict["name"]

        organization_id: int | None = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        suggestion_type: None | str = src_dict["suggestion-type"]

        resource_url: None | str = src_dict["resource-url"]

        archived: bool | None = src_dict["archived"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        copilot_smart_assist_document_attributes = cls(
            name,
            organization_id,
            organization_name,
            suggestion_type,
            resource_url,
            archived,
            created_at,
            updated_at,
        )

        if len(src_dict) > 8:
            copilot_smart_assist_document_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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
