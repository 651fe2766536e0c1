"""Test helpers: a tiny hand-made estate with known values and request-body builders."""

from __future__ import annotations

import base64
from typing import Any

TS = "2024-01-0{day}T10:00:00.000Z"
JSON_API = "application/vnd.api+json"


def _rec(record_id: int, **attributes: Any) -> dict[str, Any]:
    return {"id": record_id, "attributes": {k.replace("_", "-"): v for k, v in attributes.items()}}


def tiny_estate() -> dict[str, list[dict[str, Any]]]:
    """A few records per type with known values, so tests can assert exact answers."""
    org = {"organization_name": "Happy Frog", "created_at": TS.format(day=1), "updated_at": TS.format(day=1)}
    logs = [_rec(i, action="update", created_at=f"2024-02-{i:02d}T08:00:00.000Z") for i in range(1, 13)]
    return {
        "organization-types": [_rec(1, name="Customer")],
        "organizations": [
            _rec(
                1,
                name="Happy Frog",
                short_name="HF",
                organization_type_id=1,
                organization_type_name="Customer",
                primary=True,
                my_glue_account_id=10,
                created_at=TS.format(day=1),
                updated_at=TS.format(day=2),
            ),
            _rec(
                2,
                name="Kub, Reynolds and Gibson",
                short_name="KRG",
                organization_type_id=1,
                organization_type_name="Customer",
                primary=False,
                my_glue_account_id=20,
                created_at=TS.format(day=3),
                updated_at=TS.format(day=4),
            ),
            _rec(
                3,
                name="Acme",
                short_name="AC",
                organization_type_id=None,
                organization_type_name=None,
                primary=False,
                my_glue_account_id=None,
                created_at=TS.format(day=5),
                updated_at=TS.format(day=6),
            ),
        ],
        "configuration-types": [_rec(1, name="Server"), _rec(2, name="Workstation")],
        "configurations": [
            _rec(
                1,
                organization_id=1,
                configuration_type_id=1,
                configuration_type_name="Server",
                name="srv-01",
                archived=False,
                **org,
            ),
            _rec(
                2,
                organization_id=1,
                configuration_type_id=2,
                configuration_type_name="Workstation",
                name="ws-01",
                archived=True,
                **org,
            ),
            _rec(
                3,
                organization_id=2,
                configuration_type_id=1,
                configuration_type_name="Server",
                name="srv-02",
                archived=False,
                organization_name="Kub, Reynolds and Gibson",
                created_at=TS.format(day=3),
                updated_at=TS.format(day=3),
            ),
        ],
        "passwords": [_rec(1, organization_id=1, name="admin", username="root", password="s3cret", **org)],
        "flexible-asset-types": [_rec(1, name="Backup")],
        "flexible-asset-fields": [_rec(1, flexible_asset_type_id=1, name="Name", name_key="name", order=1)],
        "flexible-assets": [
            _rec(
                1,
                organization_id=1,
                flexible_asset_type_id=1,
                flexible_asset_type_name="Backup",
                name="nightly",
                traits={"name": "nightly", "target": "nas"},
                **org,
            ),
        ],
        "attachments": [
            {
                **_rec(
                    1,
                    name="notes.txt",
                    attachment_file_name="notes.txt",
                    attachment_content_type="text/plain",
                    attachment_file_size=5,
                    **org,
                ),
                "parent": {"type": "configurations", "id": 1},
                "content": b"hello",
            },
        ],
        "related-items": [
            {
                **_rec(1, destination_type="Password", destination_id=1, destination_name="admin", notes=None, **org),
                "parent": {"type": "configurations", "id": 1},
            },
        ],
        "documents": [_rec(1, organization_id=1, name="Runbook", published=False, **org)],
        "document-sections": [_rec(1, document_id=1, resource_type="Document::Gallery", content=None, **org)],
        "logs": logs,
        "users": [_rec(1, name="Test User", email="user@example.com", **org)],
    }


def body(resource: str, **attributes: Any) -> dict[str, Any]:
    """A single-record JSON:API request body."""
    return {"data": {"type": resource, "attributes": attributes}}


def b64(data: bytes) -> str:
    """Strict base64 text of some bytes."""
    return base64.b64encode(data).decode()
