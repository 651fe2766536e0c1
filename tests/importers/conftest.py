"""The import tests' emulator over loopback and a client of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from itglue_emulator.app import Emulator
from itglue_sdk import ITGlueClient


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator.start(orgs=2, seed=11) as running:
        yield running


@pytest.fixture
def client(emulator: Emulator) -> Iterator[ITGlueClient]:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as made:
        yield made


@pytest.fixture
def organization_id(client: ITGlueClient) -> int:
    """An organization of the estate to import into."""
    return int(next(iter(client.organizations.list(page_size=1))).id)
