"""Commands added with the click rebuild: emulator errors, document sections, upload limits, completion."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Cli, single


def one_line_usage_error(result: object, message: str) -> None:
    assert result.code == 2, result.err  # type: ignore[attr-defined]
    assert message in result.err  # type: ignore[attr-defined]
    assert result.err.count("\n") == 1  # type: ignore[attr-defined]
    assert "Traceback" not in result.err  # type: ignore[attr-defined]


def test_emulator_serve_rejects_bad_options(cli: Cli) -> None:
    one_line_usage_error(cli("emulator", "serve", "--orgs", "0"), "'--orgs': 0 is not in the range x>=1")
    one_line_usage_error(cli("emulator", "serve", "--latency", "sometimes"), "Invalid value for '--latency'")
    one_line_usage_error(cli("emulator", "serve", "--error-rate", "oops", "--orgs", "1"), "--error-rate takes")
    one_line_usage_error(cli("emulator", "serve", "--reset-rate", "2"), "'--reset-rate': 2.0 is not in the range")


def test_emulator_serve_on_a_port_in_use(cli: Cli) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("emulator", "serve", "--orgs", "1", "--port", str(port))
    one_line_usage_error(result, f"cannot listen on 127.0.0.1:{port}")


def test_documents_add_section(writer: Cli, tmp_path: Path) -> None:
    org = json.loads(writer("organizations", "list", "--limit", "1", "--json").out)[0]["id"]
    doc = single(writer("documents", "create", "--organization-id", org, "--set", "name=Runbook", "--json"))
    heading = writer("documents", "add-section", doc["id"], "--heading", "Accounts", "--level", "2", "--json")
    assert heading.code == 0, heading.err
    assert single(heading)["attributes"]["resource-type"] == "Document::Heading"
    html = tmp_path / "step.html"
    html.write_text("<p>Create the user.</p>")
    step = writer("documents", "add-section", doc["id"], "--step", str(html), "--duration", "5", "--json")
    assert step.code == 0, step.err
    assert single(step)["attributes"]["resource-type"] == "Document::Step"
    listed = json.loads(writer("document_sections", "list", "--document-id", doc["id"], "--json").out)
    assert len(listed) == 2
    one_line_usage_error(writer("documents", "add-section", doc["id"]), "give exactly one of --heading")
    one_line_usage_error(writer("documents", "add-section", doc["id"], "--text", "a", "--heading", "b"), "exactly one")
    help_text = writer("documents", "add-section", "--help").out
    for kind in ("Document::Text", "Document::Heading", "Document::Step", "Document::Gallery"):
        assert kind in help_text


def test_an_upload_refused_before_sending_is_a_usage_error(writer: Cli, tmp_path: Path, fresh_emu: object) -> None:
    config = json.loads(writer("configurations", "list", "--limit", "1", "--json").out)[0]["id"]
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (8 * 1024 * 1024))
    before = fresh_emu.request_count()  # type: ignore[attr-defined]
    result = writer("attachments", "upload", "--configuration-id", config, str(big))
    one_line_usage_error(result, "refusing to upload 'big.bin'")
    assert fresh_emu.request_count() == before  # type: ignore[attr-defined]


def test_json_and_csv_stay_plain(reader: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # even when colour is forced, machine formats carry no escapes
    for fmt in ("--json", "--csv"):
        assert "\x1b[" not in reader("organizations", "list", fmt).out


def _complete(words: str, *, env: dict[str, str] | None = None) -> list[str]:
    command = [sys.executable, "-c", "import sys; from itglue_sdk.cli import main; sys.exit(main())"]
    environment = {
        **os.environ,
        **(env or {}),
        "_ITGLUE_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60, check=True)  # noqa: S603
    return [line.split(",", 1)[1] for line in done.stdout.splitlines()]


def test_completion_offers_groups_actions_filters_sorts_and_includes() -> None:
    assert "organizations" in _complete("itglue org")
    assert {"list", "get", "bulk-delete"} <= set(_complete("itglue organizations "))
    assert "organization_type_id=" in _complete("itglue organizations list --filter organization_")
    assert {"name", "-name"} <= set(_complete("itglue organizations list --sort "))
    assert "configuration_interfaces" in _complete("itglue configurations list --include conf")
    assert "short_name" in _complete("itglue organizations list --columns name,sh")[0]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(cli: Cli, shell: str) -> None:
    result = cli("completion", shell)
    assert result.code == 0
    assert "_ITGLUE_COMPLETE" in result.out
