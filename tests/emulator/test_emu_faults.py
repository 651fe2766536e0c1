"""Fault injection, request accounting and the control route, over real sockets."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.faults import FaultConfig, FaultInjector, Latency, ScriptedFault
from itglue_emulator.ratelimit import RateLimitConfig


def get(emu: Emulator, path: str = "/organizations") -> httpx.Response:
    return httpx.get(emu.base_url + path, headers={"x-api-key": emu.api_key}, timeout=5)


def test_scripted_fault_hits_exactly_n_matching_requests(emu: Emulator) -> None:
    emu.script_fault("GET", "/organizations/{id}", 503, count=2, retry_after=3)
    first, second, third = (get(emu, "/organizations/1") for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [503, 503, 200]
    assert first.json() == {"message": "Service Unavailable"}
    assert first.headers["retry-after"] == "3"
    assert get(emu, "/organizations").status_code == 200
    assert emu.request_count("GET", "/organizations/{id}") == 3
    assert emu.request_count() == 4


def test_scripted_fault_by_path_glob_and_any_method(emu: Emulator) -> None:
    emu.script_fault("*", "/configurations*", 500)
    response = get(emu, "/configurations/1")
    assert response.status_code == 500
    assert response.json()["errors"][0]["status"] == 500
    assert get(emu, "/configurations/1").status_code == 200


def test_injected_status_has_no_side_effect(emu: Emulator) -> None:
    emu.script_fault("DELETE", "/passwords/1", 502)
    response = httpx.delete(f"{emu.base_url}/passwords/1", headers={"x-api-key": emu.api_key})
    assert response.status_code == 502
    assert response.json() == {"message": "Internal server error"}
    assert get(emu, "/passwords/1").status_code == 200


def test_burst_of_429(emu: Emulator) -> None:
    emu.burst_429(2, retry_after=1)
    statuses = [get(emu).status_code for _ in range(3)]
    assert statuses == [429, 429, 200]


def test_connection_reset(emu: Emulator) -> None:
    emu.script_fault("GET", "/organizations", kind="reset")
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        get(emu)
    assert get(emu).status_code == 200
    assert emu.stats()["statuses"]["0"] == 1


def test_truncated_body(emu: Emulator) -> None:
    emu.script_fault("GET", "/organizations", kind="truncate")
    with pytest.raises(httpx.RemoteProtocolError):
        get(emu)
    assert get(emu).status_code == 200


def test_slow_body_and_latency(emu: Emulator) -> None:
    emu.set_faults(slow_body_delay=0.4)
    emu.script_fault("GET", "/organizations", kind="slow")
    started = time.monotonic()
    assert get(emu).status_code == 200
    assert time.monotonic() - started >= 0.35
    emu.set_faults(latency=Latency("fixed", 0.3))
    started = time.monotonic()
    get(emu)
    assert time.monotonic() - started >= 0.3


def test_a_client_giving_up_mid_body_prints_no_traceback(
    emu: Emulator, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    # A 4 s body against a 0.3 s read timeout: the client gives up long before the body could end.
    caplog.set_level(logging.DEBUG, logger="itglue_emulator")
    emu.set_faults(slow_body_delay=4.0)
    emu.script_fault("GET", "/organizations", kind="slow")
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(emu.base_url + "/organizations", headers={"x-api-key": emu.api_key}, timeout=0.3)
    # The slow writer notices the closed socket and stops: wait for that, not for the 4 s to pass.
    abandoned = "slow body abandoned"
    deadline = time.monotonic() + 30
    while abandoned not in caplog.text and time.monotonic() < deadline:
        time.sleep(0.02)
    assert abandoned in caplog.text
    assert get(emu).status_code == 200
    assert "Traceback" not in capfd.readouterr().err


def test_error_rates_are_deterministic_by_seed(emu: Emulator) -> None:
    def run() -> list[int]:
        emu.set_faults(FaultConfig(seed=7, error_rates={500: 0.2, 503: 0.2}, reset_rate=0.0))
        return [get(emu).status_code for _ in range(25)]

    first, second = run(), run()
    assert first == second
    assert {500, 503, 200} <= set(first)


def test_decisions_reproduce_for_a_seed() -> None:
    config = FaultConfig(
        seed=3,
        latency=Latency.parse("uniform:0.0,0.1"),
        error_rates={504: 0.3},
        reset_rate=0.1,
        truncate_rate=0.1,
        slow_body_rate=0.1,
    )
    injectors = [FaultInjector(config), FaultInjector(config)]
    runs = [[injector.decide("GET", "/x", None) for _ in range(50)] for injector in injectors]
    assert runs[0] == runs[1]
    kinds = {d.kind for d in runs[0]}
    assert {"reset", "status", None} <= kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.05", Latency("fixed", 0.05, 0.05)),
        ("uniform:0.01,0.2", Latency("uniform", 0.01, 0.2)),
        ("exp:0.05", Latency("exponential", 0.05, 0.05)),
    ],
)
def test_latency_parsing(text: str, expected: Latency) -> None:
    assert Latency.parse(text) == expected


def test_scripted_fault_parsing() -> None:
    assert ScriptedFault.parse("2:GET:/organizations:503:1.5") == ScriptedFault("GET", "/organizations", 503, 2, 1.5)
    assert ScriptedFault.parse("1:*:/x:reset").kind == "reset"
    with pytest.raises(ValueError, match="COUNT"):
        ScriptedFault.parse("bad")


def test_control_route(emu: Emulator) -> None:
    control = f"{emu.base_url}/_emulator"
    assert httpx.get(f"{control}/health").json()["status"] == "ok"
    httpx.post(f"{control}/faults/script", json={"method": "GET", "path": "/organizations", "status": 504, "count": 1})
    assert get(emu).status_code == 504
    httpx.put(f"{control}/faults", json={"seed": 1, "error_rates": {"503": 1.0}})
    assert get(emu).status_code == 503
    assert httpx.get(f"{control}/faults").json()["config"]["error_rates"] == {"503": 1.0}
    httpx.post(f"{control}/faults/burst-429", json={"count": 1})
    assert get(emu).status_code == 429
    stats = httpx.get(f"{control}/stats").json()
    assert stats["total"] == 3
    assert stats["routes"] == {"GET /organizations": 3}
    assert stats["keys"] == {"admin": 3}
    assert httpx.put(f"{control}/rate-limit", json={"budget": 1}).json()["budget"] == 1
    httpx.post(f"{control}/reset", json={})
    assert httpx.get(f"{control}/stats").json()["total"] == 0
    assert get(emu).status_code == 200
    assert get(emu).status_code == 429  # the rate-limit budget of 1 is still configured
    assert httpx.put(f"{control}/faults", json={"bogus": 1}).status_code == 400
    assert httpx.get(f"{control}/nope").status_code == 404


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"error_rates": {503: 1.5}}, "error_rates[503]"),
        ({"error_rates": {503: "often"}}, "error_rates[503]"),
        ({"error_rates": {418: 0.1}}, "error_rates"),
        ({"reset_rate": -0.1}, "reset_rate"),
        ({"truncate_rate": 2}, "truncate_rate"),
        ({"slow_body_rate": "x"}, "slow_body_rate"),
        ({"slow_body_delay": -1}, "slow_body_delay"),
        ({"retry_after": -5}, "retry_after"),
    ],
)
def test_python_api_rejects_bad_fault_settings(emu: Emulator, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=re.escape(field)):
        emu.set_faults(**changes)
    assert get(emu).status_code == 200  # the old settings stay in force


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Latency("fixed", -0.1), "latency.a"),
        (lambda: Latency("sometimes", 0.1), "latency.kind"),
        (lambda: RateLimitConfig(budget=0), "budget"),
        (lambda: RateLimitConfig(budget=2.5), "budget"),  # type: ignore[arg-type]
        (lambda: RateLimitConfig(window=0), "window"),
        (lambda: RateLimitConfig(window=-1.0), "window"),
        (lambda: ScriptedFault("GET", "/x", 200), "status"),
        (lambda: ScriptedFault("GET", "/x", 503, count=0), "count"),
        (lambda: ScriptedFault("GET", "/x", kind="explode"), "kind"),
    ],
)
def test_settings_objects_reject_bad_values(make: Callable[[], object], field: str) -> None:
    with pytest.raises(ValueError, match=re.escape(field)):
        make()


@pytest.mark.parametrize(
    ("route", "payload", "field"),
    [
        ("/rate-limit", {"budget": 0}, "budget"),
        ("/rate-limit", {"budget": "ten"}, "budget"),
        ("/rate-limit", {"window": 0}, "window"),
        ("/rate-limit", {"window": -3}, "window"),
        ("/rate-limit", {"budgets": 3}, "budgets"),
        ("/faults", {"error_rates": {"503": 1.2}}, "error_rates[503]"),
        ("/faults", {"error_rates": {"503": "half"}}, "error_rates[503]"),
        ("/faults", {"error_rates": {"teapot": 0.1}}, "error_rates"),
        ("/faults", {"error_rates": {"418": 0.1}}, "error_rates"),
        ("/faults", {"reset_rate": 1.01}, "reset_rate"),
        ("/faults", {"truncate_rate": True}, "truncate_rate"),
        ("/faults", {"latency": "-0.5"}, "latency.a"),
        ("/faults", {"latency": "sometimes:0.1"}, "latency.kind"),
        ("/faults", {"latency": {"kind": "gamma", "a": 0.1}}, "latency.kind"),
        ("/faults", {"latency": {"kind": "fixed", "a": -1}}, "latency.a"),
        ("/faults/script", {"method": "GET", "path": "/organizations", "status": 299}, "status"),
        ("/faults/script", {"method": "GET", "path": "/organizations", "kind": "melt"}, "kind"),
        ("/faults/burst-429", {"count": -2}, "count"),
    ],
)
def test_control_route_rejects_bad_settings_with_400(
    emu: Emulator, route: str, payload: dict[str, object], field: str
) -> None:
    response = (
        httpx.put(f"{emu.base_url}/_emulator{route}", json=payload)
        if route in ("/rate-limit", "/faults")
        else (httpx.post(f"{emu.base_url}/_emulator{route}", json=payload))
    )
    assert response.status_code == 400
    assert field in response.json()["error"]
    # Nothing was applied: the API still answers normally.
    assert [get(emu).status_code for _ in range(3)] == [200, 200, 200]
