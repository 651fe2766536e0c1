from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expiration_resource_type import (
    ExpirationResourceType,
    check_expiration_resource_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiration_attributes import ExpirationAttributes
    from ..models.relationships import Relationships


T = TypeVar("T", bound="Expiration")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
        "relationships",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class Expiration:
    """Upcoming expirations (warranties, domains, SSL certificates, flexible asset date fields).

    Attributes:
        type_ (ExpirationResourceType): JSON:API type of expirations (responses use kebab-case).
        id (str):
        attributes (ExpirationAttributes): Attributes of expirations as returned (kebab-case).
        relationships (Relationships | Unset): Relationship linkage keyed by kebab-case name (often empty).
    """

    type_: ExpirationResourceType
    id: str
    attributes: ExpirationAttributes
    relationships: Relationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_ = check_expiration_resource_type(src_dict["type"])

        id = src_dict["id"]

        attributes = ExpirationAttributes.from_dict(src_dict["attributes"])

        _relationships = src_dict.get("relationships", UNSET)
        relationships: Relationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = Relationships.from_dict(_relationships)

        expiration = cls(
            type_,
            id,
            attributes,
            relationships,
        )

        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            expiration.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return expiration

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
from ..models.expiration_attributes import ExpirationAttributes
from ..models.relationships import Relationships
