"""`itglue` on a real terminal (tmux): a listing table, its colour and NO_COLOR, a progress bar, bash completion.

CI installs tmux (.ci/run); the test skips only where tmux is missing and cannot be installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from itglue_emulator import Emulator

SESSION = f"itglue-test-{os.getpid()}"


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Callable[[str], None]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (.ci/run installs it)")
    bin_dir = Path(sys.executable).parent
    env_file = tmp_path / "env.sh"
    env_file.write_text(
        f"export PATH={bin_dir}:$PATH PS1='$ ' ITGLUE_CONFIG_DIR={tmp_path / 'config'}\nunset NO_COLOR\n"
    )
    subprocess.run(  # noqa: S603
        ["tmux", "new-session", "-d", "-s", SESSION, "-x", "160", "-y", "50", "bash --norc --noprofile"],  # noqa: S607
        check=True,
    )

    def send(keys: str, *, enter: bool = True) -> None:
        subprocess.run(["tmux", "send-keys", "-t", SESSION, keys, *(["Enter"] if enter else [])], check=True)  # noqa: S603, S607

    send(f"source {env_file}; clear")
    try:
        yield send
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], check=False)  # noqa: S603, S607


def screen(*, escapes: bool = False) -> str:
    """The pane's text; with ``escapes``, with its colours and attributes as SGR escapes."""
    return subprocess.run(  # noqa: S603
        ["tmux", "capture-pane", "-p", *(["-e"] if escapes else []), "-t", SESSION],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def wait_for(predicate: Callable[[str], bool], timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = screen()
        if predicate(text):
            return text
        time.sleep(0.1)
    raise AssertionError(f"screen never matched:\n{screen()}")


def test_table_progress_and_completion_on_a_terminal(tmux: Callable[..., None], tmp_path: Path) -> None:
    from itglue_emulator.faults import FaultConfig, Latency

    # Latency makes a paged listing take a few seconds, long enough for the progress bar to appear (15 pages,
    # fetched eight at a time after the first: three round trips).
    with Emulator.start(orgs=3, seed=1, faults=FaultConfig(seed=1, latency=Latency.parse("0.5"))) as emu:
        tmux(f"export ITGLUE_API_KEY={emu.api_key} U={emu.base_url}; clear")
        tmux("itglue --base-url $U organizations list --limit 3 --sort name")
        table = wait_for(lambda text: "organization_type_name" in text and text.rstrip().endswith("$"))
        header = next(line for line in table.splitlines() if "organization_type_name" in line)
        assert header.split()[:3] == ["id", "name", "short_name"]
        tmux("clear")
        tmux(f"itglue --base-url $U configurations list --page-size 1 --limit 15 --json > {tmp_path / 'out.json'}")
        wait_for(lambda text: "listing configurations" in text and "━" in text)
        wait_for(lambda text: text.rstrip().endswith("$") and "listing" not in text, timeout=120)
        assert (tmp_path / "out.json").read_text().startswith("[")
    tmux('eval "$(itglue completion bash)"; clear')
    tmux("itglue organiz", enter=False)
    tmux("Tab", enter=False)
    wait_for(lambda text: "itglue organization" in text and "organiz\n" not in text)  # the common prefix
    time.sleep(0.5)
    tmux("Tab", enter=False)  # after the prefix, bash rings once and lists on the next Tab
    time.sleep(0.5)
    tmux("Tab", enter=False)
    listed = wait_for(lambda text: "organization_types" in text and "organizations" in text)
    assert "organization_statuses" in listed


def test_no_color_turns_the_table_colour_off_on_a_terminal(tmux: Callable[..., None]) -> None:
    from tests.cli.test_colour import colour_codes

    with Emulator.start(orgs=2, seed=1) as emu:
        tmux(f"export ITGLUE_API_KEY={emu.api_key} U={emu.base_url} TERM=xterm-256color; clear")
        tmux("itglue --base-url $U organizations list --limit 2")
        wait_for(lambda text: "organization_type_name" in text and text.rstrip().endswith("$"))
        coloured = screen(escapes=True)
        assert colour_codes(coloured), f"no colour on the terminal: {coloured!r}"
        tmux("clear")
        tmux("NO_COLOR=1 itglue --base-url $U organizations list --limit 2")
        wait_for(lambda text: "organization_type_name" in text and text.rstrip().endswith("$"))
        plain = screen(escapes=True)
        assert "organization_type_name" in plain
        assert colour_codes(plain) == []
