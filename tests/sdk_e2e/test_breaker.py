"""The circuit breaker's open / half-open / closed cycle against the emulator, on a fake clock.

A failed *call* is one logical request after its retries: with the default budget each failed GET costs four
requests, so five failed calls are twenty requests, and every later rejected call costs none.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.faults import Latency
from itglue_sdk import AsyncITGlueClient, CircuitOpenError, InstanceStore, ITGlueClient, ServerError
from tests.sdk_e2e.conftest import FakeClock
from tests.sdk_e2e.harness import FAST_RETRIES, Api, Harness

pytestmark = pytest.mark.anyio

ORGS = "/organizations"
THRESHOLD = 5
ATTEMPTS_PER_CALL = 1 + FAST_RETRIES.server_retries
RECOVERY = 60.0


def list_orgs(client: Any) -> Any:
    return client.organizations.list()


async def open_the_circuit(api: Api, emulator: Emulator) -> None:
    emulator.set_faults(error_rates={500: 1.0})
    for _ in range(THRESHOLD):
        with pytest.raises(ServerError):
            await api.run(list_orgs)
    assert emulator.request_count("GET", ORGS) == THRESHOLD * ATTEMPTS_PER_CALL
    assert api.metrics().breaker_state == "open"


async def test_open_half_open_closed_cycle(h: Harness, breaker_clock: FakeClock) -> None:
    api = h.client()
    await open_the_circuit(api, h.emulator)
    sent = h.emulator.request_count()

    with pytest.raises(CircuitOpenError, match="next probe in 60 s") as caught:
        await api.run(list_orgs)
    assert caught.value.retry_in == RECOVERY
    assert h.emulator.request_count() == sent  # rejected without touching the network

    breaker_clock.advance(RECOVERY - 1)
    with pytest.raises(CircuitOpenError):
        await api.run(list_orgs)
    assert h.emulator.request_count() == sent

    breaker_clock.advance(1)
    assert api.metrics().breaker_state == "half_open"
    h.emulator.reset()
    organizations = await api.run(list_orgs)  # the probe
    assert organizations
    assert h.emulator.request_count() == 1
    assert api.metrics().breaker_state == "closed"
    await api.run(list_orgs)
    assert h.emulator.request_count() == 2


async def test_a_failed_probe_opens_the_circuit_again(h: Harness, breaker_clock: FakeClock) -> None:
    api = h.client()
    await open_the_circuit(api, h.emulator)
    breaker_clock.advance(RECOVERY)
    h.emulator.reset(faults=False)
    with pytest.raises(ServerError):
        await api.run(list_orgs)  # the probe, with its own retries
    assert h.emulator.request_count() == ATTEMPTS_PER_CALL
    assert api.metrics().breaker_state == "open"
    with pytest.raises(CircuitOpenError, match="next probe in 60 s"):
        await api.run(list_orgs)
    assert h.emulator.request_count() == ATTEMPTS_PER_CALL


async def test_only_one_probe_goes_through(h: Harness, breaker_clock: FakeClock) -> None:
    api = h.client()
    # Until a key has worked once, the client sends one request at a time (auth.py validates the key first),
    # which would queue the second call behind the probe instead of racing it.
    await api.run(list_orgs)
    h.emulator.reset()
    await open_the_circuit(api, h.emulator)
    breaker_clock.advance(RECOVERY)
    h.emulator.reset()
    h.emulator.set_faults(latency=Latency("fixed", 0.3))  # keeps the probe in flight
    outcomes: list[str] = []

    async def call() -> None:
        try:
            await api.run(list_orgs)
            outcomes.append("ok")
        except CircuitOpenError:
            outcomes.append("rejected")

    async with anyio.create_task_group() as group:
        group.start_soon(call)
        await anyio.sleep(0.1)
        group.start_soon(call)
    assert outcomes == ["rejected", "ok"]
    assert h.emulator.request_count() == 1
    assert api.metrics().breaker_state == "closed"


async def test_client_errors_and_absorbed_blips_keep_it_closed(h: Harness) -> None:
    api = h.client()
    for _ in range(THRESHOLD + 1):
        assert await api.run(lambda c: c.organizations.get(999_999)) is None  # 404: the host is up
        h.emulator.script_fault("GET", ORGS, 502, count=1)
        await api.run(list_orgs)  # one retry absorbs it: the call succeeds
    assert api.metrics().breaker_state == "closed"


async def test_sync_and_async_clients_share_the_breaker_of_a_host(emulator: Emulator, store: InstanceStore) -> None:
    options: dict[str, Any] = {
        "base_url": emulator.base_url,
        "api_key": emulator.api_key,
        "instances": store,
        "load_plugins": False,
    }
    with ITGlueClient(retry_policy=FAST_RETRIES, sleep=lambda _: None, **options) as sync_client:
        await open_the_circuit(Api(sync_client, "sync"), emulator)
        sent = emulator.request_count()
        async with AsyncITGlueClient(**options) as async_client:
            with pytest.raises(CircuitOpenError):
                await async_client.organizations.get(1)
            assert async_client.metrics().breaker_state == "open"
    assert emulator.request_count() == sent
