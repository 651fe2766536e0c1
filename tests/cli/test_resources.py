"""``itglue <resource> list|get|create|update|delete`` against the emulator over loopback HTTP."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from itglue_emulator import Emulator
from itglue_sdk._spec.index import load_spec, python_key, spec_document
from itglue_sdk.cli.render import read_attributes
from itglue_sdk.cli.resources import cli_actions
from itglue_sdk.resources.catalog import groups

from .conftest import Cli, TerminalInput, single


def records(result: Any) -> list[dict[str, Any]]:
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, list)
    return data


def first_id(cli: Cli, group: str, *args: str) -> str:
    return str(records(cli(group, "list", "--limit", "1", "--json", *args))[0]["id"])


# ---- every group ------------------------------------------------------------------------------------------------


def needs_user_session(group: str) -> bool:
    """Whether the group's top-level list takes only a user session (JWT), not the API key (spec audit R3)."""
    op = load_spec().group(group).session_only.get(("list", None))
    return op is not None and spec_document()["paths"][op.path]["get"].get("security") == [{"UserSession": []}]


def listable_with_a_key(group: str) -> bool:
    spec = load_spec().group(group)
    return not needs_user_session(group) or any(
        parent is not None for action, parent in spec.operations if action == "list"
    )


# related_items has no list route: its `list` reads one record's related items (see test_helpers).
LISTABLE = [
    name
    for name in groups()
    if "list" in cli_actions(load_spec().group(name)) and name != "related_items" and listable_with_a_key(name)
]


def list_arguments(cli: Cli, group: str) -> list[str]:
    """What a plain list of ``group`` needs: the type filter, or a parent record when it only exists nested."""
    spec = load_spec()
    if group == "flexible_assets":
        return ["--filter", f"flexible_asset_type_id={first_id(cli, 'flexible_asset_types')}"]
    if ("list", None) in spec.group(group).operations and not needs_user_session(group):
        return []
    for parent in spec.group(group).parents:
        parent_group = python_key(spec.parent_resources[parent])
        if parent_group in groups() and ("list", None) in spec.group(parent_group).operations:
            return [f"--{parent.replace('_', '-')}", first_id(cli, parent_group)]
    raise AssertionError(f"no listable parent for {group}")


def test_session_only_lists_are_not_offered_to_an_api_key(reader: Cli) -> None:
    # IT Glue answers these lists only for a user session (JWT): the API-key CLI does not offer them, and says why.
    for arguments in (("checklist_tasks", "list", "--limit", "2", "--json"), ("checklist_templates",)):
        result = reader(*arguments)
        assert result.code == 2
        assert "needs a user session (JWT)" in result.err
        assert "HTTP" not in result.err
    listing = reader("--help")
    assert "checklist_tasks" in listing.out
    assert "needs a user session" in listing.out


@pytest.mark.parametrize("group", LISTABLE)
def test_every_group_lists_as_json(reader: Cli, group: str) -> None:
    result = reader(group, "list", "--limit", "2", "--json", *list_arguments(reader, group))
    data = records(result)
    assert len(data) <= 2
    resource = load_spec().group(group).resource
    for record in data:
        assert record["type"] == resource
        assert record["id"].isdigit()
        assert set(record["attributes"]) <= set(read_attributes(load_spec().group(group)))
        assert "password" not in record["attributes"]


def test_groups_without_a_list_route_offer_no_list(reader: Cli) -> None:
    session_only = {name for name in groups() if not listable_with_a_key(name)}
    assert session_only == {"checklist_tasks", "checklist_templates"}
    unlisted = sorted(set(groups()) - set(LISTABLE) - {"related_items"} - session_only)
    assert unlisted == ["document_images"]
    for group in unlisted:
        result = reader(group, "list")
        assert result.code == 2
        assert "unknown command 'list'" in result.err


@pytest.mark.parametrize(("group", "action"), [("countries", "create"), ("users", "delete"), ("logs", "get")])
def test_only_the_actions_a_group_has(reader: Cli, group: str, action: str) -> None:
    result = reader(group, action, "1")
    assert result.code == 2
    assert f"unknown command '{action}'" in result.err
    assert result.err.count("\n") == 1


def test_group_without_action(reader: Cli) -> None:
    result = reader("organizations")
    assert result.code == 2
    assert "give an action: list, get, create" in result.err


# ---- list ------------------------------------------------------------------------------------------------------


