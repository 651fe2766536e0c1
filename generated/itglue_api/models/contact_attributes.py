from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_email import ContactEmail
    from ..models.contact_phone import ContactPhone


T = TypeVar("T", bound="ContactAttributes")


@_attrs_define
class ContactAttributes:
    """Attributes of contacts as returned (kebab-case).

    Attributes:
        organization_id (int | Unset):
        organization_name (None | str | Unset):
        name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        title (None | str | Unset):
        contact_type_id (int | None | Unset):
        contact_type_name (None | str | Unset):
        location_id (int | None | Unset):
        location_name (None | str | Unset):
        important (bool | None | Unset):
        notes (None | str | Unset):
        restricted (bool | None | Unset):
        my_glue (bool | None | Unset):
        resource_url (None | str | Unset):
        contact_emails (list[ContactEmail] | Unset):
        contact_phones (list[ContactPhone] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    organization_id: int | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    contact_type_id: int | None | Unset = UNSET
    contact_type_name: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    location_name: None | str | Unset = UNSET
    important: bool | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    my_glue: bool | None | Unset = UNSET
    resource_url: None | str | Unset = UNSET
    contact_emails: list[ContactEmail] | Unset = UNSET
    contact_phones: list[ContactPhone] | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        contact_type_id: int | None | Unset
        if isinstance(self.contact_type_id, Unset):
            contact_type_id = UNSET
        else:
            contact_type_id = self.contact_type_id

        contact_type_name: None | str | Unset
        if isinstance(self.contact_type_name, Unset):
            contact_type_name = UNSET
        else:
            contact_type_name = self.contact_type_name

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        location_name: None | str | Unset
        if isinstance(self.location_name, Unset):
            location_name = UNSET
        else:
            location_name = self.location_name

        important: bool | None | Unset
        if isinstance(self.important, Unset):
            important = UNSET
        else:
            important = self.important

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

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

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        contact_emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_emails, Unset):
            contact_emails = []
            for contact_emails_item_data in self.contact_emails:
                contact_emails_item = contact_emails_item_data.to_dict()
                contact_emails.append(contact_emails_item)

        contact_phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_phones, Unset):
            contact_phones = []
            for contact_phones_item_data in self.contact_phones:
                contact_phones_item = contact_phones_item_data.to_dict()
                contact_phones.append(contact_phones_item)

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
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first-name"] = first_name
        if last_name is not UNSET:
            field_dict["last-name"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if contact_type_id is not UNSET:
            field_dict["contact-type-id"] = contact_type_id
        if contact_type_name is not UNSET:
            field_dict["contact-type-name"] = contact_type_name
        if location_id is not UNSET:
            field_dict["location-id"] = location_id
        if location_name is not UNSET:
            field_dict["location-name"] = location_name
        if important is not UNSET:
            field_dict["important"] = important
        if notes is not UNSET:
            field_dict["notes"] = notes
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if my_glue is not UNSET:
            field_dict["my-glue"] = my_glue
        if resource_url is not UNSET:
            field_dict["resource-url"] = resource_url
        if contact_emails is not UNSET:
            field_dict["contact-emails"] = contact_emails
        if contact_phones is not UNSET:
            field_dict["contact-phones"] = contact_phones
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_email import ContactEmail
        from ..models.contact_phone import ContactPhone

        d = dict(src_dict)
        organization_id = d.pop("organization-id", UNSET)

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organization-name", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first-name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last-name", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_contact_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contact_type_id = _parse_contact_type_id(d.pop("contact-type-id", UNSET))

        def _parse_contact_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_type_name = _parse_contact_type_name(d.pop("contact-type-name", UNSET))

        def _parse_location_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        location_id = _parse_location_id(d.pop("location-id", UNSET))

        def _parse_location_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_name = _parse_location_name(d.pop("location-name", UNSET))

        def _parse_important(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        important = _parse_important(d.pop("important", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

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

        def _parse_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_url = _parse_resource_url(d.pop("resource-url", UNSET))

        _contact_emails = d.pop("contact-emails", UNSET)
        contact_emails: list[ContactEmail] | Unset = UNSET
        if _contact_emails is not UNSET:
            contact_emails = []
            for contact_emails_item_data in _contact_emails:
                contact_emails_item = ContactEmail.from_dict(contact_emails_item_data)

                contact_emails.append(contact_emails_item)

        _contact_phones = d.pop("contact-phones", UNSET)
        contact_phones: list[ContactPhone] | Unset = UNSET
        if _contact_phones is not UNSET:
            contact_phones = []
            for contact_phones_item_data in _contact_phones:
                contact_phones_item = ContactPhone.from_dict(contact_phones_item_data)

                contact_phones.append(contact_phones_item)

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

        contact_attributes = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            name=name,
            first_name=first_name,
            last_name=last_name,
            title=title,
            contact_type_id=contact_type_id,
            contact_type_name=contact_type_name,
            location_id=location_id,
            location_name=location_name,
            important=important,
            notes=notes,
            restricted=restricted,
            my_glue=my_glue,
            resource_url=resource_url,
            contact_emails=contact_emails,
            contact_phones=contact_phones,
            created_at=created_at,
            updated_at=updated_at,
        )

        contact_attributes.additional_properties = d
        return contact_attributes

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
