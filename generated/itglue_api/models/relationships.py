from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.relationship_linkage import RelationshipLinkage


T = TypeVar("T", bound="Relationships")


@_attrs_define
class Relationships:
    """Relationship linkage keyed by kebab-case name (often empty)."""

    additional_properties: dict[str, RelationshipLinkage] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not src_dict:
            return cls()
        relationships = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = RelationshipLinkage.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        relationships.additional_properties = additional_properties

        return relationships

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RelationshipLinkage:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: RelationshipLinkage) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class (not on every from_dict/to_dict call): models that refer to each other still load.
from ..models.relationship_linkage import RelationshipLinkage
