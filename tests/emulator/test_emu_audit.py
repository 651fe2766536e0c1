"""The spec audit's confirmed mismatches (shared/reference/spec-audit.md), proven over HTTP against the emulator."""

from __future__ import annotations

from typing import Any

import httpx

from itglue_emulator.app import Emulator
from tests.emulator.helpers import JSON_API

HEADERS = {"content-type": JSON_API}


def send(client: httpx.Client, method: str, url: str, payload: Any, **params: Any) -> httpx.Response:
    return client.request(method, url, json=payload, headers=HEADERS, params=params)


def _ids(response: httpx.Response) -> list[int]:
    return sorted(int(item["id"]) for item in response.json()["data"])


# -- R1, R2: nested bulk deletes on the documented member paths ----------------------------------------------


def test_r1_nested_password_delete_takes_the_bulk_body_on_the_member_path(client: httpx.Client) -> None:
    created = send(
        client,
        "POST",
        "/organizations/1/relationships/passwords",
        {"data": {"type": "passwords", "attributes": {"name": "b"}}},
    )
    new_id = int(created.json()["data"]["id"])
    payload = {"data": [{"type": "passwords", "attributes": {"id": new_id}}]}
    # The path id is the documented route's placeholder; the body names what goes.
    response = send(client, "DELETE", "/organizations/1/relationships/passwords/1", payload)
    assert response.status_code == 200, response.text
    assert _ids(response) == [new_id]
    assert client.get(f"/passwords/{new_id}").status_code == 404
    assert client.get("/passwords/1").status_code == 200


def test_r1_the_collection_path_without_an_id_is_not_a_route(client: httpx.Client) -> None:
    payload = {"data": [{"type": "passwords", "attributes": {"id": 1}}]}
    assert send(client, "DELETE", "/organizations/1/relationships/passwords", payload).status_code == 404
    assert client.get("/passwords/1").status_code == 200


def test_r1_a_password_of_another_organization_is_not_deleted(client: httpx.Client) -> None:
    payload = {"data": [{"type": "passwords", "attributes": {"id": 1}}]}
    assert send(client, "DELETE", "/organizations/2/relationships/passwords/1", payload).status_code == 404
    assert client.get("/passwords/1").status_code == 200


def test_r2_nested_location_delete_takes_a_bulk_body(client: httpx.Client) -> None:
    made = send(
        client,
        "POST",
        "/organizations/1/relationships/locations",
        {"data": [{"type": "locations", "attributes": {"name": f"site {i}"}} for i in range(2)]},
    )
    assert made.status_code == 201, made.text
    first, second = _ids(made)
    payload = {"data": [{"type": "locations", "attributes": {"id": second}}]}
    response = send(client, "DELETE", f"/organizations/1/relationships/locations/{first}", payload)
    assert response.status_code == 200, response.text
    assert _ids(response) == [second]
    assert client.get(f"/locations/{second}").status_code == 404
    assert client.get(f"/locations/{first}").status_code == 200


# -- F1, F2, F5: query parameters ----------------------------------------------------------------------------


def test_f1_related_items_include_is_refused_on_the_flexible_asset_list(client: httpx.Client) -> None:
    listed = client.get("/flexible_assets", params={"filter[flexible_asset_type_id]": "1", "include": "related_items"})
    assert listed.status_code == 422
    assert listed.json()["errors"][0]["title"] == "Invalid include"
    assert client.get("/flexible_assets/1", params={"include": "related_items"}).status_code == 200


def test_f2_kebab_timestamp_sorts_order_like_the_snake_ones(client: httpx.Client) -> None:
    send(client, "PATCH", "/configurations/2", {"data": {"type": "configurations", "attributes": {"name": "ws-01b"}}})
    for path in ("/configurations", "/passwords", "/users"):
        for field in ("updated-at", "created-at"):
            kebab = client.get(path, params={"sort": f"-{field}"})
            snake = client.get(path, params={"sort": f"-{field.replace('-', '_')}"})
            assert kebab.status_code == 200, (path, kebab.text)
            assert [r["id"] for r in kebab.json()["data"]] == [r["id"] for r in snake.json()["data"]]
    newest_first = client.get("/configurations", params={"sort": "-updated-at"}).json()["data"]
    assert newest_first[0]["id"] == "2"


