"""Each emulator fault against the real clients, with the exact number of requests the retry policy implies.

The counts come from the emulator's own request accounting, so they are what reached the server; the retry
waits come from the client's injected sleep, so no test waits them out. Every scenario runs with the sync and
the async client.
"""

from __future__ import annotations

from typing import Any

import pytest

from itglue_emulator.faults import Latency
from itglue_sdk import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServiceUnavailableError,
)
from itglue_sdk.config.instances import make_instance
from tests.sdk_e2e.conftest import organization_count
from tests.sdk_e2e.harness import FAST_RETRIES, Harness

pytestmark = pytest.mark.anyio

ORGS = "/organizations"
ORG = "/organizations/{id}"


def list_orgs(client: Any) -> Any:
    return client.organizations.list()


def backoffs_are_tiny(waits: list[float]) -> bool:
    """Jittered backoff of FAST_RETRIES: half to all of 0.01, 0.02, 0.02 (capped) seconds."""
    return all(0.005 <= wait <= FAST_RETRIES.backoff_max for wait in waits)


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_server_errors_are_retried_three_times_then_raised(h: Harness, status: int) -> None:
    api = h.client()
    # Exactly four faults: a fifth attempt would succeed and the call would not raise.
    h.emulator.script_fault("GET", ORGS, status, count=4)
    with pytest.raises(ServerError) as caught:
        await api.run(list_orgs)
    assert type(caught.value) is ServerError
    assert caught.value.status_code == status
    assert h.emulator.request_count("GET", ORGS) == 4
    assert len(h.sleeps) == 3
    assert backoffs_are_tiny(h.sleeps)
    assert api.metrics().retries == {str(status): 3}


async def test_success_after_two_server_errors(h: Harness) -> None:
    api = h.client()
    h.emulator.script_fault("GET", ORGS, 502, count=2)
    organizations = await api.run(list_orgs)
    assert len(organizations) == organization_count(h.emulator)
    assert h.emulator.request_count("GET", ORGS) == 3
    assert len(h.sleeps) == 2
    assert api.metrics().attempts == 3


async def test_503_without_retry_after_fails_at_once(h: Harness) -> None:
    api = h.client()
    h.emulator.script_fault("GET", ORGS, 503, count=1)
    with pytest.raises(ServiceUnavailableError, match="maintenance"):
        await api.run(list_orgs)
    assert h.emulator.request_count("GET", ORGS) == 1
    assert h.sleeps == []


async def test_503_with_retry_after_waits_that_long_and_retries(h: Harness) -> None:
    api = h.client()
    h.emulator.script_fault("GET", ORGS, 503, count=1, retry_after=7)
    assert len(await api.run(list_orgs)) == organization_count(h.emulator)
    assert h.emulator.request_count("GET", ORGS) == 2
    assert h.sleeps == [7.0]


async def test_429_with_retry_after_waits_that_long_and_succeeds(h: Harness) -> None:
    api = h.client()
    h.emulator.burst_429(1, retry_after=3)
    assert len(await api.run(list_orgs)) == organization_count(h.emulator)
    assert h.emulator.request_count("GET", ORGS) == 2
    assert h.sleeps == [3.0]
    assert api.metrics().retries == {"429": 1}


async def test_429_without_retry_after_uses_the_fallback_waits(h: Harness) -> None:
    api = h.client()
    h.emulator.burst_429(2)
    assert len(await api.run(list_orgs)) == organization_count(h.emulator)
    assert h.emulator.request_count("GET", ORGS) == 3
    assert h.sleeps == list(FAST_RETRIES.rate_limit_waits[:2])


async def test_429_fallback_defaults_to_a_minute_then_gives_up(h: Harness) -> None:
    api = h.client(retry_policy=RetryPolicy())
    h.emulator.burst_429(4)
    with pytest.raises(RateLimitError):
        await api.run(list_orgs)
    assert h.emulator.request_count("GET", ORGS) == 4
    assert h.sleeps == [60.0, 120.0, 240.0]


async def test_get_is_retried_after_connection_resets(h: Harness) -> None:
    api = h.client()
    h.emulator.script_fault("GET", ORGS, kind="reset", count=2)
    assert len(await api.run(list_orgs)) == organization_count(h.emulator)
    assert h.emulator.request_count("GET", ORGS) == 3
    assert sum(api.metrics().retries.values()) == 2


