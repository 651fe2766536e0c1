from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flexible_asset_traits import FlexibleAssetTraits


T = TypeVar("T", bound="FlexibleAssetAttributes")


@_attrs_define
class FlexibleAssetAttributes:
    """Attributes of flexible_assets as returned (kebab-case).

    Attributes:
        organization_id (int | Unset):
        organization_name (None | str | Unset):
        resource_url (None | str | Unset):
        restricted (bool | None | Unset):
        my_glue (bool | None | Unset):
        flexible_asset_type_id (int | Unset):
        flexible_asset_type_name (None | str | Unset):
        name (None | str | Unset):
        traits (FlexibleAssetTraits | Unset): Trait values keyed by field `name-key`. Read: scalars, or for Tag fields
            `{type, values: [{id, name, resource-url, ...}]}`. Write: Tag fields take an id or a list of ids, Upload fields
            `{content, file_name}`.
        archived (bool | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    organization_id: int | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    resource_url: None | str | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    my_glue: bool | None | Unset = UNSET
    flexible_asset_type_id: int | Unset = UNSET
    flexible_asset_type_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    traits: FlexibleAssetTraits | Unset = UNSET
    archived: bool | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        my_glue: bool | None | Unset
        if isinstance(self.my_glue, Unset):
            my_glue = UNSET
        else:
            my_glue = self.my_glue

        flexible_asset_type_id = self.flexible_asset_type_id

        flexible_asset_type_name: None | str | Unset
        if isinstance(self.flexible_asset_type_name, Unset):
            flexible_asset_type_name = UNSET
        else:
            flexible_asset_type_name = self.flexible_asset_type_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if organization_name is not UNSET:
            field_dict["organization-name"] = organization_name
        if resource_url is not UNSET:
            field_dict["resource-url"] = resource_url
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if my_glue is not UNSET:
            field_dict["my-glue"] = my_glue
        if flexible_asset_type_id is not UNSET:
            field_dict["flexible-asset-type-id"] = flexible_asset_type_id
        if flexible_asset_type_name is not UNSET:
            field_dict["flexible-asset-type-name"] = flexible_asset_type_name
        if name is not UNSET:
            field_dict["name"] = name
        if traits is not UNSET:
            field_dict["traits"] = traits
        if archived is not UNSET:
            field_dict["archived"] = archived
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flexible_asset_traits import FlexibleAssetTraits

        d = dict(src_dict)
        organization_id = d.pop("organization-id", UNSET)

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organization-name", UNSET))

        def _parse_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_url = _parse_resource_url(d.pop("resource-url", UNSET))

        def _parse_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted = _parse_restricted(d.pop("restricted", UNSET))

        def _parse_my_glue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        my_glue = _parse_my_glue(d.pop("my-glue", UNSET))

        flexible_asset_type_id = d.pop("flexible-asset-type-id", UNSET)

        def _parse_flexible_asset_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flexible_asset_type_name = _parse_flexible_asset_type_name(
            d.pop("flexible-asset-type-name", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: FlexibleAssetTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = FlexibleAssetTraits.from_dict(_traits)

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        _created_at = d.pop("created-at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated-at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        flexible_asset_attributes = cls(
            organization_id=organization_id,
            organization_name=organization_name,
            resource_url=resource_url,
            restricted=restricted,
            my_glue=my_glue,
            flexible_asset_type_id=flexible_asset_type_id,
            flexible_asset_type_name=flexible_asset_type_name,
            name=name,
            traits=traits,
            archived=archived,
            created_at=created_at,
            updated_at=updated_at,
        )

        flexible_asset_attributes.additional_properties = d
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