def test_f2_kebab_sort_on_password_folders(client: httpx.Client) -> None:
    path = "/organizations/1/relationships/password_folders"
    assert client.get(path, params={"sort": "-updated-at"}).status_code == 200
    # The route validates sorts, so the kebab value is accepted on purpose, not by default.
    assert client.get(path, params={"sort": "-name"}).status_code == 422


def test_f5_version_id_on_the_nested_password_show(client: httpx.Client) -> None:
    changed = send(client, "PATCH", "/passwords/1", {"data": {"type": "passwords", "attributes": {"password": "n3w"}}})
    assert changed.status_code == 200
    first = client.get("/passwords/1", params={"version_id": 1}).json()["data"]["attributes"]["password"]
    nested = client.get("/organizations/1/relationships/passwords/1", params={"version_id": 1})
    assert nested.status_code == 200, nested.text
    assert nested.json()["data"]["attributes"]["password"] == first == "s3cret"
    assert client.get("/organizations/1/relationships/passwords/1", params={"version_id": 999}).status_code == 404


# -- F3: documented filters on bulk PATCH/DELETE ------------------------------------------------------------


def test_f3_bulk_delete_by_an_added_configuration_filter(client: httpx.Client) -> None:
    send(
        client,
        "PATCH",
        "/configurations/3",
        {"data": {"type": "configurations", "attributes": {"serial-number": "SN9"}}},
    )
    response = client.request("DELETE", "/configurations", params={"filter[serial_number]": "SN9"})
    assert response.status_code == 200, response.text
    assert _ids(response) == [3]
    assert [c["id"] for c in client.get("/configurations").json()["data"]] == ["1", "2"]


def test_f3_bulk_update_narrowed_by_organization_exclude_and_primary(client: httpx.Client) -> None:
    payload = {"data": [{"type": "organizations", "attributes": {"id": i, "quick-notes": "x"}} for i in (1, 2, 3)]}
    response = send(
        client, "PATCH", "/organizations", payload, **{"filter[exclude][id]": "1", "filter[primary]": "false"}
    )
    assert response.status_code == 200, response.text
    assert _ids(response) == [2, 3]
    assert client.get("/organizations/1").json()["data"]["attributes"].get("quick-notes") != "x"


def test_f3_bulk_filters_on_contacts_passwords_and_locations(client: httpx.Client) -> None:
    made = send(
        client,
        "POST",
        "/contacts",
        {"data": [{"type": "contacts", "attributes": {"organization-id": 1, "title": t}} for t in ("CEO", "CTO")]},
    )
    ceo, _ = _ids(made)
    payload = {"data": [{"type": "contacts", "attributes": {"id": i}} for i in _ids(made)]}
    assert _ids(send(client, "DELETE", "/contacts", payload, **{"filter[title]": "CEO"})) == [ceo]
    assert _ids(client.request("DELETE", "/passwords", params={"filter[url]": "https://nowhere.example"})) == []
    located = send(
        client,
        "POST",
        "/locations",
        {"data": {"type": "locations", "attributes": {"organization-id": 1, "name": "HQ"}}},
    )
    location = int(located.json()["data"]["id"])
    send(client, "PATCH", f"/locations/{location}", {"data": {"type": "locations", "attributes": {"country-id": 7}}})
    patched = send(
        client,
        "PATCH",
        "/locations",
        {"data": [{"type": "locations", "attributes": {"id": location, "city": "Oslo"}}]},
        **{"filter[country_id]": "7"},
    )
    assert _ids(patched) == [location]


def test_f3_filters_a_bulk_route_does_not_declare_are_still_refused(client: httpx.Client) -> None:
    # passwords PATCH gained no filters (the evidence is for DELETE only).
    payload = {"data": [{"type": "passwords", "attributes": {"id": 1, "name": "x"}}]}
    assert send(client, "PATCH", "/passwords", payload, **{"filter[url]": "a"}).status_code == 422


