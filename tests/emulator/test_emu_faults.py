"""Fault injection, request accounting and the control route, over real sockets."""

from __future__ import annotations

import time

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.faults import FaultConfig, FaultInjector, Latency, ScriptedFault


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


def test_a_client_giving_up_mid_body_prints_no_traceback(emu: Emulator, capfd: pytest.CaptureFixture[str]) -> None:
    emu.set_faults(slow_body_delay=0.8)
    emu.script_fault("GET", "/organizations", kind="slow")
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(emu.base_url + "/organizations", headers={"x-api-key": emu.api_key}, timeout=0.1)
    time.sleep(1.0)  # let the server thread write into the closed socket
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
