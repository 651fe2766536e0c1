"""The facade's types, checked by mypy: read-only groups have no writes, pagers are typed iterators."""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]
CHECKED = Path(__file__).with_name("typing_check.py")


def test_mypy_rejects_writes_on_read_only_groups_and_types_pagers() -> None:
    expected = {
        number: match.group(1)
        for number, line in enumerate(CHECKED.read_text().splitlines(), start=1)
        if (match := re.search(r"# expect: ([\w-]+)$", line))
    }
    # The project's configuration (strict) and its cache, so that a warm run takes a second.
    stdout, stderr, _ = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), str(CHECKED)]
    )
    assert not stderr
    found = {
        int(match.group(1)): match.group(2)
        for match in re.finditer(r"typing_check\.py:(\d+): error: .*\[([\w-]+)\]$", stdout, re.MULTILINE)
    }
    assert found == expected, stdout
