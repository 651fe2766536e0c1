from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_write_resource_type import (
    OrganizationWriteResourceType,
    check_organization_write_resource_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_write_attributes import OrganizationWriteAttributes


T = TypeVar("T", bound="OrganizationWrite")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "attributes",
        "id",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class OrganizationWrite:
    """
    Attributes:
        type_ (OrganizationWriteResourceType): Request `type`: kebab-case or snake_case.
        attributes (OrganizationWriteAttributes): Writable attributes of organizations. The API also accepts snake_case
            keys; attributes not sent keep their value on update. A create lacking an attribute of `x-itglue-required-on-
            create` answers 422 (one error per missing attribute); on nested routes the parent supplies its id.
        id (str | Unset):
    """

    type_: OrganizationWriteResourceType
    attributes: OrganizationWriteAttributes
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        attributes = self.attributes.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_ = check_organization_write_resource_type(src_dict["type"])

        attributes = OrganizationWriteAttributes.from_dict(src_dict["attributes"])

        id = src_dict.get("id", UNSET)

        organization_write = cls(
            type_,
            attributes,
            id,
        )

        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            organization_write.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return organization_write

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
from ..models.organization_write_attributes import OrganizationWriteAttributes
