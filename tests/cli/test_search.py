"""``itglue search`` and ``itglue mirror search`` in-process, on a mirror synced from the emulator over loopback."""

from __future__ import annotations

import json
from pathlib import Path

from itglue_emulator import Emulator
from itglue_sdk import ITGlueClient
from tests.cli.conftest import Cli


def test_search_finds_by_name_as_json_and_as_a_table(reader: Cli, shared_emu: Emulator, tmp_path: Path) -> None:
    path = str(tmp_path / "m.duckdb")
    synced = reader("mirror", "sync", "--resource", "organizations", "--resource", "passwords", "--path", path)
    assert synced.code == 0, synced.err
    with ITGlueClient(base_url=shared_emu.base_url, api_key=shared_emu.api_key) as client:
        organization = next(iter(client.organizations.list()))
    name = organization.attributes.name
    assert name

    found = reader("search", name.upper(), "--json", "--path", path)
    assert found.code == 0, found.err
    rows = json.loads(found.out)
    assert rows[0] | {"score": None} == {
        "resource": "organizations",
        "id": int(organization.id),
        "name": name,
        "organization_id": int(organization.id),
        "organization_name": name,
        "match": "exact",
        "score": None,
    }
    assert rows[0]["score"] == 1.0
    # The same command under the mirror group.
    assert reader("mirror", "search", name.upper(), "--json", "--path", path).out == found.out

    table = reader("search", name, "--limit", "1", "--path", path)
    assert table.code == 0, table.err
    header, *lines = table.out.splitlines()
    assert header.split() == ["resource", "id", "name", "organization_id", "organization_name", "match", "score"]
    assert len(lines) == 1
    assert lines[0].split()[:2] == ["organizations", organization.id]

    only = json.loads(reader("search", name, "--resource", "passwords", "--json", "--path", path).out)
    assert {row["resource"] for row in only} <= {"passwords"}


def test_search_errors_are_one_line(reader: Cli, tmp_path: Path) -> None:
    missing = reader("search", "acme", "--path", str(tmp_path / "none.duckdb"))
    assert missing.code == 1
    assert "run `itglue mirror sync` first" in missing.err
    path = str(tmp_path / "m.duckdb")
    assert reader("mirror", "sync", "--resource", "organizations", "--path", path).code == 0
    for args, words in (
        (("search", "  ", "--path", path), "empty"),
        (("mirror", "search", "acme", "--resource", "organisations", "--path", path), "organisations"),
        (("search", "acme", "--limit", "0", "--path", path), "limit"),
    ):
        result = reader(*args)
        assert result.code == 2, args
        assert len(result.err.strip().splitlines()) == 1, result.err
        assert words in result.err
        assert "Traceback" not in result.err
    assert "itglue mirror search: error" in reader("mirror", "search", " ", "--path", path).err
