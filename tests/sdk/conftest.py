"""Fixtures for the SDK building-block tests: anyio backend, in-memory keychain, scripted loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from tests.sdk.helpers import MemoryKeyring, ScriptedServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITGLUE_API_KEY", raising=False)
    monkeypatch.delenv("ITGLUE_INSTANCE", raising=False)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running