# -- F4: the bare filter[range] -----------------------------------------------------------------------------


def _add_expirations(emu: Emulator) -> None:
    emu.store.insert("expirations", {"organization-id": 1, "expiration-date": "2024-03-01", "resource-name": "a"})
    emu.store.insert("expirations", {"organization-id": 1, "expiration-date": "2025-06-01", "resource-name": "b"})


def test_f4_bare_range_on_expirations_ranges_over_the_expiration_date(emu: Emulator, client: httpx.Client) -> None:
    _add_expirations(emu)
    response = client.get("/expirations", params={"filter[range]": "2025-01-01,*"})
    assert response.status_code == 200, response.text
    assert [r["attributes"]["resource-name"] for r in response.json()["data"]] == ["b"]
    assert response.json()["meta"]["filters"] == {"range": "2025-01-01,*"}
    assert client.get("/expirations", params={"filter[range]": "2025-01-01"}).status_code == 422


def test_f4_bare_range_on_organizations_is_accepted_and_checked(client: httpx.Client) -> None:
    assert client.get("/organizations", params={"filter[range]": "1,2"}).status_code == 200
    assert client.get("/organizations", params={"filter[range]": "1"}).status_code == 422
    both = client.get("/organizations", params={"filter[range]": "1,2", "filter[range][my_glue_account_id]": "1,*"})
    assert both.status_code == 400
    assert both.json()["errors"][0]["status"] == 400


# -- F6: kebab-case filter names ----------------------------------------------------------------------------


def test_f6_kebab_filter_names_filter_like_the_snake_ones(client: httpx.Client) -> None:
    kebab = client.get(
        "/flexible_assets", params={"filter[flexible-asset-type-id]": "1", "filter[organization-id]": "1"}
    )
    assert kebab.status_code == 200, kebab.text
    assert [r["id"] for r in kebab.json()["data"]] == ["1"]
    none = client.get(
        "/flexible_assets", params={"filter[flexible-asset-type-id]": "1", "filter[organization-id]": "2"}
    )
    assert none.json()["data"] == []
    configurations = client.get("/configurations", params={"filter[organization-id]": "2"}).json()["data"]
    assert [r["id"] for r in configurations] == ["3"]
    excluded = client.get("/organizations", params={"filter[exclude][organization-type-id]": "1"}).json()["data"]
    assert [r["id"] for r in excluded] == ["3"]


def test_f6_the_kebab_type_filter_satisfies_the_flexible_asset_index_requirement(client: httpx.Client) -> None:
    assert client.get("/flexible_assets").status_code == 422
    assert client.get("/flexible_assets", params={"filter[flexible-asset-type-id]": "1"}).status_code == 200


def test_f6_an_unknown_kebab_filter_is_still_refused(client: httpx.Client) -> None:
    assert client.get("/configurations", params={"filter[no-such-field]": "1"}).status_code == 422


# -- R3: top-level reads that need a user session (JWT) -----------------------------------------------------

SESSION_ROUTES = ("/checklist_tasks", "/checklist_templates", "/password_folders")


def test_r3_an_api_key_gets_401_on_user_session_routes(client: httpx.Client) -> None:
    for path in SESSION_ROUTES:
        response = client.get(path)
        assert response.status_code == 401, path
        error = response.json()["errors"][0]
        assert error["status"] == 401
        assert "user session" in error["detail"]


def test_r3_a_bearer_token_is_a_user_session(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url, headers={"authorization": "Bearer eyJhbGciOi.x.y"}) as session:
        for path in SESSION_ROUTES:
            response = session.get(path)
            assert response.status_code == 200, (path, response.text)
            assert "data" in response.json()
        # Only the session routes take it: everything else still needs the key.
        assert session.get("/organizations").status_code == 403
        assert session.get("/password_folders", headers={"authorization": "Basic dXNlcg=="}).status_code == 403
    assert emu.stats()["keys"]["user-session"] == 3