def test_list_table_has_the_compact_columns(reader: Cli) -> None:
    result = reader("organizations", "list", "--sort", "name")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == [
        "id",
        "name",
        "short_name",
        "organization_type_name",
        "organization_status_name",
        "primary",
    ]
    assert len(lines) == 6
    names = [
        record["attributes"]["name"] for record in records(reader("organizations", "list", "--sort", "name", "--json"))
    ]
    assert [line.split("  ")[1].strip() for line in lines[1:]] == names


def test_list_table_fits_the_terminal(reader: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    result = reader("configurations", "list", "--limit", "5")
    assert result.code == 0
    lines = result.out.splitlines()
    assert all(len(line) <= 70 for line in lines)
    assert lines[0].startswith("id  ")
    wide = reader("configurations", "list", "--limit", "5", "--columns", "name,organization_name,hostname,notes")
    assert all(len(line) <= 70 for line in wide.out.splitlines())


def test_empty_list_says_so(reader: Cli) -> None:
    result = reader("organizations", "list", "--filter", "name=no such organization")
    assert result.code == 0
    assert result.out == ""
    assert result.err == "no organizations found\n"


def test_list_pages_and_limits(reader: Cli) -> None:
    everything = records(reader("configurations", "list", "--json"))
    assert len(everything) > 5
    paged = records(reader("configurations", "list", "--json", "--page-size", "2", "--limit", "5"))
    assert [r["id"] for r in paged] == [r["id"] for r in everything[:5]]
    assert records(reader("configurations", "list", "--json", "--limit", "0")) == []


def test_list_csv_has_every_read_attribute(reader: Cli) -> None:
    result = reader("organizations", "list", "--csv", "--limit", "3")
    assert result.code == 0
    rows = list(csv.reader(io.StringIO(result.out)))
    header = ["id", *(python_key(name) for name in read_attributes(load_spec().group("organizations")))]
    assert rows[0] == header
    assert len(rows) == 4
    as_json = records(reader("organizations", "list", "--json", "--limit", "3"))
    assert [row[0] for row in rows[1:]] == [record["id"] for record in as_json]
    assert rows[1][header.index("name")] == as_json[0]["attributes"]["name"]
    assert rows[1][header.index("primary")] in ("true", "false")


def test_columns_choose_what_table_and_csv_show(reader: Cli) -> None:
    table = reader("organizations", "list", "--limit", "2", "--columns", "short_name,name")
    assert table.out.splitlines()[0].split() == ["id", "short_name", "name"]
    sheet = reader("organizations", "list", "--limit", "2", "--csv", "--columns", "name")
    assert sheet.out.splitlines()[0] == "id,name"


def test_json_and_csv_exclude_each_other(reader: Cli) -> None:
    result = reader("organizations", "list", "--json", "--csv")
    assert result.code == 2
    assert "--json and --csv exclude each other" in result.err


@pytest.mark.parametrize("action", ["list", "get", "create"])
def test_unknown_columns_are_usage_errors(writer: Cli, action: str) -> None:
    org = first_id(writer, "organizations")
    args = {"list": (), "get": (org,), "create": ("--set", "name=Never made")}[action]
    result = writer("organizations", action, *args, "--columns", "name,colour")
    assert result.code == 2
    assert "unknown column 'colour' for organizations; allowed: id, name" in result.err
    assert result.err.count("\n") == 1
    assert "Never made" not in writer("organizations", "list", "--csv").out


def test_get_and_create_honour_columns(writer: Cli) -> None:
    org = first_id(writer, "organizations")
    shown = writer("organizations", "get", org, "--columns", "name,short_name")
    assert [line.split()[0] for line in shown.out.splitlines()] == ["id", "name", "short_name"]
    made = writer("organizations", "create", "--set", "name=Cols", "--columns", "name", "--csv")
    assert made.out.splitlines()[0] == "id,name"


def test_filters(reader: Cli) -> None:
    orgs = records(reader("organizations", "list", "--json", "--sort", "name"))
    first, second = orgs[0]["attributes"]["name"], orgs[1]["attributes"]["name"]
    exact = records(reader("organizations", "list", "--json", "--filter", f"name={first}"))
    assert [r["attributes"]["name"] for r in exact] == [first]
    either = records(
        reader("organizations", "list", "--json", "--filter", f"name={first}", "--filter", f"name={second}")
    )
    assert {r["attributes"]["name"] for r in either} == {first, second}
    excluded = records(reader("organizations", "list", "--json", "--filter", f"exclude:name={first}"))
    assert len(excluded) == len(orgs) - 1
    dates = sorted(r["attributes"]["expiration-date"] for r in records(reader("expirations", "list", "--json")))
    middle = dates[len(dates) // 2]
    later = records(reader("expirations", "list", "--json", "--filter", f"range:expiration_date={middle},*"))
    assert sorted(r["attributes"]["expiration-date"] for r in later) == [d for d in dates if d >= middle]
    earlier = records(reader("expirations", "list", "--json", "--filter", f"range:expiration_date=,{middle}"))
    assert sorted(r["attributes"]["expiration-date"] for r in earlier) == [d for d in dates if d <= middle]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--filter", "nme=x"), "unknown filter filter[nme] for GET /organizations; allowed: filter[id], filter[name]"),
        (("--filter", "name"), "bad --filter 'name'; use exact: key=value"),
        (("--filter", "between:id=1"), "bad --filter 'between:id=1'"),
        (("--filter", "range:id=5"), "a range is range:id=start,end"),
        (
            ("--filter", "organization_type_id=abc"),
            "filter[organization_type_id] takes integer ids (ints or digit strings), got 'abc'",
        ),
        (("--filter", "primary=yes"), "filter[primary] takes true or false, got 'yes'; allowed: true, false"),
        (("--sort", "colour"), "cannot sort by 'colour'; allowed: name, -name"),
        (("--sort", "-colour"), "cannot sort by '-colour'"),
        (("--include", "everything"), "cannot include 'everything'; allowed: adapters_resources"),
        (("--page-size", "5000"), "page size must be between 1 and 1000, got 5000"),
        (("--page-size", "many"), "'many' is not a valid integer"),
        (("--limit", "-1"), "limit must be zero or more"),
        (("--bogus",), "No such option"),
    ],
)
def test_bad_list_options_are_usage_errors(reader: Cli, args: tuple[str, ...], message: str) -> None:
    result = reader("organizations", "list", *args)
    assert result.code == 2
    assert result.out == ""
    assert message in result.err
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_sort_descending_both_spellings(reader: Cli) -> None:
    ascending = [r["id"] for r in records(reader("organizations", "list", "--json", "--sort", "name"))]
    spaced = [r["id"] for r in records(reader("organizations", "list", "--json", "--sort", "-name"))]
    joined = [r["id"] for r in records(reader("organizations", "list", "--json", "--sort=-name"))]
    assert spaced == joined == ascending[::-1]


