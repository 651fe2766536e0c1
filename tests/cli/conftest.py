"""Fixtures for the `itglue` command tests: the CLI run in-process against the project's emulator over loopback.

Every test gets an isolated profile folder (``ITGLUE_CONFIG_DIR``; the XDG folders too, so key-state files stay
in ``tmp_path``), an in-memory keychain and no key or instance from the environment. `Cli` runs a command line
and checks that no output ever contains an API key the test knows of.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from itglue_emulator import Emulator
from itglue_sdk.cli import main
from itglue_sdk.config.instances import InstanceStore, make_instance
from itglue_sdk.config.keys import KEYRING_SERVICE
from tests.sdk.helpers import MemoryKeyring, keychain

INSTANCE = "emu"


@dataclass(frozen=True)
class Result:
    """What one command line did."""

    code: int
    out: str
    err: str


class TerminalInput(io.StringIO):
    """Standard input that claims to be a terminal (for prompts)."""

    def isatty(self) -> bool:
        return True


@dataclass
class Cli:
    """Runs `itglue_sdk.cli.main` in-process and captures its output."""

    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    secrets: list[str] = field(default_factory=list)

    def __call__(self, *args: str, stdin: str | io.StringIO | None = None) -> Result:
        if stdin is not None:
            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin) if isinstance(stdin, str) else stdin)
        self.capsys.readouterr()
        code = main(list(args))
        captured = self.capsys.readouterr()
        for secret in self.secrets:
            assert secret not in captured.out, "an API key reached stdout"
            assert secret not in captured.err, "an API key reached stderr"
        return Result(code, captured.out, captured.err)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Keep every test away from the user's profile, state and environment."""
    for name in ("ITGLUE_API_KEY", "ITGLUE_INSTANCE", "ITGLUE_DEBUG", "ITGLUE_SHARED_BUDGET"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config"
    monkeypatch.setenv("ITGLUE_CONFIG_DIR", str(config))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("COLUMNS", "250")
    return config


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    with keychain(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture(scope="session")
def shared_emu() -> Iterator[Emulator]:
    """A read-only estate for the whole CLI suite (tests that write use `fresh_emu`)."""
    with Emulator.start(orgs=5, seed=1) as emulator:
        yield emulator


@pytest.fixture
def fresh_emu() -> Iterator[Emulator]:
    with Emulator.start(orgs=2, seed=3) as emulator:
        yield emulator


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def use_emulator(emulator: Emulator, cli: Cli, monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring) -> None:
    """Make ``emu`` the default instance, pointing at ``emulator``, with its key in the keychain."""
    InstanceStore().add(make_instance(INSTANCE, base_url=emulator.base_url), replace_existing=True)
    memory.set_password(KEYRING_SERVICE, INSTANCE, emulator.api_key)
    monkeypatch.setenv("ITGLUE_INSTANCE", INSTANCE)
    cli.secrets.extend(key.secret for key in emulator.keys)


@pytest.fixture
def reader(shared_emu: Emulator, cli: Cli, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> Cli:
    """The CLI, set up against the shared read-only estate."""
    use_emulator(shared_emu, cli, monkeypatch, memory_keyring)
    return cli


@pytest.fixture
def writer(fresh_emu: Emulator, cli: Cli, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> Cli:
    """The CLI, set up against a fresh estate of its own."""
    use_emulator(fresh_emu, cli, monkeypatch, memory_keyring)
    return cli


def single(result: Any) -> Any:
    """The one record (or outcome) a single-record command printed: every ``--json`` output is a list."""
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, list), data
    assert len(data) == 1, data
    return data[0]
