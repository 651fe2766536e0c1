from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_write_resource_type import (
    AttachmentWriteResourceType,
    check_attachment_write_resource_type,
)

if TYPE_CHECKING:
    from ..models.bulk_delete_attributes import BulkDeleteAttributes


T = TypeVar("T", bound="AttachmentBulkDeleteItem")

_KNOWN_KEYS = frozenset(
    {
        "type",
        "attributes",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class AttachmentBulkDeleteItem:
    """
    Attributes:
        type_ (AttachmentWriteResourceType): Request `type`: kebab-case or snake_case.
        attributes (BulkDeleteAttributes):
    """

    type_: AttachmentWriteResourceType
    attributes: BulkDeleteAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type_ = check_attachment_write_resource_type(src_dict["type"])

        attributes = BulkDeleteAttributes.from_dict(src_dict["attributes"])

        attachment_bulk_delete_item = cls(
            type_,
            attributes,
        )

        if len(src_dict) > 2:
            attachment_bulk_delete_item.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return attachment_bulk_delete_item

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
from ..models.bulk_delete_attributes import BulkDeleteAttributes
