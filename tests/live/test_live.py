"""Live checks against a real IT Glue instance (``pytest -m live``; see conftest.py for the settings).

The read-only checks send a handful of small GETs. The write round trip only runs with ``ITGLUE_LIVE_WRITE=1``
and touches nothing but the organization it creates.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from itglue_sdk import AsyncITGlueClient, Event, ITGlueClient

pytestmark = pytest.mark.live

SAMPLE = 3


def test_health_check(live_client: ITGlueClient) -> None:
    report = live_client.health_check()
    assert report.healthy, report.error
    assert report.latency_ms is not None
    assert report.rate_limit_headroom > 0


def test_reads_organizations(live_client: ITGlueClient) -> None:
    organizations = list(live_client.organizations.list(sort="name", limit=SAMPLE))
    assert organizations, "the instance has no organizations to read"
    for organization in organizations:
        assert organization.id
        assert isinstance(organization.attributes.name, str)
    fetched = live_client.organizations.get(organizations[0].id)
    assert fetched is not None
    assert fetched.id == organizations[0].id
    metrics = live_client.metrics()
    assert "429" not in metrics.retries
    assert metrics.breaker_state == "closed"


def test_pages_follow_next_page(live_client: ITGlueClient) -> None:
    pages = list(live_client.organization_types.list(page_size=1, limit=2).iter_pages())
    ids = [record.id for page in pages for record in page.data]
    assert len(ids) == len(set(ids))
    if len(pages) == 2:
        assert pages[1].meta.current_page == 2


def test_a_missing_record_reads_as_none(live_client: ITGlueClient) -> None:
    assert live_client.organizations.get(2_000_000_000) is None


def test_password_values_stay_hidden_unless_asked(live_client: ITGlueClient) -> None:
    for password in live_client.passwords.list(limit=SAMPLE):
        assert password.secret is None


@pytest.mark.anyio
async def test_async_client_reads_what_the_sync_client_reads(
    live_client: ITGlueClient, live_async_client: AsyncITGlueClient
) -> None:
    expected = [record.id for record in live_client.organization_types.list(sort="name", limit=SAMPLE)]
    got = [record.id async for record in live_async_client.organization_types.list(sort="name", limit=SAMPLE)]
    assert got == expected


@pytest.mark.usefixtures("live_writes")
def test_organization_round_trip(live_client: ITGlueClient) -> None:
    seen: list[Event] = []
    live_client.register_plugin(seen.append, "organization.*")
    name = f"itglue-sdk live test {datetime.now(UTC):%Y-%m-%d %H:%M:%S}"
    created = live_client.organizations.create({"name": name, "description": "created by the itglue-sdk live suite"})
    try:
        assert created.attributes.name == name
        updated = live_client.organizations.update(created.id, {"description": "updated by the itglue-sdk live suite"})
        assert updated.attributes.description == "updated by the itglue-sdk live suite"
        fetched = live_client.organizations.get(created.id)
        assert fetched is not None
        assert fetched.attributes.name == name
    finally:
        live_client.organizations.delete(created.id)
    assert live_client.organizations.get(created.id) is None
    assert [(event.type, event.record_id) for event in seen] == [
        ("organization.created", created.id),
        ("organization.updated", created.id),
        ("organization.deleted", created.id),
    ]
