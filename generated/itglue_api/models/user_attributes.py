from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAttributes")

_KNOWN_KEYS = frozenset(
    {
        "first-name",
        "last-name",
        "name",
        "role-name",
        "email",
        "invitation-sent-at",
        "invitation-accepted-at",
        "current-sign-in-at",
        "current-sign-in-ip",
        "last-sign-in-at",
        "last-sign-in-ip",
        "reputation",
        "my-glue-account-id",
        "avatar",
        "my-glue",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class UserAttributes:
    """Attributes of users as returned (kebab-case).

    Attributes:
        first_name (None | str):
        last_name (None | str):
        name (None | str):
        role_name (None | str):
        email (None | str):
        invitation_sent_at (datetime.datetime | None):
        invitation_accepted_at (datetime.datetime | None):
        current_sign_in_at (datetime.datetime | None):
        current_sign_in_ip (None | str):
        last_sign_in_at (datetime.datetime | None):
        last_sign_in_ip (None | str):
        reputation (int | None):
        my_glue_account_id (int | None):
        avatar (None | str):
        my_glue (bool | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    first_name: None | str
    last_name: None | str
    name: None | str
    role_name: None | str
    email: None | str
    invitation_sent_at: datetime.datetime | None
    invitation_accepted_at: datetime.datetime | None
    current_sign_in_at: datetime.datetime | None
    current_sign_in_ip: None | str
    last_sign_in_at: datetime.datetime | None
    last_sign_in_ip: None | str
    reputation: int | None
    my_glue_account_id: int | None
    avatar: None | str
    my_glue: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        name: None | str
        name = self.name

        role_name: None | str
        role_name = self.role_name

        email: None | str
        email = self.email

        invitation_sent_at: None | str
        if isinstance(self.invitation_sent_at, datetime.datetime):
            invitation_sent_at = (
                None
                if self.invitation_sent_at is None
                else self.invitation_sent_at.isoformat()
            )
        else:
            invitation_sent_at = self.invitation_sent_at

        invitation_accepted_at: None | str
        if isinstance(self.invitation_accepted_at, datetime.datetime):
            invitation_accepted_at = (
                None
                if self.invitation_accepted_at is None
                else self.invitation_accepted_at.isoformat()
            )
        else:
            invitation_accepted_at = self.invitation_accepted_at

        current_sign_in_at: None | str
        if isinstance(self.current_sign_in_at, datetime.datetime):
            current_sign_in_at = (
                None
                if self.current_sign_in_at is None
                else self.current_sign_in_at.isoformat()
            )
        else:
            current_sign_in_at = self.current_sign_in_at

        current_sign_in_ip: None | str
        current_sign_in_ip = self.current_sign_in_ip

        last_sign_in_at: None | str
        if isinstance(self.last_sign_in_at, datetime.datetime):
            last_sign_in_at = (
                None
                if self.last_sign_in_at is None
                else self.last_sign_in_at.isoformat()
            )
        else:
            last_sign_in_at = self.last_sign_in_at

        last_sign_in_ip: None | str
        last_sign_in_ip = self.last_sign_in_ip

        reputation: int | None
        reputation = self.reputation

        my_glue_account_id: int | None
        my_glue_account_id = self.my_glue_account_id

        avatar: None | str
        avatar = self.avatar

        my_glue: bool | None
        my_glue = self.my_glue

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first-name": first_name,
                "last-name": last_name,
                "name": name,
                "role-name": role_name,
                "email": email,
                "invitation-sent-at": invitation_sent_at,
                "invitation-accepted-at": invitation_accepted_at,
                "current-sign-in-at": current_sign_in_at,
                "current-sign-in-ip": current_sign_in_ip,
                "last-sign-in-at": last_sign_in_at,
                "last-sign-in-ip": last_sign_in_ip,
                "reputation": reputation,
                "my-glue-account-id": my_glue_account_id,
                "avatar": avatar,
                "my-glue": my_glue,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        first_name: None | str = src_dict["first-name"]

        last_name: None | str = src_dict["last-name"]

        name: None | str = src_dict["name"]

        role_name: None | str = src_dict["role-name"]

        email: None | str = src_dict["email"]

        _invitation_sent_at = src_dict["invitation-sent-at"]
        invitation_sent_at: datetime.datetime | None
        if _invitation_sent_at is None:
            invitation_sent_at = None
        else:
            try:
                if not isinstance(_invitation_sent_at, str):
                    raise TypeError()
                invitation_sent_at_type_0 = datetime.datetime.fromisoformat(
                    _invitation_sent_at
                )

                invitation_sent_at = invitation_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                invitation_sent_at = cast(datetime.datetime | None, _invitation_sent_at)

        _invitation_accepted_at = src_dict["invitation-accepted-at"]
        invitation_accepted_at: datetime.datetime | None
        if _invitation_accepted_at is None:
            invitation_accepted_at = None
        else:
            try:
                if not isinstance(_invitation_accepted_at, str):
                    raise TypeError()
                invitation_accepted_at_type_0 = datetime.datetime.fromisoformat(
                    _invitation_accepted_at
                )

                invitation_accepted_at = invitation_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                invitation_accepted_at = cast(
                    datetime.datetime | None, _invitation_accepted_at
                )

        _current_sign_in_at = src_dict["current-sign-in-at"]
        current_sign_in_at: datetime.datetime | None
        if _current_sign_in_at is None:
            current_sign_in_at = None
        else:
            try:
                if not isinstance(_current_sign_in_at, str):
                    raise TypeError()
                current_sign_in_at_type_0 = datetime.datetime.fromisoformat(
                    _current_sign_in_at
                )

                current_sign_in_at = current_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                current_sign_in_at = cast(datetime.datetime | None, _current_sign_in_at)

        current_sign_in_ip: None | str = src_dict["current-sign-in-ip"]

        _last_sign_in_at = src_dict["last-sign-in-at"]
        last_sign_in_at: datetime.datetime | None
        if _last_sign_in_at is None:
            last_sign_in_at = None
        else:
            try:
                if not isinstance(_last_sign_in_at, str):
                    raise TypeError()
                last_sign_in_at_type_0 = datetime.datetime.fromisoformat(
                    _last_sign_in_at
                )

                last_sign_in_at = last_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_sign_in_at = cast(datetime.datetime | None, _last_sign_in_at)

        last_sign_in_ip: None | str = src_dict["last-sign-in-ip"]

        reputation: int | None = src_dict["reputation"]

        my_glue_account_id: int | None = src_dict["my-glue-account-id"]

        avatar: None | str = src_dict["avatar"]

        my_glue: bool | None = src_dict["my-glue"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        user_attributes = cls(
            first_name,
            last_name,
            name,
            role_name,
            email,
            invitation_sent_at,
            invitation_accepted_at,
            current_sign_in_at,
            current_sign_in_ip,
            last_sign_in_at,
            last_sign_in_ip,
            reputation,
            my_glue_account_id,
            avatar,
            my_glue,
            created_at,
            updated_at,
        )

        if len(src_dict) > 17:
            user_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return user_attributes

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
