"""The opt-in live suite: checks against a real IT Glue instance, never part of a default run or of CI.

How to run it::

    ITGLUE_LIVE_INSTANCE=sandbox uv run pytest -m live tests/live            # read-only checks
    ITGLUE_LIVE_INSTANCE=sandbox ITGLUE_LIVE_WRITE=1 uv run pytest -m live tests/live   # + a write round trip
    ITGLUE_LIVE_INSTANCE=sandbox uv run pytest -m live tests/live --record-cassettes cassettes/

* ``ITGLUE_LIVE_INSTANCE`` names an instance (``production`` or one added with ``itglue instances add``); the key
  comes from ``ITGLUE_API_KEY`` or the OS keychain entry of that instance (``itglue auth set``), as for any client.
* ``ITGLUE_LIVE_WRITE=1`` also runs the create / update / delete round trip on an organization named
  ``itglue-sdk live test <UTC timestamp>``, deleted at the end even when the test fails.
* ``--record-cassettes DIR`` (or ``ITGLUE_LIVE_CASSETTES=DIR``) records one scrubbed cassette per test with the
  scrubbing of `tests.cassettes`; each cassette is checked for the key before the test passes.

Tests marked ``live`` are deselected unless the ``-m`` expression asks for them, so ``pytest`` and CI never send a
request to a real instance; asked for without an instance configured, they skip and say why.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from itglue_sdk import AsyncITGlueClient, ITGlueClient, MissingAPIKeyError
from itglue_sdk.config.keys import resolve_api_key
from tests.cassettes import cassette_recorder, leaked_secrets

LIVE_INSTANCE_ENV = "ITGLUE_LIVE_INSTANCE"
LIVE_WRITE_ENV = "ITGLUE_LIVE_WRITE"
LIVE_CASSETTES_ENV = "ITGLUE_LIVE_CASSETTES"
RECORD_OPTION = "--record-cassettes"  # declared in tests/conftest.py, with the deselection of live tests


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def live_instance() -> str:
    """The configured instance's name; skips the test when none is configured."""
    name = os.environ.get(LIVE_INSTANCE_ENV, "").strip()
    if not name:
        pytest.skip(
            f"no live IT Glue instance configured: set {LIVE_INSTANCE_ENV} to an instance name "
            "(and store its key with `itglue auth set` or ITGLUE_API_KEY)"
        )
    return name


@pytest.fixture(scope="session")
def live_key(live_instance: str) -> str:
    """The instance's key, resolved like the clients do (only used to check recordings for it)."""
    try:
        return resolve_api_key(live_instance)
    except MissingAPIKeyError as exc:  # KeyringUnavailableError included
        pytest.skip(f"live instance {live_instance!r} has no usable key: {exc}")


@pytest.fixture
def live_writes() -> None:
    """Skips the test unless writes to the live instance were allowed explicitly."""
    if os.environ.get(LIVE_WRITE_ENV) != "1":
        pytest.skip(f"live writes are off: set {LIVE_WRITE_ENV}=1 to run the create/update/delete round trip")


def _cassette_dir(config: pytest.Config) -> Path | None:
    chosen = config.getoption(RECORD_OPTION, default=None) or os.environ.get(LIVE_CASSETTES_ENV)
    return Path(chosen) if chosen else None


@pytest.fixture
def recording(request: pytest.FixtureRequest, live_key: str) -> Iterator[None]:
    """Record the test's traffic to a scrubbed cassette when asked to, then check it holds no key."""
    folder = _cassette_dir(request.config)
    if folder is None:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    cassette = folder / (re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name) + ".yaml")
    with cassette_recorder().use_cassette(str(cassette)):
        yield
    if cassette.exists():
        assert leaked_secrets(cassette, [live_key]) == [], f"{cassette} holds the API key"


@pytest.fixture
def live_client(live_instance: str, live_key: str, recording: None) -> Iterator[ITGlueClient]:
    """A sync client of the live instance; plugins run strictly so a broken event path fails the test."""
    with ITGlueClient(live_instance, load_plugins=False, strict_plugins=True) as client:
        yield client


@pytest.fixture
async def live_async_client(live_instance: str, live_key: str, recording: None) -> AsyncIterator[AsyncITGlueClient]:
    """An async client of the live instance."""
    async with AsyncITGlueClient(live_instance, load_plugins=False, strict_plugins=True) as client:
        yield client
