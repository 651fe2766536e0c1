from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentWriteAttributes")


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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization-id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted = _parse_restricted(d.pop("restricted", UNSET))

        def _parse_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public = _parse_public(d.pop("public", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_document_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        document_folder_id = _parse_document_folder_id(
            d.pop("document-folder-id", UNSET)
        )

        document_write_attributes = cls(
            name=name,
            organization_id=organization_id,
            description=description,
            restricted=restricted,
            public=public,
            archived=archived,
            document_folder_id=document_folder_id,
        )

        document_write_attributes.additional_properties = d
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
