"""``--shared-budget``/``--no-shared-budget`` and ``ITGLUE_SHARED_BUDGET``: whether the CLI's clients share the key's
rate budget with other processes, seen as the budget file under the state folder (and absent without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from itglue_emulator import Emulator
from itglue_sdk._http.ratelimit import LimiterRegistry
from itglue_sdk.config.instances import InstanceStore, make_instance
from tests.cli.conftest import INSTANCE, Cli


def budget_file(emulator: Emulator) -> Path:
    store = InstanceStore()
    return store.budget_path(store.get(INSTANCE), emulator.api_key)


def shares(cli: Cli, emulator: Emulator, monkeypatch: pytest.MonkeyPatch, *args: str) -> bool:
    """Run one listing; say whether its client shared the budget through the file."""
    # A limiter shares its file for the rest of the process once it did: every run gets a registry of its own.
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())
    path = budget_file(emulator)
    path.unlink(missing_ok=True)
    result = cli(*args, "organizations", "list", "--limit", "1", "--json")
    assert result.code == 0, result.err
    return path.exists()


def test_the_option_turns_sharing_on_and_off(writer: Cli, fresh_emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not shares(writer, fresh_emu, monkeypatch)  # off unless asked for
    assert shares(writer, fresh_emu, monkeypatch, "--shared-budget")
    monkeypatch.setenv("ITGLUE_SHARED_BUDGET", "1")
    assert shares(writer, fresh_emu, monkeypatch)
    assert not shares(writer, fresh_emu, monkeypatch, "--no-shared-budget")  # the command line wins
    monkeypatch.setenv("ITGLUE_SHARED_BUDGET", "off")
    assert not shares(writer, fresh_emu, monkeypatch)


def test_the_option_overrides_the_instance_setting(
    writer: Cli, fresh_emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    InstanceStore().add(make_instance(INSTANCE, base_url=fresh_emu.base_url, shared_budget=True), replace_existing=True)
    assert shares(writer, fresh_emu, monkeypatch)
    assert not shares(writer, fresh_emu, monkeypatch, "--no-shared-budget")
    # Given on the group, not the root: a later level that does not repeat it keeps it.
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())
    budget_file(fresh_emu).unlink(missing_ok=True)
    result = writer("organizations", "--no-shared-budget", "list", "--limit", "1")
    assert result.code == 0, result.err
    assert not budget_file(fresh_emu).exists()


def test_a_bad_environment_value_is_a_configuration_error(writer: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITGLUE_SHARED_BUDGET", "maybe")
    result = writer("organizations", "list", "--limit", "1")
    assert result.code == 2
    assert "ITGLUE_SHARED_BUDGET must be" in result.err
    assert result.err.count("\n") == 1
