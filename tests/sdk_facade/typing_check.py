"""Type-checked by `test_typing.py` (not run): what mypy must accept, and the writes it must reject.

A line ending in ``# expect: <code>`` must produce exactly that mypy error; every other line must check clean
(``assert_type`` lines fail the check when the inferred type differs).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from itglue_api.models import Country, Organization, OrganizationWriteAttributes
from itglue_sdk import AsyncITGlueClient, AsyncPager, ITGlueClient, Page, SyncPager


def sync_client(client: ITGlueClient) -> None:
    assert_type(client.countries.get(1), Country | None)
    assert_type(client.countries.list(), SyncPager[Country])
    client.countries.create({"name": "Atlantis"})  # expect: attr-defined
    client.regions.update(1, {"name": "x"})  # expect: attr-defined
    client.operating_systems.delete(1)  # expect: attr-defined
    client.logs.bulk_delete([1])  # expect: attr-defined
    client.user_metrics.create_many([{}])  # expect: attr-defined
    client.checklist_tasks.bulk_update({1: {"name": "x"}})  # expect: attr-defined
    assert_type(client.organizations.create(OrganizationWriteAttributes(name="Acme")), Organization)
    pager = client.organizations.list()
    assert_type(next(pager), Organization)
    assert_type(iter(pager), SyncPager[Organization])
    records: Iterator[Organization] = pager
    assert_type(records, Iterator[Organization])
    assert_type(client.organizations.page(2, sort="-name", page_size=50), Page[Organization])
    client.organizations.page(2, sort="colour")  # expect: arg-type


async def async_client(client: AsyncITGlueClient) -> None:
    # A deliberate mismatch: proves a wrong inferred type is reported.
    assert_type(await client.platforms.get(1), object)  # expect: assert-type
    await client.domains.create({"name": "example.com"})  # expect: attr-defined
    await client.expirations.update(1, {})  # expect: attr-defined
    pager = client.organizations.list()
    assert_type(await anext(pager), Organization)
    assert_type(aiter(pager), AsyncPager[Organization])
    assert_type(await client.organizations.page(1), Page[Organization])
    records: AsyncIterator[Organization] = pager
    assert_type(records, AsyncIterator[Organization])
