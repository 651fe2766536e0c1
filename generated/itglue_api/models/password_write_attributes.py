from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "name",
        "username",
        "password",
        "url",
        "notes",
        "password-category-id",
        "password-folder-id",
        "archived",
        "restricted",
        "resource-id",
        "resource-type",
        "otp-secret",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class PasswordWriteAttributes:
    """Writable attributes of passwords. The API also accepts snake_case keys; attributes not sent keep their value on
    update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            organization_id (int | Unset):
            name (str | Unset):
            username (None | str | Unset):
            password (None | str | Unset):
            url (None | str | Unset):
            notes (None | str | Unset):
            password_category_id (int | None | Unset):
            password_folder_id (int | None | Unset):
            archived (bool | None | Unset):
            restricted (bool | None | Unset):
            resource_id (int | None | Unset):
            resource_type (None | str | Unset):
            otp_secret (None | str | Unset):
    """

    organization_id: int | Unset = UNSET
    name: str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    password_category_id: int | None | Unset = UNSET
    password_folder_id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    otp_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        name = self.name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        password_category_id: int | None | Unset
        if isinstance(self.password_category_id, Unset):
            password_category_id = UNSET
        else:
            password_category_id = self.password_category_id

        password_folder_id: int | None | Unset
        if isinstance(self.password_folder_id, Unset):
            password_folder_id = UNSET
        else:
            password_folder_id = self.password_folder_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        otp_secret: None | str | Unset
        if isinstance(self.otp_secret, Unset):
            otp_secret = UNSET
        else:
            otp_secret = self.otp_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if url is not UNSET:
            field_dict["url"] = url
        if notes is not UNSET:
            field_dict["notes"] = notes
        if password_category_id is not UNSET:
            field_dict["password-category-id"] = password_category_id
        if password_folder_id is not UNSET:
            field_dict["password-folder-id"] = password_folder_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if resource_id is not UNSET:
            field_dict["resource-id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type
        if otp_secret is not UNSET:
            field_dict["otp-secret"] = otp_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict.get("organization-id", UNSET)

        name = src_dict.get("name", UNSET)

        username: None | str | Unset = src_dict.get("username", UNSET)

        password: None | str | Unset = src_dict.get("password", UNSET)

        url: None | str | Unset = src_dict.get("url", UNSET)

        notes: None | str | Unset = src_dict.get("notes", UNSET)

        password_category_id: int | None | Unset = src_dict.get(
            "password-category-id", UNSET
        )

        password_folder_id: int | None | Unset = src_dict.get(
            "password-folder-id", UNSET
        )

        archived: bool | None | Unset = src_dict.get("archived", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        resource_id: int | None | Unset = src_dict.get("resource-id", UNSET)

        resource_type: None | str | Unset = src_dict.get("resource-type", UNSET)

        otp_secret: None | str | Unset = src_dict.get("otp-secret", UNSET)

        password_write_attributes = cls(
            organization_id,
            name,
            username,
            password,
            url,
            notes,
            password_category_id,
            password_folder_id,
            archived,
            restricted,
            resource_id,
            resource_type,
            otp_secret,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            password_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return password_write_attributes

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
