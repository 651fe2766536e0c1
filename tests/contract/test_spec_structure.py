"""Structural checks over spec/itglue.openapi.yaml and what the generator made of it."""

from __future__ import annotations

import importlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import itglue_api.models

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "post", "patch", "put", "delete")
READ_ERRORS = {"401", "403", "404", "422", "429", "500", "502", "503", "504"}
WRITE_ERRORS = READ_ERRORS | {"413", "415"}


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "itglue.openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op) for path, item in spec()["paths"].items() for method, op in item.items() if method in METHODS
    ]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def params_of(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in (resolve(raw) for raw in op.get("parameters", []))}


OPERATION_IDS = [f"{m.upper()} {p}" for m, p, _ in operations()]


def test_spec_is_the_committed_json_copy() -> None:
    packaged = json.loads((ROOT / "generated" / "itglue_api" / "openapi.json").read_text(encoding="utf-8"))
    assert packaged == spec()


def test_operation_ids_are_unique_and_tagged() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    declared_tags = {tag["name"] for tag in spec()["tags"]}
    for method, path, op in operations():
        assert len(op["tags"]) == 1, f"{method} {path}"
        assert op["tags"][0] in declared_tags, f"{method} {path}"


@pytest.mark.parametrize(("method", "path", "op"), operations(), ids=OPERATION_IDS)
def test_operation_contract(method: str, path: str, op: dict[str, Any]) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"])
    action = op["x-itglue-action"]
    assert action in {"list", "get", "create", "update", "delete", "bulk_update", "bulk_delete", "publish"}
    successes = [code for code in op["responses"] if code.startswith("2")]
    assert len(successes) == 1
    success = op["responses"][successes[0]]
    if action == "delete":
        assert successes == ["204"]
        assert "content" not in success
    else:
        schema_ref = success["content"]["application/vnd.api+json"]["schema"]["$ref"]
        data = resolve({"$ref": schema_ref})["properties"]["data"]
        record_refs = set(re.findall(r"'\$ref': '([^']+)'", str(data)))
        assert record_refs, f"{method} {path}"
        for record_ref in record_refs:
            record = resolve({"$ref": record_ref})
            type_enum = resolve(record["properties"]["type"])["enum"]
            assert type_enum == [op["x-itglue-resource"]], f"{method} {path}"
    expected_errors = WRITE_ERRORS if method in {"post", "patch", "put"} and "requestBody" in op else READ_ERRORS
    assert expected_errors <= set(op["responses"]), f"{method} {path} misses {expected_errors - set(op['responses'])}"
    for name, param in params_of(op).items():
        if param["in"] == "path":
            assert f"{{{name}}}" in path
    parent = op.get("x-itglue-parent")
    if parent:
        assert f"{{{parent['param']}}}" in path
        assert parent["resource"].replace("-", "_") == path.split("/")[1]


LIST_OPERATIONS = [o for o in operations() if o[2]["x-itglue-action"] == "list"]


@pytest.mark.parametrize(("method", "path", "op"), LIST_OPERATIONS, ids=[f"GET {p}" for _, p, _ in LIST_OPERATIONS])
def test_list_operations_page_sort_and_include(method: str, path: str, op: dict[str, Any]) -> None:
    params = params_of(op)
    assert params["page[size]"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 1000}
    assert params["page[number]"]["schema"]["minimum"] == 1
    if "sort" in params:
        values = set(resolve(params["sort"]["schema"])["enum"])
        assert values, path
        assert {v for v in values if not v.startswith("-")} == {v[1:] for v in values if v.startswith("-")}
    if "include" in params:
        include = params["include"]
        pattern = re.compile(include["schema"]["pattern"])
        names = include["x-itglue-includes"]
        assert pattern.fullmatch(",".join(names))
        assert not pattern.fullmatch("no_such_include")
    for name in params:
        if name.startswith("filter["):
            assert re.fullmatch(r"filter(\[(exclude|range)\])?\[[a-z_]+\]", name), name


