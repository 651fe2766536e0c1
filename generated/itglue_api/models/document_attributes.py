from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "organization-id",
        "organization-name",
        "resource-url",
        "restricted",
        "public",
        "archived",
        "document-folder-id",
        "published",
        "description",
        "content",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DocumentAttributes:
    """Attributes of documents as returned (kebab-case).

    Attributes:
        name (str):
        organization_id (int | None):
        organization_name (None | str):
        resource_url (None | str):
        restricted (bool | None):
        public (bool | None):
        archived (bool | None):
        document_folder_id (int | None):
        published (bool | None):
        description (None | str):
        content (None | str): The document's body as IT Glue embeds it in list and show answers (its sections, rendered
            as HTML); null for a document without sections.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    name: str
    organization_id: int | None
    organization_name: None | str
    resource_url: None | str
    restricted: bool | None
    public: bool | None
    archived: bool | None
    document_folder_id: int | None
    published: bool | None
    description: None | str
    content: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id: int | None
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        resource_url: None | str
        resource_url = self.resource_url

        restricted: bool | None
        restricted = self.restricted

        public: bool | None
        public = self.public

        archived: bool | None
        archived = self.archived

        document_folder_id: int | None
        document_folder_id = self.document_folder_id

        published: bool | None
        published = self.published

        description: None | str
        description = self.description

        content: None | str
        content = self.content

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization-id": organization_id,
                "organization-name": organization_name,
                "resource-url": resource_url,
                "restricted": restricted,
                "public": public,
                "archived": archived,
                "document-folder-id": document_folder_id,
                "published": published,
                "description": description,
                "content": content,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        organization_id: int | None = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        resource_url: None | str = src_dict["resource-url"]

        restricted: bool | None = src_dict["restricted"]

        public: bool | None = src_dict["public"]

        archived: bool | None = src_dict["archived"]

        document_folder_id: int | None = src_dict["document-folder-id"]

        published: bool | None = src_dict["published"]

        description: None | str = src_dict["description"]

        content: None | str = src_dict["content"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        document_attributes = cls(
            name,
            organization_id,
            organization_name,
            resource_url,
            restricted,
            public,
            archived,
            document_folder_id,
            published,
            description,
            content,
            created_at,
            updated_at,
        )

        if len(src_dict) > 13:
            document_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return document_attributes

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
