"""Fixtures: the SDK's resource catalog over real loopback HTTP to the project's emulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_sdk import InstanceStore
from itglue_sdk._http.breaker import BreakerRegistry
from itglue_sdk._http.ratelimit import LimiterRegistry
from itglue_sdk._http.requester import HttpxRequester
from itglue_sdk.resources.catalog import ResourceCatalog


class Sent:
    """Records the requests that reached the wire."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


def http_client(emulator: Emulator, sent: Sent | None = None) -> httpx.Client:
    hooks = {"request": [sent]} if sent is not None else {}
    return httpx.Client(
        base_url=emulator.base_url, headers={"x-api-key": emulator.api_key}, timeout=10, event_hooks=hooks
    )


@pytest.fixture(scope="session")
def shared_emulator() -> Iterator[Emulator]:
    """A read-only estate shared by the whole module set (3 organizations: several pages at small sizes)."""
    with Emulator.start(orgs=3, seed=7) as emulator:
        yield emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh emulator for tests that write."""
    with Emulator.start(orgs=2, seed=3) as emulator:
        yield emulator


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def reader(shared_emulator: Emulator, sent: Sent) -> Iterator[ResourceCatalog]:
    """A sync catalog on the shared estate; ``sent`` sees its requests."""
    with http_client(shared_emulator, sent) as http:
        yield ResourceCatalog(HttpxRequester(http))


@pytest.fixture
def writer(emulator: Emulator) -> Iterator[ResourceCatalog]:
    """A sync catalog on a fresh estate."""
    with http_client(emulator) as http:
        yield ResourceCatalog(HttpxRequester(http))


@pytest.fixture
def isolated_clients(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> InstanceStore:
    """Real clients without the developer's environment, with registries of their own; returns their store."""
    for name in ("ITGLUE_API_KEY", "ITGLUE_INSTANCE", "ITGLUE_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("itglue_sdk._client.shared_breakers", BreakerRegistry())
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())
    return InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data", state_root=tmp_path / "state")


def client_options(emulator: Emulator, store: InstanceStore, **options: Any) -> dict[str, Any]:
    """Keyword arguments of an `ITGlueClient` / `AsyncITGlueClient` talking to ``emulator``."""
    return {
        "base_url": emulator.base_url,
        "api_key": emulator.api_key,
        "load_plugins": False,
        "instances": store,
        **options,
    }