def test_r3_other_routes_of_the_same_resources_keep_the_api_key(client: httpx.Client) -> None:
    assert client.get("/organizations/1/relationships/password_folders").status_code == 200
    payload = {"data": [{"type": "password_folders", "attributes": {"id": 999}}]}
    assert send(client, "PATCH", "/password_folders", payload).status_code != 401


def test_r3_no_credentials_at_all_is_the_gateway_403(emu: Emulator) -> None:
    response = httpx.get(emu.base_url + "/checklist_tasks")
    assert response.status_code == 403
    assert response.json() == {"message": "Forbidden"}


# -- required read attributes: contact e-mails and phones written through the API ---------------------------


def test_contact_items_written_sparse_come_back_in_the_full_read_shape(client: httpx.Client) -> None:
    attributes = {
        "organization-id": 1,
        "first-name": "Ann",
        "contact-emails": [{"value": "ann@example.com"}],
        "contact_phones": [{"value": "2065550100", "primary": True}, {"value": "+44 20 7946 0000", "label_name": "UK"}],
    }
    created = send(client, "POST", "/contacts", {"data": {"type": "contacts", "attributes": attributes}})
    assert created.status_code == 201, created.text
    read = client.get(f"/contacts/{created.json()['data']['id']}").json()["data"]["attributes"]
    assert read["contact-emails"] == [{"value": "ann@example.com", "primary": False, "label-name": None}]
    assert read["contact-phones"] == [
        {
            "value": "2065550100",
            "extension": None,
            "primary": True,
            "label-name": None,
            "label-type": None,
            "formatted-value": "(206) 555-0100",
        },
        {
            "value": "+44 20 7946 0000",
            "extension": None,
            "primary": False,
            "label-name": "UK",
            "label-type": None,
            "formatted-value": "+44 20 7946 0000",
        },
    ]


def test_contact_items_are_normalised_on_patch_and_checked(client: httpx.Client) -> None:
    created = send(client, "POST", "/contacts", {"data": {"type": "contacts", "attributes": {"organization-id": 1}}})
    url = f"/contacts/{created.json()['data']['id']}"
    phones = {"contact-phones": [{"value": "1 (303) 555-0199", "extension": "12", "formatted-value": "mine"}]}
    patched = send(client, "PATCH", url, {"data": {"type": "contacts", "attributes": phones}})
    assert patched.status_code == 200, patched.text
    phone = patched.json()["data"]["attributes"]["contact-phones"][0]
    assert (phone["extension"], phone["formatted-value"], phone["label-type"]) == ("12", "mine", None)
    derived = {"contact-phones": [{"value": "1 (303) 555-0199"}]}
    phone = send(client, "PATCH", url, {"data": {"type": "contacts", "attributes": derived}}).json()["data"]
    assert phone["attributes"]["contact-phones"][0]["formatted-value"] == "(303) 555-0199"
    blank = {"contact-emails": [{"primary": True}]}
    refused = send(client, "PATCH", url, {"data": {"type": "contacts", "attributes": blank}})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["source"]["pointer"] == "/data/attributes/contact-emails/0/value"


# -- A3: a document's content is its sections rendered as HTML ------------------------------------------------


def _section(client: httpx.Client, document_id: str, **attributes: Any) -> httpx.Response:
    payload = {"data": {"type": "document-sections", "attributes": attributes}}
    return send(client, "POST", f"/documents/{document_id}/relationships/sections", payload)


def test_a3_document_content_renders_headings_text_and_steps_on_list_and_show(client: httpx.Client) -> None:
    made = send(
        client, "POST", "/organizations/1/relationships/documents", {"data": {"type": "documents", "attributes": {}}}
    )
    document_id = made.json()["data"]["id"]
    assert made.json()["data"]["attributes"]["content"] is None
    assert client.get(f"/documents/{document_id}").json()["data"]["attributes"]["content"] is None
    # Written out of order: sort decides, consecutive steps share one list.
    _section(client, document_id, resource_type="Document::Step", content="<p>Reboot</p>", sort=4)
    _section(client, document_id, resource_type="Document::Heading", content="Fix & check", level=2, sort=1)
    _section(client, document_id, resource_type="Document::Text", content="<p>Why</p>", sort=2)
    _section(client, document_id, resource_type="Document::Step", content="<p>Log in</p>", sort=3)
    expected = "<h2>Fix &amp; check</h2><p>Why</p><ol><li><p>Log in</p></li><li><p>Reboot</p></li></ol>"
    shown = client.get(f"/documents/{document_id}").json()["data"]["attributes"]["content"]
    assert shown == expected
    listed = client.get("/organizations/1/relationships/documents").json()["data"]
    assert {d["id"]: d["attributes"]["content"] for d in listed}[document_id] == expected


