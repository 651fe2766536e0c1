"""The spec audit's confirmed mismatches (shared/reference/spec-audit.md): the spec's side of each fix."""

from __future__ import annotations

from tests.contract.test_spec_structure import params_of, resolve, spec


def test_r1_nested_password_bulk_delete_is_on_the_member_path_with_a_body() -> None:
    paths = spec()["paths"]
    assert "delete" not in paths["/organizations/{organization_id}/relationships/passwords"]
    op = paths["/organizations/{organization_id}/relationships/passwords/{id}"]["delete"]
    assert op["x-itglue-action"] == "bulk_delete"
    assert op["requestBody"]["content"]["application/vnd.api+json"]["schema"]["$ref"].endswith(
        "/PasswordBulkDeleteRequest"
    )
    assert "endpoints.csv" in op["x-itglue-source"]


def test_r2_nested_location_delete_has_a_bulk_body_and_answers_the_records() -> None:
    op = spec()["paths"]["/organizations/{organization_id}/relationships/locations/{id}"]["delete"]
    assert op["x-itglue-action"] == "bulk_delete"
    assert op["requestBody"]["content"]["application/vnd.api+json"]["schema"]["$ref"].endswith(
        "/LocationBulkDeleteRequest"
    )
    assert "204" not in op["responses"]
    assert resolve(op["responses"]["200"]["content"]["application/vnd.api+json"]["schema"]) == resolve(
        {"$ref": "#/components/schemas/LocationCollection"}
    )
    assert set(params_of(op)) == {"organization_id", "id"}


def test_f1_related_items_is_not_a_flexible_asset_list_include() -> None:
    paths = spec()["paths"]
    listed = params_of(paths["/flexible_assets"]["get"])["include"]
    assert "related_items" not in listed["x-itglue-includes"]
    assert "related_items" not in listed["schema"]["pattern"]
    shown = params_of(paths["/flexible_assets/{id}"]["get"])["include"]
    assert "related_items" in shown["x-itglue-includes"]


def test_f2_sorts_accept_both_timestamp_spellings() -> None:
    schemas = spec()["components"]["schemas"]
    for name in ("ConfigurationSort", "PasswordSort", "UserSort", "PasswordFolderSort"):
        enum = set(schemas[name]["enum"])
        for spelling in ("created_at", "updated_at", "created-at", "updated-at"):
            assert {spelling, f"-{spelling}"} <= enum, name


def test_f5_nested_password_show_takes_version_id() -> None:
    op = spec()["paths"]["/organizations/{organization_id}/relationships/passwords/{id}"]["get"]
    assert params_of(op)["version_id"]["schema"] == {"type": "integer"}
