"""Writes over the wire: creates, updates, bulk operations, nested routes and resource rules."""

from __future__ import annotations

import re
import time
from typing import Any

import httpx
import pytest

from itglue_emulator.app import Emulator
from tests.emulator.helpers import JSON_API, b64, body

HEADERS = {"content-type": JSON_API}


def send(client: httpx.Client, method: str, url: str, payload: Any, **params: Any) -> httpx.Response:
    return client.request(method, url, json=payload, headers=HEADERS, params=params)


def test_create_single_with_snake_keys_and_type(client: httpx.Client) -> None:
    response = send(
        client,
        "POST",
        "/configurations",
        body("configurations", organization_id=2, configuration_type_id="1", name="fw-01"),
    )
    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert data["type"] == "configurations"
    assert data["id"].isdigit()
    attributes = data["attributes"]
    assert attributes["organization-id"] == 2
    assert attributes["configuration-type-id"] == 1
    assert attributes["organization-name"] == "Kub, Reynolds and Gibson"
    assert attributes["configuration-type-name"] == "Server"
    assert attributes["created-at"] == attributes["updated-at"]
    assert attributes["created-at"].endswith("Z")
    assert len(attributes["created-at"]) == 24
    assert attributes["resource-url"].endswith(f"/2/configurations/{data['id']}")
    assert client.get(f"/configurations/{data['id']}").json()["data"]["attributes"]["name"] == "fw-01"


def test_create_array_with_kebab_keys(client: httpx.Client) -> None:
    payload = {
        "data": [{"type": "contacts", "attributes": {"organization-id": 1, "first-name": f"n{i}"}} for i in range(3)]
    }
    response = send(client, "POST", "/contacts", payload)
    assert response.status_code == 201
    assert [item["attributes"]["first-name"] for item in response.json()["data"]] == ["n0", "n1", "n2"]


def test_wrong_type_is_422(client: httpx.Client) -> None:
    assert send(client, "POST", "/contacts", body("passwords", organization_id=1)).status_code == 422


def test_patch_keeps_unspecified_attributes_and_put_is_patch(client: httpx.Client) -> None:
    before = client.get("/organizations/1").json()["data"]["attributes"]
    response = send(client, "PATCH", "/organizations/1", body("organizations", short_name="FROG"))
    assert response.status_code == 200
    after = response.json()["data"]["attributes"]
    assert after["short-name"] == "FROG"
    assert after["name"] == before["name"]
    assert after["updated-at"] > before["updated-at"]
    put = send(client, "PUT", "/organizations/1", body("organizations", name="Frog Inc"))
    assert put.status_code == 200
    assert put.json()["data"]["attributes"]["short-name"] == "FROG"


def test_flexible_asset_traits_are_replaced_wholesale(client: httpx.Client) -> None:
    response = send(client, "PATCH", "/flexible_assets/1", body("flexible_assets", traits={"name": "weekly"}))
    assert response.status_code == 200
    attributes = response.json()["data"]["attributes"]
    assert attributes["traits"] == {"name": "weekly"}
    assert attributes["name"] == "weekly"
    assert attributes["organization-id"] == 1


def test_bulk_update_with_ids_in_attributes(client: httpx.Client) -> None:
    payload = {
        "data": [
            {"type": "configurations", "attributes": {"id": "1", "name": "a"}},
            {"type": "configurations", "attributes": {"id": 2, "archived": True}},
        ]
    }
    response = send(client, "PATCH", "/configurations", payload)
    assert response.status_code == 200
    assert [(d["id"], d["attributes"]["name"]) for d in response.json()["data"]] == [("1", "a"), ("2", "ws-01")]
    missing = send(
        client,
        "PATCH",
        "/configurations",
        {"data": [{"type": "configurations", "attributes": {"id": 999, "name": "x"}}]},
    )
    assert missing.status_code == 404


def test_bulk_delete_single_object_and_array(client: httpx.Client) -> None:
    single = send(client, "DELETE", "/organizations", {"data": {"type": "organizations", "attributes": {"id": "3"}}})
    assert single.status_code == 200
    assert single.json()["data"][0]["id"] == "3"
    assert client.get("/organizations/3").status_code == 404
    many = send(
        client,
        "DELETE",
        "/configurations",
        {"data": [{"type": "configurations", "attributes": {"id": i}} for i in (1, 2)]},
    )
    assert [d["id"] for d in many.json()["data"]] == ["1", "2"]


