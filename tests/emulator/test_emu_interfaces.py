"""The emulator's entry points: Python API, command line (flags end to end), pytest plugin."""

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


def test_start_serves_the_generated_estate() -> None:
    # Start-up speed is measured by scripts/bench/emulator_bench.py, not asserted here.
    with Emulator.start(orgs=50, seed=1) as emu:
        health = httpx.get(f"{emu.base_url}/_emulator/health").json()
    assert health["records"]["organizations"] == 50


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


def _serve(*flags: str) -> tuple[subprocess.Popen[str], str, str]:
    """Start ``itglue emulator serve`` on port 0; return the process, its base URL and main key."""
    command = [sys.executable, "-m", "itglue_emulator.cli", "serve", "--port", "0", "--orgs", "1", *flags]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603 - fixed arguments
    assert process.stdout is not None
    first, second = process.stdout.readline(), process.stdout.readline()
    return process, first.split(" at ")[1].strip(), second.rsplit(": ", 1)[1].strip()


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=5)
    if process.stdout is not None:
        process.stdout.close()


def _outcome(base_url: str, key: str) -> str:
    """One request on a fresh connection: its status, or what went wrong on the wire."""
    try:
        return str(httpx.get(f"{base_url}/organizations", headers={"x-api-key": key}, timeout=5).status_code)
    except httpx.RemoteProtocolError:
        return "truncated"
    except (httpx.ReadError, httpx.ConnectError):
        return "reset"


LIMITED_FLAGS = "--burst-429 2 --fault-retry-after 3 --latency 0.05 --rate-limit 3 --rate-window 60 --rate-retry-after"
FAULTY_FLAGS = "--fault-seed 11 --error-rate 503=0.15 --error-rate 500=0.1 --reset-rate 0.1 --truncate-rate 0.15"


def test_cli_fault_and_rate_flags_end_to_end() -> None:
    limited = _serve(*LIMITED_FLAGS.split())
    faulty = [_serve(*FAULTY_FLAGS.split()) for _ in range(2)]
    try:
        process, base_url, key = limited
        answers = []
        for _ in range(6):
            started = time.monotonic()
            answers.append(httpx.get(f"{base_url}/organizations", headers={"x-api-key": key}, timeout=5))
            assert time.monotonic() - started >= 0.05  # the injected latency applies to every answer
        assert [r.status_code for r in answers] == [429, 429, 200, 200, 200, 429]
        assert [r.headers.get("retry-after") for r in answers[:2]] == ["3", "3"]
        assert answers[0].json() == {"message": "Too Many Requests"}
        # The rate limiter's own 429 (budget 3 per 60 s) carries the time until a slot frees up.
        assert 1 <= int(answers[5].headers["retry-after"]) <= 60
        runs = [[_outcome(url, secret) for _ in range(30)] for _, url, secret in faulty]
        assert runs[0] == runs[1]  # same seed, same sequence
        assert {"200", "500", "503", "reset", "truncated"} <= set(runs[0]), runs[0]
    finally:
        for process, _, _ in (limited, *faulty):
            _stop(process)


def test_cli_rejects_bad_settings_before_serving() -> None:
    for flags in (["--rate-limit", "0"], ["--error-rate", "503=1.5"], ["--reset-rate", "-1"], ["--burst-429", "-1"]):
        result = subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, "-m", "itglue_emulator.cli", "serve", "--port", "0", *flags],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert result.returncode == 2, flags
        assert "Traceback" not in result.stderr
