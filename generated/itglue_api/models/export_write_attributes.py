from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportWriteAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "include-logs",
        "zip-password",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ExportWriteAttributes:
    """Writable attributes of exports. The API also accepts snake_case keys; attributes not sent keep their value on
    update.

        Attributes:
            organization_id (int | None | Unset):
            include_logs (bool | None | Unset):
            zip_password (None | str | Unset):
    """

    organization_id: int | None | Unset = UNSET
    include_logs: bool | None | Unset = UNSET
    zip_password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        include_logs: bool | None | Unset
        if isinstance(self.include_logs, Unset):
            include_logs = UNSET
        else:
            include_logs = self.include_logs

        zip_password: None | str | Unset
        if isinstance(self.zip_password, Unset):
            zip_password = UNSET
        else:
            zip_password = self.zip_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization-id"] = organization_id
        if include_logs is not UNSET:
            field_dict["include-logs"] = include_logs
        if zip_password is not UNSET:
            field_dict["zip-password"] = zip_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id: int | None | Unset = src_dict.get("organization-id", UNSET)

        include_logs: bool | None | Unset = src_dict.get("include-logs", UNSET)

        zip_password: None | str | Unset = src_dict.get("zip-password", UNSET)

        export_write_attributes = cls(
            organization_id,
            include_logs,
            zip_password,
        )

        if len(src_dict) > 0 and not _KNOWN_KEYS.issuperset(src_dict):
            export_write_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return export_write_attributes

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
