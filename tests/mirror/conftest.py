"""The mirror tests' emulator over loopback and its two clients: the mirror's, and another that changes the estate
behind the mirror's back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from itglue_emulator.app import Emulator
from itglue_sdk import ITGlueClient


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator.start(orgs=3, seed=7) as running:
        yield running


@pytest.fixture
def client(emulator: Emulator) -> Iterator[ITGlueClient]:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as made:
        yield made


@pytest.fixture
def other(emulator: Emulator) -> Iterator[ITGlueClient]:
    """Another client: the changes a sync has to pick up are not made through the mirror's client."""
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as made:
        yield made