def test_password_routes_carry_show_password_and_version() -> None:
    show = spec()["paths"]["/passwords/{id}"]["get"]
    params = params_of(show)
    assert params["show_password"]["schema"] == {"type": "boolean"}
    assert params["version_id"]["schema"] == {"type": "integer"}


def test_every_schema_has_a_generated_model() -> None:
    exported = set(itglue_api.models.__all__)
    unions = {
        name for name, schema in spec()["components"]["schemas"].items() if "oneOf" in schema or "anyOf" in schema
    }
    missing = [name for name in spec()["components"]["schemas"] if name not in exported and name not in unions]
    assert not missing, f"the generator dropped: {missing}"
    assert unions == {"IncludedResource", "WireId"}


@pytest.mark.parametrize(("method", "path", "op"), operations(), ids=OPERATION_IDS)
def test_every_operation_has_a_generated_module(method: str, path: str, op: dict[str, Any]) -> None:
    module = importlib.import_module(f"itglue_api.api.{op['tags'][0]}.{op['operationId']}")
    for function in ("sync_detailed", "asyncio_detailed"):
        assert callable(getattr(module, function))


def test_servers_security_and_media_type() -> None:
    assert [server["url"] for server in spec()["servers"]] == [
        "https://api.itglue.com",
        "https://api.eu.itglue.com",
        "https://api.au.itglue.com",
    ]
    assert spec()["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": spec()["components"]["securitySchemes"]["ApiKey"]["description"],
    }
    for method, path, op in operations():
        body = op.get("requestBody")
        if body:
            assert set(body["content"]) == {"application/vnd.api+json"}, f"{method} {path}"