def test_a3_document_content_follows_section_changes(client: httpx.Client) -> None:
    made = send(
        client, "POST", "/organizations/1/relationships/documents", {"data": {"type": "documents", "attributes": {}}}
    )
    document_id = made.json()["data"]["id"]
    section = _section(client, document_id, resource_type="Document::Text", content="<p>a</p>").json()["data"]
    url = f"/documents/{document_id}/relationships/sections/{section['id']}"
    send(client, "PATCH", url, {"data": {"type": "document-sections", "attributes": {"content": "<p>b</p>"}}})
    assert client.get(f"/documents/{document_id}").json()["data"]["attributes"]["content"] == "<p>b</p>"
    assert client.delete(url).status_code == 204
    assert client.get(f"/documents/{document_id}").json()["data"]["attributes"]["content"] is None


def test_a3_generated_estate_documents_carry_their_rendered_sections() -> None:
    with (
        Emulator.start(orgs=1, seed=3) as emulator,
        httpx.Client(base_url=emulator.base_url, headers={"x-api-key": emulator.api_key}) as http,
    ):
        documents = http.get(
            "/organizations/" + str(next(emulator.store.records("organizations"))["id"]) + "/relationships/documents"
        ).json()["data"]
        assert documents
        for document in documents:
            content = document["attributes"]["content"]
            assert content.startswith("<h1>"), content
            assert "<ol><li>" in content, content


# -- what real IT Glue refuses: related items, traits, sections, create-required attributes -----------------


def _errors(response: httpx.Response, status: int = 422) -> list[dict[str, Any]]:
    assert response.status_code == status, response.text
    errors: list[dict[str, Any]] = response.json()["errors"]
    assert all(error["status"] == status for error in errors)
    return errors


def test_related_item_to_a_missing_destination_is_422(client: httpx.Client) -> None:
    url = "/configurations/1/relationships/related_items"
    for destination in (
        {"destination_type": "Password", "destination_id": 999},
        {"destination_type": "Nope", "destination_id": 1},
    ):
        response = send(client, "POST", url, {"data": {"type": "related_items", "attributes": destination}})
        assert _errors(response)[0]["source"] == {"pointer": "/data/attributes/destination"}
    fine = {"destination_type": "Configuration", "destination_id": 3}
    assert send(client, "POST", url, {"data": {"type": "related_items", "attributes": fine}}).status_code == 201


def test_related_item_without_destination_lists_both_missing_attributes(client: httpx.Client) -> None:
    response = send(
        client,
        "POST",
        "/configurations/1/relationships/related_items",
        {"data": {"type": "related_items", "attributes": {"notes": "x"}}},
    )
    assert [e["source"]["pointer"] for e in _errors(response)] == [
        "/data/attributes/destination-id",
        "/data/attributes/destination-type",
    ]


def test_unknown_trait_names_are_422_on_create_and_update(client: httpx.Client) -> None:
    created = send(
        client,
        "POST",
        "/flexible_assets",
        {
            "data": {
                "type": "flexible-assets",
                "attributes": {
                    "organization-id": 1,
                    "flexible-asset-type-id": 1,
                    "traits": {"name": "a", "colour": "red"},
                },
            }
        },
    )
    assert _errors(created)[0]["source"] == {"pointer": "/data/attributes/traits/colour"}
    patched = send(
        client,
        "PATCH",
        "/flexible_assets/1",
        {"data": {"type": "flexible-assets", "attributes": {"traits": {"nmae": "typo"}}}},
    )
    assert _errors(patched)[0]["source"] == {"pointer": "/data/attributes/traits/nmae"}
    assert client.get("/flexible_assets/1").json()["data"]["attributes"]["traits"]["name"] == "nightly"
    good = send(
        client,
        "PATCH",
        "/flexible_assets/1",
        {"data": {"type": "flexible-assets", "attributes": {"traits": {"name": "n2"}}}},
    )
    assert good.status_code == 200, good.text


