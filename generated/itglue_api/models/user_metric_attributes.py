from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserMetricAttributes")

_KNOWN_KEYS = frozenset(
    {
        "user-id",
        "organization-id",
        "created",
        "viewed",
        "edited",
        "deleted",
        "date",
        "resource-type",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


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
        user_id: int | None = src_dict["user-id"]

        organization_id: int | None = src_dict["organization-id"]

        created: int | None = src_dict["created"]

        viewed: int | None = src_dict["viewed"]

        edited: int | None = src_dict["edited"]

        deleted: int | None = src_dict["deleted"]

        _date = src_dict["date"]
        date: datetime.date | None
        if _date is None:
            date = None
        else:
            try:
                if not isinstance(_date, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(_date)

                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                date = cast(datetime.date | None, _date)

        resource_type: None | str = src_dict["resource-type"]

        user_metric_attributes = cls(
            user_id,
            organization_id,
            created,
            viewed,
            edited,
            deleted,
            date,
            resource_type,
        )

        if len(src_dict) > 8:
            user_metric_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

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
