from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_meta_filters import ListMetaFilters


T = TypeVar("T", bound="ListMeta")

_KNOWN_KEYS = frozenset(
    {
        "current-page",
        "next-page",
        "prev-page",
        "total-pages",
        "total-count",
        "filters",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ListMeta:
    """
    Attributes:
        current_page (int | Unset):
        next_page (int | None | Unset):
        prev_page (int | None | Unset):
        total_pages (int | Unset):
        total_count (int | Unset):
        filters (ListMetaFilters | Unset):
    """

    current_page: int | Unset = UNSET
    next_page: int | None | Unset = UNSET
    prev_page: int | None | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_count: int | Unset = UNSET
    filters: ListMetaFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        prev_page: int | None | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

        total_pages = self.total_pages

        total_count = self.total_count

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current-page"] = current_page
        if next_page is not UNSET:
            field_dict["next-page"] = next_page
        if prev_page is not UNSET:
            field_dict["prev-page"] = prev_page
        if total_pages is not UNSET:
            field_dict["total-pages"] = total_pages
        if total_count is not UNSET:
            field_dict["total-count"] = total_count
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        current_page = src_dict.get("current-page", UNSET)

        next_page: int | None | Unset = src_dict.get("next-page", UNSET)

        prev_page: int | None | Unset = src_dict.get("prev-page", UNSET)

        total_pages = src_dict.get("total-pages", UNSET)

        total_count = src_dict.get("total-count", UNSET)

        _filters = src_dict.get("filters", UNSET)
        filters: ListMetaFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ListMetaFilters.from_dict(_filters)

        list_meta = cls(
            current_page,
            next_page,
            prev_page,
            total_pages,
            total_count,
            filters,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            list_meta.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return list_meta

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
from ..models.list_meta_filters import ListMetaFilters
