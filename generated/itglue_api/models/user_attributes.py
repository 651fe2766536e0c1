from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAttributes")


@_attrs_define
class UserAttributes:
    """Attributes of users as returned (kebab-case).

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        name (None | str | Unset):
        role_name (None | str | Unset):
        email (None | str | Unset):
        invitation_sent_at (datetime.datetime | None | Unset):
        invitation_accepted_at (datetime.datetime | None | Unset):
        current_sign_in_at (datetime.datetime | None | Unset):
        current_sign_in_ip (None | str | Unset):
        last_sign_in_at (datetime.datetime | None | Unset):
        last_sign_in_ip (None | str | Unset):
        reputation (int | None | Unset):
        my_glue_account_id (int | None | Unset):
        avatar (None | str | Unset):
        my_glue (bool | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    role_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    invitation_sent_at: datetime.datetime | None | Unset = UNSET
    invitation_accepted_at: datetime.datetime | None | Unset = UNSET
    current_sign_in_at: datetime.datetime | None | Unset = UNSET
    current_sign_in_ip: None | str | Unset = UNSET
    last_sign_in_at: datetime.datetime | None | Unset = UNSET
    last_sign_in_ip: None | str | Unset = UNSET
    reputation: int | None | Unset = UNSET
    my_glue_account_id: int | None | Unset = UNSET
    avatar: None | str | Unset = UNSET
    my_glue: bool | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        role_name: None | str | Unset
        if isinstance(self.role_name, Unset):
            role_name = UNSET
        else:
            role_name = self.role_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        invitation_sent_at: None | str | Unset
        if isinstance(self.invitation_sent_at, Unset):
            invitation_sent_at = UNSET
        elif isinstance(self.invitation_sent_at, datetime.datetime):
            invitation_sent_at = self.invitation_sent_at.isoformat()
        else:
            invitation_sent_at = self.invitation_sent_at

        invitation_accepted_at: None | str | Unset
        if isinstance(self.invitation_accepted_at, Unset):
            invitation_accepted_at = UNSET
        elif isinstance(self.invitation_accepted_at, datetime.datetime):
            invitation_accepted_at = self.invitation_accepted_at.isoformat()
        else:
            invitation_accepted_at = self.invitation_accepted_at

        current_sign_in_at: None | str | Unset
        if isinstance(self.current_sign_in_at, Unset):
            current_sign_in_at = UNSET
        elif isinstance(self.current_sign_in_at, datetime.datetime):
            current_sign_in_at = self.current_sign_in_at.isoformat()
        else:
            current_sign_in_at = self.current_sign_in_at

        current_sign_in_ip: None | str | Unset
        if isinstance(self.current_sign_in_ip, Unset):
            current_sign_in_ip = UNSET
        else:
            current_sign_in_ip = self.current_sign_in_ip

        last_sign_in_at: None | str | Unset
        if isinstance(self.last_sign_in_at, Unset):
            last_sign_in_at = UNSET
        elif isinstance(self.last_sign_in_at, datetime.datetime):
            last_sign_in_at = self.last_sign_in_at.isoformat()
        else:
            last_sign_in_at = self.last_sign_in_at

        last_sign_in_ip: None | str | Unset
        if isinstance(self.last_sign_in_ip, Unset):
            last_sign_in_ip = UNSET
        else:
            last_sign_in_ip = self.last_sign_in_ip

        reputation: int | None | Unset
        if isinstance(self.reputation, Unset):
            reputation = UNSET
        else:
            reputation = self.reputation

        my_glue_account_id: int | None | Unset
        if isinstance(self.my_glue_account_id, Unset):
            my_glue_account_id = UNSET
        else:
            my_glue_account_id = self.my_glue_account_id

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        my_glue: bool | None | Unset
        if isinstance(self.my_glue, Unset):
            my_glue = UNSET
        else:
            my_glue = self.my_glue

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first-name"] = first_name
        if last_name is not UNSET:
            field_dict["last-name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if role_name is not UNSET:
            field_dict["role-name"] = role_name
        if email is not UNSET:
            field_dict["email"] = email
        if invitation_sent_at is not UNSET:
            field_dict["invitation-sent-at"] = invitation_sent_at
        if invitation_accepted_at is not UNSET:
            field_dict["invitation-accepted-at"] = invitation_accepted_at
        if current_sign_in_at is not UNSET:
            field_dict["current-sign-in-at"] = current_sign_in_at
        if current_sign_in_ip is not UNSET:
            field_dict["current-sign-in-ip"] = current_sign_in_ip
        if last_sign_in_at is not UNSET:
            field_dict["last-sign-in-at"] = last_sign_in_at
        if last_sign_in_ip is not UNSET:
            field_dict["last-sign-in-ip"] = last_sign_in_ip
        if reputation is not UNSET:
            field_dict["reputation"] = reputation
        if my_glue_account_id is not UNSET:
            field_dict["my-glue-account-id"] = my_glue_account_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if my_glue is not UNSET:
            field_dict["my-glue"] = my_glue
        if created_at is not UNSET:
            field_dict["created-at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated-at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first-name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last-name", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_role_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_name = _parse_role_name(d.pop("role-name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_invitation_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invitation_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return invitation_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        invitation_sent_at = _parse_invitation_sent_at(
            d.pop("invitation-sent-at", UNSET)
        )

        def _parse_invitation_accepted_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invitation_accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return invitation_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        invitation_accepted_at = _parse_invitation_accepted_at(
            d.pop("invitation-accepted-at", UNSET)
        )

        def _parse_current_sign_in_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_sign_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return current_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        current_sign_in_at = _parse_current_sign_in_at(
            d.pop("current-sign-in-at", UNSET)
        )

        def _parse_current_sign_in_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_sign_in_ip = _parse_current_sign_in_ip(
            d.pop("current-sign-in-ip", UNSET)
        )

        def _parse_last_sign_in_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sign_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_sign_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_sign_in_at = _parse_last_sign_in_at(d.pop("last-sign-in-at", UNSET))

        def _parse_last_sign_in_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sign_in_ip = _parse_last_sign_in_ip(d.pop("last-sign-in-ip", UNSET))

        def _parse_reputation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reputation = _parse_reputation(d.pop("reputation", UNSET))

        def _parse_my_glue_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_glue_account_id = _parse_my_glue_account_id(
            d.pop("my-glue-account-id", UNSET)
        )

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_my_glue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        my_glue = _parse_my_glue(d.pop("my-glue", UNSET))

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
