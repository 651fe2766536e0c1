"""Colour in `itglue` tables: on for a terminal (here forced, as rich allows), off with ``NO_COLOR``, never in a pipe.

Run through the command line with click's `CliRunner` and its ``env``, against the emulator over loopback.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from itglue_emulator import Emulator
from itglue_sdk.cli.app import cli
from itglue_sdk.cli.context import State
from tests.sdk.helpers import MemoryKeyring

from .conftest import Cli, use_emulator

SGR = re.compile(r"\x1b\[([0-9;]*)m")
COMMAND = ["organizations", "list", "--limit", "3", "--sort", "name"]


def colour_codes(text: str) -> list[str]:
    """The SGR parameters that set a colour (foreground, background, 256-colour or truecolour).

    39 and 49 (back to the default colours, which tmux writes on its own) set none.
    """
    found = []
    for params in SGR.findall(text):
        for param in params.split(";"):
            if param.isdigit() and (30 <= int(param) <= 48 or 90 <= int(param) <= 107) and int(param) != 39:
                found.append(param)
    return found


@pytest.fixture
def run(shared_emu: Emulator, cli: Cli, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> CliRunner:
    use_emulator(shared_emu, cli, monkeypatch, memory_keyring)
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def table(runner: CliRunner, env: dict[str, str | None]) -> str:
    result = runner.invoke(cli, COMMAND, env=env, obj=State(), prog_name="itglue")
    assert result.exit_code == 0, result.output
    assert "organization_type_name" in SGR.sub("", result.stdout)
    return result.stdout


@pytest.mark.parametrize("force", [{"FORCE_COLOR": "1"}, {"TTY_COMPATIBLE": "1"}])
def test_a_forced_terminal_gets_colour_and_no_color_takes_it_away(run: CliRunner, force: dict[str, str]) -> None:
    coloured = table(run, {**force})
    assert colour_codes(coloured), "a terminal's table header is coloured"
    plain = table(run, {**force, "NO_COLOR": "1"})
    assert colour_codes(plain) == []
    assert SGR.sub("", plain) == SGR.sub("", coloured)  # the same table, only the colour went


def test_no_terminal_no_escapes_at_all(run: CliRunner) -> None:
    piped = table(run, {})
    assert "\x1b[" not in piped