def test_bulk_filters_narrow_the_body_and_delete_alone(client: httpx.Client) -> None:
    both = {"data": [{"type": "configurations", "attributes": {"id": i, "notes": "n"}} for i in (1, 3)]}
    patched = send(client, "PATCH", "/configurations", both, **{"filter[organization_id]": 1})
    assert [d["id"] for d in patched.json()["data"]] == ["1"]  # 3 belongs to organization 2: left alone
    assert client.get("/configurations/3").json()["data"]["attributes"].get("notes") != "n"
    by_filter = client.request("DELETE", "/configurations", params={"filter[configuration_type_id]": "1"})
    assert by_filter.status_code == 200
    assert sorted(d["id"] for d in by_filter.json()["data"]) == ["1", "3"]
    assert client.get("/configurations/2").status_code == 200
    assert client.get("/configurations/1").status_code == 404
    neither = client.request("DELETE", "/configurations")
    assert neither.status_code == 422  # no body and no filter: nothing says what to delete


def test_member_delete_is_204(client: httpx.Client) -> None:
    response = client.delete("/passwords/1")
    assert response.status_code == 204
    assert response.content == b""
    assert client.get("/passwords/1").status_code == 404


def test_nested_create_applies_parent_id(client: httpx.Client) -> None:
    response = send(
        client, "POST", "/organizations/2/relationships/passwords", body("passwords", name="vpn", password="pw")
    )
    assert response.status_code == 201
    assert response.json()["data"]["attributes"]["organization-id"] == 2


def test_create_errors_match_itglue(client: httpx.Client) -> None:
    password = send(client, "POST", "/passwords", body("passwords", name="x"))
    assert password.status_code == 422
    assert password.json() == {
        "errors": [
            {
                "status": 422,
                "title": "Valid organization_id is required",
                "source": {"pointer": "data/attributes/organization_id"},
            }
        ]
    }
    configuration = send(client, "POST", "/configurations", body("configurations", organization_id=1, name="x"))
    error = configuration.json()["errors"][0]
    assert (configuration.status_code, error["detail"], error["source"]["pointer"]) == (
        422,
        "must exist",
        "/data/attributes/configuration-type",
    )
    assert send(client, "POST", "/configurations", {"nodata": 1}).status_code == 422
    bad_json = client.post("/configurations", content=b"{nope", headers=HEADERS)
    assert bad_json.status_code == 422


def test_related_items_create_patch_delete_and_duplicate(client: httpx.Client) -> None:
    url = "/passwords/1/relationships/related_items"
    payload = body("related_items", destination_type="Configuration", destination_id=1, notes="runs on")
    created = send(client, "POST", url, payload)
    assert created.status_code == 201
    attributes = created.json()["data"]["attributes"]
    assert attributes["destination-name"] == "srv-01"
    assert attributes["resource-id"] == 1
    assert send(client, "POST", url, payload).status_code == 422
    item_id = created.json()["data"]["id"]
    patched = send(client, "PATCH", f"{url}/{item_id}", body("related_items", notes="new", destination_id=2))
    assert patched.json()["data"]["attributes"]["notes"] == "new"
    assert patched.json()["data"]["attributes"]["destination-id"] == 1
    shown = client.get("/passwords/1", params={"include": "related_items"}).json()
    assert shown["data"]["relationships"]["related-items"]["data"] == [{"id": item_id, "type": "related-items"}]
    assert client.get(url).status_code == 404
    deleted = send(client, "DELETE", url, {"data": [{"type": "related_items", "attributes": {"id": item_id}}]})
    assert deleted.status_code == 200
    assert client.get("/passwords/1", params={"include": "related_items"}).json()["included"] == []


