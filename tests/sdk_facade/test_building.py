"""Pure logic of the facade: query building and checks, key mapping, trait merging, secrets, file safety."""

from __future__ import annotations

import asyncio
import base64
import json
import pickle
import subprocess
import sys
import typing
from pathlib import Path

import httpx
import pytest

from itglue_api import models
from itglue_api.models import FlexibleAssetTraits, FlexibleAssetWriteAttributes, OrganizationWriteAttributes
from itglue_sdk import types as sdk_types
from itglue_sdk._exceptions import (
    InsecureURLError,
    InvalidParameterError,
    ITGlueError,
    NotFoundError,
    RequestTooLargeError,
    UnsupportedOperationError,
)
from itglue_sdk._http.requester import AsyncHttpxRequester, Call, Download, HttpxRequester, Plan, arun, run
from itglue_sdk._spec.index import load_spec
from itglue_sdk._spec.payloads import encode, record_id, write_attributes, write_relationships
from itglue_sdk._spec.query import Range, list_query, page_query
from itglue_sdk.resources import attachments, documents, entries, flexible_assets, passwords, related_items
from itglue_sdk.resources._groups import Groups
from itglue_sdk.resources.attachments import FILE_CONTENT, MAX_REQUEST_BYTES, safe_file_name, with_file
from itglue_sdk.resources.catalog import ResourceCatalog, groups
from itglue_sdk.resources.flexible_assets import merge_traits
from itglue_sdk.resources.related_items import destination_type
from itglue_sdk.resources.service import ReadOnlyResourceService, ResourceCalls, ResourceDef, Scope
from itglue_sdk.secret import Secret


def op(group: str, action: str = "list", parent: str | None = None):  # type: ignore[no-untyped-def]
    return load_spec().group(group).operations[(action, parent)]  # type: ignore[index]


class NoRequests:
    """A requester that fails the test if anything is sent."""

    def request(self, *args: object, **kwargs: object) -> typing.NoReturn:
        raise AssertionError("a request was sent")

    def stream(self, url: str) -> typing.NoReturn:
        raise AssertionError("a request was sent")


# --------------------------------------------------------------------------------------------- filters


def test_filters_in_the_apis_vocabulary() -> None:
    query = list_query(
        op("organizations"),
        filter={
            "organization-type-id": 5,
            "name": ["Acme", "Kub, Reynolds"],
            "primary": True,
            "exclude": {"name": "x"},
            "range": {"my_glue_account_id": (2, None)},
        },
        sort="-updated-at",
        include=["attachments", "rmm-companies"],
    )
    assert query == [
        ("filter[organization_type_id]", "5"),
        ("filter[name]", "Acme,Kub\\, Reynolds"),
        ("filter[primary]", "true"),
        ("filter[exclude][name]", "x"),
        ("filter[range][my_glue_account_id]", "2,*"),
        ("sort", "-updated_at"),
        ("include", "attachments,rmm_companies"),
    ]


def test_null_and_range_values() -> None:
    assert list_query(op("documents"), filter={"document_folder_id": None}) == [("filter[document_folder_id]", "null")]
    assert Range(None, "2024-01-31").to_query() == "*,2024-01-31"
    orgs = list_query(op("organizations"), filter={"created_at": Range("2024-01-01", None)})
    assert orgs == [("filter[created_at]", "2024-01-01,*")]
    logs = list_query(op("logs"), filter={"range": {"created_at": Range("2024-01-01", None)}})
    assert logs == [("filter[range][created_at]", "2024-01-01,*")]


def test_unknown_filter_names_the_allowed_ones() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        list_query(op("organizations"), filter={"nmae": "x"})
    assert caught.value.parameter == "filter[nmae]"
    assert "filter[name]" in caught.value.allowed
    assert "filter[organization_type_id]" in str(caught.value)
    with pytest.raises(InvalidParameterError, match=r"filter\[exclude\]\[name\]"):
        list_query(op("organizations"), filter={"exclude": {"primary": True}})


