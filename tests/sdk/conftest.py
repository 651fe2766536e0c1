"""Fixtures for the SDK building-block tests: anyio backend, in-memory keychain, scripted loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sdk.helpers import MemoryKeyring, ScriptedServer, keychain


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITGLUE_API_KEY", raising=False)
    monkeypatch.delenv("ITGLUE_INSTANCE", raising=False)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with keychain(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running
