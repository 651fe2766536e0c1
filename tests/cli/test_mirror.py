"""``itglue mirror sync|status|query`` in-process against the emulator over loopback."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from itglue_emulator import Emulator
from itglue_mirror import default_path
from itglue_sdk import ITGlueClient
from itglue_sdk.config.instances import InstanceStore
from tests.cli.conftest import INSTANCE, Cli


def test_sync_then_status_then_query(reader: Cli, shared_emu: Emulator) -> None:
    synced = reader("mirror", "sync", "--resource", "organizations", "--resource", "configurations", "--json")
    assert synced.code == 0, synced.err
    summary = json.loads(synced.out)
    # The file follows the CLI's instance.
    assert Path(summary["path"]) == default_path(INSTANCE, InstanceStore()).resolve()
    with ITGlueClient(base_url=shared_emu.base_url, api_key=shared_emu.api_key) as client:
        organizations = {int(o.id): o.attributes.name for o in client.organizations.list()}
        configurations = len(list(client.configurations.list()))
    by_name = {row["resource"]: row for row in summary["resources"]}
    assert by_name["organizations"]["rows"] == len(organizations)
    assert by_name["configurations"] == {**by_name["configurations"], "mode": "full", "rows": configurations}

    table = reader("mirror", "sync", "--resource", "organizations")
    assert table.code == 0, table.err
    header, *lines = table.out.splitlines()
    assert header.split() == ["resource", "mode", "rows", "requests", "seconds", "reason"]
    assert lines[0].split()[:4] == ["organizations", "incremental", str(len(organizations)), "1"]

    status = reader("mirror", "status", "--json")
    assert status.code == 0, status.err
    assert {row["resource"]: row["rows"] for row in json.loads(status.out)["resources"]} == {
        "organizations": len(organizations),
        "configurations": configurations,
    }
    assert "organizations" in reader("mirror", "status").out

    answer = reader("mirror", "query", "SELECT id, name FROM organizations ORDER BY id", "--format", "json")
    assert answer.code == 0, answer.err
    assert {row["id"]: row["name"] for row in json.loads(answer.out)} == organizations
    csv = reader("mirror", "query", "SELECT count(*) AS n FROM configurations", "--format", "csv")
    assert csv.out == f"n\n{configurations}\n"
    shown = reader("mirror", "query", "SELECT name FROM organizations ORDER BY name")
    assert shown.out.splitlines() == ["name", *sorted(organizations.values())]


def test_query_refuses_writes_and_bad_sql(reader: Cli, tmp_path: Path) -> None:
    path = str(tmp_path / "m.duckdb")
    assert reader("mirror", "sync", "--resource", "organizations", "--path", path).code == 0
    for sql, words in (
        ("DELETE FROM organizations", "read-only"),
        ("SELEC nonsense", "syntax"),
        ("SELECT * FROM no_such_table", "no_such_table"),
    ):
        result = reader("mirror", "query", sql, "--path", path)
        assert result.code == 2, sql
        assert len(result.err.strip().splitlines()) == 1, result.err
        assert words in result.err.lower()
        assert "Traceback" not in result.err
    assert reader("mirror", "query", "SELECT 1", "--format", "parquet", "--path", path).code == 2


def test_query_writes_parquet(reader: Cli, tmp_path: Path) -> None:
    path = str(tmp_path / "m.duckdb")
    assert reader("mirror", "sync", "--resource", "configurations", "--path", path).code == 0
    target = tmp_path / "out.parquet"
    result = reader(
        "mirror",
        "query",
        "SELECT id, name, organization_name FROM configurations_named",
        "--format",
        "parquet",
        "--output",
        str(target),
        "--path",
        path,
    )
    assert result.code == 0, result.err
    frame = pl.read_parquet(target)
    assert frame.columns == ["id", "name", "organization_name"]
    assert f"{frame.height} rows written" in result.err
    assert frame.height > 0


def test_status_without_a_mirror_and_unknown_resource(reader: Cli, tmp_path: Path) -> None:
    missing = reader("mirror", "status", "--path", str(tmp_path / "none.duckdb"))
    assert missing.code == 1
    assert "itglue mirror sync" in missing.err
    unknown = reader("mirror", "sync", "--resource", "organisations")
    assert unknown.code == 2
    assert "organisations" in unknown.err


def test_export_writes_parquet_per_table(reader: Cli, tmp_path: Path) -> None:
    path = str(tmp_path / "m.duckdb")
    assert reader("mirror", "sync", "--resource", "organizations", "--path", path).code == 0
    folder = tmp_path / "estate"
    result = reader("mirror", "export", "--parquet", str(folder), "--path", path)
    assert result.code == 0, result.err
    written = [Path(line) for line in result.out.splitlines()]
    assert folder / "organizations.parquet" in written
    assert all(file.exists() for file in written)
    assert pl.read_parquet(folder / "organizations.parquet").height > 0
    assert f"{len(written)} tables written" in result.err
    missing = reader("mirror", "export", "--parquet", str(folder), "--path", str(tmp_path / "none.duckdb"))
    assert missing.code == 1
    assert "itglue mirror sync" in missing.err


def test_sync_says_what_the_budget_skipped(reader: Cli, tmp_path: Path) -> None:
    path = str(tmp_path / "m.duckdb")
    args = ("mirror", "sync", "--resource", "configurations", "--resource", "related-items", "--path", path)
    result = reader(*args, "--request-budget", "3", "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["request_budget"] == 3
    related = next(row for row in summary["resources"] if row["resource"] == "related_items")
    assert "related_items of configurations: needs" in related["reason"]
    table = reader(*args, "--request-budget", "3")
    assert "of a budget of 3" in table.err
    assert reader(*args, "--budget-share", "0").code == 2