@pytest.mark.parametrize(
    "filters",
    [
        {"organization_type_id": 5},
        {"organization_type_id": "5"},
        {"organization_type_id": [1, "2"], "id": (3, 4)},
        {"organization_type_id": None},
        {"exclude": {"organization_type_id": "7"}},
        {"range": {"my_glue_account_id": (2, None)}},
        {"range": {"my_glue_account_id": Range("2", "*")}},
        {"primary": True},
        {"primary": "false"},
        {"primary": ["true", False]},
        {"name": "abc", "created_at": "2024-01-01"},
    ],
)
def test_filter_values_that_fit_the_attribute(filters: dict[str, object]) -> None:
    assert list_query(op("organizations"), filter=filters)


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"organization_type_id": "abc"}, r"filter\[organization_type_id\] takes integer ids .*got 'abc'"),
        ({"id": "1a"}, r"filter\[id\] takes integer ids"),
        ({"organization_type_id": True}, "got True"),
        ({"organization_type_id": 2.5}, "got 2.5"),
        ({"organization_type_id": [1, "x"]}, "got 'x'"),
        ({"exclude": {"organization_type_id": "abc"}}, r"filter\[exclude\]\[organization_type_id\]"),
        ({"range": {"my_glue_account_id": ("a", None)}}, r"filter\[range\]\[my_glue_account_id\]"),
        ({"primary": "yes"}, r"filter\[primary\] takes true or false, got 'yes'"),
        ({"primary": 1}, "got 1"),
    ],
)
def test_filter_values_that_do_not_fit_are_refused(filters: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidParameterError, match=message):
        list_query(op("organizations"), filter=filters)
    with pytest.raises(InvalidParameterError, match=message):  # before anything is sent
        ResourceCatalog(NoRequests()).organizations.list(filter=filters)


def test_filter_value_kinds_come_from_the_read_schema() -> None:
    filters = op("configurations").filters
    assert filters[("exact", "id")].kind == "integer"
    assert filters[("exact", "organization_id")].kind == "integer"
    assert filters[("exact", "archived")].kind == "boolean"
    assert filters[("exact", "name")].kind is None
    assert filters[("exact", "psa_id")].kind is None  # no attribute of its own: not checked
    assert op("organizations").filters[("exact", "created_at")].kind == "date"


def test_filter_enum_values_are_checked() -> None:
    list_query(op("organizations"), filter={"psa_integration_type": "manage"})
    with pytest.raises(InvalidParameterError, match="autotask"):
        list_query(op("organizations"), filter={"psa_integration_type": "connectwise"})


def test_nested_routes_take_no_filters() -> None:
    with pytest.raises(InvalidParameterError, match="cannot be filtered"):
        list_query(op("configurations", "list", "organization_id"), filter={"name": "x"})


def test_range_needs_two_bounds_and_values_must_be_scalars() -> None:
    with pytest.raises(InvalidParameterError, match="pair"):
        list_query(op("organizations"), filter={"range": {"my_glue_account_id": 3}})
    with pytest.raises(InvalidParameterError, match="not dict"):
        list_query(op("organizations"), filter={"name": {"a": 1}})


def test_sort_and_include_are_checked() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        list_query(op("organizations"), sort="colour")
    assert "-name" in caught.value.allowed
    with pytest.raises(InvalidParameterError) as included:
        list_query(op("organizations"), include="passwords")
    assert included.value.allowed == ("adapters_resources", "attachments", "rmm_companies")


def test_required_filter_is_enforced() -> None:
    with pytest.raises(InvalidParameterError, match=r"filter\[flexible_asset_type_id\]"):
        list_query(op("flexible_assets"))
    assert list_query(op("flexible_assets"), filter={"flexible_asset_type_id": 3})


def test_page_size_bounds() -> None:
    assert page_query(1000, 2) == [("page[size]", "1000"), ("page[number]", "2")]
    with pytest.raises(InvalidParameterError):
        page_query(1001, 1)


def test_validation_happens_before_any_request() -> None:
    catalog = ResourceCatalog(NoRequests())
    with pytest.raises(InvalidParameterError):
        catalog.organizations.list(filter={"bogus": 1})
    with pytest.raises(InvalidParameterError):
        catalog.organizations.list(page_size=0)
    with pytest.raises(InvalidParameterError):
        catalog.organizations.list(limit=-1)
    with pytest.raises(InvalidParameterError):
        catalog.organizations.get("../passwords")
    with pytest.raises(InvalidParameterError):
        catalog.organizations.create({"colour": "red"})


# --------------------------------------------------------------------------------------------- operations


def test_missing_operations_raise_clear_errors() -> None:
    catalog = ResourceCatalog(NoRequests())
    with pytest.raises(UnsupportedOperationError) as caught:
        catalog.countries.create({})
    assert caught.value.available == ("list", "get")
    assert isinstance(caught.value, ITGlueError)
    with pytest.raises(UnsupportedOperationError, match=r"within\(checklist_id=\.\.\.\)"):
        catalog.attachments.list()
    scoped = catalog.configurations.within(organization_id=5)
    with pytest.raises(UnsupportedOperationError, match=r"at top level: .*bulk_update"):
        scoped.bulk_update({1: {"name": "x"}})