def test_include_adds_the_side_loaded_records(reader: Cli) -> None:
    result = reader("configurations", "list", "--json", "--limit", "3", "--include", "configuration_interfaces")
    assert result.code == 0
    document = json.loads(result.out)
    assert isinstance(document, list)  # the same shape as without --include
    assert len(document) == 3
    assert any(record["included"] for record in document)
    for record in document:
        named = {ref["id"] for ref in record["relationships"]["configuration-interfaces"]["data"]}
        assert {item["id"] for item in record["included"]} == named
        assert {item["type"] for item in record["included"]} <= {"configuration-interfaces"}
    table = reader("configurations", "list", "--limit", "3", "--include", "configuration_interfaces")
    assert "included records not shown (use --json to see them)" in table.err


def test_nested_scope(reader: Cli) -> None:
    org = first_id(reader, "organizations", "--sort", "-name")
    scoped = records(reader("configurations", "list", "--json", "--organization-id", org))
    assert scoped
    assert {r["attributes"]["organization-id"] for r in scoped} == {int(org)}
    one = reader("configurations", "get", scoped[0]["id"], "--organization-id", org, "--json")
    assert single(one)["id"] == scoped[0]["id"]


def test_nested_only_groups_need_a_parent(reader: Cli) -> None:
    result = reader("document_sections", "list")
    assert result.code == 2
    assert result.err == (
        "itglue document_sections list: error: only exists within a parent record; give one of --document-id\n"
    )
    assert reader("attachments", "list", "--document-id", "1", "--configuration-id", "2").code == 2


def test_bad_parent_id(reader: Cli) -> None:
    result = reader("configurations", "list", "--organization-id", "five")
    assert result.code == 2
    assert "organization_id must be a positive integer record id, got 'five'" in result.err


def test_missing_parent_is_an_api_error(reader: Cli) -> None:
    result = reader("configurations", "list", "--organization-id", "999999")
    assert result.code == 1
    assert result.err.startswith("itglue: error: HTTP 404 on GET /organizations/999999/relationships/configurations")
    assert result.err.count("\n") == 1


def test_flexible_assets_need_their_type(reader: Cli) -> None:
    result = reader("flexible_assets", "list")
    assert result.code == 2
    assert "needs filter[flexible_asset_type_id]" in result.err
    assert "--filter flexible_asset_type_id=ID" in reader("flexible_assets", "list", "--help").out


