from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_write import ModelWrite


T = TypeVar("T", bound="ModelUpdateRequest")

_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ModelUpdateRequest:
    """
    Attributes:
        data (ModelWrite):
    """

    data: ModelWrite
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        data = ModelWrite.from_dict(src_dict["data"])

        model_update_request = cls(
            data,
        )

        if len(src_dict) > 1:
            model_update_request.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return model_update_request

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
from ..models.model_write import ModelWrite