# The route inventory of the reference (§8): method and path, polymorphic routes shown for a few parents.
INVENTORY = """
GET POST PATCH DELETE /organizations
GET PATCH /organizations/{id}
GET POST PATCH DELETE /configurations
GET PATCH /configurations/{id}
GET POST DELETE /organizations/{organization_id}/relationships/configurations
GET PATCH /organizations/{organization_id}/relationships/configurations/{id}
GET POST PATCH /configuration_interfaces
GET PATCH /configuration_interfaces/{id}
GET POST /configurations/{configuration_id}/relationships/configuration_interfaces
GET PATCH /configurations/{configuration_id}/relationships/configuration_interfaces/{id}
GET POST /configuration_types
GET PATCH /configuration_types/{id}
GET POST /configuration_statuses
GET PATCH /configuration_statuses/{id}
GET POST /contact_types
GET PATCH /contact_types/{id}
GET POST /organization_types
GET PATCH /organization_types/{id}
GET POST /organization_statuses
GET PATCH /organization_statuses/{id}
GET POST /password_categories
GET PATCH /password_categories/{id}
GET POST /manufacturers
GET PATCH /manufacturers/{id}
GET POST PATCH /models
GET PATCH /models/{id}
GET POST /manufacturers/{manufacturer_id}/relationships/models
GET PATCH /manufacturers/{manufacturer_id}/relationships/models/{id}
GET POST PATCH DELETE /contacts
GET PATCH /contacts/{id}
GET POST DELETE /organizations/{organization_id}/relationships/contacts
GET PATCH /organizations/{organization_id}/relationships/contacts/{id}
GET POST PATCH DELETE /locations
GET PATCH /locations/{id}
GET POST /organizations/{organization_id}/relationships/locations
GET PATCH DELETE /organizations/{organization_id}/relationships/locations/{id}
GET POST PATCH DELETE /passwords
GET PATCH DELETE /passwords/{id}
GET POST /organizations/{organization_id}/relationships/passwords
GET PATCH /organizations/{organization_id}/relationships/passwords/{id}
GET POST DELETE /organizations/{organization_id}/relationships/password_folders
GET PATCH /organizations/{organization_id}/relationships/password_folders/{id}
GET PATCH /password_folders
GET POST /flexible_asset_types
GET PATCH /flexible_asset_types/{id}
GET POST /flexible_asset_types/{flexible_asset_type_id}/relationships/flexible_asset_fields
GET PATCH DELETE /flexible_asset_types/{flexible_asset_type_id}/relationships/flexible_asset_fields/{id}
POST PATCH /flexible_asset_fields
GET PATCH DELETE /flexible_asset_fields/{id}
GET POST PATCH DELETE /flexible_assets
GET PATCH DELETE /flexible_assets/{id}
POST /organizations/{organization_id}/relationships/flexible_assets
GET POST PATCH DELETE /documents
GET PATCH /documents/{id}
PATCH /documents/{id}/publish
GET POST DELETE /organizations/{organization_id}/relationships/documents
GET PATCH /organizations/{organization_id}/relationships/documents/{id}
PATCH /organizations/{organization_id}/relationships/documents/{id}/publish
GET POST /documents/{document_id}/relationships/sections
GET PATCH DELETE /documents/{document_id}/relationships/sections/{id}
POST /document_images
GET DELETE /document_images/{id}
GET POST DELETE /configurations/{configuration_id}/relationships/attachments
GET PATCH /configurations/{configuration_id}/relationships/attachments/{id}
GET POST DELETE /passwords/{password_id}/relationships/attachments
GET POST DELETE /flexible_assets/{flexible_asset_id}/relationships/attachments
GET POST DELETE /ssl_certificates/{ssl_certificate_id}/relationships/attachments
POST DELETE /configurations/{configuration_id}/relationships/related_items
PATCH /configurations/{configuration_id}/relationships/related_items/{id}
POST DELETE /folders/{folder_id}/relationships/related_items
GET PATCH DELETE /checklists
GET PATCH /checklists/{id}
GET PATCH DELETE /organizations/{organization_id}/relationships/checklists
GET PATCH /organizations/{organization_id}/relationships/checklists/{id}
GET /checklist_tasks
GET /checklist_templates
GET /domains
GET /organizations/{organization_id}/relationships/domains
GET /expirations
GET /expirations/{id}
GET /organizations/{organization_id}/relationships/expirations
GET /organizations/{organization_id}/relationships/expirations/{id}
GET POST /exports
GET DELETE /exports/{id}
GET /logs
GET /user_metrics
GET /users
GET PATCH /users/{id}
GET POST PATCH /groups
GET PATCH DELETE /groups/{id}
GET /countries
GET /countries/{id}
GET /regions
GET /regions/{id}
GET /countries/{country_id}/relationships/regions
GET /countries/{country_id}/relationships/regions/{id}
GET /platforms
GET /platforms/{id}
GET /operating_systems
GET /operating_systems/{id}
GET PATCH DELETE /copilot_smart_assist/documents
GET PATCH DELETE /organizations/{organization_id}/copilot_smart_assist/documents
"""

ATTACHMENT_PARENTS = [
    "checklists",
    "checklist_templates",
    "configurations",
    "contacts",
    "documents",
    "domains",
    "locations",
    "passwords",
    "ssl_certificates",
    "flexible_assets",
    "tickets",
]


def test_spec_covers_the_reference_inventory() -> None:
    missing = []
    for line in INVENTORY.strip().splitlines():
        *methods, path = line.split()
        for method in methods:
            if method.lower() not in spec()["paths"].get(path, {}):
                missing.append(f"{method} {path}")
    assert not missing


def test_polymorphic_routes_exist_for_every_parent_type() -> None:
    paths = spec()["paths"]
    for parent in [*ATTACHMENT_PARENTS, "folders"]:
        related = [p for p in paths if p.startswith(f"/{parent}/") and p.endswith("/relationships/related_items")]
        assert len(related) == 1, parent
        assert {"post", "delete"} <= set(paths[related[0]])
        assert "get" not in paths[related[0]], "related items have no GET"
    for parent in ATTACHMENT_PARENTS:
        attachments = [p for p in paths if p.startswith(f"/{parent}/") and p.endswith("/relationships/attachments")]
        assert len(attachments) == 1, parent
        assert {"get", "post", "delete"} <= set(paths[attachments[0]])


