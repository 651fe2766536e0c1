from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMetricAttributes")


@_attrs_define
class UserMetricAttributes:
    """Attributes of user_metrics as returned (kebab-case).

    Attributes:
        user_id (int | None | Unset):
        organization_id (int | None | Unset):
        created (int | None | Unset):
        viewed (int | None | Unset):
        edited (int | None | Unset):
        deleted (int | None | Unset):
        date (datetime.date | None | Unset):
        resource_type (None | str | Unset):
    """

    user_id: int | None | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    created: int | None | Unset = UNSET
    viewed: int | None | Unset = UNSET
    edited: int | None | Unset = UNSET
    deleted: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        viewed: int | None | Unset
        if isinstance(self.viewed, Unset):
            viewed = UNSET
        else:
            viewed = self.viewed

        edited: int | None | Unset
        if isinstance(self.edited, Unset):
            edited = UNSET
        else:
            edited = self.edited

        deleted: int | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user-id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if created is not UNSET:
            field_dict["created"] = created
        if viewed is not UNSET:
            field_dict["viewed"] = viewed
        if edited is not UNSET:
            field_dict["edited"] = edited
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if date is not UNSET:
            field_dict["date"] = date
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user-id", UNSET))

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization-id", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_viewed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        viewed = _parse_viewed(d.pop("viewed", UNSET))

        def _parse_edited(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edited = _parse_edited(d.pop("edited", UNSET))

        def _parse_deleted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource-type", UNSET))

        user_metric_attributes = cls(
            user_id=user_id,
            organization_id=organization_id,
            created=created,
            viewed=viewed,
            edited=edited,
            deleted=deleted,
            date=date,
            resource_type=resource_type,
        )

        user_metric_attributes.additional_properties = d
        return user_metric_attributes

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
