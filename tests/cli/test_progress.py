"""Byte progress of ``attachments upload|download`` through the command line, against the emulator over loopback."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from itglue_emulator import Emulator
from itglue_emulator.faults import FaultConfig, Latency
from itglue_sdk.cli import render
from tests.sdk.helpers import MemoryKeyring

from .conftest import Cli, single, use_emulator

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class TerminalOutput(io.StringIO):
    """Standard error that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int | None]]:
    """Every ``(done, total)`` the CLI's progress handles are told (whether or not a bar is showing)."""
    seen: list[tuple[int, int | None]] = []
    original = render.ProgressTask.update

    def spy(self: render.ProgressTask, done: int, total: int | None) -> None:
        seen.append((done, total))
        original(self, done, total)

    monkeypatch.setattr(render.ProgressTask, "update", spy)
    return seen


def _configuration(cli: Cli) -> str:
    result = cli("configurations", "list", "--limit", "1", "--json")
    assert result.code == 0, result.err
    return str(json.loads(result.out)[0]["id"])


def _upload(cli: Cli, config: str, source: Path) -> str:
    return str(single(cli("attachments", "upload", "--configuration-id", config, str(source), "--json"))["id"])


def test_download_progress_reaches_the_known_size(
    writer: Cli, tmp_path: Path, updates: list[tuple[int, int | None]]
) -> None:
    config = _configuration(writer)
    source = tmp_path / "dump.bin"
    source.write_bytes(bytes(range(256)) * 800)  # 204,800 bytes: many reads
    ident = _upload(writer, config, source)
    assert updates == [(0, 204_800), (204_800, 204_800)]  # an upload is one request: before and after
    updates.clear()
    saved = writer("attachments", "download", ident, str(tmp_path / "copy.bin"), "--configuration-id", config)
    assert saved.code == 0, saved.err
    assert (tmp_path / "copy.bin").read_bytes() == source.read_bytes()
    assert updates[0] == (0, 204_800)
    assert updates[-1] == (204_800, 204_800)
    assert [done for done, _ in updates] == sorted({done for done, _ in updates})
    assert saved.err == ""  # stderr is not a terminal here: no bar


def test_a_failed_download_does_not_reach_the_total(
    writer: Cli, tmp_path: Path, updates: list[tuple[int, int | None]]
) -> None:
    config = _configuration(writer)
    failed = writer("attachments", "download", "987654", str(tmp_path / "x"), "--configuration-id", config)
    assert failed.code == 1
    assert updates == []
    assert not (tmp_path / "x").exists()


@pytest.fixture
def slow_emu() -> Iterator[Emulator]:
    with Emulator.start(orgs=1, seed=2, faults=FaultConfig(seed=1, latency=Latency.parse("0.2"))) as emulator:
        yield emulator


def test_the_bar_on_a_terminal_shows_bytes_and_ends_full(
    slow_emu: Emulator,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    use_emulator(slow_emu, cli, monkeypatch, memory_keyring)
    config = _configuration(cli)
    source = tmp_path / "notes.txt"
    source.write_bytes(b"n" * 900)
    ident = _upload(cli, config, source)
    terminal = TerminalOutput()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setattr(render, "PROGRESS_DELAY_S", 0.0)  # the emulator's latency makes the work outlast it
    saved = cli("attachments", "download", ident, str(tmp_path / "copy.txt"), "--configuration-id", config)
    assert saved.code == 0, terminal.getvalue()
    assert saved.out == f"{tmp_path / 'copy.txt'}\n"
    frames = ANSI.sub("", terminal.getvalue())
    assert "downloading attachment" in frames
    assert "900/900 bytes" in frames  # the last frame, drawn as the bar stops: full, in bytes


def test_quick_work_shows_no_bar_even_on_a_terminal(
    writer: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _configuration(writer)
    source = tmp_path / "tiny.txt"
    source.write_bytes(b"t" * 10)
    terminal = TerminalOutput()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(render, "PROGRESS_DELAY_S", 30.0)
    ident = _upload(writer, config, source)
    saved = writer("attachments", "download", ident, str(tmp_path / "copy.txt"), "--configuration-id", config)
    assert saved.code == 0
    assert terminal.getvalue() == ""
