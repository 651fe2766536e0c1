"""The CLI beyond CRUD: includes, inline relationships, trait merging, bulk routes, publish, files, links."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from itglue_sdk.cli.render import api_timestamp, api_timestamps

from .conftest import Cli, TerminalInput, single

API_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")

FIELDS = [
    {"name": "Name", "kind": "Text", "order": 1, "required": True, "use_for_title": True},
    {"name": "Serial number", "kind": "Text", "order": 2, "show-in-list": True},
]


def ok(result: Any) -> Any:
    assert result.code == 0, result.err
    return json.loads(result.out)


def first_id(cli: Cli, group: str, *args: str) -> str:
    return str(ok(cli(group, "list", "--limit", "1", "--json", *args))[0]["id"])


def one_line_error(result: Any, code: int, message: str) -> None:
    assert result.code == code, result.err
    assert message in result.err
    assert result.err.count("\n") == 1
    assert result.out == ""


# ---- wire timestamps ---------------------------------------------------------------------------------------------


def test_json_prints_timestamps_as_the_api_does(reader: Cli) -> None:
    listed = ok(reader("organizations", "list", "--limit", "2", "--json"))
    shown = single(reader("organizations", "get", listed[0]["id"], "--json"))
    for record in [*listed, shown]:
        for name in ("created-at", "updated-at"):
            assert API_TIMESTAMP.match(record["attributes"][name]), record["attributes"][name]
    csv_text = reader("organizations", "get", listed[0]["id"], "--csv").out
    assert shown["attributes"]["created-at"] in csv_text


def test_api_timestamps_touch_only_date_time_attributes() -> None:
    assert api_timestamp(datetime(2019, 6, 11, 23, 57, 4, 120999, tzinfo=UTC)) == "2019-06-11T23:57:04.120Z"
    east = datetime(2019, 6, 12, 1, 57, 4, tzinfo=timezone(timedelta(hours=2)))
    assert api_timestamp(east) == "2019-06-11T23:57:04.000Z"
    assert api_timestamp(datetime(2019, 6, 11, 23, 57, 4)) == "2019-06-11T23:57:04.000Z"
    record = {
        "type": "organizations",
        "attributes": {"created-at": "2019-06-11T23:57:04+00:00", "quick-notes": "2019-06-11T23:57:04+00:00"},
    }
    assert api_timestamps(record)["attributes"] == {
        "created-at": "2019-06-11T23:57:04.000Z",
        "quick-notes": "2019-06-11T23:57:04+00:00",
    }
    unknown = {"type": "adapters-resources", "attributes": {"created-at": "2019-06-11T23:57:04+00:00"}}
    assert api_timestamps(unknown)["attributes"]["created-at"] == "2019-06-11T23:57:04+00:00"


# ---- get --include ----------------------------------------------------------------------------------------------


def test_get_include_prints_data_and_included(reader: Cli) -> None:
    type_id = first_id(reader, "flexible_asset_types")
    document = single(reader("flexible_asset_types", "get", type_id, "--include", "flexible_asset_fields", "--json"))
    assert document["id"] == type_id
    assert document["included"]
    for item in document["included"]:
        assert item["type"] == "flexible-asset-fields"
        assert item["attributes"]["flexible-asset-type-id"] == int(type_id)
        assert API_TIMESTAMP.match(item["attributes"]["created-at"])
    table = reader("flexible_asset_types", "get", type_id, "--include", "flexible-asset-fields")
    assert table.code == 0, table.err
    assert table.out.splitlines()[0].split() == ["id", type_id]
    assert "included records not shown (use --json to see them)" in table.err
    one_line_error(reader("flexible_asset_types", "get", type_id, "--include", "owners"), 2, "cannot include 'owners'")
    one_line_error(
        reader("flexible_asset_types", "get", "987654", "--include", "flexible_asset_fields"), 1, "not found"
    )


def test_included_passwords_stay_hidden(reader: Cli) -> None:
    config = first_id(reader, "configurations")
    document = single(reader("configurations", "get", config, "--include", "passwords,related_items", "--json"))
    assert all("password" not in item["attributes"] for item in document["included"])


# ---- create with relationships ---------------------------------------------------------------------------------


def test_create_flexible_asset_type_with_its_fields(writer: Cli) -> None:
    created = single(
        writer(
            "flexible_asset_types", "create", "--set", "name=Printer", "--set", "icon=print",
            "--relate", f"flexible_asset_fields={json.dumps(FIELDS)}", "--json",
        )
    )  # fmt: skip
    shown = single(writer("flexible_asset_types", "get", created["id"], "--include", "flexible_asset_fields", "--json"))
    assert sorted(item["attributes"]["name"] for item in shown["included"]) == ["Name", "Serial number"]
    help_text = writer("flexible_asset_types", "create", "--help").out
    assert "--relate NAME=JSON" in help_text
    assert "relationships: flexible_asset_fields" in help_text
    assert "--relate" not in writer("organizations", "create", "--help").out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--relate", "flexible_asset_fields=[{"), 2, "--relate flexible_asset_fields= takes a JSON array"),
        (("--relate", 'flexible_asset_fields={"name": "x"}'), 2, "bad --relate"),
        (("--relate", "fields=[]"), 2, "takes no relationship 'fields' on create; allowed: flexible_asset_fields"),
        (("--relate", 'flexible_asset_fields=[{"colour": 1}]'), 2, "no writable attribute 'colour'"),
        ((), 1, "HTTP 422 on POST /flexible_asset_types"),
        (
            ("--data", '{"data": {"attributes": {}, "relationships": {"flexible-asset-fields": {"data": []}}}}'),
            2,
            "--data holds relationships; give them with --relate",
        ),
    ],
)
def test_bad_relationships(writer: Cli, args: tuple[str, ...], code: int, message: str) -> None:
    one_line_error(writer("flexible_asset_types", "create", "--set", "name=T", *args), code, message)


# ---- flexible asset traits -------------------------------------------------------------------------------------


def asset_with_traits(cli: Cli) -> tuple[str, dict[str, Any], set[str]]:
    """An asset with two text traits, whose required traits are text, and with an optional trait set."""
    for asset_type in ok(cli("flexible_asset_types", "list", "--json")):
        shown = single(
            cli("flexible_asset_types", "get", asset_type["id"], "--include", "flexible_asset_fields", "--json")
        )
        required = {f["attributes"]["name-key"] for f in shown["included"] if f["attributes"]["required"]}
        assets = ok(cli("flexible_assets", "list", "--filter", f"flexible_asset_type_id={asset_type['id']}", "--json"))
        for asset in assets:
            traits = asset["attributes"]["traits"]
            text = {name for name, value in traits.items() if isinstance(value, str)}
            if len(text) >= 2 and required <= text and set(traits) - required:
                return asset["id"], traits, required
    raise AssertionError("no suitable asset")


def test_update_traits_merges_unless_replacing(writer: Cli) -> None:
    asset_id, before, required = asset_with_traits(writer)
    first, second = sorted(name for name, value in before.items() if isinstance(value, str))[:2]
    merged = single(
        writer("flexible_assets", "update", asset_id, "--set", f'traits={{"{first}": "merged"}}',
               "--set", "archived=true", "--json")
    )  # fmt: skip
    traits = merged["attributes"]["traits"]
    assert traits[first] == "merged"
    assert traits[second] == before[second]
    assert set(traits) == set(before)
    assert merged["attributes"]["archived"] is True
    whole = {name: before[name] for name in required} | {first: "only"}
    replaced = single(
        writer("flexible_assets", "update", asset_id, "--set", f"traits={json.dumps(whole)}", "--replace-traits",
               "--json")
    )  # fmt: skip
    assert set(replaced["attributes"]["traits"]) == set(whole)
    one_line_error(
        writer("flexible_assets", "update", asset_id, "--set", "archived=false", "--replace-traits"),
        2,
        "--replace-traits needs traits",
    )
    one_line_error(
        writer("flexible_assets", "update", asset_id, "--set", "traits:=[1]"), 2, "traits must be a JSON object"
    )
    assert "--replace-traits" not in writer("organizations", "update", "--help").out


# ---- bulk routes and publish -----------------------------------------------------------------------------------


def test_bulk_update_and_bulk_delete(writer: Cli) -> None:
    made = [single(writer("organizations", "create", "--set", f"name=Bulk {n}", "--json"))["id"] for n in range(3)]
    same = ok(writer("organizations", "bulk-update", *made[:2], "--set", "quick_notes=same", "--json"))
    assert sorted(record["id"] for record in same) == sorted(made[:2])
    assert {record["attributes"]["quick-notes"] for record in same} == {"same"}
    each = json.dumps([{"id": made[0], "name": "First"}, {"id": int(made[1]), "short_name": "SND"}])
    varied = ok(writer("organizations", "bulk-update", "--data", each, "--json"))
    by_id = {record["id"]: record["attributes"] for record in varied}
    assert by_id[made[0]]["name"] == "First"
    assert by_id[made[1]]["short-name"] == "SND"
    body = {"data": [{"type": "organizations", "attributes": {"id": made[0], "name": "API body"}}]}
    [from_body] = ok(writer("organizations", "bulk-update", "--data-file", "-", "--json", stdin=json.dumps(body)))
    assert from_body["attributes"]["name"] == "API body"
    table = writer("organizations", "bulk-update", made[2], "--set", "name=Third")
    assert table.code == 0, table.err
    assert "Third" in table.out
    one_line_error(writer("organizations", "bulk-delete", *made), 2, "confirm with --yes")
    declined = writer("organizations", "bulk-delete", *made, stdin=TerminalInput("n\n"))
    assert declined.code == 1
    assert f"Delete organizations {', '.join(made)}?" in declined.err
    deleted = writer("organizations", "bulk-delete", *made[:2], "--yes")
    assert deleted.code == 0, deleted.err
    assert deleted.err.startswith("deleted organizations ")
    assert sorted(deleted.err.strip().removeprefix("deleted organizations ").split(", ")) == sorted(made[:2])
    as_json = ok(writer("organizations", "bulk-delete", made[2], "--yes", "--json"))
    assert [record["id"] for record in as_json] == [made[2]]
    assert writer("organizations", "get", made[2]).code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--set", "name=x"), "--set needs the record IDs"),
        (("--data", '{"name": "x"}'), "--data must be a JSON array of objects with an id"),
        (("--data", '[{"name": "x"}]'), "every item of --data needs an id"),
        (("--data", "[3]"), "every item of --data needs an id"),
        ((), "nothing to update"),
        (("1", "2"), "no attributes"),
        (("abc", "--set", "name=x"), "id must be a positive integer record id"),
    ],
)
def test_bad_bulk_updates(reader: Cli, args: tuple[str, ...], message: str) -> None:
    one_line_error(reader("organizations", "bulk-update", *args), 2, message)


def test_bulk_actions_only_where_the_spec_has_them(reader: Cli) -> None:
    for group, action in (("manufacturers", "bulk-update"), ("groups", "bulk-delete"), ("organizations", "publish")):
        one_line_error(reader(group, action, "1"), 2, f"unknown command '{action}'")


def test_documents_publish(writer: Cli) -> None:
    org = first_id(writer, "organizations")
    doc = single(writer("documents", "create", "--organization-id", org, "--set", "name=Runbook", "--json"))
    published = single(writer("documents", "publish", doc["id"], "--json"))
    assert published["id"] == doc["id"]
    nested = writer("documents", "publish", doc["id"], "--organization-id", org)
    assert nested.code == 0, nested.err
    one_line_error(writer("documents", "publish", "987654"), 1, "HTTP 404")


# ---- attachments -------------------------------------------------------------------------------------------------


def test_attachments_upload_and_download(writer: Cli, tmp_path: Path) -> None:
    config = first_id(writer, "configurations")
    source = tmp_path / "runbook.pdf"
    source.write_bytes(bytes(range(256)) * 4)
    uploaded = single(
        writer("attachments", "upload", "--configuration-id", config, str(source), "--name", "Runbook", "--json")
    )
    assert uploaded["attributes"]["name"] == "Runbook"
    out = tmp_path / "out"
    out.mkdir()
    saved = writer("attachments", "download", uploaded["id"], str(out), "--configuration-id", config)
    assert saved.code == 0, saved.err
    assert saved.out == f"{out / 'runbook.pdf'}\n"
    assert (out / "runbook.pdf").read_bytes() == source.read_bytes()
    copy = tmp_path / "copy.bin"
    described = single(
        writer("attachments", "download", uploaded["id"], str(copy), "--configuration-id", config, "--json")
    )
    assert described == {"type": "attachments", "id": uploaded["id"], "path": str(copy)}
    assert copy.read_bytes() == source.read_bytes()
    one_line_error(writer("attachments", "upload", str(source)), 2, "only exists within a parent record")
    one_line_error(
        writer("attachments", "upload", "--configuration-id", config, str(tmp_path / "missing.txt")),
        2,
        "not a file",
    )
    one_line_error(
        writer(
            "attachments", "download", uploaded["id"], str(tmp_path / "no" / "dir" / "x"), "--configuration-id", config
        ),
        2,
        "no directory",
    )
    one_line_error(writer("attachments", "download", "987654", str(out), "--configuration-id", config), 1, "HTTP 404")


# ---- related items -----------------------------------------------------------------------------------------------


def test_related_items_link_and_list(writer: Cli) -> None:
    config = first_id(writer, "configurations")
    password = first_id(writer, "passwords")
    linked = single(
        writer(
            "related_items", "link", "--configuration-id", config, "passwords", password, "--notes", "admin", "--json"
        )
    )
    assert linked["attributes"]["destination-type"] == "Password"
    assert linked["attributes"]["destination-id"] == int(password)
    listed = ok(writer("related_items", "list", "--configuration-id", config, "--json"))
    assert linked["id"] in {item["id"] for item in listed}
    table = writer("related_items", "list", "--configuration-id", config)
    assert table.code == 0, table.err
    assert "destination_type" in table.out.splitlines()[0]
    one_line_error(writer("related_items", "link", "--configuration-id", config, "passwords", password), 1, "HTTP 422")
    one_line_error(writer("related_items", "link", "passwords", password), 2, "give the record with one of")
    one_line_error(
        writer("related_items", "link", "--configuration-id", config, "spaceships", "1"),
        2,
        "cannot link to records of type 'spaceships'",
    )
    one_line_error(writer("related_items", "list"), 2, "give the record with one of")
    assert "--ticket-id" not in writer("related_items", "list", "--help").out  # no show route to read them from
    removed = writer("related_items", "delete", linked["id"], "--configuration-id", config, "--yes")
    assert removed.code == 0, removed.err
