from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_email import ContactEmail
    from ..models.contact_phone import ContactPhone


T = TypeVar("T", bound="ContactAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "organization-name",
        "name",
        "first-name",
        "last-name",
        "title",
        "contact-type-id",
        "contact-type-name",
        "location-id",
        "location-name",
        "important",
        "notes",
        "restricted",
        "my-glue",
        "resource-url",
        "contact-emails",
        "contact-phones",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


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
        organization_id = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        name: None | str = src_dict["name"]

        first_name: None | str = src_dict["first-name"]

        last_name: None | str = src_dict["last-name"]

        title: None | str = src_dict["title"]

        contact_type_id: int | None = src_dict["contact-type-id"]

        contact_type_name: None | str = src_dict["contact-type-name"]

        location_id: int | None = src_dict["location-id"]

        location_name: None | str = src_dict["location-name"]

        important: bool | None = src_dict["important"]

        notes: None | str = src_dict["notes"]

        restricted: bool | None = src_dict["restricted"]

        my_glue: bool | None = src_dict["my-glue"]

        resource_url: None | str = src_dict["resource-url"]

        contact_emails = []
        _contact_emails = src_dict["contact-emails"]
        for contact_emails_item_data in _contact_emails:
            contact_emails_item = ContactEmail.from_dict(contact_emails_item_data)

            contact_emails.append(contact_emails_item)

        contact_phones = []
        _contact_phones = src_dict["contact-phones"]
        for contact_phones_item_data in _contact_phones:
            contact_phones_item = ContactPhone.from_dict(contact_phones_item_data)

            contact_phones.append(contact_phones_item)

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        contact_attributes = cls(
            organization_id,
            organization_name,
            name,
            first_name,
            last_name,
            title,
            contact_type_id,
            contact_type_name,
            location_id,
            location_name,
            important,
            notes,
            restricted,
            my_glue,
            resource_url,
            contact_emails,
            contact_phones,
            created_at,
            updated_at,
        )

        if len(src_dict) > 19:
            contact_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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


# Imported after the class (not on every from_dict/to_dict call): models that refer to each other still load.
from ..models.contact_email import ContactEmail
from ..models.contact_phone import ContactPhone
