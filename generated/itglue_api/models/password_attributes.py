from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordAttributes")


@_attrs_define
class PasswordAttributes:
    """Attributes of passwords as returned (kebab-case).

    Attributes:
        organization_id (int | Unset):
        organization_name (None | str | Unset):
        resource_url (None | str | Unset):
        restricted (bool | None | Unset):
        my_glue (bool | None | Unset):
        name (str | Unset):
        autofill_selectors (None | str | Unset):
        username (None | str | Unset):
        url (None | str | Unset):
        notes (None | str | Unset):
        password_updated_at (datetime.datetime | None | Unset):
        updated_by (int | None | Unset):
        updated_by_type (None | str | Unset):
        resource_id (int | None | Unset):
        resource_type (None | str | Unset):
        cached_resource_type_name (None | str | Unset):
        cached_resource_name (None | str | Unset):
        password_category_id (int | None | Unset):
        password_category_name (None | str | Unset):
        otp_enabled (bool | None | Unset):
        password_folder_id (int | None | Unset):
        parent_url (None | str | Unset):
        vault_id (int | None | Unset):
        archived (bool | None | Unset):
        personal (bool | None | Unset):
        password (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    organization_id: int | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    resource_url: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    my_glue: bool | None | Unset = UNSET
    name: str | Unset = UNSET
    autofill_selectors: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    password_updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: int | None | Unset = UNSET
    updated_by_type: None | str | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    cached_resource_type_name: None | str | Unset = UNSET
    cached_resource_name: None | str | Unset = UNSET
    password_category_id: int | None | Unset = UNSET
    password_category_name: None | str | Unset = UNSET
    otp_enabled: bool | None | Unset = UNSET
    password_folder_id: int | None | Unset = UNSET
    parent_url: None | str | Unset = UNSET
    vault_id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    personal: bool | None | Unset = UNSET
    password: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        my_glue: bool | None | Unset
        if isinstance(self.my_glue, Unset):
            my_glue = UNSET
        else:
            my_glue = self.my_glue

        name = self.name

        autofill_selectors: None | str | Unset
        if isinstance(self.autofill_selectors, Unset):
            autofill_selectors = UNSET
        else:
            autofill_selectors = self.autofill_selectors

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

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

        password_updated_at: None | str | Unset
        if isinstance(self.password_updated_at, Unset):
            password_updated_at = UNSET
        elif isinstance(self.password_updated_at, datetime.datetime):
            password_updated_at = self.password_updated_at.isoformat()
        else:
            password_updated_at = self.password_updated_at

        updated_by: int | None | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        updated_by_type: None | str | Unset
        if isinstance(self.updated_by_type, Unset):
            updated_by_type = UNSET
        else:
            updated_by_type = self.updated_by_type

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

        cached_resource_type_name: None | str | Unset
        if isinstance(self.cached_resource_type_name, Unset):
            cached_resource_type_name = UNSET
        else:
            cached_resource_type_name = self.cached_resource_type_name

        cached_resource_name: None | str | Unset
        if isinstance(self.cached_resource_name, Unset):
            cached_resource_name = UNSET
        else:
            cached_resource_name = self.cached_resource_name

        password_category_id: int | None | Unset
        if isinstance(self.password_category_id, Unset):
            password_category_id = UNSET
        else:
            password_category_id = self.password_category_id

        password_category_name: None | str | Unset
        if isinstance(self.password_category_name, Unset):
            password_category_name = UNSET
        else:
            password_category_name = self.password_category_name

        otp_enabled: bool | None | Unset
        if isinstance(self.otp_enabled, Unset):
            otp_enabled = UNSET
        else:
            otp_enabled = self.otp_enabled

        password_folder_id: int | None | Unset
        if isinstance(self.password_folder_id, Unset):
            password_folder_id = UNSET
        else:
            password_folder_id = self.password_folder_id

        parent_url: None | str | Unset
        if isinstance(self.parent_url, Unset):
            parent_url = UNSET
        else:
            parent_url = self.parent_url

        vault_id: int | None | Unset
        if isinstance(self.vault_id, Unset):
            vault_id = UNSET
        else:
            vault_id = self.vault_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        personal: bool | None | Unset
        if isinstance(self.personal, Unset):
            personal = UNSET
        else:
            personal = self.personal

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if organization_name is not UNSET:
            field_dict["organization-name"] = organization_name
        if resource_url is not UNSET:
            field_dict["resource-url"] = resource_url
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if my_glue is not UNSET:
            field_dict["my-glue"] = my_glue
        if name is not UNSET:
            field_dict["name"] = name
        if autofill_selectors is not UNSET:
            field_dict["autofill-selectors"] = autofill_selectors
        if username is not UNSET:
            field_dict["username"] = username
        if url is not UNSET:
            field_dict["url"] = url
        if notes is not UNSET:
            field_dict["notes"] = notes
        if password_updated_at is not UNSET:
            field_dict["password-updated-at"] = password_updated_at
        if updated_by is not UNSET:
            field_dict["updated-by"] = updated_by
        if updated_by_type is not UNSET:
            field_dict["updated-by-type"] = updated_by_type
        if resource_id is not UNSET:
            field_dict["resource-id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type
        if cached_resource_type_name is not UNSET:
            field_dict["cached-resource-type-name"] = cached_resource_type_name
        if cached_resource_name is not UNSET:
            field_dict["cached-resource-name"] = cached_resource_name
        if password_category_id is not UNSET:
            field_dict["password-category-id"] = password_category_id
        if password_category_name is not UNSET:
            field_dict["password-category-name"] = password_category_name
        if otp_enabled is not UNSET:
            field_dict["otp-enabled"] = otp_enabled
        if password_folder_id is not UNSET:
            field_dict["password-folder-id"] = password_folder_id
        if parent_url is not UNSET:
            field_dict["parent-url"] = parent_url
        if vault_id is not UNSET:
            field_dict["vault-id"] = vault_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if personal is not UNSET:
            field_dict["personal"] = personal
        if password is not UNSET:
            field_dict["password"] = password
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_id = d.pop("organization-id", UNSET)

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organization-name", UNSET))

        def _parse_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_url = _parse_resource_url(d.pop("resource-url", UNSET))

        def _parse_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted = _parse_restricted(d.pop("restricted", UNSET))

        def _parse_my_glue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        my_glue = _parse_my_glue(d.pop("my-glue", UNSET))

        name = d.pop("name", UNSET)

        def _parse_autofill_selectors(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        autofill_selectors = _parse_autofill_selectors(
            d.pop("autofill-selectors", UNSET)
        )

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_password_updated_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                password_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return password_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        password_updated_at = _parse_password_updated_at(
            d.pop("password-updated-at", UNSET)
        )

        def _parse_updated_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated-by", UNSET))

        def _parse_updated_by_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_type = _parse_updated_by_type(d.pop("updated-by-type", UNSET))

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource-id", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource-type", UNSET))

        def _parse_cached_resource_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cached_resource_type_name = _parse_cached_resource_type_name(
            d.pop("cached-resource-type-name", UNSET)
        )

        def _parse_cached_resource_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cached_resource_name = _parse_cached_resource_name(
            d.pop("cached-resource-name", UNSET)
        )

        def _parse_password_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        password_category_id = _parse_password_category_id(
            d.pop("password-category-id", UNSET)
        )

        def _parse_password_category_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_category_name = _parse_password_category_name(
            d.pop("password-category-name", UNSET)
        )

        def _parse_otp_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        otp_enabled = _parse_otp_enabled(d.pop("otp-enabled", UNSET))

        def _parse_password_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        password_folder_id = _parse_password_folder_id(
            d.pop("password-folder-id", UNSET)
        )

        def _parse_parent_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_url = _parse_parent_url(d.pop("parent-url", UNSET))

        def _parse_vault_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vault_id = _parse_vault_id(d.pop("vault-id", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_personal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        personal = _parse_personal(d.pop("personal", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

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

        password_attributes = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            resource_url=resource_url,
            restricted=restricted,
            my_glue=my_glue,
            name=name,
            autofill_selectors=autofill_selectors,
            username=username,
            url=url,
            notes=notes,
            password_updated_at=password_updated_at,
            updated_by=updated_by,
            updated_by_type=updated_by_type,
            resource_id=resource_id,
            resource_type=resource_type,
            cached_resource_type_name=cached_resource_type_name,
            cached_resource_name=cached_resource_name,
            password_category_id=password_category_id,
            password_category_name=password_category_name,
            otp_enabled=otp_enabled,
            password_folder_id=password_folder_id,
            parent_url=parent_url,
            vault_id=vault_id,
            archived=archived,
            personal=personal,
            password=password,
            created_at=created_at,
            updated_at=updated_at,
        )

        password_attributes.additional_properties = d
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
