"""Reads over the wire: document shape, paging, filters, sorting, includes and read errors."""

from __future__ import annotations

import httpx
import pytest

from itglue_emulator.app import Emulator


def names(response: httpx.Response) -> list[str]:
    return [item["attributes"]["name"] for item in response.json()["data"]]


def test_list_document_has_itglue_shape(client: httpx.Client, emu: Emulator) -> None:
    response = client.get("/organizations")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.api+json")
    document = response.json()
    first = document["data"][0]
    assert first["id"] == "1"
    assert first["type"] == "organizations"
    assert first["attributes"]["organization-type-id"] == 1
    assert first["relationships"] == {}
    assert document["meta"] == {
        "current-page": 1,
        "next-page": None,
        "prev-page": None,
        "total-pages": 1,
        "total-count": 3,
        "filters": {},
    }
    assert set(document["links"]) == {"self", "first", "last"}
    assert document["links"]["self"].startswith(emu.base_url + "/organizations?")


def test_paging_meta_and_links(client: httpx.Client) -> None:
    document = client.get("/organizations", params={"page[size]": 1, "page[number]": 2}).json()
    assert [item["id"] for item in document["data"]] == ["2"]
    meta = document["meta"]
    assert (meta["current-page"], meta["next-page"], meta["prev-page"], meta["total-pages"]) == (2, 3, 1, 3)
    links = document["links"]
    assert set(links) == {"self", "first", "last", "prev", "next"}
    assert "page[number]=3" in links["next"]
    assert "page[size]=1" in links["next"]
    assert client.get(links["next"]).json()["data"][0]["id"] == "3"


def test_page_size_defaults_to_50_and_clamps_over_1000(spec: object) -> None:
    from tests.emulator.helpers import tiny_estate

    estate = tiny_estate()
    estate["organizations"] = [{"id": i, "attributes": {"name": f"org {i:04d}"}} for i in range(1, 1202)]
    with Emulator.start(estate=estate, spec=spec) as emu, httpx.Client(base_url=emu.base_url) as http:
        http.headers["x-api-key"] = emu.api_key
        default = http.get("/organizations").json()
        assert len(default["data"]) == 50
        assert default["meta"]["total-pages"] == 25
        clamped = http.get("/organizations", params={"page[size]": 5000}).json()
        assert len(clamped["data"]) == 1000
        assert clamped["meta"]["total-pages"] == 2
        past_end = http.get("/organizations", params={"page[number]": 99}).json()
        assert past_end["data"] == []
        assert past_end["meta"]["next-page"] is None


@pytest.mark.parametrize("value", ["0", "-1", "abc"])
def test_bad_page_values_are_422(client: httpx.Client, value: str) -> None:
    assert client.get("/organizations", params={"page[size]": value}).status_code == 422


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"filter[name]": "acme"}, ["Acme"]),
        ({"filter[name]": "Happy Frog,Acme"}, ["Happy Frog", "Acme"]),
        ({"filter[name]": r"Kub\, Reynolds and Gibson"}, ["Kub, Reynolds and Gibson"]),
        ({"filter[organization-type-id]": "1"}, ["Happy Frog", "Kub, Reynolds and Gibson"]),
        ({"filter[exclude][name]": "Acme"}, ["Happy Frog", "Kub, Reynolds and Gibson"]),
        ({"filter[exclude][id]": "1,2"}, ["Acme"]),
        ({"filter[range][my_glue_account_id]": "15,*"}, ["Kub, Reynolds and Gibson"]),
        ({"filter[range][my_glue_account_id]": "*, 15"}, ["Happy Frog"]),
        ({"filter[primary]": "true"}, ["Happy Frog"]),
        ({"filter[created_at]": "2024-01-03"}, ["Kub, Reynolds and Gibson"]),
        ({"filter[psa_id]": "123"}, []),
    ],
)
def test_filters(client: httpx.Client, params: dict[str, str], expected: list[str]) -> None:
    response = client.get("/organizations", params=params)
    assert response.status_code == 200, response.text
    assert names(response) == expected


def test_filters_are_echoed_in_meta(client: httpx.Client) -> None:
    meta = client.get("/organizations", params={"filter[name]": "Acme", "filter[exclude][id]": "1"}).json()["meta"]
    assert meta["filters"] == {"name": "Acme", "exclude": {"id": "1"}}


def test_date_range_filter_with_open_end(client: httpx.Client) -> None:
    response = client.get("/logs", params={"filter[range][created_at]": "2024-02-10,*", "page[size]": 50})
    assert [item["id"] for item in response.json()["data"]] == ["10", "11", "12"]
    closed = client.get("/logs", params={"filter[range][created_at]": "2024-02-02, 2024-02-03"})
    assert [item["id"] for item in closed.json()["data"]] == ["2", "3"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["Acme", "Happy Frog", "Kub, Reynolds and Gibson"]),
        ("-name", ["Kub, Reynolds and Gibson", "Happy Frog", "Acme"]),
        ("-created-at", ["Acme", "Kub, Reynolds and Gibson", "Happy Frog"]),
        ("organization_type_name,-name", ["Kub, Reynolds and Gibson", "Happy Frog", "Acme"]),
    ],
)
def test_sorting(client: httpx.Client, sort: str, expected: list[str]) -> None:
    assert names(client.get("/organizations", params={"sort": sort})) == expected


def test_sorted_lists_follow_writes(client: httpx.Client) -> None:
    assert names(client.get("/organizations", params={"sort": "name"}))[0] == "Acme"
    renamed = client.patch(
        "/organizations/2",
        json={"data": {"type": "organizations", "attributes": {"name": "Aardvark Ltd"}}},
        headers={"content-type": "application/vnd.api+json"},
    )
    assert renamed.status_code == 200
    assert names(client.get("/organizations", params={"sort": "name"}))[0] == "Aardvark Ltd"
    assert names(client.get("/organizations", params={"sort": "name", "filter[name]": "Acme"})) == ["Acme"]


