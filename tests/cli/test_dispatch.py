"""The dispatcher: help, version, unknown commands, global options, delegation and staying light."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from itglue_sdk.resources.catalog import groups

from .conftest import Cli


def test_help_lists_every_command_and_resource_group(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    for name in ("auth", "instances", "health", "emulator", "completion", *groups()):
        assert f"\n  {name} " in result.out, name


def test_bare_command_prints_help(cli: Cli) -> None:
    result = cli()
    assert result.code == 0
    assert result.out.startswith("Usage: itglue")


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.startswith("itglue ")


def test_unknown_command_is_one_line_with_a_suggestion(cli: Cli) -> None:
    result = cli("organisations", "list")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "unknown command 'organisations'; did you mean 'organizations'?" in result.err


def test_unknown_top_level_option_is_a_usage_error(cli: Cli) -> None:
    result = cli("--nope")
    assert result.code == 2
    assert result.err.startswith("itglue: error: No such option")  # click's wording varies between releases
    assert "--nope" in result.err
    assert result.err.count("\n") == 1


def test_group_aliases(reader: Cli) -> None:
    for alias, group in (("orgs", "organizations"), ("configs", "configurations")):
        assert (
            reader(alias, "list", "--limit", "1", "--json").out == reader(group, "list", "--limit", "1", "--json").out
        )
    assert reader("fa", "list", "--help").code == 0


def test_kebab_case_group_names_work_too(reader: Cli) -> None:
    result = reader("organization-types", "list", "--limit", "1", "--json")
    assert result.code == 0, result.err


def test_global_options_go_before_or_after_the_command(reader: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITGLUE_INSTANCE")
    before = reader("--instance", "emu", "countries", "list", "--limit", "1", "--json")
    after = reader("countries", "list", "--limit", "1", "--json", "--instance=emu")
    assert before.code == after.code == 0
    assert before.out == after.out


def test_base_url_bypasses_the_named_instances(
    reader: Cli, shared_emu: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ITGLUE_INSTANCE")
    base_url = shared_emu.base_url  # type: ignore[attr-defined]
    # Without --instance the key is looked up under a name made of the URL's host and port: absent, so the command
    # says where keys come from.
    missing = reader("--base-url", base_url, "countries", "list", "--limit", "1")
    assert missing.code == 2
    port = base_url.rsplit(":", 1)[1]
    assert f"no API key for instance 'custom-127-0-0-1-{port}'" in missing.err
    found = reader("--base-url", base_url, "--instance", "emu", "countries", "list", "--limit", "1", "--json")
    assert found.code == 0, found.err


def test_unknown_instance_is_a_usage_error(reader: Cli) -> None:
    result = reader("--instance", "nope", "organizations", "list")
    assert result.code == 2
    assert "unknown instance 'nope'" in result.err
    assert result.err.count("\n") == 1


def test_import_and_help_stay_light() -> None:
    code = (
        "import sys, contextlib, io\n"
        "import itglue_sdk\n"
        "cli_modules = [m for m in sys.modules if m == 'itglue_sdk.cli' or m.startswith('itglue_sdk.cli.')]\n"
        "assert not cli_modules, f'import itglue_sdk loads {cli_modules}'\n"
        "from itglue_sdk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--help']) == 0\n"
        "assert 'itglue_api.models' not in sys.modules, 'itglue --help loads the generated models'\n"
        "assert 'itglue_sdk.cli.resources' in sys.modules  # the summaries come from the spec's index\n"
        "assert 'itglue_emulator' not in sys.modules, 'itglue --help loads the emulator'\n"
        "for heavy in ('itglue_mcp', 'mcp', 'pydantic', 'itglue_mirror', 'itglue_import'):\n"
        "    assert heavy not in sys.modules, f'itglue --help loads {heavy}'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)  # noqa: S603 - our own interpreter


def test_verbose_and_debug_go_anywhere(reader: Cli) -> None:
    for args in (("-v", "countries", "list"), ("countries", "-v", "list"), ("countries", "list", "-v")):
        result = reader(*args, "--limit", "1", "--json")
        assert result.code == 0, result.err
        assert '"event": "http.attempt"' in result.err
    assert reader("countries", "--debug", "list", "--limit", "1", "--json").code == 0


def test_connection_refused_on_loopback_points_at_the_emulator(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ITGLUE_API_KEY", "ITG.00000000000000000000000000000000.not-a-real-key")
    result = cli("--base-url", f"http://127.0.0.1:{port}", "countries", "list")
    assert result.code == 1
    last = result.err.splitlines()[-1]  # the retries before it are announced as warnings
    assert last.startswith("itglue: error: ")
    assert f"start the emulator with `itglue emulator serve --port {port}`" in last


def test_verbose_logs_json_lines_without_the_key(reader: Cli) -> None:
    result = reader("-v", "countries", "list", "--limit", "1", "--json")
    assert result.code == 0
    logged = [json.loads(line) for line in result.err.splitlines()]
    assert any(entry.get("event") == "http.attempt" and entry["route"] == "/countries" for entry in logged)
    # Cli checks that no API key reached stdout or stderr; the redaction filter also scrubs the key by shape.
    assert reader("countries", "list", "--limit", "1", "--json", "--verbose").code == 0


def test_sdk_warnings_do_not_repeat_the_error_line(reader: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITGLUE_API_KEY", "ITG.00000000000000000000000000000000.revoked-key-value")
    reader.secrets.append("revoked-key-value")
    result = reader("countries", "list")
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert result.err.startswith("itglue: error: HTTP 403")


def test_retries_are_announced(writer: Cli, fresh_emu: Any) -> None:
    fresh_emu.script_fault("GET", "/countries", 502, count=1)
    result = writer("countries", "list", "--limit", "1", "--json")
    assert result.code == 0, result.err
    assert result.err.startswith("itglue: WARNING: GET /countries -> 502 in ")
    assert "retrying in" in result.err


def test_unexpected_errors_are_one_line_unless_debugging(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from itglue_sdk.cli import health

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(health, "report_health", broken)
    result = cli("health")
    assert result.code == 1
    assert result.err == "itglue: internal error: RuntimeError: boom (run with --debug for details)\n"
    with pytest.raises(RuntimeError, match="boom"):
        cli("health", "--debug")
    monkeypatch.setenv("ITGLUE_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        cli("health")


def test_interrupt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from itglue_sdk.config.instances import InstanceStore

    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(InstanceStore, "all", interrupted)
    result = cli("instances", "list")
    assert result.code == 130
    assert result.err == "itglue: interrupted\n"
