from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAttributes")


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
        d = dict(src_dict)

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first-name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last-name"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_role_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_name = _parse_role_name(d.pop("role-name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_invitation_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invitation_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return invitation_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        invitation_sent_at = _parse_invitation_sent_at(d.pop("invitation-sent-at"))

        def _parse_invitation_accepted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invitation_accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return invitation_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        invitation_accepted_at = _parse_invitation_accepted_at(
            d.pop("invitation-accepted-at")
        )

        def _parse_current_sign_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_sign_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return current_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        current_sign_in_at = _parse_current_sign_in_at(d.pop("current-sign-in-at"))

        def _parse_current_sign_in_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current_sign_in_ip = _parse_current_sign_in_ip(d.pop("current-sign-in-ip"))

        def _parse_last_sign_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sign_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_sign_in_at = _parse_last_sign_in_at(d.pop("last-sign-in-at"))

        def _parse_last_sign_in_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_sign_in_ip = _parse_last_sign_in_ip(d.pop("last-sign-in-ip"))

        def _parse_reputation(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reputation = _parse_reputation(d.pop("reputation"))

        def _parse_my_glue_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        my_glue_account_id = _parse_my_glue_account_id(d.pop("my-glue-account-id"))

        def _parse_avatar(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar = _parse_avatar(d.pop("avatar"))

        def _parse_my_glue(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        my_glue = _parse_my_glue(d.pop("my-glue"))

        created_at = datetime.datetime.fromisoformat(d.pop("created-at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated-at"))

        user_attributes = cls(
            first_name=first_name,
            last_name=last_name,
            name=name,
            role_name=role_name,
            email=email,
            invitation_sent_at=invitation_sent_at,
            invitation_accepted_at=invitation_accepted_at,
            current_sign_in_at=current_sign_in_at,
            current_sign_in_ip=current_sign_in_ip,
            last_sign_in_at=last_sign_in_at,
            last_sign_in_ip=last_sign_in_ip,
            reputation=reputation,
            my_glue_account_id=my_glue_account_id,
            avatar=avatar,
            my_glue=my_glue,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_attributes.additional_properties = d
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