@pytest.mark.parametrize(
    "params",
    [{"filter[nope]": "1"}, {"sort": "nope"}, {"include": "nope"}, {"filter[range][name]": "a"}],
)
def test_bad_filter_sort_include_are_422(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/organizations", params=params)
    assert response.status_code == 422
    assert response.json()["errors"][0]["status"] == 422


def test_show_with_includes(client: httpx.Client) -> None:
    document = client.get("/configurations/1", params={"include": "attachments,related_items"}).json()
    relationships = document["data"]["relationships"]
    assert relationships["attachments"] == {"data": [{"id": "1", "type": "attachments"}]}
    assert relationships["related-items"] == {"data": [{"id": "1", "type": "related-items"}]}
    included = {(item["type"], item["id"]): item for item in document["included"]}
    attachment = included[("attachments", "1")]["attributes"]
    assert attachment["download-url"].endswith("/_emulator/files/attachments/1")
    assert client.get(attachment["download-url"]).content == b"hello"
    assert included[("related-items", "1")]["attributes"]["destination-id"] == 1


def test_nested_routes_scope_to_parent(client: httpx.Client) -> None:
    nested = client.get("/organizations/1/relationships/configurations")
    assert [item["id"] for item in nested.json()["data"]] == ["1", "2"]
    assert client.get("/organizations/2/relationships/configurations/1").status_code == 404
    assert client.get("/organizations/1/relationships/configurations/2").status_code == 200
    assert client.get("/organizations/999/relationships/configurations").status_code == 404


def test_unknown_id_is_json_404(client: httpx.Client) -> None:
    response = client.get("/organizations/999")
    assert response.status_code == 404
    error = response.json()["errors"][0]
    assert error["status"] == 404
    assert error["title"] == "Record not found"
    assert client.get("/organizations/abc").status_code == 404


def test_unknown_route_is_gateway_html_404(client: httpx.Client) -> None:
    response = client.get("/no_such_thing")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "The page you were looking for doesn't exist" in response.text
    # A known path with a method it does not serve is a routing miss too.
    assert client.put("/organizations", json={}).status_code == 404


def test_trailing_slash_is_tolerated(client: httpx.Client) -> None:
    assert client.get("/organizations/").status_code == 200
    assert client.get("/organizations/1/").json()["data"]["id"] == "1"


def test_flexible_assets_need_a_type_filter(client: httpx.Client) -> None:
    response = client.get("/flexible_assets")
    assert response.status_code == 422
    assert response.json() == {
        "errors": [
            {
                "status": 422,
                "title": "Cannot index flexible assets without providing a flexible asset type ID filter",
                "source": {"pointer": None},
            }
        ]
    }
    listed = client.get("/flexible_assets", params={"filter[flexible-asset-type-id]": "1"})
    assert listed.status_code == 200
    assert names(listed) == ["nightly"]


def test_logs_are_capped_at_five_pages(client: httpx.Client) -> None:
    meta = client.get("/logs", params={"page[size]": 2}).json()["meta"]
    assert meta["total-pages"] == 5
    assert meta["total-count"] == 10
    assert client.get("/logs", params={"page[size]": 2, "page[number]": 6}).json()["data"] == []


def test_denormalised_names_follow_the_referenced_record(client: httpx.Client) -> None:
    client.patch(
        "/organizations/1",
        json={"data": {"type": "organizations", "attributes": {"name": "Frog"}}},
        headers={"content-type": "application/vnd.api+json"},
    )
    configuration = client.get("/configurations/1").json()["data"]["attributes"]
    assert configuration["organization-name"] == "Frog"
    assert configuration["configuration-type-name"] == "Server"


def test_other_methods_end_in_the_html_404(client: httpx.Client) -> None:
    response = client.request("OPTIONS", "/organizations")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")


def test_community_client_follows_links_next_with_filter_sort_and_escaped_comma(client: httpx.Client) -> None:
    """What most community wrappers do: no page[size], then follow ``links.next`` until it is gone."""
    created = client.post(
        "/organizations",
        json={"data": [{"type": "organizations", "attributes": {"name": f"Client {i:03d}, Ltd"}} for i in range(120)]},
        headers={"content-type": "application/vnd.api+json"},
    )
    assert created.status_code == 201
    excluded = {"Client 007, Ltd", "Acme"}
    url: str | None = "/organizations"
    params: dict[str, str] | None = {"filter[exclude][name]": r"Client 007\, Ltd,Acme", "sort": "-name"}
    seen: list[str] = []
    order: list[str] = []
    total_count = None
    while url is not None:
        response = client.get(url, params=params)
        assert response.status_code == 200, response.text
        document = response.json()
        params = None  # the links carry the whole query from here on
        total_count = document["meta"]["total-count"]
        assert document["meta"]["filters"] == {"exclude": {"name": r"Client 007\, Ltd,Acme"}}
        seen.extend(item["id"] for item in document["data"])
        order.extend(item["attributes"]["name"] for item in document["data"])
        assert len(document["data"]) <= 50
        url = document["links"].get("next")
        if url is not None:
            assert "sort=-name" in url
            assert "filter[exclude][name]=Client+007%5C,+Ltd,Acme" in url
    assert len(seen) == len(set(seen)) == total_count == 3 + 120 - len(excluded)
    assert not excluded & set(order)
    assert order == sorted(order, key=str.casefold, reverse=True)
