"""``itglue health``: the SDK's health report; exit status 1 when unhealthy."""

from __future__ import annotations

import json

import pytest

from itglue_emulator import Emulator

from .conftest import Cli


def test_healthy(reader: Cli, shared_emu: Emulator) -> None:
    result = reader("health")
    assert result.code == 0, result.err
    fields = dict(line.split(None, 1) for line in result.out.splitlines())
    assert fields["instance"] == "emu"
    assert fields["host"] == f"{shared_emu.base_url} (reachable)"
    assert fields["key"] == "valid (from keychain)"
    assert fields["status"] == "healthy"
    assert "error" not in fields


def test_healthy_as_json(reader: Cli) -> None:
    result = reader("health", "--json")
    assert result.code == 0
    report = json.loads(result.out)
    assert set(report) == {
        "instance", "base_url", "healthy", "host_reachable", "breaker_open", "key_valid", "key_source",
        "latency_ms", "rate_limit_headroom", "rate_limit_capacity", "error",
    }  # fmt: skip
    assert report["healthy"] is True
    assert report["breaker_open"] is False
    assert report["error"] is None
    assert report["latency_ms"] >= 0


def test_unhealthy_with_a_revoked_key(reader: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITGLUE_API_KEY", "ITG.00000000000000000000000000000000.revoked-key-value")
    reader.secrets.append("revoked-key-value")
    result = reader("health", "--json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["healthy"] is False
    assert report["key_valid"] is False
    assert report["host_reachable"] is True
    assert "HTTP 403" in report["error"]
    text = reader("health")
    assert text.code == 1
    assert "unhealthy" in text.out


def test_health_needs_a_key(cli: Cli) -> None:
    result = cli("health", "--instance", "emulator")
    assert result.code == 2
    assert "no API key for instance 'emulator'" in result.err