# ---- get -------------------------------------------------------------------------------------------------------


def test_get_shows_every_attribute(reader: Cli) -> None:
    org = records(reader("organizations", "list", "--json", "--limit", "1"))[0]
    result = reader("organizations", "get", org["id"])
    assert result.code == 0
    fields = dict([*line.split(None, 1), ""][:2] for line in result.out.splitlines())
    assert fields["id"] == org["id"]
    assert fields["name"] == org["attributes"]["name"]
    assert list(fields)[1:] == [python_key(name) for name in org["attributes"]]


def test_get_as_json_and_csv(reader: Cli) -> None:
    org_id = first_id(reader, "organizations")
    document = single(reader("organizations", "get", org_id, "--json"))
    assert document["id"] == org_id
    assert document["type"] == "organizations"
    rows = list(csv.reader(io.StringIO(reader("organizations", "get", org_id, "--csv").out)))
    assert len(rows) == 2
    assert rows[1][0] == org_id


def test_get_missing_and_bad_ids(reader: Cli) -> None:
    missing = reader("organizations", "get", "999999")
    assert missing.code == 1
    assert missing.err == "itglue: error: organizations 999999 not found\n"
    for bad in ("abc", "-3", "1/../2"):
        result = reader("organizations", "get", bad)
        assert result.code == 2, bad
        assert result.err.count("\n") == 1


# ---- passwords -------------------------------------------------------------------------------------------------


@pytest.fixture
def password(shared_emu: Emulator) -> tuple[str, str]:
    """A password's id and its value, read straight from the emulator."""
    with httpx.Client(base_url=shared_emu.base_url, headers={"x-api-key": shared_emu.api_key}) as http:
        record = http.get("/passwords", params={"page[size]": 1}).json()["data"][0]
        value = http.get(f"/passwords/{record['id']}").json()["data"]["attributes"]["password"]
    assert value
    return record["id"], value


def test_password_values_stay_hidden_unless_asked(reader: Cli, password: tuple[str, str]) -> None:
    password_id, value = password
    for args in (
        ("passwords", "list"),
        ("passwords", "list", "--json"),
        ("passwords", "list", "--csv"),
        ("passwords", "get", password_id),
        ("passwords", "get", password_id, "--json"),
        ("passwords", "get", password_id, "--csv"),
    ):
        result = reader(*args)
        assert result.code == 0, args
        assert value not in result.out, args
        assert value not in result.err, args
    document = single(reader("passwords", "get", password_id, "--json"))
    assert "password" not in document["attributes"]
    assert "password" not in reader("passwords", "list", "--csv").out.splitlines()[0].split(",")


def test_show_password(reader: Cli, password: tuple[str, str]) -> None:
    password_id, value = password
    table = reader("passwords", "get", password_id, "--show-password")
    assert f"password                   {value}\n" in table.out
    assert (
        single(reader("passwords", "get", password_id, "--show-password", "--json"))["attributes"]["password"] == value
    )
    rows = list(csv.reader(io.StringIO(reader("passwords", "get", password_id, "--show-password", "--csv").out)))
    assert rows[1][rows[0].index("password")] == value
    listed = reader("passwords", "list", "--show-password", "--limit", "2")
    assert listed.code == 0
    assert "IT Glue's password index never carries the values" in listed.err


def test_show_password_only_where_the_spec_has_it(reader: Cli) -> None:
    result = reader("organizations", "list", "--show-password")
    assert result.code == 2
    assert "No such option" in result.err
    assert "--show-password" in result.err


