from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_upload import FileUpload


T = TypeVar("T", bound="UserWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "first-name",
        "last-name",
        "avatar",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class UserWriteAttributes:
    """Writable attributes of users. The API also accepts snake_case keys; attributes not sent keep their value on update.

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        avatar (FileUpload | Unset):
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    avatar: FileUpload | Unset = UNSET
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

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first-name"] = first_name
        if last_name is not UNSET:
            field_dict["last-name"] = last_name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        first_name: None | str | Unset = src_dict.get("first-name", UNSET)

        last_name: None | str | Unset = src_dict.get("last-name", UNSET)

        _avatar = src_dict.get("avatar", UNSET)
        avatar: FileUpload | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = FileUpload.from_dict(_avatar)

        user_write_attributes = cls(
            first_name,
            last_name,
            avatar,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            user_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return user_write_attributes

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
from ..models.file_upload import FileUpload