def test_uncertain_routes_say_so() -> None:
    paths = spec()["paths"]
    for method, path in [
        ("get", "/checklist_tasks"),
        ("get", "/checklist_templates"),
        ("get", "/password_folders"),
        ("get", "/copilot_smart_assist/documents"),
        ("get", "/documents"),
        ("get", "/configuration_interfaces"),
        ("delete", "/organizations/{organization_id}/relationships/locations/{id}"),
    ]:
        assert paths[path][method]["x-itglue-confidence"] in {"low", "medium"}, f"{method} {path}"


def test_write_schemas_hold_only_writable_attributes() -> None:
    schemas = spec()["components"]["schemas"]
    read_only = {"created-at", "updated-at", "resource-url", "organization-name", "id"}
    for name, schema in schemas.items():
        if name.endswith("WriteAttributes"):
            assert not read_only & set(schema["properties"]), name
    assert "traits" in schemas["FlexibleAssetWriteAttributes"]["properties"]
    assert schemas["FlexibleAssetTraits"]["additionalProperties"] is True
    assert schemas["FlexibleAssetWriteResourceType"]["enum"] == ["flexible-assets", "flexible_assets"]
    bulk = resolve(schemas["OrganizationBulkUpdateAttributes"]["allOf"][1])
    assert bulk["required"] == ["id"]


# Filters, sorts and includes of the reference's inventory (§8), per list route: what the spec must offer.
REFERENCE_QUERIES: dict[str, tuple[str, str, str]] = {
    "/organizations": (
        "id name organization_type_id organization_status_id created_at updated_at my_glue_account_id psa_id "
        "psa_integration_type group_id primary exclude.id exclude.name exclude.organization_type_id "
        "exclude.organization_status_id range.my_glue_account_id",
        "name id updated_at organization_status_name organization_type_name created_at short_name my_glue_account_id",
        "adapters_resources attachments rmm_companies",
    ),
    "/configurations": (
        "id name organization_id configuration_type_id configuration_status_id contact_id serial_number mac_address "
        "asset_tag psa_id psa_integration_type rmm_id rmm_integration_type archived",
        # Audit F2: the documented lists also spell the timestamps in kebab case.
        "name id created_at updated_at created-at updated-at",
        "adapters_resources attachments tickets configuration_interfaces dnet_fa_remote_assets "
        "group_resource_accesses rmm_records passwords user_resource_accesses",
    ),
    "/configuration_interfaces": ("id ip_address", "created_at updated_at", ""),
    "/configuration_types": ("name", "name id created_at updated_at", ""),
    "/password_categories": ("name", "name created_at updated_at", ""),
    "/models": ("id", "id name manufacturer_id created_at updated_at", ""),
    "/contacts": (
        "id first_name last_name title contact_type_id important primary_email organization_id psa_id "
        "psa_integration_type",
        "first_name last_name id created_at updated_at",
        "adapters_resources attachments distinct_remote_contacts group_resource_accesses location passwords "
        "resource_fields tickets user_resource_accesses",
    ),
    "/locations": (
        "id name city region_id country_id organization_id psa_id psa_integration_type",
        "name id created_at updated_at",
        "adapters_resources attachments group_resource_accesses passwords user_resource_accesses",
    ),
    "/passwords": (
        "id name organization_id password_category_id url cached_resource_name archived",
        "name username url id created_at updated_at created-at updated-at",
        "attachments group_resource_accesses network_glue_networks rotatable_password updater user_resource_accesses",
    ),
    "/flexible_asset_types": ("id name icon enabled", "name id created_at updated_at", "flexible_asset_fields"),
    "/flexible_assets": (
        "flexible_asset_type_id name organization_id",
        "name created_at updated_at",
        "adapters_resources attachments distinct_remote_assets group_resource_accesses passwords "
        "user_resource_accesses",
    ),
    "/checklists": (
        "id organization_id",
        "completed created_at updated_at",
        "attachments checklist_tasks user_resource_accesses group_resource_accesses",
    ),
    "/domains": (
        "id organization_id",
        "created_at updated_at",
        "passwords attachments user_resource_accesses group_resource_accesses",
    ),
    "/expirations": (
        "id resource_id resource_name resource_type_name description expiration_date organization_id "
        "range.expiration_date",
        "id organization_id expiration_date created_at updated_at",
        "",
    ),
    "/exports": ("id", "created_at updated_at", ""),
    "/logs": ("created_at", "created_at", ""),
    "/user_metrics": ("user_id organization_id resource_type date", "id created viewed edited deleted date", ""),
    "/users": (
        "id name email role_name salesforce_id",
        "name email reputation id created_at updated_at created-at updated-at",
        "",
    ),
    "/groups": ("name", "name created_at updated_at", "users organizations resource_type_restrictions my_glue_account"),
    "/countries": ("name iso", "name id created_at updated_at", ""),
    "/regions": ("name iso country_id", "name id created_at updated_at", ""),
    "/platforms": ("name", "name id created_at updated_at", ""),
    "/operating_systems": ("name", "name id created_at updated_at", ""),
}


