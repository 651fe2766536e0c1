from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_email_write import ContactEmailWrite
    from ..models.contact_phone_write import ContactPhoneWrite


T = TypeVar("T", bound="ContactWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "first-name",
        "last-name",
        "title",
        "contact-type-id",
        "location-id",
        "important",
        "notes",
        "restricted",
        "contact-emails",
        "contact-phones",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ContactWriteAttributes:
    """Writable attributes of contacts. The API also accepts snake_case keys; attributes not sent keep their value on
    update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            organization_id (int | Unset):
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            title (None | str | Unset):
            contact_type_id (int | None | Unset):
            location_id (int | None | Unset):
            important (bool | None | Unset):
            notes (None | str | Unset):
            restricted (bool | None | Unset):
            contact_emails (list[ContactEmailWrite] | Unset):
            contact_phones (list[ContactPhoneWrite] | Unset):
    """

    organization_id: int | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    contact_type_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    important: bool | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    contact_emails: list[ContactEmailWrite] | Unset = UNSET
    contact_phones: list[ContactPhoneWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

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

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if first_name is not UNSET:
            field_dict["first-name"] = first_name
        if last_name is not UNSET:
            field_dict["last-name"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if contact_type_id is not UNSET:
            field_dict["contact-type-id"] = contact_type_id
        if location_id is not UNSET:
            field_dict["location-id"] = location_id
        if important is not UNSET:
            field_dict["important"] = important
        if notes is not UNSET:
            field_dict["notes"] = notes
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if contact_emails is not UNSET:
            field_dict["contact-emails"] = contact_emails
        if contact_phones is not UNSET:
            field_dict["contact-phones"] = contact_phones

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict.get("organization-id", UNSET)

        first_name: None | str | Unset = src_dict.get("first-name", UNSET)

        last_name: None | str | Unset = src_dict.get("last-name", UNSET)

        title: None | str | Unset = src_dict.get("title", UNSET)

        contact_type_id: int | None | Unset = src_dict.get("contact-type-id", UNSET)

        location_id: int | None | Unset = src_dict.get("location-id", UNSET)

        important: bool | None | Unset = src_dict.get("important", UNSET)

        notes: None | str | Unset = src_dict.get("notes", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        _contact_emails = src_dict.get("contact-emails", UNSET)
        contact_emails: list[ContactEmailWrite] | Unset = UNSET
        if _contact_emails is not UNSET:
            contact_emails = []
            for contact_emails_item_data in _contact_emails:
                contact_emails_item = ContactEmailWrite.from_dict(
                    contact_emails_item_data
                )

                contact_emails.append(contact_emails_item)

        _contact_phones = src_dict.get("contact-phones", UNSET)
        contact_phones: list[ContactPhoneWrite] | Unset = UNSET
        if _contact_phones is not UNSET:
            contact_phones = []
            for contact_phones_item_data in _contact_phones:
                contact_phones_item = ContactPhoneWrite.from_dict(
                    contact_phones_item_data
                )

                contact_phones.append(contact_phones_item)

        contact_write_attributes = cls(
            organization_id,
            first_name,
            last_name,
            title,
            contact_type_id,
            location_id,
            important,
            notes,
            restricted,
            contact_emails,
            contact_phones,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            contact_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return contact_write_attributes

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
from ..models.contact_email_write import ContactEmailWrite
from ..models.contact_phone_write import ContactPhoneWrite
