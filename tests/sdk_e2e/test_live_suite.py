"""The opt-in live suite (tests/live), run as a user would run it, against the emulator standing in for IT Glue.

CI never reaches a real instance, so this is what keeps the live suite from rotting: its selection rules, its
skips, its clients, its write round trip and its scrubbed recordings all run here, in a separate pytest process
whose profile, state and data folders are temporary.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_sdk import InstanceStore
from itglue_sdk.config.instances import make_instance
from tests.cassettes import leaked_secrets

REPO = Path(__file__).resolve().parents[2]
LIVE_TESTS = 7

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="uses XDG folders to keep the child process out of the real user profile"
)


def run_pytest(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter running pytest on our own tests
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def child_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in ("CONFIG", "DATA", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    for name in ("ITGLUE_LIVE_INSTANCE", "ITGLUE_LIVE_WRITE", "ITGLUE_LIVE_CASSETTES", "ITGLUE_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    return dict(os.environ)


def test_live_tests_are_deselected_unless_asked_for_and_skip_without_an_instance(child_env: dict[str, str]) -> None:
    default = run_pytest("tests/live", env=child_env)
    assert default.returncode == 5, default.stdout  # 5: nothing left to run
    assert f"{LIVE_TESTS} deselected" in default.stdout
    asked = run_pytest("-m", "live", "tests/live", env=child_env)
    assert asked.returncode == 0, asked.stdout + asked.stderr
    assert f"{LIVE_TESTS} skipped" in asked.stdout
    assert "set ITGLUE_LIVE_INSTANCE" in asked.stdout


def test_live_suite_passes_against_the_emulator_and_records_clean_cassettes(
    emulator: Emulator, child_env: dict[str, str], tmp_path: Path
) -> None:
    InstanceStore().add(make_instance("stand-in", base_url=emulator.base_url))
    cassettes = tmp_path / "cassettes"
    child_env |= {
        "ITGLUE_LIVE_INSTANCE": "stand-in",
        "ITGLUE_API_KEY": emulator.api_key,
        "ITGLUE_LIVE_WRITE": "1",
    }
    result = run_pytest("-m", "live", "tests/live", "--record-cassettes", str(cassettes), env=child_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{LIVE_TESTS} passed" in result.stdout
    assert emulator.request_count("DELETE") == 1  # the round trip cleaned up after itself
    recorded = sorted(cassettes.glob("*.yaml"))
    assert len(recorded) == LIVE_TESTS
    for cassette in recorded:
        assert leaked_secrets(cassette, [emulator.api_key]) == []
