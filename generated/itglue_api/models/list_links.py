from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLinks")

_KNOWN_KEYS = frozenset(
    {
        "self",
        "first",
        "prev",
        "next",
        "last",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ListLinks:
    """Absolute page URLs; `prev`/`next` only when such a page exists.

    Attributes:
        self_ (str | Unset):
        first (str | Unset):
        prev (str | Unset):
        next_ (str | Unset):
        last (str | Unset):
    """

    self_: str | Unset = UNSET
    first: str | Unset = UNSET
    prev: str | Unset = UNSET
    next_: str | Unset = UNSET
    last: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        first = self.first

        prev = self.prev

        next_ = self.next_

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        self_ = src_dict.get("self", UNSET)

        first = src_dict.get("first", UNSET)

        prev = src_dict.get("prev", UNSET)

        next_ = src_dict.get("next", UNSET)

        last = src_dict.get("last", UNSET)

        list_links = cls(
            self_,
            first,
            prev,
            next_,
            last,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            list_links.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return list_links

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
