"""The client-side limiter against the emulator's rate limit, with a small budget (20 requests per 2 s).

Twenty-one requests: the first 16 (80 %) go at once, the next four are paced ``window / limit`` = 0.1 s apart,
and the 21st waits for the first to leave the window, so exactly five requests wait, about two seconds in all.
"""

from __future__ import annotations

import time
from typing import Any

import anyio
import anyio.to_thread
import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_sdk import AsyncITGlueClient, InstanceStore, ITGlueClient
from tests.sdk_e2e.harness import FAST_RETRIES, Harness

pytestmark = pytest.mark.anyio

BUDGET = 20
WINDOW = 2.0
REQUESTS = BUDGET + 1
FREE = int(BUDGET * 0.8)
PACED = REQUESTS - FREE


def one_request(client: Any) -> Any:
    return client.organizations.list(page_size=1, limit=1)


def statuses(emulator: Emulator) -> dict[str, int]:
    answered: dict[str, int] = emulator.stats()["statuses"]
    return answered


async def test_limiter_paces_past_80_percent_and_never_meets_a_429(h: Harness) -> None:
    h.emulator.set_rate_limit(RateLimitConfig(budget=BUDGET, window=WINDOW))
    api = h.client(rate_limit=BUDGET, rate_window=WINDOW)
    started = time.monotonic()
    for _ in range(FREE):
        await api.run(one_request)
    assert api.metrics().throttle_waits == 0  # free up to 80 % of the budget
    for _ in range(PACED):
        await api.run(one_request)
    elapsed = time.monotonic() - started

    assert statuses(h.emulator) == {"200": REQUESTS}
    metrics = api.metrics()
    assert metrics.retries == {}
    assert metrics.throttle_waits == PACED
    assert metrics.throttle_seconds > WINDOW - 0.5
    assert elapsed >= WINDOW - 0.05


async def test_sync_and_async_clients_of_one_key_share_one_budget(emulator: Emulator, store: InstanceStore) -> None:
    emulator.set_rate_limit(RateLimitConfig(budget=BUDGET, window=WINDOW))
    options: dict[str, Any] = {
        "base_url": emulator.base_url,
        "api_key": emulator.api_key,
        "instances": store,
        "load_plugins": False,
        "rate_limit": BUDGET,
        "rate_window": WINDOW,
        "retry_policy": FAST_RETRIES,
    }
    with ITGlueClient(**options) as sync_client:
        async with AsyncITGlueClient(**options) as async_client:

            def sync_share() -> None:
                for _ in range(REQUESTS // 2 + 1):
                    list(sync_client.organizations.list(page_size=1, limit=1))

            async def async_share() -> None:
                for _ in range(REQUESTS // 2):
                    [_ async for _ in async_client.organizations.list(page_size=1, limit=1)]

            async with anyio.create_task_group() as group:
                group.start_soon(anyio.to_thread.run_sync, sync_share)
                group.start_soon(async_share)
            waits = sync_client.metrics().throttle_waits + async_client.metrics().throttle_waits

    # Separate budgets would let both clients run unthrottled and the 21st request would meet a 429.
    assert statuses(emulator) == {"200": REQUESTS}
    assert waits == PACED


class SlowFirstRequest(httpx.BaseTransport):
    """Holds the first request back after the limiter granted it, like a slow first connection would."""

    def __init__(self, delay: float) -> None:
        self.inner = httpx.HTTPTransport()
        self.delay = delay
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if self.sent == 1:
            time.sleep(self.delay)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_equal_budgets_never_meet_a_429_despite_uneven_latency(emulator: Emulator, store: InstanceStore) -> None:
    emulator.set_rate_limit(RateLimitConfig(budget=BUDGET, window=WINDOW))
    with ITGlueClient(
        base_url=emulator.base_url,
        api_key=emulator.api_key,
        instances=store,
        load_plugins=False,
        rate_limit=BUDGET,
        rate_window=WINDOW,
        retry_policy=FAST_RETRIES,
        transport=SlowFirstRequest(0.3),
    ) as client:
        for _ in range(REQUESTS):
            list(client.organizations.list(page_size=1, limit=1))
    assert statuses(emulator) == {"200": REQUESTS}