def test_within_checks_the_parent() -> None:
    catalog = ResourceCatalog(NoRequests())
    assert catalog.configurations.within(organization_id=5).scope == Scope("organization_id", "5")
    assert catalog.configurations.within(organization_id=5).actions[0] == "list"
    with pytest.raises(InvalidParameterError, match="organization_id"):
        catalog.configurations.within(contact_id=5)
    with pytest.raises(InvalidParameterError):
        catalog.configurations.within(organization_id=5, contact_id=2)
    with pytest.raises(InvalidParameterError, match="no nested routes"):
        catalog.users.within(organization_id=5)


def test_delete_falls_back_to_the_bulk_route() -> None:
    calls = ResourceCalls(ResourceDef.load("organizations"), Scope())
    call = calls.delete(7)
    assert (call.method, call.path) == ("DELETE", "/organizations")
    assert json.loads(call.body or b"") == {"data": [{"type": "organizations", "attributes": {"id": "7"}}]}
    member = ResourceCalls(ResourceDef.load("passwords"), Scope()).delete(7)
    assert (member.method, member.path, member.body) == ("DELETE", "/passwords/7", None)


def test_nested_paths_and_bulk_bodies() -> None:
    calls = ResourceCalls(ResourceDef.load("configurations"), Scope("organization_id", "5"))
    assert calls.find(9).path == "/organizations/5/relationships/configurations/9"
    top = ResourceCalls(ResourceDef.load("configurations"), Scope())
    body = json.loads(top.bulk_update({3: {"name": "a"}, "4": {"serial-number": "S"}}).body or b"")
    assert body == {
        "data": [
            {"type": "configurations", "attributes": {"name": "a", "id": "3"}},
            {"type": "configurations", "attributes": {"serial-number": "S", "id": "4"}},
        ]
    }


# --------------------------------------------------------------------------------------------- catalog


def test_catalog_covers_every_group_with_the_spec_model() -> None:
    spec = load_spec()
    assert groups() == tuple(sorted(spec.groups))
    assert len(groups()) == 38
    namespace = dict(vars(entries)) | vars(models) | vars(sdk_types)
    for module in (attachments, documents, flexible_assets, passwords, related_items):
        namespace |= vars(module)
    hints = typing.get_type_hints(Groups, namespace)
    for name in groups():
        sync_service = typing.get_args(hints[name])[0]
        args = typing.get_args(sync_service)
        if args:  # generic row: ResourceService[Model, Write], or ReadOnlyResourceService[Model]
            group = spec.group(name)
            assert args[0].__name__ == group.model_name, name
            writes = {action for action, _ in group.operations} - {"list", "get"}
            read_only = typing.get_origin(sync_service) is ReadOnlyResourceService
            assert read_only == (not writes), name
            suffixes = ("Filters", "Sort", "Include")
            if not read_only:
                assert args[1] is getattr(models, f"{group.model_name}WriteAttributes"), name
                args, suffixes = args[1:], ("CreateParams", "UpdateParams", *suffixes)
            assert args[1:] == tuple(getattr(sdk_types, f"{group.model_name}{suffix}") for suffix in suffixes), name


def test_services_are_built_once_per_catalog() -> None:
    catalog = ResourceCatalog(NoRequests())
    assert catalog.organizations is catalog.organizations
    assert "organizations at top level" in repr(catalog.organizations)


# --------------------------------------------------------------------------------------------- write inputs


def test_write_attributes_accept_snake_kebab_or_models() -> None:
    group = load_spec().group("organizations")
    assert write_attributes(group, {"organization_type_id": 1, "short-name": "A"}) == {
        "organization-type-id": 1,
        "short-name": "A",
    }
    model = OrganizationWriteAttributes(name="Acme", organization_type_id=2)
    assert write_attributes(group, model) == {"name": "Acme", "organization-type-id": 2}
    with pytest.raises(InvalidParameterError) as caught:
        write_attributes(group, {"colour": "red"})
    assert "organization_type_id" in caught.value.allowed


