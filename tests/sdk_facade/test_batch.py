"""`client.batch` against the emulator: results in input order, progress, failures collected, shared pacing."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from itglue_api.models import Organization
from itglue_emulator.app import Emulator
from itglue_emulator.faults import Latency
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_sdk import (
    AsyncITGlueClient,
    BatchProgress,
    BatchResult,
    InstanceStore,
    InvalidParameterError,
    ItemResult,
    ITGlueClient,
    RetryPolicy,
)
from itglue_sdk.resources.batch import DEFAULT_CONCURRENCY, MAX_CONCURRENCY

from .conftest import client_options

BUDGET = 10
WINDOW = 0.5
QUICK_RETRIES = RetryPolicy(backoff_initial=0.01, backoff_max=0.02, rate_limit_waits=(0.01, 0.02, 0.04))


def items_for(emulator: Emulator) -> list[Any]:
    """Thirteen organization ids (more than the budget of one window), with one that is not an id at all."""
    ids = [int(record["id"]) for record in emulator.store.records("organizations")]
    items: list[Any] = [ids[n % len(ids)] for n in range(BUDGET + 3)]
    items[4] = "not-an-id"  # refused before sending: a failure of its own, the others go on
    return items


def options(emulator: Emulator, store: InstanceStore) -> dict[str, Any]:
    emulator.set_rate_limit(RateLimitConfig(budget=BUDGET, window=WINDOW))
    return client_options(emulator, store, rate_limit=BUDGET, rate_window=WINDOW, retry_policy=QUICK_RETRIES)


def check(result: BatchResult[Any, Organization | None], items: list[Any], progress: list[BatchProgress]) -> None:
    assert [r.item for r in result.results] == items
    for outcome in result.results:
        assert isinstance(outcome, ItemResult)
        if outcome.item == "not-an-id":
            assert isinstance(outcome.error, InvalidParameterError)
        else:
            assert outcome.value is not None
            assert outcome.value.id == str(outcome.item)
    assert [r.item for r in result.failed] == ["not-an-id"]
    assert len(result.succeeded) == len(items) - 1
    assert [p.done for p in progress] == list(range(1, len(items) + 1))
    assert {p.total for p in progress} == {len(items)}
    assert progress[-1].failed == 1


def check_paced(emulator: Emulator, client: ITGlueClient | AsyncITGlueClient, sent: int) -> None:
    assert emulator.stats()["statuses"] == {"200": sent}  # never a 429: the shared limiter held the batch back
    metrics = client.metrics()
    assert metrics.retries == {}
    assert metrics.throttle_waits > 0


def test_sync_batch_over_organizations(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    items = items_for(emulator)
    progress: list[BatchProgress] = []
    with ITGlueClient(**options(emulator, isolated_clients)) as client:
        result = client.batch(client.organizations.get, items, max_workers=4, progress=progress.append)
        check(result, items, progress)
        check_paced(emulator, client, len(items) - 1)


def test_async_batch_over_organizations(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    items = items_for(emulator)
    progress: list[BatchProgress] = []

    async def main() -> None:
        async with AsyncITGlueClient(**options(emulator, isolated_clients)) as client:

            async def read(org_id: Any) -> Organization | None:
                return await client.organizations.get(org_id)

            result = await client.batch(read, items, max_workers=4, progress=progress.append)
            check(result, items, progress)
            check_paced(emulator, client, len(items) - 1)

    asyncio.run(main())


# Sizing: 25 requests/s allowed at 0.4 s a request needs 10 in flight (13 with the headroom), more than the 8 a
# batch starts with. Fifty reads take about 2.5 s.
SIZED_BUDGET = 50
SIZED_WINDOW = 2.0
SIZED_LATENCY = 0.4
SIZED_ITEMS = 50


class InFlight:
    """Counts the operations running at once (sync threads or async tasks)."""

    def __init__(self) -> None:
        self.now = self.peak = 0
        self.lock = threading.Lock()

    @contextlib.contextmanager
    def one(self) -> Iterator[None]:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        try:
            yield
        finally:
            with self.lock:
                self.now -= 1


def sized_options(emulator: Emulator, store: InstanceStore) -> tuple[list[int], dict[str, Any]]:
    emulator.set_rate_limit(RateLimitConfig(budget=SIZED_BUDGET, window=SIZED_WINDOW))
    emulator.set_faults(latency=Latency(a=SIZED_LATENCY))
    ids = [int(record["id"]) for record in emulator.store.records("organizations")]
    items = [ids[n % len(ids)] for n in range(SIZED_ITEMS)]
    options = client_options(emulator, store, rate_limit=SIZED_BUDGET, rate_window=SIZED_WINDOW)
    return items, options


def check_sized(emulator: Emulator, result: BatchResult[int, Any], gauge: InFlight, metrics: Any) -> None:
    assert len(result.succeeded) == SIZED_ITEMS
    assert DEFAULT_CONCURRENCY < gauge.peak <= MAX_CONCURRENCY  # grown from the latency and the budget's rate
    assert emulator.stats()["statuses"] == {"200": SIZED_ITEMS + 1}  # never a 429
    assert metrics.retries == {}


def test_sync_batch_sizes_itself_to_latency_times_rate(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    items, options = sized_options(emulator, isolated_clients)
    gauge = InFlight()
    with ITGlueClient(**options) as client:
        client.organizations.get(items[0])  # the key's first use, which holds other requests back until answered

        def read(org_id: int) -> Organization | None:
            with gauge.one():
                return client.organizations.get(org_id)

        result = client.batch(read, items)
        check_sized(emulator, result, gauge, client.metrics())


def test_async_batch_sizes_itself_to_latency_times_rate(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    items, options = sized_options(emulator, isolated_clients)
    gauge = InFlight()

    async def main() -> None:
        async with AsyncITGlueClient(**options) as client:
            await client.organizations.get(items[0])

            async def read(org_id: int) -> Organization | None:
                with gauge.one():
                    return await client.organizations.get(org_id)

            result = await client.batch(read, items)
            check_sized(emulator, result, gauge, client.metrics())

    asyncio.run(main())


def test_explicit_max_workers_is_never_resized(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    items, options = sized_options(emulator, isolated_clients)
    gauge = InFlight()
    with ITGlueClient(**options) as client:

        def read(org_id: int) -> Organization | None:
            with gauge.one():
                return client.organizations.get(org_id)

        result = client.batch(read, items[:15], max_workers=5)
    assert len(result.succeeded) == 15
    assert gauge.peak == 5
