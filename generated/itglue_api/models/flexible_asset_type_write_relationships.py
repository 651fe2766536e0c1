from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flexible_asset_field_write_list import FlexibleAssetFieldWriteList


T = TypeVar("T", bound="FlexibleAssetTypeWriteRelationships")

_KNOWN_KEYS = frozenset(
    {
        "flexible-asset-fields",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class FlexibleAssetTypeWriteRelationships:
    """
    Attributes:
        flexible_asset_fields (FlexibleAssetFieldWriteList | Unset):
    """

    flexible_asset_fields: FlexibleAssetFieldWriteList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flexible_asset_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flexible_asset_fields, Unset):
            flexible_asset_fields = self.flexible_asset_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flexible_asset_fields is not UNSET:
            field_dict["flexible-asset-fields"] = flexible_asset_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _flexible_asset_fields = src_dict.get("flexible-asset-fields", UNSET)
        flexible_asset_fields: FlexibleAssetFieldWriteList | Unset
        if isinstance(_flexible_asset_fields, Unset):
            flexible_asset_fields = UNSET
        else:
            flexible_asset_fields = FlexibleAssetFieldWriteList.from_dict(
                _flexible_asset_fields
            )

        flexible_asset_type_write_relationships = cls(
            flexible_asset_fields,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            flexible_asset_type_write_relationships.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return flexible_asset_type_write_relationships

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
from ..models.flexible_asset_field_write_list import FlexibleAssetFieldWriteList
