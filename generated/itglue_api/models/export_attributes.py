from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportAttributes")

_KNOWN_KEYS = frozenset(
    {
        "organization-id",
        "organization-name",
        "include-logs",
        "export-status",
        "download-url",
        "created-at",
        "updated-at",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class ExportAttributes:
    """Attributes of exports as returned (kebab-case).

    Attributes:
        organization_id (int | None):
        organization_name (None | str):
        include_logs (bool | None):
        export_status (None | str):
        download_url (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    organization_id: int | None
    organization_name: None | str
    include_logs: bool | None
    export_status: None | str
    download_url: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id: int | None
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        include_logs: bool | None
        include_logs = self.include_logs

        export_status: None | str
        export_status = self.export_status

        download_url: None | str
        download_url = self.download_url

        created_at = None if self.created_at is None else self.created_at.isoformat()

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization-id": organization_id,
                "organization-name": organization_name,
                "include-logs": include_logs,
                "export-status": export_status,
                "download-url": download_url,
                "created-at": created_at,
                "updated-at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_id: int | None = src_dict["organization-id"]

        organization_name: None | str = src_dict["organization-name"]

        include_logs: bool | None = src_dict["include-logs"]

        export_status: None | str = src_dict["export-status"]

        download_url: None | str = src_dict["download-url"]

        created_at = datetime.datetime.fromisoformat(src_dict["created-at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated-at"])

        export_attributes = cls(
            organization_id,
            organization_name,
            include_logs,
            export_status,
            download_url,
            created_at,
            updated_at,
        )

        if len(src_dict) > 7:
            export_attributes.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return export_attributes

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
