"""The emulator's entry points: Python API, command line, pytest plugin, start-up time."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.cli import build_parser
from itglue_emulator.keys import demo_keys


def test_plugin_fixture_serves_the_generated_estate(itglue_emulator_fresh: Emulator) -> None:
    emu = itglue_emulator_fresh
    response = httpx.get(f"{emu.base_url}/organizations", headers={"x-api-key": emu.api_key})
    assert response.status_code == 200
    assert response.json()["meta"]["total-count"] == 5


def test_session_fixture_is_shared(itglue_emulator: Emulator) -> None:
    assert httpx.get(f"{itglue_emulator.base_url}/_emulator/health").json()["status"] == "ok"


def test_plugin_imports_lightly() -> None:
    code = "import sys, itglue_emulator.pytest_plugin; print(sorted(m for m in sys.modules if m.startswith('itglue'))"
    code += "); print('http.server' in sys.modules)"
    output = subprocess.run(  # noqa: S603 - our own interpreter and a literal
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.splitlines() == ["['itglue_emulator', 'itglue_emulator.pytest_plugin']", "False"]


def test_start_is_fast_for_50_orgs() -> None:
    started = time.perf_counter()
    with Emulator.start(orgs=50, seed=1) as emu:
        elapsed = time.perf_counter() - started
        assert httpx.get(f"{emu.base_url}/_emulator/health").status_code == 200
    assert elapsed < 1.0


def test_keys_are_deterministic_and_hidden_from_repr() -> None:
    first, second = demo_keys(1), demo_keys(1)
    assert [k.secret for k in first] == [k.secret for k in second]
    assert [k.password_access for k in first] == [True, False]
    assert first[0].secret.startswith("ITG.")
    assert first[0].secret not in repr(first[0])
    assert demo_keys(2)[0].secret != first[0].secret


def test_cli_parser_accepts_fault_and_rate_flags() -> None:
    args = build_parser().parse_args(
        [
            "serve",
            "--port",
            "0",
            "--latency",
            "uniform:0.01,0.05",
            "--error-rate",
            "503=0.1",
            "--script",
            "2:GET:/organizations:429:1",
            "--rate-limit",
            "10",
            "--rate-window",
            "1",
            "--rate-retry-after",
        ]
    )
    assert args.port == 0
    assert args.error_rate == ["503=0.1"]
    assert args.script[0].count == 2
    assert args.rate_limit == 10
    assert args.rate_retry_after


def test_cli_rejects_bad_flags() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--latency", "sometimes"])


def test_cli_serve_prints_url_and_keys() -> None:
    command = [
        sys.executable,
        "-m",
        "itglue_emulator.cli",
        "serve",
        "--port",
        "0",
        "--orgs",
        "2",
        "--script",
        "1:GET:/organizations:503",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603 - fixed arguments
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        base_url = lines[0].split(" at ")[1].strip()
        key = lines[1].rsplit(": ", 1)[1].strip()
        assert "with Password Access" in lines[1]
        assert "without Password Access" in lines[2]
        assert httpx.get(f"{base_url}/organizations", headers={"x-api-key": key}).status_code == 503
        assert httpx.get(f"{base_url}/organizations", headers={"x-api-key": key}).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()