def test_key_without_password_access_gets_no_value(
    reader: Cli, shared_emu: Emulator, password: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITGLUE_API_KEY", shared_emu.key_without_password_access())
    result = reader("passwords", "get", password[0], "--show-password", "--json")
    assert result.code == 1
    assert result.out == ""
    assert "the API key has no Password Access" in result.err
    assert result.err.count("\n") == 1


def test_password_from_stdin(writer: Cli) -> None:
    org = first_id(writer, "organizations")
    result = writer(
        "passwords", "create", "--set", f"organization_id={org}", "--set", "name=Script", "--password-stdin",
        "--json", stdin="From-Stdin-42\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "From-Stdin-42" not in result.out
    shown = writer("passwords", "get", single(result)["id"], "--show-password", "--json")
    assert single(shown)["attributes"]["password"] == "From-Stdin-42"


# ---- writes ----------------------------------------------------------------------------------------------------


def test_create_update_delete(writer: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    type_id = first_id(writer, "organization_types")
    created = writer(
        "organizations", "create", "--set", "name=Acme", "--set", f"organization_type_id={type_id}", "--json"
    )
    assert created.code == 0, created.err
    record = single(created)
    assert record["attributes"]["name"] == "Acme"
    assert record["attributes"]["organization-type-id"] == int(type_id)  # typed from the spec, not text
    updated = writer("organizations", "update", record["id"], "--set", "short-name=ACM", "--set", "alert=null")
    assert updated.code == 0, updated.err
    assert "short_name                ACM\n" in updated.out
    refused = writer("organizations", "delete", record["id"], stdin="")
    assert refused.code == 2
    assert "confirm with --yes" in refused.err
    declined = writer("organizations", "delete", record["id"], stdin=TerminalInput("n\n"))
    assert declined.code == 1
    assert "Delete organizations" in declined.err
    deleted = writer("organizations", "delete", record["id"], stdin=TerminalInput("y\n"))
    assert deleted.code == 0, deleted.err
    assert f"deleted organizations {record['id']}" in deleted.err
    assert writer("organizations", "get", record["id"]).code == 1


def test_create_from_json_inputs(writer: Cli, tmp_path: Path) -> None:
    body = tmp_path / "org.json"
    body.write_text(json.dumps({"name": "From file", "quick_notes": "file"}))
    result = writer(
        "organizations", "create", "--data-file", str(body), "--data", '{"quick-notes": "inline"}',
        "--set", 'description:="typed as JSON"', "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    attributes = single(result)["attributes"]
    assert (attributes["name"], attributes["quick-notes"], attributes["description"]) == (
        "From file",
        "inline",
        "typed as JSON",
    )
    piped = writer(
        "organizations", "create", "--data-file", "-", "--json", stdin='{"data": {"attributes": {"name": "Piped"}}}'
    )
    assert single(piped)["attributes"]["name"] == "Piped"


def test_nested_create_and_delete_through_the_bulk_route(writer: Cli) -> None:
    org = first_id(writer, "organizations")
    created = writer("locations", "create", "--organization-id", org, "--set", "name=Depot", "--json")
    assert created.code == 0, created.err
    location = single(created)
    assert location["attributes"]["organization-id"] == int(org)
    # configurations have no member DELETE: one id goes through the bulk route.
    config = first_id(writer, "configurations")
    assert writer("configurations", "delete", config, "--yes", "--json").code == 0
    assert writer("configurations", "get", config).code == 1


def test_delete_as_json(writer: Cli) -> None:
    location = first_id(writer, "locations")
    result = writer("locations", "delete", location, "--yes", "--json")
    assert result.code == 0, result.err
    assert single(result) == {"type": "locations", "id": location, "deleted": True}


def test_password_create_with_a_prompted_value(writer: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    secret = "Correct-Horse-Battery-9"
    monkeypatch.setattr(getpass, "getpass", lambda prompt: secret)
    org = first_id(writer, "organizations")
    result = writer(
        "passwords", "create", "--set", f"organization_id={org}", "--set", "name=Router", "--prompt-password"
    )
    assert result.code == 0, result.err
    assert secret not in result.out + result.err
    password_id = result.out.splitlines()[0].split()[1]
    shown = writer("passwords", "get", password_id, "--show-password", "--json")
    assert single(shown)["attributes"]["password"] == secret


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("create",), 2, "no attributes; give --set key=value, --data or --data-file"),
        (("create", "--set", "nam=x"), 2, "organizations has no writable attribute 'nam'; allowed: name"),
        (("create", "--set", "name"), 2, "bad --set 'name'"),
        (("create", "--set", "name:={oops"), 2, "--set name:= takes JSON"),
        (("create", "--data", "[1]"), 2, "--data must be a JSON object of attributes"),
        (("create", "--data", "{"), 2, "--data is not valid JSON"),
        (("create", "--data-file", "/nonexistent/x.json"), 2, "cannot read --data-file /nonexistent/x.json"),
        (("create", "--set", "name=x", "--set", "organization_type_id=five"), 1, "HTTP 422 on POST /organizations"),
        (("update", "999999", "--set", "name=x"), 1, "HTTP 404 on PATCH /organizations/999999"),
        (("delete", "999999", "--yes"), 1, "HTTP 404"),
    ],
)
def test_bad_writes(writer: Cli, args: tuple[str, ...], code: int, message: str) -> None:
    result = writer("organizations", *args)
    assert result.code == code, result.err
    assert message in result.err
    assert result.err.count("\n") == 1