def test_nested_values_keep_their_keys_and_secrets_are_revealed_only_in_the_body() -> None:
    assets = load_spec().group("flexible_assets")
    traits = FlexibleAssetTraits.from_dict({"admin-password": "x"})
    assert write_attributes(assets, FlexibleAssetWriteAttributes(traits=traits)) == {"traits": {"admin-password": "x"}}
    assert write_attributes(assets, {"traits": {"name_key": 1}}) == {"traits": {"name_key": 1}}
    passwords = load_spec().group("passwords")
    body = encode({"data": write_attributes(passwords, {"password": Secret("hunter2"), "name": "Zoë"})})
    assert b'"password":"hunter2"' in body
    assert "Zoë".encode() in body


def test_record_ids() -> None:
    assert record_id(5) == "5"
    assert record_id("12") == "12"
    for bad in ("1/2", "-1", "", "٣", True):
        with pytest.raises(InvalidParameterError):
            record_id(bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------- traits


def test_merge_keeps_other_traits_and_converts_tags_to_ids() -> None:
    current = {
        "name": "Backup",
        "servers": {"type": "Configurations", "values": [{"id": 3, "name": "a"}, {"id": "4", "name": "b"}]},
        "champion": {"type": "Contacts", "values": []},
        "runbook": {"url": "https://x/file.pdf", "name": "file.pdf"},
    }

    class Contact:
        id = "9"

        def to_dict(self) -> dict[str, str]:
            return {}

    merged = merge_traits(current, {"champion": [Contact(), 11], "notes": None})
    assert merged == {
        "name": "Backup",
        "servers": [3, 4],
        "champion": [9, 11],
        "runbook": {"url": "https://x/file.pdf", "name": "file.pdf"},
        "notes": None,
    }


# --------------------------------------------------------------------------------------------- secrets


def test_secret_hides_its_value() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in repr(secret)
    assert "hunter2" not in str(secret)
    assert "hunter2" not in f"{secret} {secret!r} {secret:>20}"
    assert "hunter2" not in repr([secret, {"p": secret}])
    assert secret.reveal() == "hunter2"
    assert secret == Secret("hunter2")
    assert secret != Secret("other")
    assert not hasattr(secret, "__dict__")
    with pytest.raises(TypeError):
        pickle.dumps(secret)


# --------------------------------------------------------------------------------------------- files


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("/abs/path.txt", "path.txt"),
        ("..", "fallback"),
        ("", "fallback"),
        (None, "fallback"),
        (".hidden", "hidden"),
        ("a\x00b\nc.txt", "a_b_c.txt"),
        ("con:stream", "con_stream"),
    ],
)
def test_safe_file_name(name: str | None, expected: str) -> None:
    assert safe_file_name(name, fallback="fallback") == expected


def test_too_large_files_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:  # sparse: 8 MB whose base64 alone exceeds 10 MB
        handle.truncate(8 * 1024 * 1024)
    upload = Call("POST", "/configurations/1/relationships/attachments", lambda r: None, body=FILE_CONTENT.encode())
    with pytest.raises(RequestTooLargeError) as caught:
        with_file(upload, big)
    assert caught.value.status_code == 413
    assert "big.bin" in str(caught.value)


def test_the_exact_body_size_is_checked(tmp_path: Path) -> None:
    file = tmp_path / "edge.bin"
    file.write_bytes(b"xyz")  # 4 characters of base64
    envelope = b"{" * (MAX_REQUEST_BYTES - 4 - 1)
    fits = Call("POST", "/x", lambda r: None, body=envelope + FILE_CONTENT.encode() + b"}")
    assert with_file(fits, file).body == envelope + b"eHl6}"
    with pytest.raises(RequestTooLargeError):
        with_file(Call("POST", "/x", lambda r: None, body=b"{" + envelope + FILE_CONTENT.encode() + b"}"), file)


def test_a_file_is_encoded_in_chunks_into_the_body(tmp_path: Path) -> None:
    file = tmp_path / "photo.bin"
    data = bytes(range(256)) * 50_000  # 12.8 MB would not fit; take 7 MB, over two chunks
    file.write_bytes(data[: 7 * 1024 * 1024 + 1])
    call = Call("POST", "/x", lambda r: None, body=b'{"content":"' + FILE_CONTENT.encode() + b'"}')
    body = with_file(call, file).body
    assert body == b'{"content":"' + base64.b64encode(file.read_bytes()) + b'"}'
    with pytest.raises(ValueError, match="FILE_CONTENT"):
        with_file(Call("POST", "/x", lambda r: None, body=b"{}"), file)