def _filter_name(word: str) -> str:
    mode, _, field = word.rpartition(".")
    return f"filter[{mode}][{field}]" if mode else f"filter[{field}]"


@pytest.mark.parametrize("path", sorted(REFERENCE_QUERIES))
def test_list_parameters_match_the_reference_inventory(path: str) -> None:
    filters, sorts, includes = REFERENCE_QUERIES[path]
    params = params_of(spec()["paths"][path]["get"])
    offered_filters = {name for name in params if name.startswith("filter[")}
    assert {_filter_name(word) for word in filters.split()} <= offered_filters
    offered_sorts = set(resolve(params["sort"]["schema"])["enum"]) if "sort" in params else set()
    assert {v for s in sorts.split() for v in (s, f"-{s}")} == offered_sorts
    offered_includes = set(params["include"]["x-itglue-includes"]) if "include" in params else set()
    assert set(includes.split()) <= offered_includes


BULK_FILTERS = {
    ("/organizations", "patch"),
    ("/organizations", "delete"),
    ("/configurations", "patch"),
    ("/configurations", "delete"),
    ("/contacts", "patch"),
    ("/contacts", "delete"),
    ("/locations", "patch"),
    ("/locations", "delete"),
    ("/passwords", "delete"),
    ("/configuration_interfaces", "patch"),
    ("/models", "patch"),
    ("/flexible_asset_fields", "patch"),
}


@pytest.mark.parametrize(("path", "method"), sorted(BULK_FILTERS))
def test_bulk_requests_take_the_documented_filters(path: str, method: str) -> None:
    op = spec()["paths"][path][method]
    filters = [p for p in params_of(op).values() if p["name"].startswith("filter[")]
    assert any(p["name"] == "filter[id]" for p in filters)
    assert all(p["x-itglue-confidence"] == "medium" for p in filters)
    if method == "delete":
        assert op["requestBody"]["required"] is False


def test_documented_filter_values_are_enums() -> None:
    paths = spec()["paths"]
    assert "jamf-pro" in params_of(paths["/configurations"]["get"])["filter[rmm_integration_type]"]["schema"]["enum"]
    assert params_of(paths["/users"]["get"])["filter[role_name]"]["schema"]["enum"][0] == "Administrator"
    nested = params_of(paths["/organizations/{organization_id}/copilot_smart_assist/documents"]["get"])
    assert nested["filter[type]"]["schema"]["enum"] == ["stale", "not_viewed", "expired", "duplicate"]


def test_update_bodies_only_allow_what_can_change() -> None:
    schemas = spec()["components"]["schemas"]
    assert set(schemas["AttachmentUpdateAttributes"]["properties"]) == {"name"}
    assert set(schemas["RelatedItemUpdateAttributes"]["properties"]) == {"notes"}
    assert "relationships" not in schemas["FlexibleAssetTypeUpdate"]["properties"]
    assert "relationships" in schemas["FlexibleAssetTypeWrite"]["properties"]
