"""Fixtures for the emulator tests: a tiny hand-made estate served over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.spec import ApiSpec, load_spec
from tests.emulator.helpers import tiny_estate


@pytest.fixture(scope="session")
def spec() -> ApiSpec:
    """The spec, loaded once for the whole session."""
    return load_spec()


@pytest.fixture
def emu(spec: ApiSpec) -> Iterator[Emulator]:
    """A fresh emulator on the tiny estate (exports complete after 0.2 s)."""
    with Emulator.start(estate=tiny_estate(), spec=spec, export_delay=0.2) as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> Iterator[httpx.Client]:
    """A raw httpx client with the Password Access key."""
    with httpx.Client(base_url=emu.base_url, headers={"x-api-key": emu.api_key}, timeout=10) as http:
        yield http
