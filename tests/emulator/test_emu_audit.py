"""The spec audit's confirmed mismatches (shared/reference/spec-audit.md), proven over HTTP against the emulator."""

from __future__ import annotations

from typing import Any

import httpx

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
