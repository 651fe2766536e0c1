from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserMetricAttributes")


@_attrs_define
class UserMetricAttributes:
    """Attributes of user_metrics as returned (kebab-case).

    Attributes:
        user_id (int | None):
        organization_id (int | None):
        created (int | None):
        viewed (int | None):
        edited (int | None):
        deleted (int | None):
        date (datetime.date | None):
        resource_type (None | str):
    """

    user_id: int | None
    organization_id: int | None
    created: int | None
    viewed: int | None
    edited: int | None
    deleted: int | None
    date: datetime.date | None
    resource_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None
        user_id = self.user_id

        organization_id: int | None
        organization_id = self.organization_id

        created: int | None
        created = self.created

        viewed: int | None
        viewed = self.viewed

        edited: int | None
        edited = self.edited

        deleted: int | None
        deleted = self.deleted

        date: None | str
        if isinstance(self.date, datetime.date):
            date = None if self.date is None else self.date.isoformat()
        else:
            date = self.date

        resource_type: None | str
        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user-id": user_id,
                "organization-id": organization_id,
                "created": created,
                "viewed": viewed,
                "edited": edited,
                "deleted": deleted,
                "date": date,
                "resource-type": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user-id"))

        def _parse_organization_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        organization_id = _parse_organization_id(d.pop("organization-id"))

        def _parse_created(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_viewed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        viewed = _parse_viewed(d.pop("viewed"))

        def _parse_edited(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        edited = _parse_edited(d.pop("edited"))

        def _parse_deleted(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deleted = _parse_deleted(d.pop("deleted"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        def _parse_resource_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_type = _parse_resource_type(d.pop("resource-type"))

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
