"""Suite-wide pytest options: the opt-in live suite stays out of every run that does not ask for it."""

from __future__ import annotations

import re

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record-cassettes",
        metavar="DIR",
        default=None,
        help="live suite: record scrubbed vcrpy cassettes into DIR (or set ITGLUE_LIVE_CASSETTES)",
    )


def _live_requested(config: pytest.Config) -> bool:
    """Whether the ``-m`` expression asks for live tests (``-m live``, ``-m "live and not slow"``...)."""
    expression = config.getoption("markexpr", default="") or ""
    return re.search(r"\blive\b", expression) is not None and re.search(r"\bnot\s+live\b", expression) is None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect every ``live`` test unless ``-m`` selects them explicitly, so CI never reaches a real host."""
    if _live_requested(config):
        return
    live = [item for item in items if item.get_closest_marker("live") is not None]
    if live:
        config.hook.pytest_deselected(items=live)
        items[:] = [item for item in items if item.get_closest_marker("live") is None]
