from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_email import ContactEmail
    from ..models.contact_phone import ContactPhone


T = TypeVar("T", bound="ContactAttributes")


@_attrs_define
class ContactAttributes:
    """Attributes of contacts as returned (kebab-case).

    Attributes:
        organization_id (int):
        organization_name (None | str):
        name (None | str):
        first_name (None | str):
        last_name (None | str):
        title (None | str):
        contact_type_id (int | None):
        contact_type_name (None | str):
        location_id (int | None):
        location_name (None | str):
        important (bool | None):
        notes (None | str):
        restricted (bool | None):
        my_glue (bool | None):
        resource_url (None | str):
        contact_emails (list[ContactEmail]):
        contact_phones (list[ContactPhone]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    organization_id: int
    organization_name: None | str
    name: None | str
    first_name: None | str
    last_name: None | str
    title: None | str
    contact_type_id: int | None
    contact_type_name: None | str
    location_id: int | None
    location_name: None | str
    important: bool | None
    notes: None | str
    restricted: bool | None
    my_glue: bool | None
    resource_url: None | str
    contact_emails: list[ContactEmail]
    contact_phones: list[ContactPhone]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        name: None | str
        name = self.name

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        title: None | str
        title = self.title

        contact_type_id: int | None
        contact_type_id = self.contact_type_id

        contact_type_name: None | str
        contact_type_name = self.contact_type_name

        location_id: int | None
        location_id = self.location_id

        location_name: None | str
        location_name = self.location_name

        important: bool | None
        important = self.important

        notes: None | str
        notes = self.notes

        restricted: bool | None
        restricted = self.restricted

        my_glue: bool | None
        my_glue = self.my_glue

        resource_url: None | str
        resource_url = self.resource_url

        contact_emails = []
        for contact_emails_item_data in self.contact_emails:
            contact_emails_item = contact_emails_item_data.to_dict()
            contact_emails.append(contact_emails_item)

        contact_phones = []
        for contact_phones_item_data in self.contact_phones:
            contact_phones_item = contact_phones_item_data.to_dict()
            contact_phones.append(contact_phones_item)

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "organization-name": organization_name,
                "name": name,
                "first-name": first_name,
                "last-name": last_name,
                "title": title,
                "contact-type-id": contact_type_id,
                "contact-type-name": contact_type_name,
                "location-id": location_id,
                "location-name": location_name,
                "important": important,
                "notes": notes,
                "restricted": restricted,
                "my-glue": my_glue,
                "resource-url": resource_url,
                "contact-emails": contact_emails,
                "contact-phones": contact_phones,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_email import ContactEmail
        from ..models.contact_phone import ContactPhone

        d = dict(src_dict)
        organization_id = d.pop("organization-id")

        def _parse_organization_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_name = _parse_organization_name(d.pop("organization-name"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first-name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last-name"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_contact_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        contact_type_id = _parse_contact_type_id(d.pop("contact-type-id"))

        def _parse_contact_type_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_type_name = _parse_contact_type_name(d.pop("contact-type-name"))

        def _parse_location_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        location_id = _parse_location_id(d.pop("location-id"))

        def _parse_location_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_name = _parse_location_name(d.pop("location-name"))

        def _parse_important(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        important = _parse_important(d.pop("important"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_restricted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        restricted = _parse_restricted(d.pop("restricted"))

        def _parse_my_glue(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        my_glue = _parse_my_glue(d.pop("my-glue"))

        def _parse_resource_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_url = _parse_resource_url(d.pop("resource-url"))

        contact_emails = []
        _contact_emails = d.pop("contact-emails")
        for contact_emails_item_data in _contact_emails:
            contact_emails_item = ContactEmail.from_dict(contact_emails_item_data)

            contact_emails.append(contact_emails_item)

        contact_phones = []
        _contact_phones = d.pop("contact-phones")
        for contact_phones_item_data in _contact_phones:
            contact_phones_item = ContactPhone.from_dict(contact_phones_item_data)

            contact_phones.append(contact_phones_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

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
