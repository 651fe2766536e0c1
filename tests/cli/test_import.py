"""``itglue import`` and ``itglue export documents`` in-process against the emulator over loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from itglue_emulator import Emulator
from itglue_import import DocumentDraft, ImportItem, Section, plugins
from itglue_sdk import ITGlueClient
from tests.cli.conftest import Cli
from tests.importers.estate import PNG, make_mailbox, make_runbooks


class ClosedTickets:
    """A plugin source: the resolution of each closed ticket becomes a document."""

    def __init__(self, *ticket_ids: str, board: str = "Service") -> None:
        self.ticket_ids = ticket_ids
        self.board = board

    @property
    def scope(self) -> str:
        return f"tickets:{self.board}"

    def items(self) -> Iterator[ImportItem]:
        for ticket in self.ticket_ids:
            yield DocumentDraft(
                key=f"tickets:{self.board}/{ticket}",
                name=f"{self.board} ticket {ticket}",
                sections=(Section.heading(f"Ticket {ticket}"), Section.text("<p>Rebooted the switch.</p>")),
            )


@pytest.fixture
def ticket_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register `ClosedTickets` as if a package declared it under ``itglue_sdk.importers``."""
    installed = plugins.sources()
    entry = metadata.EntryPoint("tickets", f"{__name__}:ClosedTickets", plugins.GROUP)
    monkeypatch.setattr(plugins, "sources", lambda: {**installed, "tickets": entry})


def organization(emulator: Emulator) -> tuple[int, str]:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as client:
        first = next(iter(client.organizations.list(page_size=1)))
        return int(first.id), str(first.attributes.name)


@pytest.mark.usefixtures("ticket_plugin")
def test_a_plugin_source_imports_through_its_own_subcommand(writer: Cli, fresh_emu: Emulator) -> None:
    org_id, org_name = organization(fresh_emu)
    listed = writer("import", "--help")
    assert listed.code == 0
    assert "tickets" in listed.out
    assert "files" in listed.out
    assert "email" in listed.out

    done = writer("import", "tickets", "101", "102", "--option", "board=Network", "--org", org_name, "--json")
    assert done.code == 0, done.err
    report = json.loads(done.out)
    assert report["totals"]["created"] == 2
    assert report["scope"] == "tickets:Network"
    assert [item["name"] for item in report["items"]] == ["Network ticket 101", "Network ticket 102"]
    with ITGlueClient(base_url=fresh_emu.base_url, api_key=fresh_emu.api_key) as client:
        names = {d.attributes.name for d in client.documents.within(organization_id=org_id).list()}
    assert {"Network ticket 101", "Network ticket 102"} <= names

    again = writer("import", "tickets", "101", "--option", "board=Network", "--org", str(org_id), "--prune")
    assert again.code == 0, again.err
    assert "pruned" in again.out
    assert "Network ticket 102" in again.out
    assert "1 unchanged" in again.err
    assert "1 pruned" in again.err


@pytest.mark.usefixtures("ticket_plugin")
def test_bad_plugin_arguments_and_unknown_organizations_are_usage_errors(writer: Cli) -> None:
    wrong = writer("import", "tickets", "1", "--option", "colour=red", "--org", "1")
    assert wrong.code == 2
    assert "cannot be built" in wrong.err
    malformed = writer("import", "tickets", "1", "--option", "board", "--org", "1")
    assert malformed.code == 2
    assert "KEY=VALUE" in malformed.err
    nobody = writer("import", "tickets", "1", "--org", "No Such Organization")
    assert nobody.code == 2
    assert "no organization is named" in nobody.err
    assert writer("import", "nonsense", "--org", "1").code == 2


def test_import_files_dry_run_then_for_real_then_export(writer: Cli, fresh_emu: Emulator, tmp_path: Path) -> None:
    org_id, org_name = organization(fresh_emu)
    folder = make_runbooks(tmp_path)

    dry = writer("import", "files", str(folder), "--org", org_name, "--dry-run")
    assert dry.code == 1  # the bad files fail in a dry run too
    assert "would create" in dry.out
    assert "network / vpn" in dry.out
    assert "dry run, nothing sent: 6 created" in dry.err
    with ITGlueClient(base_url=fresh_emu.base_url, api_key=fresh_emu.api_key) as client:
        assert not [
            d for d in client.documents.within(organization_id=org_id).list() if d.attributes.name == "onboarding"
        ]

    done = writer("import", "files", str(folder), "--org", str(org_id), "--folder", "KB", "--publish", "--json")
    assert done.code == 1
    report = json.loads(done.out)
    assert report["totals"] == {"created": 6, "updated": 0, "unchanged": 0, "skipped": 0, "failed": 2, "pruned": 0}
    assert {item["name"] for item in report["items"] if item["outcome"] == "created"} >= {"KB / network / vpn"}
    assert {item["name"]: item["reason"] for item in report["items"] if item["outcome"] == "failed"}.keys() == {
        "broken.md",
        "archive.iso",
    }
    assert report["requests"] > 6

    again = writer("import", "files", str(folder), "--org", str(org_id), "--folder", "KB")
    assert "0 created, 0 updated, 6 unchanged" in again.err
    assert "1 requests" in again.err

    exported = writer("export", "documents", "--org", str(org_id), str(tmp_path / "backup"), "--json")
    assert exported.code == 0, exported.err
    written = json.loads(exported.out)
    assert written["failed"] == []
    assert (tmp_path / "backup" / "KB" / "network" / "vpn.md").read_text().startswith("<!-- itglue:heading -->\n# VPN")
    assert (tmp_path / "backup" / "KB" / "network" / "vpn.files" / "diagram.png").read_bytes() == PNG


def test_import_email(writer: Cli, fresh_emu: Emulator, tmp_path: Path) -> None:
    org_id, _ = organization(fresh_emu)
    mail = make_mailbox(tmp_path)
    done = writer("import", "email", str(mail / "inbox.mbox"), str(mail / "fax.msg"), "--org", str(org_id))
    assert done.code == 1  # the corrupt message
    assert "no headers" in done.out
    assert "5 created" in done.err
    with ITGlueClient(base_url=fresh_emu.base_url, api_key=fresh_emu.api_key) as client:
        names = {d.attributes.name for d in client.documents.within(organization_id=org_id).list()}
    assert {"Printer down", "Grüße aus München", "Fax machine retired"} <= names