async def test_get_gives_up_after_three_reconnects(h: Harness) -> None:
    api = h.client()
    h.emulator.script_fault("GET", ORGS, kind="reset", count=4)
    with pytest.raises(APIConnectionError, match="after 4 attempt"):
        await api.run(list_orgs)
    assert h.emulator.request_count("GET", ORGS) == 4


async def test_get_is_retried_after_a_truncated_body(h: Harness) -> None:
    api = h.client()
    h.emulator.script_fault("GET", ORGS, kind="truncate", count=1)
    assert len(await api.run(list_orgs)) == organization_count(h.emulator)
    assert h.emulator.request_count("GET", ORGS) == 2


async def test_post_with_a_truncated_answer_is_not_repeated(h: Harness) -> None:
    api = h.client()
    await api.run(list_orgs)  # validates the key, so the write below is the only POST
    before = organization_count(h.emulator)
    h.emulator.script_fault("POST", ORGS, kind="truncate", count=1)
    with pytest.raises(APIConnectionError, match="RemoteProtocolError on POST"):
        await api.run(lambda c: c.organizations.create({"name": "Truncated Ltd"}))
    # The server created the record before its answer was cut: repeating the POST would duplicate it.
    assert h.emulator.request_count("POST", ORGS) == 1
    assert organization_count(h.emulator) == before + 1


async def test_post_answered_500_is_not_retried_and_creates_nothing(h: Harness) -> None:
    api = h.client()
    await api.run(list_orgs)
    before = organization_count(h.emulator)
    h.emulator.script_fault("POST", ORGS, 500, count=1)
    with pytest.raises(ServerError):
        await api.run(lambda c: c.organizations.create({"name": "Once Ltd"}))
    # A retry would have reached the app (only one fault was scripted) and created the record.
    assert h.emulator.request_count("POST", ORGS) == 1
    assert organization_count(h.emulator) == before
    assert h.sleeps == []


async def test_post_answered_429_is_retried_and_creates_one_record(h: Harness) -> None:
    api = h.client()
    await api.run(list_orgs)
    before = organization_count(h.emulator)
    h.emulator.script_fault("POST", ORGS, 429, count=1)
    created = await api.run(lambda c: c.organizations.create({"name": "Patient Ltd"}))
    assert h.emulator.request_count("POST", ORGS) == 2
    assert organization_count(h.emulator) == before + 1
    names = [org.attributes.name for org in await api.run(list_orgs)]
    assert names.count("Patient Ltd") == 1
    assert created.attributes.name == "Patient Ltd"


async def test_post_is_not_retried_after_a_reset_once_sent(h: Harness) -> None:
    api = h.client()
    await api.run(list_orgs)
    before = organization_count(h.emulator)
    h.emulator.script_fault("POST", ORGS, kind="reset", count=1)
    with pytest.raises(APIConnectionError, match="POST /organizations after 1 attempt"):
        await api.run(lambda c: c.organizations.create({"name": "Maybe Ltd"}))
    assert h.emulator.request_count("POST", ORGS) == 1
    assert organization_count(h.emulator) == before


async def test_patch_is_retried_after_a_reset(h: Harness) -> None:
    api = h.client()
    [first, *_] = await api.run(list_orgs)
    h.emulator.script_fault("PATCH", ORG, kind="reset", count=1)
    updated = await api.run(lambda c: c.organizations.update(first.id, {"description": "replayed"}))
    assert updated.attributes.description == "replayed"
    assert h.emulator.request_count("PATCH", ORG) == 2


async def test_slow_answers_time_out(h: Harness) -> None:
    h.store.add(make_instance("slow", base_url=h.emulator.base_url, read_timeout=0.2, connect_timeout=2))
    api = h.client(instance="slow")
    await api.run(list_orgs)
    h.emulator.set_faults(latency=Latency("fixed", 0.6))
    with pytest.raises(APITimeoutError, match="ReadTimeout on GET /organizations after 4 attempt"):
        await api.run(list_orgs)
    assert h.emulator.request_count("GET", ORGS) == 1 + 4
    before = organization_count(h.emulator)
    with pytest.raises(APITimeoutError, match="after 1 attempt"):
        await api.run(lambda c: c.organizations.create({"name": "Slow Ltd"}))
    # The emulator applied the write and was slow to answer: one POST, one record, no duplicate.
    assert h.emulator.request_count("POST", ORGS) == 1
    assert organization_count(h.emulator) == before + 1
