from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flexible_asset_traits import FlexibleAssetTraits


T = TypeVar("T", bound="FlexibleAssetBulkUpdateAttributes")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "organization-id",
        "flexible-asset-type-id",
        "archived",
        "restricted",
        "traits",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class FlexibleAssetBulkUpdateAttributes:
    """
    Attributes:
        id (int | str): A record id; IT Glue accepts it as a string or an integer.
        organization_id (int | Unset):
        flexible_asset_type_id (int | Unset):
        archived (bool | None | Unset):
        restricted (bool | None | Unset):
        traits (FlexibleAssetTraits | Unset): Trait values keyed by field `name-key`. Read: scalars, or for Tag fields
            `{type, values: [{id, name, resource-url, ...}]}`. Write: Tag fields take an id or a list of ids, Upload fields
            `{content, file_name}`.
    """

    id: int | str
    organization_id: int | Unset = UNSET
    flexible_asset_type_id: int | Unset = UNSET
    archived: bool | None | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    traits: FlexibleAssetTraits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        organization_id = self.organization_id

        flexible_asset_type_id = self.flexible_asset_type_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if flexible_asset_type_id is not UNSET:
            field_dict["flexible-asset-type-id"] = flexible_asset_type_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id: int | str = src_dict["id"]

        organization_id = src_dict.get("organization-id", UNSET)

        flexible_asset_type_id = src_dict.get("flexible-asset-type-id", UNSET)

        archived: bool | None | Unset = src_dict.get("archived", UNSET)

        restricted: bool | None | Unset = src_dict.get("restricted", UNSET)

        _traits = src_dict.get("traits", UNSET)
        traits: FlexibleAssetTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = FlexibleAssetTraits.from_dict(_traits)

        flexible_asset_bulk_update_attributes = cls(
            id,
            organization_id,
            flexible_asset_type_id,
            archived,
            restricted,
            traits,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            flexible_asset_bulk_update_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return flexible_asset_bulk_update_attributes

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
from ..models.flexible_asset_traits import FlexibleAssetTraits
