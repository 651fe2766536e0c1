"""Fixtures: a fresh emulator per test, isolated SDK registries, and the sync/async client harness.

Clients share their circuit breaker (per base URL) and rate limiter (per base URL and key) through process-wide
registries. A port freed by one test's emulator can be handed to the next one, so every test gets new,
empty registries; the breakers of those registries run on a fake clock the breaker tests advance.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_sdk import InstanceStore
from itglue_sdk._http.breaker import BreakerRegistry, CircuitBreaker
from itglue_sdk._http.ratelimit import LimiterRegistry
from tests.sdk_e2e.harness import Flavour, Harness

E2E_ORGS = 3
E2E_SEED = 11


class FakeClock:
    """A monotonic clock that only moves when a test advances it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ClockedBreakers(BreakerRegistry):
    """A breaker registry whose breakers read ``clock`` (the SDK's registry always uses ``time.monotonic``)."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.made: dict[str, CircuitBreaker] = {}

    def get(self, base_url: str) -> CircuitBreaker:
        name = base_url.rstrip("/").lower()
        return self.made.setdefault(name, CircuitBreaker(name, clock=self.clock))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def breaker_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, breaker_clock: FakeClock) -> None:
    """No key or instance from the developer's environment; new breaker and limiter registries per test."""
    monkeypatch.delenv("ITGLUE_API_KEY", raising=False)
    monkeypatch.delenv("ITGLUE_INSTANCE", raising=False)
    monkeypatch.delenv("ITGLUE_CONFIG_DIR", raising=False)
    monkeypatch.setattr("itglue_sdk._client.shared_breakers", ClockedBreakers(breaker_clock))
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh emulator with a small estate, per test (tests write and inject faults)."""
    with Emulator.start(orgs=E2E_ORGS, seed=E2E_SEED) as running:
        yield running


@pytest.fixture
def store(tmp_path: Path) -> InstanceStore:
    """Profiles and key-usage state under the test's temporary folder."""
    return InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data", state_root=tmp_path / "state")


@pytest.fixture(params=["sync", "async"])
async def h(request: pytest.FixtureRequest, emulator: Emulator, store: InstanceStore) -> AsyncIterator[Harness]:
    """The client harness, once with `ITGlueClient` and once with `AsyncITGlueClient`."""
    flavour: Flavour = request.param
    harness = Harness(flavour, emulator, store)
    yield harness
    await harness.close()


def organization_count(emulator: Emulator) -> int:
    """Organizations in the emulator's store (ground truth, no request)."""
    return emulator.store.counts()["organizations"]
