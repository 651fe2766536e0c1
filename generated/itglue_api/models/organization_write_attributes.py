from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "organization-type-id",
        "organization-status-id",
        "quick-notes",
        "alert",
        "short-name",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class OrganizationWriteAttributes:
    """Writable attributes of organizations. The API also accepts snake_case keys; attributes not sent keep their value on
    update. A create lacking an attribute of `x-itglue-required-on-create` answers 422 (one error per missing
    attribute); on nested routes the parent supplies its id.

        Attributes:
            name (str | Unset):
            description (None | str | Unset):
            organization_type_id (int | None | Unset):
            organization_status_id (int | None | Unset):
            quick_notes (None | str | Unset):
            alert (None | str | Unset):
            short_name (None | str | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    organization_type_id: int | None | Unset = UNSET
    organization_status_id: int | None | Unset = UNSET
    quick_notes: None | str | Unset = UNSET
    alert: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization_type_id: int | None | Unset
        if isinstance(self.organization_type_id, Unset):
            organization_type_id = UNSET
        else:
            organization_type_id = self.organization_type_id

        organization_status_id: int | None | Unset
        if isinstance(self.organization_status_id, Unset):
            organization_status_id = UNSET
        else:
            organization_status_id = self.organization_status_id

        quick_notes: None | str | Unset
        if isinstance(self.quick_notes, Unset):
            quick_notes = UNSET
        else:
            quick_notes = self.quick_notes

        alert: None | str | Unset
        if isinstance(self.alert, Unset):
            alert = UNSET
        else:
            alert = self.alert

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if organization_type_id is not UNSET:
            field_dict["organization-type-id"] = organization_type_id
        if organization_status_id is not UNSET:
            field_dict["organization-status-id"] = organization_status_id
        if quick_notes is not UNSET:
            field_dict["quick-notes"] = quick_notes
        if alert is not UNSET:
            field_dict["alert"] = alert
        if short_name is not UNSET:
            field_dict["short-name"] = short_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        description: None | str | Unset = src_dict.get("description", UNSET)

        organization_type_id: int | None | Unset = src_dict.get(
            "organization-type-id", UNSET
        )

        organization_status_id: int | None | Unset = src_dict.get(
            "organization-status-id", UNSET
        )

        quick_notes: None | str | Unset = src_dict.get("quick-notes", UNSET)

        alert: None | str | Unset = src_dict.get("alert", UNSET)

        short_name: None | str | Unset = src_dict.get("short-name", UNSET)

        organization_write_attributes = cls(
            name,
            description,
            organization_type_id,
            organization_status_id,
            quick_notes,
            alert,
            short_name,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            organization_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return organization_write_attributes

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
