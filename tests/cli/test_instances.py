"""``itglue instances list|add|remove`` on an isolated profile folder (``ITGLUE_CONFIG_DIR``)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from itglue_sdk.config.instances import InstanceStore

from .conftest import Cli


def listing(cli: Cli) -> dict[str, dict[str, object]]:
    result = cli("instances", "list", "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    return {row["name"]: row for row in document["instances"]}


def test_list_shows_the_built_ins_and_the_default(cli: Cli, isolated: Path) -> None:
    result = cli("instances", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["default", "name", "base_url", "region", "rate", "timeouts", "uses", "source"]
    assert lines[1].split() == ["emulator", "http://127.0.0.1:8080", "3000/300s", "30s/60s", "-", "built-in"]
    assert lines[2].split() == [
        "*",
        "production",
        "https://api.itglue.com",
        "us",
        "3000/300s",
        "30s/60s",
        "-",
        "built-in",
    ]
    assert "default instance: production (built-in default)" in result.err
    assert str(isolated / "instances.toml") in result.err


def test_list_as_json(cli: Cli, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITGLUE_INSTANCE", "emulator")
    result = cli("instances", "list", "--json")
    document = json.loads(result.out)
    assert document["default"] == "emulator"
    assert document["config_file"] == str(isolated / "instances.toml")
    rows = {row["name"]: row for row in document["instances"]}
    assert rows["emulator"]["default"] is True
    assert rows["production"] == {
        "name": "production",
        "default": False,
        "base_url": "https://api.itglue.com",
        "region": "us",
        "rate_limit": 3000,
        "rate_window": 300.0,
        "connect_timeout": 30.0,
        "read_timeout": 60.0,
        "data_dir": rows["production"]["data_dir"],
        "mirror": False,
        "load_plugins": False,
        "source": "built-in",
    }


def test_add_by_region_and_by_url(cli: Cli, isolated: Path) -> None:
    assert cli("instances", "add", "sandbox", "--region", "eu").code == 0
    added = cli(
        "instances", "add", "proxy", "--base-url", "https://itglue-proxy.example.com/",
        "--rate-limit", "100", "--rate-window", "60", "--connect-timeout", "5", "--read-timeout", "20",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert "saved instance 'proxy' (https://itglue-proxy.example.com)" in added.err
    assert "itglue auth set --instance proxy" in added.err
    written = tomllib.loads((isolated / "instances.toml").read_text())
    assert written["instances"]["sandbox"]["region"] == "eu"
    assert written["instances"]["proxy"]["rate_limit"] == 100
    rows = listing(cli)
    assert rows["sandbox"]["base_url"] == "https://api.eu.itglue.com"
    assert rows["sandbox"]["source"] == "file"
    assert (rows["proxy"]["rate_limit"], rows["proxy"]["rate_window"]) == (100, 60.0)
    assert (rows["proxy"]["connect_timeout"], rows["proxy"]["read_timeout"]) == (5.0, 20.0)
    # The SDK reads the same file.
    assert InstanceStore().get("proxy").base_url == "https://itglue-proxy.example.com"


def test_add_existing_needs_replace(cli: Cli) -> None:
    assert cli("instances", "add", "sandbox", "--region", "eu").code == 0
    again = cli("instances", "add", "sandbox", "--region", "au")
    assert again.code == 2
    assert "already exists" in again.err
    assert cli("instances", "add", "sandbox", "--region", "au", "--replace").code == 0
    assert listing(cli)["sandbox"]["region"] == "au"


def test_a_file_entry_overrides_a_built_in(cli: Cli) -> None:
    assert cli("instances", "add", "production", "--region", "eu").code == 0
    assert listing(cli)["production"]["source"] == "file (overrides built-in)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Bad Name", "--region", "us"), "invalid instance name"),
        (("x", "--base-url", "http://itglue.example.com"), "http"),
        (("x", "--region", "mars"), "'mars' is not one of 'au', 'eu', 'us'"),
        (("x",), "give exactly one of --region or --url"),
        (("x", "--region", "us", "--base-url", "https://a.example"), "give exactly one of --region or --url"),
        (("x", "--region", "us", "--rate-limit", "0"), "must be positive"),
        (("x", "--region", "us", "--rate-limit", "many"), "'many' is not a valid integer"),
    ],
)
def test_add_rejects_bad_input(cli: Cli, isolated: Path, args: tuple[str, ...], message: str) -> None:
    result = cli("instances", "add", *args)
    assert result.code == 2
    assert message in result.err
    assert result.err.count("\n") == 1
    assert not (isolated / "instances.toml").exists()


def test_remove(cli: Cli) -> None:
    assert cli("instances", "add", "sandbox", "--region", "eu").code == 0
    removed = cli("instances", "remove", "sandbox")
    assert removed.code == 0
    assert "itglue auth remove --instance sandbox" in removed.err
    assert "sandbox" not in listing(cli)
    missing = cli("instances", "remove", "sandbox")
    assert missing.code == 2
    assert "instance 'sandbox' is not in" in missing.err


def test_unreadable_profile_is_a_usage_error(cli: Cli, isolated: Path) -> None:
    isolated.mkdir(parents=True)
    (isolated / "instances.toml").write_text("[instances.x]\napi_key = 'oops'\n")
    result = cli("instances", "list")
    assert result.code == 2
    assert "must not hold api_key" in result.err


def test_action_is_required(cli: Cli) -> None:
    result = cli("instances")
    assert result.code == 2
    assert "give an action: add, list, remove, use" in result.err


def test_use_sets_the_default_and_the_environment_still_wins(
    cli: Cli, isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("instances", "add", "sandbox", "--region", "eu").code == 0
    used = cli("instances", "use", "sandbox")
    assert used.code == 0, used.err
    assert "default instance is now 'sandbox'" in used.err
    assert tomllib.loads((isolated / "instances.toml").read_text())["default"] == "sandbox"
    assert json.loads(cli("instances", "list", "--json").out)["default"] == "sandbox"
    assert "default instance: sandbox (profile file)" in cli("instances", "list").err
    assert InstanceStore().get().name == "sandbox"  # the SDK reads the same default
    monkeypatch.setenv("ITGLUE_INSTANCE", "emulator")
    assert json.loads(cli("instances", "list", "--json").out)["default"] == "emulator"
    monkeypatch.delenv("ITGLUE_INSTANCE")
    assert cli("instances", "add", "other", "--region", "au").code == 0  # adding keeps the default
    assert json.loads(cli("instances", "list", "--json").out)["default"] == "sandbox"
    assert cli("instances", "remove", "sandbox").code == 0  # removing it drops the dangling default
    assert json.loads(cli("instances", "list", "--json").out)["default"] == "production"
    unknown = cli("instances", "use", "nope")
    assert unknown.code == 2
    assert "unknown instance 'nope'" in unknown.err


def test_add_with_mirror_and_plugins_is_listed_and_saved(cli: Cli, isolated: Path) -> None:
    added = cli("instances", "add", "sandbox", "--region", "eu", "--mirror", "--load-plugins")
    assert added.code == 0, added.err
    row = listing(cli)["sandbox"]
    assert (row["mirror"], row["load_plugins"]) == (True, True)
    saved = InstanceStore(isolated / "instances.toml").get("sandbox")
    assert (saved.mirror, saved.load_plugins) == (True, True)
    table = cli("instances", "list").out
    assert any(line.split()[:1] == ["sandbox"] and "mirror,load_plugins" in line for line in table.splitlines())
    plain = cli("instances", "add", "plain", "--region", "au")
    assert plain.code == 0, plain.err
    assert (listing(cli)["plain"]["mirror"], listing(cli)["plain"]["load_plugins"]) == (False, False)