def test_attachments_upload_rename_download(client: httpx.Client) -> None:
    url = "/configurations/3/relationships/attachments"
    payload = body("attachments", attachment={"content": b64(b"%PDF-1.4 data"), "file_name": "manual.pdf"})
    created = send(client, "POST", url, payload)
    assert created.status_code == 201, created.text
    attributes = created.json()["data"]["attributes"]
    assert attributes["name"] == "manual.pdf"
    assert attributes["attachment-file-size"] == 13
    assert attributes["attachment-content-type"] == "application/pdf"
    assert attributes["ext"] == "pdf"
    download = client.get(attributes["download-url"])
    assert download.content == b"%PDF-1.4 data"
    assert download.headers["content-type"] == "application/pdf"
    attachment_id = created.json()["data"]["id"]
    renamed = send(client, "PATCH", f"{url}/{attachment_id}", body("attachments", name="Manual"))
    assert renamed.json()["data"]["attributes"]["name"] == "Manual"
    assert [d["id"] for d in client.get(url).json()["data"]] == [attachment_id]
    bad = send(client, "POST", url, body("attachments", attachment={"content": "not base64!", "file_name": "x"}))
    assert bad.status_code == 422


def test_documents_sections_images_and_publish(client: httpx.Client) -> None:
    document = send(client, "POST", "/organizations/1/relationships/documents", body("documents", name="Guide"))
    document_id = document.json()["data"]["id"]
    assert document.json()["data"]["attributes"]["published"] is False
    section = send(
        client,
        "POST",
        f"/documents/{document_id}/relationships/sections",
        body("document-sections", resource_type="Document::Text", content="<p>Hi</p>"),
    )
    assert section.status_code == 201
    assert section.json()["data"]["attributes"]["document-id"] == int(document_id)
    image = send(
        client,
        "POST",
        "/document_images",
        {
            "data": {
                "type": "document-images",
                "attributes": {
                    "target": {"type": "document", "id": int(document_id)},
                    "image": {"content": b64(b"\x89PNG"), "file-name": "x.png"},
                },
            }
        },
    )
    assert image.status_code == 201, image.text
    image_attributes = image.json()["data"]["attributes"]
    assert image_attributes["target-type"] == "documents"
    assert image_attributes["file-size"] == 4
    assert client.get(image_attributes["urls"]["original"]).content == b"\x89PNG"
    missing_target = send(
        client,
        "POST",
        "/document_images",
        {
            "data": {
                "type": "document-images",
                "attributes": {
                    "target": {"type": "gallery", "id": 999},
                    "image": {"content": b64(b"x"), "file_name": "x.png"},
                },
            }
        },
    )
    assert missing_target.status_code == 422
    published = client.patch(f"/documents/{document_id}/publish")
    assert published.status_code == 200
    assert published.json()["data"]["attributes"]["published"] is True
    assert client.delete(f"/document_images/{image.json()['data']['id']}").status_code == 204


def test_export_goes_pending_then_completed(client: httpx.Client) -> None:
    created = send(client, "POST", "/exports", body("exports", organization_id=1, include_logs=False))
    assert created.status_code == 201
    data = created.json()["data"]
    assert data["attributes"]["export-status"] == "pending"
    assert data["attributes"]["download-url"] is None
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        attributes = client.get(f"/exports/{data['id']}").json()["data"]["attributes"]
        if attributes["export-status"] == "completed":
            break
        time.sleep(0.05)
    assert attributes["export-status"] == "completed"
    archive = client.get(attributes["download-url"])
    assert archive.status_code == 200
    assert archive.content[:2] == b"PK"


def test_flexible_asset_type_with_inline_fields(client: httpx.Client) -> None:
    payload = {
        "data": {
            "type": "flexible_asset_types",
            "attributes": {"name": "Wifi"},
            "relationships": {
                "flexible_asset_fields": {
                    "data": [
                        {
                            "type": "flexible_asset_fields",
                            "attributes": {
                                "order": 1,
                                "name": "SSID Name",
                                "kind": "Text",
                                "use_for_title": True,
                                "show_in_list": True,
                            },
                        }
                    ]
                }
            },
        }
    }
    created = send(client, "POST", "/flexible_asset_types", payload)
    assert created.status_code == 201
    type_id = created.json()["data"]["id"]
    shown = client.get(f"/flexible_asset_types/{type_id}", params={"include": "flexible_asset_fields"}).json()
    fields = [item["attributes"] for item in shown["included"]]
    assert [(f["name"], f["name-key"], f["flexible-asset-type-id"]) for f in fields] == [
        ("SSID Name", "ssid-name", int(type_id))
    ]


