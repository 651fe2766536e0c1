from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_image_target import DocumentImageTarget
    from ..models.document_image_upload import DocumentImageUpload


T = TypeVar("T", bound="DocumentImageWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "target",
        "image",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class DocumentImageWriteAttributes:
    """Writable attributes of document_images. The API also accepts snake_case keys; attributes not sent keep their value
    on update.

        Attributes:
            target (DocumentImageTarget | Unset):
            image (DocumentImageUpload | Unset):
    """

    target: DocumentImageTarget | Unset = UNSET
    image: DocumentImageUpload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _target = src_dict.get("target", UNSET)
        target: DocumentImageTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = DocumentImageTarget.from_dict(_target)

        _image = src_dict.get("image", UNSET)
        image: DocumentImageUpload | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = DocumentImageUpload.from_dict(_image)

        document_image_write_attributes = cls(
            target,
            image,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            document_image_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return document_image_write_attributes

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
from ..models.document_image_target import DocumentImageTarget
from ..models.document_image_upload import DocumentImageUpload