def test_destination_types() -> None:
    assert destination_type("flexible-assets") == "Flexible Asset"
    assert destination_type("ssl_certificates") == "SSL Certificate"
    assert destination_type("passwords") == "Password"
    with pytest.raises(InvalidParameterError):
        destination_type("organization-types")


# --------------------------------------------------------------------------------------------- file transport


def fetch(url: str, destination: Path) -> Plan[Path]:
    written: Path = yield Download(url, destination)
    return written


def _file_clients(seen: list[httpx.Request]) -> tuple[httpx.Client, httpx.Client]:
    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"location": "https://files.example.net/a/b.bin?sig=1"})

    def storage(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"payload")

    api_client = httpx.Client(
        base_url="https://api.itglue.com", headers={"x-api-key": "k"}, transport=httpx.MockTransport(api)
    )
    return api_client, httpx.Client(transport=httpx.MockTransport(storage))


def test_downloads_never_carry_the_key_off_the_api_host(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    api_client, file_client = _file_clients(seen)
    requester = HttpxRequester(api_client, file_client=file_client)
    written = run(requester, fetch("https://api.itglue.com/attachments/1/download", tmp_path / "b.bin"))
    assert written.read_bytes() == b"payload"
    assert [r.url.host for r in seen] == ["api.itglue.com", "files.example.net"]
    assert seen[0].headers["x-api-key"] == "k"
    assert "x-api-key" not in seen[1].headers
    with pytest.raises(InsecureURLError):
        run(requester, fetch("http://files.example.net/x", tmp_path / "x"))
    requester.close()
    assert not file_client.is_closed  # the caller's client stays open


def test_async_downloads_follow_the_same_rules(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    async def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"location": "https://files.example.net/f"})

    async def storage(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"async payload")

    async def main() -> Path:
        api_client = httpx.AsyncClient(
            base_url="https://api.itglue.com", headers={"x-api-key": "k"}, transport=httpx.MockTransport(api)
        )
        file_client = httpx.AsyncClient(transport=httpx.MockTransport(storage))
        async with api_client, file_client:
            requester = AsyncHttpxRequester(api_client, file_client=file_client)
            return await arun(requester, fetch("/attachments/1/download", tmp_path / "f"))

    assert asyncio.run(main()).read_bytes() == b"async payload"
    assert "x-api-key" not in seen[1].headers


def test_failed_download_leaves_no_partial_file(tmp_path: Path) -> None:
    client = httpx.Client(
        base_url="https://api.itglue.com", transport=httpx.MockTransport(lambda r: httpx.Response(404, text="<html>"))
    )
    with pytest.raises(NotFoundError):
        run(HttpxRequester(client), fetch("/f", tmp_path / "f"))
    assert list(tmp_path.iterdir()) == []


def test_write_relationships_accept_lists_or_the_generated_model() -> None:
    spec = load_spec()
    group = spec.group("flexible_asset_types")
    assert group.write_relationships == {"flexible-asset-fields": "flexible_asset_fields"}
    assert spec.group("configurations").write_relationships == {"configuration-interfaces": "configuration_interfaces"}
    field = models.FlexibleAssetFieldWriteAttributes(name="Name", kind="Text", use_for_title=True)
    wire = {
        "flexible-asset-fields": {
            "data": [
                {
                    "type": "flexible-asset-fields",
                    "attributes": {"name": "Name", "kind": "Text", "use-for-title": True},
                },
                {"type": "flexible-asset-fields", "attributes": {"name": "Notes", "show-in-list": True}},
            ]
        }
    }
    given = {"flexible_asset_fields": [field, {"name": "Notes", "show_in_list": True}]}
    assert write_relationships(group, given, spec) == wire
    typed = models.FlexibleAssetTypeWriteRelationships(
        flexible_asset_fields=models.FlexibleAssetFieldWriteList(
            data=[models.FlexibleAssetFieldWrite(type_="flexible-asset-fields", attributes=field)]
        )
    )
    assert write_relationships(group, typed, spec) == {
        "flexible-asset-fields": {"data": [wire["flexible-asset-fields"]["data"][0]]}
    }
    calls = ResourceCalls(ResourceDef.load("flexible_asset_types"), Scope())
    body = json.loads(calls.create([{"name": "T"}], relationships=given).body or b"")
    assert body["data"]["relationships"] == wire
    with pytest.raises(InvalidParameterError, match="one new record"):
        calls.create([{"name": "A"}, {"name": "B"}], relationships=given)


