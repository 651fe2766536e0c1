"""Pytest fixtures for an IT Glue emulator on loopback.

Installing itglue-sdk registers this module as a pytest plugin (entry point
``pytest11``), so any test suite can ask for ``itglue_emulator`` or
``itglue_emulator_fresh``. Importing it stays light: the emulator itself is
imported only when a fixture is first used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from itglue_emulator.app import Emulator

SMALL_ESTATE_ORGS = 5
"""Organizations in the fixtures' estate: big enough for paging, fast to build."""


def _start() -> Emulator:
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - keeps plugin import light

    return Emulator.start(orgs=SMALL_ESTATE_ORGS, seed=1)


@pytest.fixture(scope="session")
def itglue_emulator() -> Iterator[Emulator]:
    """A session-wide emulator with the small default estate (shared; reset faults if you set them).

    Yields:
        The running emulator.
    """
    with _start() as emulator:
        yield emulator


@pytest.fixture
def itglue_emulator_fresh() -> Iterator[Emulator]:
    """A fresh emulator per test, for tests that write or inject faults.

    Yields:
        The running emulator.
    """
    with _start() as emulator:
        yield emulator
