"""Reads against the emulator over loopback HTTP: every group, paging, nested routes, 404, passwords."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_sdk._exceptions import InvalidParameterError, NotFoundError, UnsupportedOperationError
from itglue_sdk._http.requester import AsyncHttpxRequester, HttpxRequester
from itglue_sdk._spec.index import load_spec, spec_document
from itglue_sdk.resources.catalog import AsyncResourceCatalog, ResourceCatalog, groups
from itglue_sdk.resources.passwords import PasswordRecord
from itglue_sdk.resources.service import ResourceService

from .conftest import Sent


def _needs_user_session(group: str) -> bool:
    """Whether the group's top-level list takes only a user session (JWT), not the API key (spec audit R3)."""
    op = load_spec().group(group).session_only.get(("list", None))
    return op is not None and spec_document()["paths"][op.path]["get"].get("security") == [{"UserSession": []}]


SESSION_ONLY_LISTS = [name for name in groups() if _needs_user_session(name)]
TOP_LEVEL_LISTS = [
    name
    for name in groups()
    if name not in ("attachments", "document_sections", "related_items", "document_images", "flexible_asset_fields")
    and name not in SESSION_ONLY_LISTS
]


def first_type_id(catalog: ResourceCatalog) -> str:
    return next(iter(catalog.flexible_asset_types.list(limit=1))).id


