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


def test_f3_bulk_routes_offer_the_documented_filters() -> None:
    paths = spec()["paths"]
    wanted = {
        ("/configurations", "patch"): "contact_id serial_number rmm_id rmm_integration_type mac_address asset_tag "
        "psa_id psa_integration_type",
        ("/configurations", "delete"): "contact_id serial_number rmm_id mac_address asset_tag psa_id",
        ("/contacts", "patch"): "title important primary_email",
        ("/contacts", "delete"): "title important primary_email",
        ("/passwords", "delete"): "url cached_resource_name",
        ("/locations", "patch"): "region_id country_id",
        ("/locations", "delete"): "region_id country_id",
        (
            "/organizations",
            "patch",
        ): "created_at updated_at my_glue_account_id exclude][id exclude][name group_id primary",
        ("/organizations", "delete"): "created_at updated_at my_glue_account_id exclude][organization_type_id "
        "exclude][organization_status_id group_id primary",
    }
    for (path, method), names in wanted.items():
        params = params_of(paths[path][method])
        for name in names.split():
            param = params[f"filter[{name}]"]
            assert param["x-itglue-source"], (path, method, name)
            listed = params_of(paths[path]["get"])[f"filter[{name}]"]
            assert param.get("x-itglue-attribute") == listed.get("x-itglue-attribute"), (path, method, name)


def test_f4_bare_range_filters() -> None:
    paths = spec()["paths"]
    expirations = params_of(paths["/expirations"]["get"])["filter[range]"]
    assert expirations["x-itglue-attribute"] == "expiration-date"
    organizations = params_of(paths["/organizations"]["get"])["filter[range]"]
    assert "x-itglue-attribute" not in organizations
    assert organizations["x-itglue-confidence"] == "low"


def test_r3_user_session_routes_have_their_own_scheme() -> None:
    document = spec()
    scheme = document["components"]["securitySchemes"]["UserSession"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    assert document["security"] == [{"ApiKey": []}]
    session_only = sorted(
        (method, path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get("security") == [{"UserSession": []}]
    )
    assert session_only == [("get", "/checklist_tasks"), ("get", "/checklist_templates"), ("get", "/password_folders")]
    for method, path in session_only:
        op = document["paths"][path][method]
        assert "401" in op["responses"]
        assert "Get-Checklists.ps1" in op["x-itglue-source"]


def test_refusals_are_documented_where_the_emulator_answers_them() -> None:
    document = spec()
    schemas = document["components"]["schemas"]
    required = {
        name: schema["x-itglue-required-on-create"]
        for name, schema in schemas.items()
        if name.endswith("WriteAttributes") and "x-itglue-required-on-create" in schema
    }
    assert required["RelatedItemWriteAttributes"] == ["destination-id", "destination-type"]
    for name, attributes in required.items():
        assert set(attributes) <= set(schemas[name]["properties"]), name
        assert "x-itglue-required-on-create" in schemas[name]["description"], name
    sections = document["paths"]["/documents/{document_id}/relationships/sections"]["post"]
    assert sections["responses"]["400"] == {"$ref": "#/components/responses/BadRequest"}
    assert "resource_type" in sections["description"]