@pytest.mark.parametrize("query", [{}, {"show_password": "false"}])
def test_password_visibility_on_writes(client: httpx.Client, query: dict[str, str]) -> None:
    created = send(client, "POST", "/passwords", body("passwords", organization_id=1, name="n", password="pw"), **query)
    assert "password" not in created.json()["data"]["attributes"]
    shown = send(
        client,
        "POST",
        "/passwords",
        body("passwords", organization_id=1, name="n", password="pw"),
        show_password="true",
    )
    assert shown.json()["data"]["attributes"]["password"] == "pw"


def test_password_visibility_on_reads(client: httpx.Client, emu: Emulator) -> None:
    assert client.get("/passwords/1").json()["data"]["attributes"]["password"] == "s3cret"
    assert "password" not in client.get("/passwords/1", params={"show_password": "false"}).json()["data"]["attributes"]
    assert "password" not in client.get("/passwords").json()["data"][0]["attributes"]
    restricted = {"x-api-key": emu.key_without_password_access()}
    shown = client.get("/passwords/1", params={"show_password": "true"}, headers=restricted)
    assert shown.status_code == 200
    assert "password" not in shown.json()["data"]["attributes"]


@pytest.mark.parametrize(
    "payload",
    [
        {"data": [{"type": "contacts", "attributes": [None, None]}]},
        body("contacts", organization_id={"id": 1}),
        {"data": {"type": "contacts", "relationships": 3}},
    ],
)
def test_malformed_resource_objects_are_422(client: httpx.Client, payload: Any) -> None:
    assert send(client, "POST", "/contacts", payload).status_code == 422


RUN_TIME_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$")


def test_timestamps_written_at_run_time_have_itglue_second_precision(client: httpx.Client) -> None:
    created = send(client, "POST", "/organizations", body("organizations", name="Stamp Ltd")).json()["data"]
    updated = send(client, "PATCH", f"/organizations/{created['id']}", body("organizations", alert="x")).json()["data"]
    for stamp in (created["attributes"]["created-at"], created["attributes"]["updated-at"]):
        assert RUN_TIME_TIMESTAMP.match(stamp), stamp
    assert RUN_TIME_TIMESTAMP.match(updated["attributes"]["updated-at"]), updated["attributes"]["updated-at"]


@pytest.mark.parametrize("path", ["/configurations", "/contacts", "/locations", "/documents"])
def test_top_level_create_without_an_organization_is_422(client: httpx.Client, path: str) -> None:
    resource = path.strip("/")
    attributes: dict[str, Any] = {"name": "orphan", "first_name": "Ann"} if resource == "contacts" else {"name": "x"}
    if resource == "contacts":
        attributes.pop("name")
    if resource == "configurations":
        attributes["configuration_type_id"] = 1
    before = client.get(path, params={"page[size]": 1000}).json()["meta"]["total-count"]
    response = send(client, "POST", path, body(resource, **attributes))
    assert response.status_code == 422, response.text
    assert response.json() == {
        "errors": [
            {
                "status": 422,
                "title": "Unprocessable Entity",
                "detail": "must exist",
                "source": {"pointer": "/data/attributes/organization"},
            }
        ]
    }
    assert client.get(path, params={"page[size]": 1000}).json()["meta"]["total-count"] == before


def test_configuration_without_organization_and_type_lists_both_errors(client: httpx.Client) -> None:
    response = send(client, "POST", "/configurations", body("configurations", name="x"))
    assert response.status_code == 422
    pointers = [error["source"]["pointer"] for error in response.json()["errors"]]
    assert pointers == ["/data/attributes/organization", "/data/attributes/configuration-type"]


@pytest.mark.parametrize("name", [None, "", "   "])
def test_organization_needs_a_name(client: httpx.Client, name: str | None) -> None:
    attributes = {"short_name": "NN"} if name is None else {"name": name}
    response = send(client, "POST", "/organizations", body("organizations", **attributes))
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "status": 422,
            "title": "Unprocessable Entity",
            "detail": "can't be blank",
            "source": {"pointer": "/data/attributes/name"},
        }
    ]


def test_required_attributes_are_all_or_nothing_in_an_array(client: httpx.Client) -> None:
    payload = {
        "data": [
            {"type": "organizations", "attributes": {"name": "Fine Ltd"}},
            {"type": "organizations", "attributes": {"short-name": "NONAME"}},
        ]
    }
    response = send(client, "POST", "/organizations", payload)
    assert response.status_code == 422
    assert response.json()["errors"][0]["source"] == {"pointer": "/data/1/attributes/name"}
    names = [o["attributes"]["name"] for o in client.get("/organizations").json()["data"]]
    assert "Fine Ltd" not in names


