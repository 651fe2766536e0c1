from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "organization-id",
        "description",
        "restricted",
        "public",
        "archived",
        "document-folder-id",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DocumentWriteAttributes:
    """Writable attributes of documents. The API also accepts snake_case keys; attributes not sent keep their value on
    update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            name (str | Unset):
            organization_id (int | None | Unset):
            description (None | str | Unset):
            restricted (bool | None | Unset):
            public (bool | None | Unset):
            archived (bool | None | Unset):
            document_folder_id (int | None | Unset):
    """

    name: str | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    public: bool | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    document_folder_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        document_folder_id: int | None | Unset
        if isinstance(self.document_folder_id, Unset):
            document_folder_id = UNSET
        else:
            document_folder_id = self.document_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if description is not UNSET:
            field_dict["description"] = description
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if public is not UNSET:
            field_dict["public"] = public
        if archived is not UNSET:
            field_dict["archived"] = archived
        if document_folder_id is not UNSET:
            field_dict["document-folder-id"] = document_folder_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        organization_id: int | None | Unset = src_dict.get("organization-id", UNSET)

        description: None | str | Unset = src_dict.get("description", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        public: bool | None | Unset = src_dict.get("public", UNSET)

        archived: bool | None | Unset = src_dict.get("archived", UNSET)

        document_folder_id: int | None | Unset = src_dict.get(
            "document-folder-id", UNSET
        )

        document_write_attributes = cls(
            name,
            organization_id,
            description,
            restricted,
            public,
            archived,
            document_folder_id,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            document_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return document_write_attributes

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
