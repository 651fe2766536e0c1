from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flexible_asset_traits import FlexibleAssetTraits


T = TypeVar("T", bound="FlexibleAssetAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "organization-name",
        "resource-url",
        "restricted",
        "my-glue",
        "flexible-asset-type-id",
        "flexible-asset-type-name",
        "name",
        "traits",
        "archived",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class FlexibleAssetAttributes:
    """Attributes of flexible_assets as returned (kebab-case).

    Attributes:
        organization_id (int):
        organization_name (None | str):
        resource_url (None | str):
        restricted (bool | None):
        my_glue (bool | None):
        flexible_asset_type_id (int):
        flexible_asset_type_name (None | str):
        name (None | str):
        traits (FlexibleAssetTraits): Trait values keyed by field `name-key`. Read: scalars, or for Tag fields `{type,
            values: [{id, name, resource-url, ...}]}`. Write: Tag fields take an id or a list of ids, Upload fields
            `{content, file_name}`.
        archived (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    organization_id: int
    organization_name: None | str
    resource_url: None | str
    restricted: bool | None
    my_glue: bool | None
    flexible_asset_type_id: int
    flexible_asset_type_name: None | str
    name: None | str
    traits: FlexibleAssetTraits
    archived: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        resource_url: None | str
        resource_url = self.resource_url

        restricted: bool | None
        restricted = self.restricted

        my_glue: bool | None
        my_glue = self.my_glue

        flexible_asset_type_id = self.flexible_asset_type_id

        flexible_asset_type_name: None | str
        flexible_asset_type_name = self.flexible_asset_type_name

        name: None | str
        name = self.name

        traits = self.traits.to_dict()

        archived: bool | None
        archived = self.archived

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "organization-name": organization_name,
                "resource-url": resource_url,
                "restricted": restricted,
                "my-glue": my_glue,
                "flexible-asset-type-id": flexible_asset_type_id,
                "flexible-asset-type-name": flexible_asset_type_name,
                "name": name,
                "traits": traits,
                "archived": archived,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        resource_url: None | str = src_dict["resource-url"]

        restricted: bool | None = src_dict["restricted"]

        my_glue: bool | None = src_dict["my-glue"]

        flexible_asset_type_id = src_dict["flexible-asset-type-id"]

        flexible_asset_type_name: None | str = src_dict["flexible-asset-type-name"]

        name: None | str = src_dict["name"]

        traits = FlexibleAssetTraits.from_dict(src_dict["traits"])

        archived: bool | None = src_dict["archived"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        flexible_asset_attributes = cls(
            organization_id,
            organization_name,
            resource_url,
            restricted,
            my_glue,
            flexible_asset_type_id,
            flexible_asset_type_name,
            name,
            traits,
            archived,
            created_at,
            updated_at,
        )

        if len(src_dict) > 12:
            flexible_asset_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return flexible_asset_attributes

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
