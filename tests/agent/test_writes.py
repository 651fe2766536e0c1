"""Writes: refused by a read-only server, shown exactly by a dry run, performed with --allow-writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from itglue_emulator.app import Emulator
from itglue_mcp import Agent, Permissions
from itglue_sdk import ITGlueClient
from tests.agent.conftest import Session, first_id, open_session

pytestmark = pytest.mark.anyio


def writes(emulator: Emulator) -> int:
    return sum(emulator.request_count(method) for method in ("POST", "PATCH", "PUT", "DELETE"))


def traited_asset(client: ITGlueClient) -> tuple[int, dict[str, Any]]:
    """A flexible asset with at least two plain (non-tag) traits, and those traits."""
    for asset_type in client.flexible_asset_types.list():
        for asset in client.flexible_assets.list(filter={"flexible_asset_type_id": int(asset_type.id)}, limit=20):
            traits = asset.to_dict()["attributes"].get("traits") or {}
            plain = {key: value for key, value in traits.items() if isinstance(value, str | int | float)}
            if len(plain) >= 2:
                return int(asset.id), traits
    raise AssertionError("the estate has no flexible asset with two plain traits")


async def test_a_read_only_server_refuses_every_write_and_sends_nothing(
    reader: Session, client: ITGlueClient, emulator: Emulator
) -> None:
    organization_id = first_id(client, "organizations")
    before = writes(emulator)

    refusals = [
        await reader.refused("create", {"type": "organizations", "attributes": {"name": "Nope Ltd"}}),
        await reader.refused("update", {"type": "organizations", "id": organization_id, "attributes": {"name": "x"}}),
        await reader.refused(
            "link",
            {"source_type": "configurations", "source_id": 1, "destination_type": "passwords", "destination_id": 2},
        ),
        await reader.refused(
            "import_document", {"organization_id": organization_id, "content": "# Hi", "name": "Nope"}
        ),
    ]

    assert all("--allow-writes" in refusal for refusal in refusals)
    assert writes(emulator) == before
    assert client.organizations.require(organization_id).attributes.name != "x"


async def test_a_dry_run_shows_the_exact_request_and_sends_nothing(
    reader: Session, client: ITGlueClient, emulator: Emulator
) -> None:
    organization_id = first_id(client, "organizations")
    before = writes(emulator)

    created = await reader.call(
        "create",
        {
            "type": "configurations",
            "parent": {"organization_id": organization_id},
            "attributes": {"name": "fw99", "configuration_type_id": 1},
            "dry_run": True,
        },
    )
    linked = await reader.call(
        "link",
        {
            "source_type": "configurations",
            "source_id": 41,
            "destination_type": "passwords",
            "destination_id": 7,
            "notes": "admin",
            "dry_run": True,
        },
    )

    assert created["dry_run"] is True
    assert created["request"] == {
        "method": "POST",
        "path": f"/organizations/{organization_id}/relationships/configurations",
        "query": [],
        "body": {"data": {"type": "configurations", "attributes": {"name": "fw99", "configuration-type-id": 1}}},
    }
    assert linked["request"]["method"] == "POST"
    assert linked["request"]["path"] == "/configurations/41/relationships/related_items"
    assert linked["request"]["body"]["data"]["attributes"] == {
        "destination-id": 7,
        "destination-type": "Password",
        "notes": "admin",
    }
    assert writes(emulator) == before


async def test_writes_are_performed_with_allow_writes(writer: Session, client: ITGlueClient) -> None:
    organization_id = first_id(client, "organizations")
    type_id = first_id(client, "configuration_types")

    created = await writer.call(
        "create",
        {
            "type": "configurations",
            "parent": {"organization_id": organization_id},
            "attributes": {"name": "mcp-fw01", "configuration_type_id": type_id, "hostname": "fw01"},
        },
    )
    config_id = int(created["record"]["id"])
    updated = await writer.call(
        "update", {"type": "configurations", "id": config_id, "attributes": {"hostname": "fw01.example"}}
    )

    stored = client.configurations.require(config_id)
    assert created["dry_run"] is False
    assert created["record"]["name"] == "mcp-fw01"
    assert updated["record"]["hostname"] == "fw01.example"
    assert stored.attributes.hostname == "fw01.example"
    assert stored.attributes.organization_id == organization_id


async def test_updating_traits_merges_them_and_never_wipes_the_others(writer: Session, client: ITGlueClient) -> None:
    asset_id, traits = traited_asset(client)
    changed = next(key for key, value in traits.items() if isinstance(value, str))

    preview = await writer.call(
        "update",
        {"type": "flexible_assets", "id": asset_id, "attributes": {"traits": {changed: "new value"}}, "dry_run": True},
    )
    await writer.call(
        "update", {"type": "flexible_assets", "id": asset_id, "attributes": {"traits": {changed: "new value"}}}
    )

    sent = preview["request"]["body"]["data"]["attributes"]["traits"]
    assert preview["request"]["method"] == "PATCH"
    assert set(sent) == set(traits)  # the full set goes out, so nothing is deleted
    assert sent[changed] == "new value"
    after = client.flexible_assets.require(asset_id).to_dict()["attributes"]["traits"]
    assert after[changed] == "new value"
    assert {key: value for key, value in after.items() if key != changed} == {
        key: value for key, value in traits.items() if key != changed
    }


async def test_traits_of_other_records_are_refused(writer: Session, client: ITGlueClient) -> None:
    refused = await writer.refused(
        "update", {"type": "configurations", "id": first_id(client, "configurations"), "attributes": {"traits": {}}}
    )

    assert "traits" in refused


async def test_import_document_from_text_and_from_a_folder_kept_in_step(
    writer: Session, client: ITGlueClient, tmp_path: Path
) -> None:
    organization_id = first_id(client, "organizations")
    runbook = "# Restart the VPN\n\n1. Log in to fw01.\n2. Run `restart vpn`.\n"
    arguments = {"organization_id": organization_id, "content": runbook, "name": "MCP / VPN restart"}

    planned = await writer.call("import_document", {**arguments, "dry_run": True})
    first = await writer.call("import_document", arguments)
    again = await writer.call("import_document", arguments)
    (tmp_path / "backups.md").write_text("# Backups\n\nNightly at 02:00.\n")
    folder = await writer.call("import_document", {"organization_id": organization_id, "path": str(tmp_path)})
    neither = await writer.refused("import_document", {"organization_id": organization_id})
    nowhere = await writer.refused(
        "import_document", {"organization_id": organization_id, "path": str(tmp_path / "no" / "such")}
    )
    outside = await writer.refused("import_document", {"organization_id": organization_id, "path": "/etc"})
    (tmp_path / "escape").symlink_to("/etc")
    escaped = await writer.refused(
        "import_document", {"organization_id": organization_id, "path": str(tmp_path / "escape"), "dry_run": True}
    )

    assert planned["dry_run"] is True
    assert planned["totals"]["created"] == 1
    assert first["totals"]["created"] == 1
    assert again["totals"] == {**again["totals"], "created": 0, "updated": 0, "unchanged": 1}
    document_id = first["items"][0]["document_id"]
    sections = list(client.document_sections.within(document_id=document_id).list())
    kinds = [section.attributes.resource_type for section in sections]
    assert kinds[0] == "Document::Heading"
    assert kinds.count("Document::Step") == 2
    assert folder["totals"]["created"] == 1
    assert "path" in neither
    assert "no such file" in nowhere
    assert "outside the folders" in outside
    assert "outside the folders" in escaped


async def test_a_server_without_import_folders_imports_text_only(client: ITGlueClient, tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# Notes\n")
    organization_id = first_id(client, "organizations")
    async for session in open_session(Agent(client, permissions=Permissions(allow_writes=True))):
        refused = await session.refused("import_document", {"organization_id": organization_id, "path": str(tmp_path)})
        html = await session.call(
            "import_document",
            {
                "organization_id": organization_id,
                "content": "<h2>Wi-Fi</h2><p>SSID guest</p>",
                "name": "Wi-Fi",
                "format": "html",
            },
        )
        text = await session.call(
            "import_document",
            {
                "organization_id": organization_id,
                "content": "Call the ISP.\n\nRef 42.",
                "name": "ISP",
                "format": "text",
            },
        )
        empty = await session.call(
            "import_document", {"organization_id": organization_id, "content": "  ", "name": "Empty", "format": "text"}
        )

    assert "--import-from" in refused
    assert html["totals"]["created"] == 1
    assert text["totals"]["created"] == 1
    assert empty["totals"]["failed"] == 1
    assert "nothing to import" in empty["items"][0]["reason"]
