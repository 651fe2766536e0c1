from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentAttributes")


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
        d = dict(src_dict)
        name = d.pop("name")

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

        def _parse_resource_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_url = _parse_resource_url(d.pop("resource-url"))

        def _parse_restricted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        restricted = _parse_restricted(d.pop("restricted"))

        def _parse_public(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        public = _parse_public(d.pop("public"))

        def _parse_archived(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        archived = _parse_archived(d.pop("archived"))

        def _parse_document_folder_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        document_folder_id = _parse_document_folder_id(d.pop("document-folder-id"))

        def _parse_published(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        published = _parse_published(d.pop("published"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        document_attributes = cls(
            name=name,
            organization_id=organization_id,
            organization_name=organization_name,
            resource_url=resource_url,
            restricted=restricted,
            public=public,
            archived=archived,
            document_folder_id=document_folder_id,
            published=published,
            description=description,
            content=content,
            created_at=created_at,
            updated_at=updated_at,
        )

        document_attributes.additional_properties = d
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