def test_package_exports_stay_light() -> None:
    names = "BatchProgress, BatchResult, ErrorDetail, ItemResult, MemoryLookupCache, Range, Shown, LookupCache"
    names += ", Unset, UNSET, is_set, NotFoundError"
    code = (
        "import sys, itglue_sdk\n"
        f"from itglue_sdk import {names}\n"
        "assert 'itglue_api.models' not in sys.modules, 'import itglue_sdk loads the generated models'\n"
        "from itglue_sdk import PasswordRecord, Organization, OrganizationFilters, OrganizationCreateParams\n"
        "from itglue_sdk.resources.passwords import PasswordRecord as Expected\n"
        "from itglue_api.models import Organization as Generated\n"
        "assert PasswordRecord is Expected and Organization is Generated\n"
        "assert OrganizationCreateParams.__required_keys__ == {'name'}\n"
        f"assert {{*'{names}'.split(', ')}} <= set(itglue_sdk.__all__)\n"
        "try:\n"
        "    from itglue_sdk import Organisation\n"
        "except ImportError as error:\n"
        "    assert 'Organisation' in str(error)\n"
        "else:\n"
        "    raise AssertionError('a misspelt name imported')\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr


# --------------------------------------------------------------------------------------------- request URLs

_URL_BASES = ["http://127.0.0.1:8080", "https://api.itglue.com/", "https://api.eu.itglue.com/v1", "http://[::1]:9/a/b/"]
_URL_PATHS = [
    "/organizations/5",
    "/organizations/5/relationships/configurations/12",
    "/configurations/7/relationships/attachments",
    "/flexible_assets/a%2Fb",  # an escaped parent id
    "/organizations/",  # an empty last segment
    "/a/./b/../c",  # dot segments, which httpx removes
    "/caf\u00e9 x",  # characters httpx quotes
    "organizations/5",  # no leading slash
    "//evil.example/organizations",  # a network-path reference: httpx's own reading of it stands
]


@pytest.mark.parametrize("base_url", _URL_BASES)
def test_the_requester_sends_the_url_httpx_would_join(base_url: str) -> None:
    sent: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(200, json={"data": []})

    client = httpx.Client(base_url=base_url, transport=httpx.MockTransport(answer))
    requester = HttpxRequester(client)
    for params in [(), [("page[size]", "5"), ("filter[name]", "a b&c")]]:
        for path in _URL_PATHS:
            requester.request("GET", path, params=params)
            expected = client.build_request("GET", path, params=list(params) or None).url
            assert str(sent[-1]) == str(expected), path
            assert (sent[-1].raw_path, sent[-1].host, sent[-1].port) == (
                expected.raw_path,
                expected.host,
                expected.port,
            )
    client.base_url = "https://other.example/api"  # a base URL changed after the requester was made is followed
    requester.request("GET", "/organizations/5")
    assert str(sent[-1]) == "https://other.example/api/organizations/5"


def test_the_async_requester_sends_the_url_httpx_would_join() -> None:
    sent: list[httpx.URL] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(200, json={"data": []})

    async def main() -> None:
        async with httpx.AsyncClient(
            base_url="https://api.itglue.com/v1", transport=httpx.MockTransport(answer)
        ) as client:
            requester = AsyncHttpxRequester(client)
            await requester.request("GET", "/organizations/5")
            await requester.request("GET", "/organizations", params=[("page[number]", "2")])

    asyncio.run(main())
    assert [str(url) for url in sent] == [
        "https://api.itglue.com/v1/organizations/5",
        "https://api.itglue.com/v1/organizations?page%5Bnumber%5D=2",
    ]


def test_paths_are_formatted_for_the_scope_and_checked_ids() -> None:
    top = ResourceCalls(ResourceDef.load("configurations"), Scope())
    nested = ResourceCalls(ResourceDef.load("configurations"), Scope("organization_id", "42"))
    get, nested_get = top.operation("get"), nested.operation("get")
    for _ in range(2):  # the second time from the formatted parts kept per path
        assert top.path(get, 7) == "/configurations/7"
        assert nested.path(nested_get, "8") == "/organizations/42/relationships/configurations/8"
        assert nested.path(nested.operation("list")) == "/organizations/42/relationships/configurations"
    with pytest.raises(InvalidParameterError):
        top.path(get, "7/../../admin")
    with pytest.raises(InvalidParameterError):  # an id is checked even where the path has no place for it
        nested.path(nested.operation("list"), "x")
