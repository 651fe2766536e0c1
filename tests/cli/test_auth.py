"""``itglue auth set|check|remove``: the key goes into the keychain and never comes out on the screen."""

from __future__ import annotations

import getpass
import json

import keyring
import keyring.backends.fail
import pytest

from itglue_emulator import Emulator
from itglue_sdk.config.instances import InstanceStore, make_instance
from itglue_sdk.config.keys import KEYRING_SERVICE
from tests.sdk.helpers import MemoryKeyring

from .conftest import Cli, TerminalInput

KEY = "ITG.0123456789abcdef0123456789abcdef.testkeyvalue-not-real"


@pytest.fixture
def emu_instance(shared_emu: Emulator, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    InstanceStore().add(make_instance("emu", base_url=shared_emu.base_url))
    monkeypatch.setenv("ITGLUE_INSTANCE", "emu")
    cli.secrets.extend([KEY, *(key.secret for key in shared_emu.keys)])
    return shared_emu


def test_set_from_stdin(cli: Cli, emu_instance: Emulator, memory_keyring: MemoryKeyring) -> None:
    result = cli("auth", "set", "--stdin", stdin=KEY + "\n")
    assert result.code == 0, result.err
    assert memory_keyring.items[(KEYRING_SERVICE, "emu")] == KEY
    assert "stored the API key of instance 'emu'" in result.err


def test_set_from_a_hidden_prompt(
    cli: Cli, emu_instance: Emulator, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or f"  {KEY}  ")
    result = cli("auth", "set", "--instance", "production", stdin=TerminalInput(""))
    assert result.code == 0, result.err
    assert prompts == ["API key for instance 'production' (input hidden): "]
    assert memory_keyring.items[(KEYRING_SERVICE, "production")] == KEY


def test_set_refuses_to_prompt_without_a_terminal(cli: Cli, emu_instance: Emulator) -> None:
    result = cli("auth", "set", stdin="")
    assert result.code == 2
    assert "--stdin" in result.err


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("--stdin",), "\n", "must be non-empty"),
        (("--stdin",), "two words\n", "contain no whitespace"),
        (("--stdin", "--instance", "typo"), KEY, "unknown instance 'typo'"),
        (("--stdin", "--base-url", "https://x.example"), KEY, "--base-url does not apply"),
    ],
)
@pytest.mark.usefixtures("emu_instance")
def test_set_rejects_bad_input(
    cli: Cli, memory_keyring: MemoryKeyring, args: tuple[str, ...], stdin: str, message: str
) -> None:
    result = cli("auth", "set", *args, stdin=stdin)
    assert result.code == 2
    assert message in result.err
    assert memory_keyring.items == {}


def test_set_warns_when_the_environment_key_wins(
    cli: Cli, emu_instance: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITGLUE_API_KEY", emu_instance.api_key)
    result = cli("auth", "set", "--stdin", stdin=KEY)
    assert result.code == 0
    assert "ITGLUE_API_KEY is set and takes precedence" in result.err


def test_check_a_valid_key(cli: Cli, emu_instance: Emulator) -> None:
    assert cli("auth", "set", "--stdin", stdin=emu_instance.api_key).code == 0
    before = emu_instance.request_count()
    result = cli("auth", "check")
    assert result.code == 0, result.err
    assert emu_instance.request_count() - before == 1  # one cheap GET
    fields = dict(line.split(None, 1) for line in result.out.splitlines())
    assert fields["key"] == "valid (from keychain)"
    assert fields["host"] == f"{emu_instance.base_url} (reachable)"
    assert fields["latency"].endswith(" ms")
    assert fields["headroom"].endswith("requests left in the 300 s window")


def test_check_as_json(cli: Cli, emu_instance: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITGLUE_API_KEY", emu_instance.api_key)
    result = cli("auth", "check", "--json")
    assert result.code == 0
    report = json.loads(result.out)
    assert report["key_valid"] is True
    assert report["key_source"] == "ITGLUE_API_KEY"
    assert report["base_url"] == emu_instance.base_url
    assert report["rate_limit_capacity"] == 3000
    assert 0 < report["rate_limit_headroom"] <= 3000


def test_check_a_wrong_key(cli: Cli, emu_instance: Emulator) -> None:
    assert cli("auth", "set", "--stdin", stdin=KEY).code == 0
    result = cli("auth", "check")
    assert result.code == 1
    assert "key       invalid (from keychain)" in result.out
    assert "HTTP 403" in result.out


def test_check_without_a_key(cli: Cli, emu_instance: Emulator) -> None:
    result = cli("auth", "check")
    assert result.code == 2
    assert result.out == ""
    assert "no API key for instance 'emu'" in result.err
    assert "itglue auth set" in result.err


def test_remove(cli: Cli, emu_instance: Emulator, memory_keyring: MemoryKeyring) -> None:
    assert cli("auth", "set", "--stdin", stdin=KEY).code == 0
    result = cli("auth", "remove")
    assert result.code == 0
    assert memory_keyring.items == {}
    again = cli("auth", "remove")
    assert again.code == 1
    assert "no API key stored for instance 'emu'" in again.err


def test_headless_linux_without_a_keychain(cli: Cli, emu_instance: Emulator) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the memory_keyring fixture restores the previous one
    for args, stdin in ((("auth", "set", "--stdin"), KEY), (("auth", "remove"), None), (("countries", "list"), None)):
        result = cli(*args, stdin=stdin)
        assert result.code == 2, args
        assert result.err.count("\n") == 1
        assert "no usable OS keychain" in result.err
        assert "ITGLUE_API_KEY" in result.err
        assert "dbus-run-session" in result.err
        assert "as its api_key argument" in result.err  # the hint survives the CLI's own scrubbing
        assert "[REDACTED]" not in result.err