def test_document_section_without_resource_type_is_the_live_400(client: httpx.Client) -> None:
    for attributes in ({"content": "<p>x</p>"}, {"resource_type": "", "content": "<p>x</p>"}):
        response = send(
            client,
            "POST",
            "/documents/1/relationships/sections",
            {"data": {"type": "document-sections", "attributes": attributes}},
        )
        assert _errors(response, 400) == [
            {"status": 400, "title": "param is missing or the value is empty: resource_type"}
        ]
    assert len(client.get("/documents/1/relationships/sections").json()["data"]) == 1


def test_required_on_create_comes_from_the_spec(emu: Emulator) -> None:
    assert emu.spec.required_on_create["passwords"] == ("organization-id", "name")
    assert emu.spec.required_on_create["flexible-asset-fields"] == ("name", "kind", "flexible-asset-type-id")


def test_creates_lacking_spec_required_attributes_are_422(client: httpx.Client) -> None:
    cases = {
        "/passwords": ({"organization-id": 1}, ["/data/attributes/name"]),
        "/locations": ({"organization-id": 1}, ["/data/attributes/name"]),
        "/configurations": ({"organization-id": 1, "configuration-type-id": 1}, ["/data/attributes/name"]),
        "/flexible_assets": (
            {"organization-id": 1, "flexible-asset-type-id": 1},
            ["/data/attributes/traits"],
        ),
        "/flexible_asset_fields": ({"flexible-asset-type-id": 1}, ["/data/attributes/name", "/data/attributes/kind"]),
    }
    for path, (attributes, pointers) in cases.items():
        resource = path.strip("/").replace("_", "-")
        response = send(client, "POST", path, {"data": {"type": resource, "attributes": attributes}})
        errors = _errors(response)
        assert [e["source"]["pointer"] for e in errors] == pointers, path
        assert all(e["detail"] == "can't be blank" for e in errors), path
    field = send(
        client,
        "POST",
        "/flexible_asset_fields",
        {"data": {"type": "flexible-asset-fields", "attributes": {"name": "X", "kind": "Text"}}},
    )
    assert _errors(field)[0] == {
        "status": 422,
        "title": "Unprocessable Entity",
        "detail": "must exist",
        "source": {"pointer": "/data/attributes/flexible-asset-type"},
    }


def test_password_without_organization_keeps_the_observed_body(client: httpx.Client) -> None:
    response = send(client, "POST", "/passwords", {"data": {"type": "passwords", "attributes": {"name": "n"}}})
    assert _errors(response) == [
        {
            "status": 422,
            "title": "Valid organization_id is required",
            "source": {"pointer": "data/attributes/organization_id"},
        }
    ]


def test_field_type_comes_from_the_route_or_the_type_create(client: httpx.Client) -> None:
    nested = send(
        client,
        "POST",
        "/flexible_asset_types/1/relationships/flexible_asset_fields",
        {"data": {"type": "flexible-asset-fields", "attributes": {"name": "Site", "kind": "Text", "order": 5}}},
    )
    assert nested.status_code == 201, nested.text
    field = {"name": "Title", "kind": "Text", "order": 1, "required": True, "use-for-title": True, "show-in-list": True}
    inline = send(
        client,
        "POST",
        "/flexible_asset_types",
        {
            "data": {
                "type": "flexible-asset-types",
                "attributes": {"name": "Lines"},
                "relationships": {
                    "flexible-asset-fields": {"data": [{"type": "flexible-asset-fields", "attributes": field}]}
                },
            }
        },
    )
    assert inline.status_code == 201, inline.text
