from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "organization-name",
        "resource-url",
        "restricted",
        "my-glue",
        "name",
        "autofill-selectors",
        "username",
        "url",
        "notes",
        "password-updated-at",
        "updated-by",
        "updated-by-type",
        "resource-id",
        "resource-type",
        "cached-resource-type-name",
        "cached-resource-name",
        "password-category-id",
        "password-category-name",
        "otp-enabled",
        "password-folder-id",
        "parent-url",
        "vault-id",
        "archived",
        "personal",
        "created-at",
        "updated-at",
        "password",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class PasswordAttributes:
    """Attributes of passwords as returned (kebab-case).

    Attributes:
        organization_id (int):
        organization_name (None | str):
        resource_url (None | str):
        restricted (bool | None):
        my_glue (bool | None):
        name (str):
        autofill_selectors (None | str):
        username (None | str):
        url (None | str):
        notes (None | str):
        password_updated_at (datetime.datetime | None):
        updated_by (int | None):
        updated_by_type (None | str):
        resource_id (int | None):
        resource_type (None | str):
        cached_resource_type_name (None | str):
        cached_resource_name (None | str):
        password_category_id (int | None):
        password_category_name (None | str):
        otp_enabled (bool | None):
        password_folder_id (int | None):
        parent_url (None | str):
        vault_id (int | None):
        archived (bool | None):
        personal (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        password (None | str | Unset): The password's value: present only when revealed (a show with show_password on a
            key with Password Access); index answers and keys without Password Access leave it out, so it is the one read
            attribute that stays optional.
    """

    organization_id: int
    organization_name: None | str
    resource_url: None | str
    restricted: bool | None
    my_glue: bool | None
    name: str
    autofill_selectors: None | str
    username: None | str
    url: None | str
    notes: None | str
    password_updated_at: datetime.datetime | None
    updated_by: int | None
    updated_by_type: None | str
    resource_id: int | None
    resource_type: None | str
    cached_resource_type_name: None | str
    cached_resource_name: None | str
    password_category_id: int | None
    password_category_name: None | str
    otp_enabled: bool | None
    password_folder_id: int | None
    parent_url: None | str
    vault_id: int | None
    archived: bool | None
    personal: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        resource_url: None | str
        resource_url = self.resource_url

        restricted: bool | None
        restricted = self.restricted

        my_glue: bool | None
        my_glue = self.my_glue

        name = self.name

        autofill_selectors: None | str
        autofill_selectors = self.autofill_selectors

        username: None | str
        username = self.username

        url: None | str
        url = self.url

        notes: None | str
        notes = self.notes

        password_updated_at: None | str
        if isinstance(self.password_updated_at, datetime.datetime):
            password_updated_at = (
                None
                if self.password_updated_at is None
                else self.password_updated_at.isoformat()
            )
        else:
            password_updated_at = self.password_updated_at

        updated_by: int | None
        updated_by = self.updated_by

        updated_by_type: None | str
        updated_by_type = self.updated_by_type

        resource_id: int | None
        resource_id = self.resource_id

        resource_type: None | str
        resource_type = self.resource_type

        cached_resource_type_name: None | str
        cached_resource_type_name = self.cached_resource_type_name

        cached_resource_name: None | str
        cached_resource_name = self.cached_resource_name

        password_category_id: int | None
        password_category_id = self.password_category_id

        password_category_name: None | str
        password_category_name = self.password_category_name

        otp_enabled: bool | None
        otp_enabled = self.otp_enabled

        password_folder_id: int | None
        password_folder_id = self.password_folder_id

        parent_url: None | str
        parent_url = self.parent_url

        vault_id: int | None
        vault_id = self.vault_id

        archived: bool | None
        archived = self.archived

        personal: bool | None
        personal = self.personal

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "organization-name": organization_name,
                "resource-url": resource_url,
                "restricted": restricted,
                "my-glue": my_glue,
                "name": name,
                "autofill-selectors": autofill_selectors,
                "username": username,
                "url": url,
                "notes": notes,
                "password-updated-at": password_updated_at,
                "updated-by": updated_by,
                "updated-by-type": updated_by_type,
                "resource-id": resource_id,
                "resource-type": resource_type,
                "cached-resource-type-name": cached_resource_type_name,
                "cached-resource-name": cached_resource_name,
                "password-category-id": password_category_id,
                "password-category-name": password_category_name,
                "otp-enabled": otp_enabled,
                "password-folder-id": password_folder_id,
                "parent-url": parent_url,
                "vault-id": vault_id,
                "archived": archived,
                "personal": personal,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        resource_url: None | str = src_dict["resource-url"]

        restricted: bool | None = src_dict["restricted"]

        my_glue: bool | None = src_dict["my-glue"]

        name = src_dict["name"]

        autofill_selectors: None | str = src_dict["autofill-selectors"]

        username: None | str = src_dict["username"]

        url: None | str = src_dict["url"]

        notes: None | str = src_dict["notes"]

        _password_updated_at = src_dict["password-updated-at"]
        password_updated_at: datetime.datetime | None
        if _password_updated_at is None:
            password_updated_at = None
        else:
            try:
                if not isinstance(_password_updated_at, str):
                    raise TypeError()
                password_updated_at_type_0 = datetime.datetime.fromisoformat(
                    _password_updated_at
                )

                password_updated_at = password_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                password_updated_at = cast(
                    datetime.datetime | None, _password_updated_at
                )

        updated_by: int | None = src_dict["updated-by"]

        updated_by_type: None | str = src_dict["updated-by-type"]

        resource_id: int | None = src_dict["resource-id"]

        resource_type: None | str = src_dict["resource-type"]

        cached_resource_type_name: None | str = src_dict["cached-resource-type-name"]

        cached_resource_name: None | str = src_dict["cached-resource-name"]

        password_category_id: int | None = src_dict["password-category-id"]

        password_category_name: None | str = src_dict["password-category-name"]

        otp_enabled: bool | None = src_dict["otp-enabled"]

        password_folder_id: int | None = src_dict["password-folder-id"]

        parent_url: None | str = src_dict["parent-url"]

        vault_id: int | None = src_dict["vault-id"]

        archived: bool | None = src_dict["archived"]

        personal: bool | None = src_dict["personal"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        password: None | str | Unset = src_dict.get("password", UNSET)

        password_attributes = cls(
            organization_id,
            organization_name,
            resource_url,
            restricted,
            my_glue,
            name,
            autofill_selectors,
            username,
            url,
            notes,
            password_updated_at,
            updated_by,
            updated_by_type,
            resource_id,
            resource_type,
            cached_resource_type_name,
            cached_resource_name,
            password_category_id,
            password_category_name,
            otp_enabled,
            password_folder_id,
            parent_url,
            vault_id,
            archived,
            personal,
            created_at,
            updated_at,
            password,
        )

        if len(src_dict) > 27 and not _KNOWN_KEYS.issuperset(src_dict):
            password_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return password_attributes

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