@pytest.mark.parametrize("group", TOP_LEVEL_LISTS)
def test_every_group_lists_across_pages(reader: ResourceCatalog, group: str) -> None:
    service: ResourceService[Any, Any] = getattr(reader, group)
    query: dict[str, Any] = {}
    if group == "flexible_assets":
        query = {"filter": {"flexible_asset_type_id": first_type_id(reader)}}
    pages = list(service.list(page_size=3, **query).iter_pages())
    records = [record for page in pages for record in page]
    total = pages[0].meta.total_count
    assert total is not None
    assert len(records) == total
    assert len({record.id for record in records}) == total
    assert len(pages) == max(1, -(-total // 3))
    assert [page.meta.current_page for page in pages] == list(range(1, len(pages) + 1))
    if "get" in service.actions and records:
        fetched = service.get(records[-1].id)
        assert fetched is not None
        assert fetched.id == records[-1].id
        assert type(fetched) is type(records[-1])


def test_session_only_lists_are_refused_before_sending(reader: ResourceCatalog, sent: Sent) -> None:
    assert sorted(SESSION_ONLY_LISTS) == ["checklist_tasks", "checklist_templates", "password_folders"]
    for group in SESSION_ONLY_LISTS:
        with pytest.raises(UnsupportedOperationError, match="needs a user session"):
            getattr(reader, group).list(page_size=3)
    assert sent.requests == []


def test_enough_groups_really_span_several_pages(reader: ResourceCatalog) -> None:
    multi = [
        g
        for g in TOP_LEVEL_LISTS
        if g != "flexible_assets" and len(list(getattr(reader, g).list(page_size=3).iter_pages())) > 1
    ]
    assert len(multi) >= 20


def test_nested_only_groups(reader: ResourceCatalog) -> None:
    document = next(iter(reader.documents.list(limit=1)))
    sections = list(reader.document_sections.within(document_id=document).list(page_size=2))
    assert all(section.attributes.document_id == int(document.id) for section in sections)
    asset_type = next(iter(reader.flexible_asset_types.list(limit=1)))
    fields = list(reader.flexible_asset_fields.within(flexible_asset_type_id=asset_type.id).list(page_size=2))
    assert fields
    assert all(field.attributes.flexible_asset_type_id == int(asset_type.id) for field in fields)
    country = next(iter(reader.countries.list(filter={"iso": "US"}, limit=1)), None) or next(
        iter(reader.countries.list(limit=1))
    )
    regions = list(reader.regions.within(country_id=country).list(page_size=5))
    assert all(region.attributes.country_id == int(country.id) for region in regions)


def test_nested_list_and_get_within_an_organization(reader: ResourceCatalog) -> None:
    org = next(iter(reader.organizations.list(sort="name", limit=1)))
    scoped = reader.configurations.within(organization_id=org)
    configs = list(scoped.list(page_size=4))
    assert configs
    assert {c.attributes.organization_id for c in configs} == {int(org.id)}
    everywhere = list(reader.configurations.list(filter={"organization_id": org.id}))
    assert sorted(c.id for c in configs) == sorted(c.id for c in everywhere)
    first = scoped.get(configs[0].id)
    assert first is not None
    assert first.id == configs[0].id


def test_filters_sort_and_limit(reader: ResourceCatalog) -> None:
    orgs = list(reader.organizations.list(sort="-name"))
    names = [o.attributes.name for o in orgs]
    assert names == sorted(names, key=str.casefold, reverse=True)
    target = orgs[0]
    only = list(reader.organizations.list(filter={"name": target.attributes.name}))
    assert [o.id for o in only] == [target.id]
    others = list(reader.organizations.list(filter={"exclude": {"name": target.attributes.name}}))
    assert target.id not in {o.id for o in others}
    assert len(others) == len(orgs) - 1
    limited = list(reader.configurations.list(page_size=4, limit=6))
    assert len(limited) == 6
    pages = list(reader.configurations.list(page_size=4, limit=6).iter_pages())
    assert [len(p) for p in pages] == [4, 2]


def test_limit_smaller_than_a_page_asks_for_a_smaller_page(reader: ResourceCatalog, sent: Sent) -> None:
    assert len(list(reader.contacts.list(limit=2))) == 2
    assert len(sent.requests) == 1
    assert sent.requests[0].url.params["page[size]"] == "2"
    assert list(reader.contacts.list(limit=0)) == []
    assert len(sent.requests) == 1


def test_invalid_queries_send_nothing(reader: ResourceCatalog, sent: Sent) -> None:
    with pytest.raises(InvalidParameterError, match="filter\\[name\\]"):
        reader.organizations.list(filter={"colour": "red"})
    with pytest.raises(InvalidParameterError):
        reader.organizations.list(sort="colour")
    with pytest.raises(InvalidParameterError):
        reader.passwords.get(1, include="organizations")
    with pytest.raises(InvalidParameterError):
        reader.flexible_assets.list()
    assert sent.requests == []


def test_get_missing_record_is_none_but_unknown_route_raises(reader: ResourceCatalog) -> None:
    assert reader.organizations.get(987654) is None
    assert reader.configurations.within(organization_id=987654).get(1) is None
    with pytest.raises(NotFoundError):
        list(reader.configurations.within(organization_id=987654).list())


def test_passwords_only_when_asked(reader: ResourceCatalog, sent: Sent) -> None:
    listed = next(iter(reader.passwords.list(limit=1)))
    assert isinstance(listed, PasswordRecord)
    assert listed.secret is None
    plain = reader.passwords.get(listed.id)
    assert plain is not None
    assert plain.secret is None
    assert sent.requests[-1].url.params["show_password"] == "false"
    shown = reader.passwords.get(listed.id, show_password=True)
    assert shown is not None
    assert shown.secret is not None
    value = shown.secret.reveal()
    assert value
    assert value not in repr(shown)
    assert value not in str(shown.to_dict())
    # The spec offers show_password on the index, but IT Glue (and so the emulator) never returns values there.
    listed_again = list(reader.passwords.list(show_password=True, limit=3))
    assert sent.requests[-1].url.params["show_password"] == "true"
    assert all(p.secret is None for p in listed_again)
    nested = reader.passwords.within(organization_id=shown.attributes.organization_id).get(shown, show_password=True)
    assert nested is not None
    assert nested.secret == shown.secret


def test_password_access_is_required(shared_emulator: Emulator) -> None:
    headers = {"x-api-key": shared_emulator.key_without_password_access()}
    with httpx.Client(base_url=shared_emulator.base_url, headers=headers, timeout=10) as http:
        catalog = ResourceCatalog(HttpxRequester(http))
        record = next(iter(catalog.passwords.list(limit=1)))
        denied = catalog.passwords.get(record.id, show_password=True)
        assert denied is None or denied.secret is None


def test_async_twin_reads(shared_emulator: Emulator) -> None:
    async def main() -> None:
        headers = {"x-api-key": shared_emulator.api_key}
        async with httpx.AsyncClient(base_url=shared_emulator.base_url, headers=headers, timeout=10) as http:
            catalog = AsyncResourceCatalog(AsyncHttpxRequester(http))
            records = [c async for c in catalog.configurations.list(page_size=7)]
            pages = [p async for p in catalog.configurations.list(page_size=7).iter_pages()]
            assert len(records) == pages[0].meta.total_count == sum(len(p) for p in pages)
            assert len(pages) > 1
            limited = [c async for c in catalog.contacts.list(page_size=2, limit=3)]
            assert len(limited) == 3
            got = await catalog.configurations.get(records[0].id)
            assert got is not None
            assert got.id == records[0].id
            assert await catalog.organizations.get(987654) is None
            password = await catalog.passwords.get(
                (await anext(aiter(catalog.passwords.list(limit=1)))).id, show_password=True
            )
            assert password is not None
            assert password.secret is not None
            org = await anext(aiter(catalog.organizations.list(limit=1)))
            nested = [c async for c in catalog.configurations.within(organization_id=org).list()]
            assert {c.attributes.organization_id for c in nested} == {int(org.id)}

    asyncio.run(main())


def test_pagers_are_iterators(reader: ResourceCatalog, sent: Sent) -> None:
    everything = [c.id for c in reader.configurations.list(page_size=5)]
    sent.requests.clear()
    pager = reader.configurations.list(page_size=5, prefetch=0)
    assert sent.requests == []  # nothing is fetched before the first record is asked for
    assert iter(pager) is pager
    first, second = next(pager), next(pager)
    assert len(sent.requests) == 1  # one page at a time: the next is asked for when this one is used up
    rest = [c.id for c in pager]  # a loop goes on where next() left off, across pages
    assert [first.id, second.id, *rest] == everything
    with pytest.raises(StopIteration):
        next(pager)
    limited = reader.contacts.list(page_size=2, limit=3)
    assert len({next(limited).id for _ in range(3)}) == 3
    assert next(limited, None) is None  # limit reached


def test_async_pagers_are_iterators(shared_emulator: Emulator) -> None:
    async def main() -> None:
        headers = {"x-api-key": shared_emulator.api_key}
        async with httpx.AsyncClient(base_url=shared_emulator.base_url, headers=headers, timeout=10) as http:
            catalog = AsyncResourceCatalog(AsyncHttpxRequester(http))
            everything = [c.id async for c in catalog.configurations.list(page_size=5)]
            pager = catalog.configurations.list(page_size=5)
            assert aiter(pager) is pager
            first = await anext(pager)
            rest = [c.id async for c in pager]
            assert [first.id, *rest] == everything
            assert await anext(pager, None) is None

    asyncio.run(main())


def test_one_page_at_a_time_for_a_loop_of_your_own(reader: ResourceCatalog, sent: Sent) -> None:
    every = [config.id for config in reader.configurations.list(sort="id")]
    sent.requests.clear()

    second = reader.configurations.page(2, sort="id", page_size=4)
    last_number = -(-len(every) // 4)
    last = reader.configurations.page(last_number, sort="id", page_size=4)

    assert [config.id for config in second] == every[4:8]
    assert second.meta.current_page == 2
    assert second.meta.next_page == 3
    assert second.meta.total_count == len(every)
    assert [config.id for config in last] == every[(last_number - 1) * 4 :]
    assert last.meta.next_page is None
    assert [request.url.params["page[number]"] for request in sent.requests] == ["2", str(last_number)]
    for bad in (0, -1):
        with pytest.raises(InvalidParameterError, match="start at 1"):
            reader.configurations.page(bad)
    with pytest.raises(InvalidParameterError, match="page size"):
        reader.configurations.page(1, page_size=1001)
    assert len(sent.requests) == 2


def test_async_twin_reads_one_page(shared_emulator: Emulator) -> None:
    async def main() -> None:
        headers = {"x-api-key": shared_emulator.api_key}
        async with httpx.AsyncClient(base_url=shared_emulator.base_url, headers=headers, timeout=10) as http:
            catalog = AsyncResourceCatalog(AsyncHttpxRequester(http))
            every = [c.id async for c in catalog.organizations.list(sort="-id")]
            page = await catalog.organizations.page(2, sort="-id", page_size=1)
            assert [record.id for record in page] == every[1:2]
            assert page.meta.total_count == len(every)

    asyncio.run(main())
