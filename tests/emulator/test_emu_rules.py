"""IT Glue's documented business rules over the wire: traits, 422s, cascades, atomicity, versions, avatars."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.spec import ApiSpec
from tests.emulator.helpers import JSON_API, b64, body, tiny_estate

HEADERS = {"content-type": JSON_API}


def _field(field_id: int, type_id: int, order: int, name: str, kind: str, **options: Any) -> dict[str, Any]:
    attributes = {
        "flexible-asset-type-id": type_id,
        "order": order,
        "name": name,
        "name-key": name.lower().replace(" ", "-"),
        "kind": kind,
        "tag-type": options.pop("tag_type", None),
        "required": False,
        "use-for-title": False,
        "show-in-list": False,
    }
    attributes.update({k.replace("_", "-"): v for k, v in options.items()})
    return {"id": field_id, "attributes": attributes}


def rules_estate() -> dict[str, list[dict[str, Any]]]:
    """The tiny estate plus a tagging flexible asset type, folders, contacts and PSA-synced records."""
    estate = tiny_estate()
    estate["organizations"][1]["attributes"]["psa-integration"] = "manage"
    estate["organization-types"][0]["attributes"]["synced"] = True
    estate["manufacturers"] = [
        {"id": 1, "attributes": {"name": "Dell"}},
        {"id": 2, "attributes": {"name": "HP"}, "synced": True},
    ]
    estate["contacts"] = [
        {"id": 1, "attributes": {"organization-id": 1, "name": "Ann Lee", "first-name": "Ann", "last-name": "Lee"}},
        {"id": 2, "attributes": {"organization-id": 2, "name": "Bo Chan", "first-name": "Bo"}, "synced": True},
    ]
    estate["configurations"][0]["attributes"].update({"hostname": "srv-01.local", "primary-ip": "10.0.0.1"})
    estate["configuration-interfaces"] = [{"id": 1, "attributes": {"configuration-id": 1, "name": "eth0"}}]
    estate["flexible-asset-types"].append({"id": 2, "attributes": {"name": "Service"}})
    estate["flexible-asset-fields"] += [
        _field(2, 2, 1, "Name", "Text", required=True, use_for_title=True, show_in_list=True),
        _field(3, 2, 2, "Servers", "Tag", tag_type="Configurations"),
        _field(4, 2, 3, "Owner", "Tag", tag_type="Contacts"),
        _field(5, 2, 4, "Backup", "Tag", tag_type="FlexibleAssetType: 1"),
        _field(6, 2, 5, "Manual", "Upload"),
        _field(7, 2, 6, "Users", "Number"),
        _field(8, 2, 7, "Section", "Header"),
    ]
    estate["password-folders"] = [
        {"id": 1, "attributes": {"organization-id": 1, "name": "Infra", "parent-id": None}},
        {"id": 2, "attributes": {"organization-id": 1, "name": "Network", "parent-id": 1}},
        {"id": 3, "attributes": {"organization-id": 1, "name": "Vendors", "parent-id": None}},
    ]
    estate["passwords"].append(
        {"id": 2, "attributes": {"organization-id": 1, "name": "vendor", "password": "v1", "password-folder-id": 3}}
    )
    estate["document-images"] = [
        {"id": 1, "attributes": {"file-name": "a.png"}, "parent": {"type": "document-sections", "id": 1}},
        {"id": 2, "attributes": {"file-name": "b.png"}, "parent": {"type": "documents", "id": 1}},
    ]
    return estate


@pytest.fixture
def emu(spec: ApiSpec) -> Iterator[Emulator]:
    """An emulator on the rules estate (exports complete after 0.3 s)."""
    with Emulator.start(estate=rules_estate(), spec=spec, export_delay=0.3) as emulator:
        yield emulator


def send(client: httpx.Client, method: str, url: str, payload: Any, **params: Any) -> httpx.Response:
    return client.request(method, url, json=payload, headers=HEADERS, params=params)


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    errors: list[dict[str, Any]] = response.json()["errors"]
    assert len(errors) == 1
    assert errors[0]["status"] == status
    return errors[0]


def pointer(response: httpx.Response, status: int = 422) -> str | None:
    found: str | None = error(response, status)["source"]["pointer"]
    return found


def asset(traits: dict[str, Any], type_id: int = 2, organization_id: int = 1) -> dict[str, Any]:
    return body("flexible_assets", organization_id=organization_id, flexible_asset_type_id=type_id, traits=traits)


# -- flexible asset traits ---------------------------------------------------------------------------


def test_tag_traits_written_as_ids_come_back_in_the_read_shape(client: httpx.Client) -> None:
    traits = {"name": "Web", "servers": ["1", 3], "owner": 1, "backup": "1", "users": "12", "section": "x"}
    created = send(client, "POST", "/flexible_assets", asset(traits))
    assert created.status_code == 201, created.text
    attributes = created.json()["data"]["attributes"]
    assert attributes["name"] == "Web"
    stored = attributes["traits"]
    assert set(stored) == {"name", "servers", "owner", "backup", "users"}
    assert stored["users"] == 12
    servers = stored["servers"]
    assert servers["type"] == "Configurations"
    assert [(v["id"], v["name"]) for v in servers["values"]] == [(1, "srv-01"), (3, "srv-02")]
    assert servers["values"][0]["hostname"] == "srv-01.local"
    assert servers["values"][0]["primary-ip"] == "10.0.0.1"
    assert {"id", "name", "resource-url", "configuration-type-name", "organization-name"} <= set(servers["values"][0])
    assert stored["owner"] == {
        "type": "Contacts",
        "values": [
            {
                "id": 1,
                "name": "Ann Lee",
                "resource-url": None,
                "first-name": "Ann",
                "last-name": "Lee",
                "organization-name": None,
            }
        ],
    }
    assert stored["backup"]["type"] == "FlexibleAssetTypes"
    assert stored["backup"]["values"][0]["id"] == 1
    assert stored["backup"]["values"][0]["name"] == "nightly"
    shown = client.get(f"/flexible_assets/{created.json()['data']['id']}").json()["data"]["attributes"]
    assert shown["traits"] == stored


def test_patch_replaces_traits_and_accepts_the_read_shape_back(client: httpx.Client) -> None:
    created = send(client, "POST", "/flexible_assets", asset({"name": "Web", "servers": 1, "owner": [1]}))
    url = f"/flexible_assets/{created.json()['data']['id']}"
    read_shape = created.json()["data"]["attributes"]["traits"]["servers"]
    patched = send(client, "PATCH", url, body("flexible_assets", traits={"name": "Web 2", "servers": read_shape}))
    assert patched.status_code == 200, patched.text
    traits = patched.json()["data"]["attributes"]["traits"]
    assert set(traits) == {"name", "servers"}
    assert traits["servers"] == read_shape
    assert patched.json()["data"]["attributes"]["name"] == "Web 2"
    cleared = send(client, "PATCH", url, body("flexible_assets", traits={"name": "Web 2", "servers": None}))
    assert cleared.json()["data"]["attributes"]["traits"] == {"name": "Web 2"}


@pytest.mark.parametrize(
    ("traits", "expected"),
    [
        ({"name": "x", "servers": [1, 999]}, "/data/attributes/traits/servers"),
        ({"name": "x", "owner": "abc"}, "/data/attributes/traits/owner"),
        # A flexible asset of another type than the tag's FlexibleAssetType: 1.
        ({"name": "x", "backup": 2}, "/data/attributes/traits/backup"),
        ({"servers": 1}, "/data/attributes/traits/name"),
        ({"name": None, "owner": 1}, "/data/attributes/traits/name"),
    ],
)
def test_unknown_tags_and_missing_required_traits_are_422(
    client: httpx.Client, traits: dict[str, Any], expected: str
) -> None:
    send(client, "POST", "/flexible_assets", asset({"name": "other type asset"}))  # id 2, of type 2
    before = len(client.get("/flexible_assets", params={"filter[flexible_asset_type_id]": 2}).json()["data"])
    assert pointer(send(client, "POST", "/flexible_assets", asset(traits))) == expected
    after = client.get("/flexible_assets", params={"filter[flexible_asset_type_id]": 2}).json()["data"]
    assert len(after) == before


def test_patch_dropping_a_required_trait_is_422(client: httpx.Client) -> None:
    created = send(client, "POST", "/flexible_assets", asset({"name": "Web"}))
    url = f"/flexible_assets/{created.json()['data']['id']}"
    assert pointer(send(client, "PATCH", url, body("flexible_assets", traits={"owner": 1}))) == (
        "/data/attributes/traits/name"
    )
    assert client.get(url).json()["data"]["attributes"]["traits"] == {"name": "Web"}


def test_upload_traits_become_downloadable_files(client: httpx.Client) -> None:
    manual = {"content": b64(b"%PDF-1.4 manual"), "file_name": "manual.pdf"}
    created = send(client, "POST", "/flexible_assets", asset({"name": "Web", "manual": manual}))
    assert created.status_code == 201, created.text
    value = created.json()["data"]["attributes"]["traits"]["manual"]
    assert value["name"] == value["file-name"] == "manual.pdf"
    assert value["content-type"] == "application/pdf"
    assert value["file-size"] == 15
    assert isinstance(value["id"], int)
    download = client.get(value["download-url"])
    assert download.content == b"%PDF-1.4 manual"
    assert download.headers["content-type"] == "application/pdf"
    url = f"/flexible_assets/{created.json()['data']['id']}"
    kept = send(client, "PATCH", url, body("flexible_assets", traits={"name": "Web", "manual": value}))
    assert kept.json()["data"]["attributes"]["traits"]["manual"] == value
    bad = asset({"name": "Web", "manual": {"content": "not base64!", "file_name": "x.pdf"}})
    assert pointer(send(client, "POST", "/flexible_assets", bad)) == "/data/attributes/traits/manual"


# -- flexible asset types and fields -----------------------------------------------------------------


def _type_payload(*fields: dict[str, Any], **attributes: Any) -> dict[str, Any]:
    return {
        "data": {
            "type": "flexible_asset_types",
            "attributes": {"name": "Wifi", **attributes},
            "relationships": {
                "flexible_asset_fields": {
                    "data": [{"type": "flexible_asset_fields", "attributes": field} for field in fields]
                }
            },
        }
    }


TITLE = {"order": 1, "name": "SSID", "kind": "Text", "use_for_title": True, "show_in_list": True}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ((), "/data/relationships/flexible-asset-fields"),
        (({**TITLE, "use_for_title": False},), "/data/relationships/flexible-asset-fields"),
        (({**TITLE, "show_in_list": False},), "/data/relationships/flexible-asset-fields"),
        (
            (TITLE, {"order": 2, "name": "ssid", "kind": "Text"}),
            "/data/relationships/flexible-asset-fields/data/1/attributes/name",
        ),
        (
            (TITLE, {"order": 1, "name": "Key", "kind": "Password"}),
            "/data/relationships/flexible-asset-fields/data/1/attributes/order",
        ),
    ],
)
def test_flexible_asset_type_create_422s(
    client: httpx.Client, fields: tuple[dict[str, Any], ...], expected: str
) -> None:
    count = len(client.get("/flexible_asset_types").json()["data"])
    assert pointer(send(client, "POST", "/flexible_asset_types", _type_payload(*fields))) == expected
    assert len(client.get("/flexible_asset_types").json()["data"]) == count


def test_flexible_asset_type_fields_inline_in_attributes_is_500(client: httpx.Client) -> None:
    payload = body("flexible_asset_types", name="Wifi", fields=[TITLE])
    found = error(send(client, "POST", "/flexible_asset_types", payload), 500)
    assert "relationships" in found["detail"]


def test_flexible_asset_type_patch_with_relationships_is_403(client: httpx.Client) -> None:
    payload = _type_payload(TITLE)
    payload["data"]["attributes"] = {"name": "Renamed"}
    forbidden = send(client, "PATCH", "/flexible_asset_types/2", payload)
    assert forbidden.status_code == 403
    assert forbidden.json() == {"message": "Forbidden"}
    assert client.get("/flexible_asset_types/2").json()["data"]["attributes"]["name"] == "Service"
    renamed = send(client, "PATCH", "/flexible_asset_types/2", body("flexible_asset_types", name="Renamed"))
    assert renamed.status_code == 200
    assert renamed.json()["data"]["attributes"]["name"] == "Renamed"


def test_field_names_and_orders_are_unique_within_a_type(client: httpx.Client) -> None:
    url = "/flexible_asset_types/2/relationships/flexible_asset_fields"
    duplicate_name = body("flexible_asset_fields", name="servers", order=20, kind="Text")
    assert pointer(send(client, "POST", url, duplicate_name)) == "/data/attributes/name"
    duplicate_order = body("flexible_asset_fields", name="Location", order=2, kind="Text")
    assert pointer(send(client, "POST", url, duplicate_order)) == "/data/attributes/order"
    # The same name is fine in another type.
    other_type = body("flexible_asset_fields", flexible_asset_type_id=1, name="Servers", order=2, kind="Text")
    assert send(client, "POST", "/flexible_asset_fields", other_type).status_code == 201
    moved = send(client, "PATCH", "/flexible_asset_fields/7", body("flexible_asset_fields", order=1))
    assert pointer(moved) == "/data/attributes/order"


def test_kind_of_a_field_in_use_cannot_change(client: httpx.Client) -> None:
    assert (
        send(client, "PATCH", "/flexible_asset_fields/7", body("flexible_asset_fields", kind="Text")).status_code == 200
    )
    send(client, "POST", "/flexible_assets", asset({"name": "Web", "owner": 1}))
    in_use = send(client, "PATCH", "/flexible_asset_fields/4", body("flexible_asset_fields", kind="Text"))
    assert pointer(in_use) == "/data/attributes/kind"
    assert client.get("/flexible_asset_fields/4").json()["data"]["attributes"]["kind"] == "Tag"
    unchanged = send(client, "PATCH", "/flexible_asset_fields/4", body("flexible_asset_fields", kind="Tag", hint="h"))
    assert unchanged.status_code == 200


# -- other documented 422s ---------------------------------------------------------------------------


def _delete_folders(client: httpx.Client, *ids: int) -> httpx.Response:
    payload = {"data": [{"type": "password_folders", "attributes": {"id": i}} for i in ids]}
    return send(client, "DELETE", "/organizations/1/relationships/password_folders", payload)


def test_password_folders_with_children_or_passwords_cannot_be_deleted(client: httpx.Client) -> None:
    assert pointer(_delete_folders(client, 1)) == "/data/0/attributes/id"
    assert pointer(_delete_folders(client, 2, 3)) == "/data/1/attributes/id"
    # Nothing was deleted by the failed request.
    assert len(client.get("/organizations/1/relationships/password_folders").json()["data"]) == 3
    both = _delete_folders(client, 1, 2)
    assert both.status_code == 200, both.text
    assert [d["id"] for d in both.json()["data"]] == ["1", "2"]
    client.delete("/passwords/2")
    assert _delete_folders(client, 3).status_code == 200


def test_psa_synced_organizations_accept_only_alert_description_and_quick_notes(client: httpx.Client) -> None:
    renamed = send(client, "PATCH", "/organizations/2", body("organizations", name="New", alert="x"))
    found = error(renamed, 422)
    assert found["source"]["pointer"] == "/data/attributes/name"
    assert found["title"] == "Cannot update an externally synced record"
    allowed = body("organizations", alert="On hold", description="d", quick_notes="q", name="Kub, Reynolds and Gibson")
    assert send(client, "PATCH", "/organizations/2", allowed).status_code == 200
    bulk = {
        "data": [
            {"type": "organizations", "attributes": {"id": 1, "name": "Frog"}},
            {"type": "organizations", "attributes": {"id": 2, "short_name": "K"}},
        ]
    }
    assert pointer(send(client, "PATCH", "/organizations", bulk)) == "/data/1/attributes/short-name"
    assert client.get("/organizations/1").json()["data"]["attributes"]["name"] == "Happy Frog"


@pytest.mark.parametrize(
    ("url", "payload", "allowed"),
    [
        ("/contacts/2", body("contacts", title="CTO"), "/contacts/1"),
        ("/organization_types/1", body("organization_types", name="Client"), None),
        ("/manufacturers/2", body("manufacturers", name="HPE"), "/manufacturers/1"),
    ],
)
def test_psa_synced_records_reject_updates(
    client: httpx.Client, url: str, payload: dict[str, Any], allowed: str | None
) -> None:
    assert error(send(client, "PATCH", url, payload), 422)["title"] == "Cannot update an externally synced record"
    if allowed is not None:
        assert send(client, "PATCH", allowed, payload).status_code == 200


def test_generated_estate_psa_synced_organization_rejects_a_rename(spec: ApiSpec) -> None:
    with (
        Emulator.start(orgs=8, seed=1, spec=spec) as emulator,
        httpx.Client(base_url=emulator.base_url, headers={"x-api-key": emulator.api_key}) as http,
    ):
        organizations = http.get("/organizations", params={"page[size]": 8, "sort": "id"}).json()["data"]
        synced = organizations[7]
        assert synced["attributes"]["psa-integration"] == "manage"
        rename = body("organizations", name="Renamed")
        assert send(http, "PATCH", f"/organizations/{synced['id']}", rename).status_code == 422
        assert send(http, "PATCH", f"/organizations/{organizations[1]['id']}", rename).status_code == 200


def test_only_one_export_may_be_pending(client: httpx.Client) -> None:
    first = send(client, "POST", "/exports", body("exports", organization_id=1))
    assert first.status_code == 201
    found = error(send(client, "POST", "/exports", body("exports", organization_id=2)), 422)
    assert found["title"] == "Please check if there is an existing export!"
    deadline = time.monotonic() + 5
    while client.get(f"/exports/{first.json()['data']['id']}").json()["data"]["attributes"]["export-status"] != (
        "completed"
    ):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert send(client, "POST", "/exports", body("exports", organization_id=2)).status_code == 201


# -- cascades ----------------------------------------------------------------------------------------


def test_deleting_a_configuration_deletes_its_attachments_links_and_interfaces(
    client: httpx.Client, emu: Emulator
) -> None:
    pointing = send(
        client,
        "POST",
        "/passwords/1/relationships/related_items",
        body("related_items", destination_type="Configuration", destination_id=1),
    )
    assert pointing.status_code == 201
    embedded = send(
        client,
        "POST",
        "/passwords",
        body("passwords", organization_id=1, name="idrac", resource_id=1, resource_type="Configuration"),
    )
    deleted = send(client, "DELETE", "/configurations", {"data": [{"type": "configurations", "attributes": {"id": 1}}]})
    assert deleted.status_code == 200
    assert client.get("/configurations/1/relationships/attachments/1").status_code == 404
    assert client.get("/passwords/1", params={"include": "related_items"}).json()["included"] == []
    assert client.get(f"/passwords/{embedded.json()['data']['id']}").status_code == 404
    assert client.get("/passwords/1").status_code == 200
    assert emu.store.get("configuration-interfaces", 1) is None
    assert emu.store.get("attachments", 1) is None


def test_deleting_a_document_deletes_its_sections_and_images(client: httpx.Client, emu: Emulator) -> None:
    payload = {"data": [{"type": "documents", "attributes": {"id": 1}}]}
    assert send(client, "DELETE", "/documents", payload).status_code == 200
    assert client.get("/documents/1/relationships/sections/1").status_code == 404
    assert client.get("/document_images/1").status_code == 404
    assert client.get("/document_images/2").status_code == 404
    assert emu.store.counts()["document-sections"] == 0


def test_deleting_a_gallery_section_deletes_its_images(client: httpx.Client) -> None:
    assert client.delete("/documents/1/relationships/sections/1").status_code == 204
    assert client.get("/document_images/1").status_code == 404
    assert client.get("/document_images/2").status_code == 200


def test_deleting_an_organization_deletes_its_records(client: httpx.Client) -> None:
    payload = {"data": {"type": "organizations", "attributes": {"id": 1}}}
    assert send(client, "DELETE", "/organizations", payload).status_code == 200
    assert client.get("/configurations/1").status_code == 404
    assert client.get("/passwords/1").status_code == 404
    assert client.get("/flexible_assets/1").status_code == 404
    assert client.get("/configurations/3").status_code == 200


# -- atomicity ---------------------------------------------------------------------------------------


def test_bulk_create_is_all_or_nothing(client: httpx.Client) -> None:
    count = len(client.get("/organizations").json()["data"])
    payload = {
        "data": [
            {"type": "organizations", "attributes": {"name": "Fine"}},
            {"type": "organizations", "attributes": {"name": 123}},
        ]
    }
    assert pointer(send(client, "POST", "/organizations", payload)) == "/data/1/attributes/name"
    assert len(client.get("/organizations").json()["data"]) == count
    passwords = {"data": [body("passwords", organization_id=1, name="a")["data"], body("passwords", name="b")["data"]]}
    assert pointer(send(client, "POST", "/passwords", passwords)) == "data/1/attributes/organization_id"
    fine = send(client, "POST", "/organizations", {"data": [payload["data"][0]]})
    # The failed requests consumed no ids.
    assert fine.json()["data"][0]["id"] == "4"


def test_bulk_update_is_all_or_nothing(client: httpx.Client) -> None:
    payload = {
        "data": [
            {"type": "configurations", "attributes": {"id": 1, "name": "renamed"}},
            {"type": "configurations", "attributes": {"id": 2, "archived": "maybe"}},
        ]
    }
    assert pointer(send(client, "PATCH", "/configurations", payload)) == "/data/1/attributes/archived"
    attributes = client.get("/configurations/1").json()["data"]["attributes"]
    assert attributes["name"] == "srv-01"
    assert attributes["updated-at"] == "2024-01-01T10:00:00.000Z"


def test_a_failing_inline_field_creates_no_type(client: httpx.Client, emu: Emulator) -> None:
    fields_before = emu.store.counts()["flexible-asset-fields"]
    payload = _type_payload(TITLE, {"order": 2, "name": "Band", "kind": "Select", "required": "perhaps"})
    assert send(client, "POST", "/flexible_asset_types", payload).status_code == 422
    assert emu.store.counts()["flexible-asset-fields"] == fields_before
    assert len(client.get("/flexible_asset_types").json()["data"]) == 2


# -- password versions and avatars -------------------------------------------------------------------


def test_password_versions(client: httpx.Client) -> None:
    first = send(client, "PATCH", "/passwords/1", body("passwords", password="n3w"))
    assert first.status_code == 200
    second = send(client, "PATCH", "/passwords/1", body("passwords", username="admin"))
    assert second.status_code == 200
    # The first change recorded the estate's state (version 1), then the new one (2); the second change 3.
    old = client.get("/passwords/1", params={"version_id": 1}).json()["data"]["attributes"]
    assert (old["password"], old["username"]) == ("s3cret", "root")
    middle = client.get("/passwords/1", params={"version_id": 2}).json()["data"]["attributes"]
    assert (middle["password"], middle["username"]) == ("n3w", "root")
    latest = client.get("/passwords/1", params={"version_id": 3}).json()["data"]
    assert latest["attributes"]["username"] == "admin"
    assert latest["id"] == "1"
    unchanged = send(client, "PATCH", "/passwords/1", body("passwords", username="admin"))
    assert unchanged.status_code == 200
    assert client.get("/passwords/1", params={"version_id": 4}).status_code == 404
    created = send(client, "POST", "/passwords", body("passwords", organization_id=1, name="new", password="p"))
    new_id = created.json()["data"]["id"]
    assert client.get(f"/passwords/{new_id}", params={"version_id": 4}).json()["data"]["attributes"]["password"] == "p"
    assert client.get("/passwords/1", params={"version_id": 4}).status_code == 404
    assert client.get("/passwords/1", params={"version_id": "x"}).status_code == 422


def test_password_change_sets_password_updated_at(client: httpx.Client) -> None:
    patched = send(client, "PATCH", "/passwords/1", body("passwords", password="n3w"), show_password="true")
    attributes = patched.json()["data"]["attributes"]
    assert attributes["password"] == "n3w"
    assert attributes["password-updated-at"] == attributes["updated-at"]


def test_user_avatar_upload(client: httpx.Client, emu: Emulator) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    payload = body("users", first_name="Test", avatar={"content": b64(png), "file_name": "me.png"})
    patched = send(client, "PATCH", "/users/1", payload)
    assert patched.status_code == 200, patched.text
    avatar = patched.json()["data"]["attributes"]["avatar"]
    assert avatar == f"{emu.base_url}/_emulator/files/users/1"
    download = client.get(avatar)
    assert download.content == png
    assert download.headers["content-type"] == "image/png"
    assert client.get("/users/1").json()["data"]["attributes"]["avatar"] == avatar
    assert pointer(send(client, "PATCH", "/users/1", body("users", avatar="me.png"))) == "/data/attributes/avatar"
    cleared = send(client, "PATCH", "/users/1", body("users", avatar=None))
    assert cleared.json()["data"]["attributes"]["avatar"] == ""
    assert client.get(avatar).status_code == 404
