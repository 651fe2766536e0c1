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