def test_nested_create_supplies_the_organization(client: httpx.Client) -> None:
    response = send(client, "POST", "/organizations/1/relationships/locations", body("locations", name="HQ"))
    assert response.status_code == 201, response.text
    assert response.json()["data"]["attributes"]["organization-id"] == 1


def test_bulk_delete_checks_each_item_type(client: httpx.Client) -> None:
    payload = {
        "data": [
            {"type": "configurations", "attributes": {"id": 1}},
            {"type": "passwords", "attributes": {"id": 2}},
        ]
    }
    response = send(client, "DELETE", "/configurations", payload)
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["source"] == {"pointer": "/data/1/type"}
    assert error["detail"] == "type must be configurations"
    assert client.get("/configurations/1").status_code == 200
    single = send(client, "DELETE", "/organizations", {"data": {"type": "contacts", "attributes": {"id": 3}}})
    assert single.status_code == 422
    assert single.json()["errors"][0]["source"] == {"pointer": "/data/type"}
    assert client.get("/organizations/3").status_code == 200
    snake_type = {"data": [{"type": "flexible_assets", "attributes": {"id": 1}}]}
    assert send(client, "DELETE", "/flexible_assets", snake_type).status_code == 200


def test_type_error_names_each_accepted_spelling_once(client: httpx.Client) -> None:
    one_word = send(client, "POST", "/contacts", body("passwords", organization_id=1))
    assert one_word.json()["errors"][0]["detail"] == "type must be contacts"
    two_words = send(client, "PATCH", "/flexible_assets/1", body("passwords", name="x"))
    assert two_words.json()["errors"][0]["detail"] == "type must be flexible-assets or flexible_assets"


def test_contact_name_is_derived_from_first_and_last_name(client: httpx.Client) -> None:
    created = send(
        client, "POST", "/contacts", body("contacts", organization_id=1, first_name=" Robert ", last_name="Storts")
    )
    assert created.status_code == 201, created.text
    contact = created.json()["data"]
    assert contact["attributes"]["name"] == "Robert Storts"
    renamed = send(client, "PATCH", f"/contacts/{contact['id']}", body("contacts", last_name="Stone"))
    assert renamed.json()["data"]["attributes"]["name"] == "Robert Stone"
    first_only = send(client, "PATCH", f"/contacts/{contact['id']}", body("contacts", **{"last-name": None}))
    assert first_only.json()["data"]["attributes"]["name"] == "Robert"
    assert client.get(f"/contacts/{contact['id']}").json()["data"]["attributes"]["name"] == "Robert"


def test_nested_create_with_snake_type_and_snake_attributes(client: httpx.Client) -> None:
    payload = {
        "data": {
            "type": "configuration_interfaces",
            "attributes": {
                "name": "eth0",
                "ip_address": "10.0.0.5",
                "mac_address": "00:11:22:33:44:55",
                "primary": True,
            },
        }
    }
    response = send(client, "POST", "/configurations/1/relationships/configuration_interfaces", payload)
    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert data["type"] == "configuration-interfaces"
    attributes = data["attributes"]
    assert (attributes["ip-address"], attributes["mac-address"], attributes["primary"]) == (
        "10.0.0.5",
        "00:11:22:33:44:55",
        True,
    )
    assert attributes["configuration-id"] == 1
    assert not any("_" in key for key in attributes)
    listed = client.get("/configurations/1/relationships/configuration_interfaces").json()["data"]
    assert data["id"] in [item["id"] for item in listed]


def test_dates_and_timestamps_are_stored_in_the_read_format(client: httpx.Client) -> None:
    given = {"warranty_expires_at": "", "purchased_at": "2024-03-05T10:11:12Z", "installed_at": "2023-01-02"}
    response = send(client, "PATCH", "/configurations/1", body("configurations", **given))
    assert response.status_code == 200, response.text
    attributes = response.json()["data"]["attributes"]
    assert (attributes["warranty-expires-at"], attributes["purchased-at"], attributes["installed-at"]) == (
        None,
        "2024-03-05",
        "2023-01-02",
    )
    bad = send(client, "PATCH", "/configurations/1", body("configurations", installed_at="soon"))
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["source"] == {"pointer": "/data/attributes/installed-at"}
