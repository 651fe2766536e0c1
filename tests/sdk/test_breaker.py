from __future__ import annotations

import logging

import pytest

from itglue_sdk._exceptions import CircuitOpenError
from itglue_sdk._http.breaker import BreakerRegistry, BreakerState, CircuitBreaker


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fail(breaker: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        breaker.before_call()
        breaker.record_failure()


def test_open_half_open_closed_cycle(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("https://api.itglue.com", clock=clock)
    caplog.set_level(logging.WARNING, logger="itglue_sdk._http.breaker")

    _fail(breaker, 4)
    assert breaker.state is BreakerState.CLOSED
    breaker.before_call()
    breaker.record_success()  # a success resets the consecutive count
    _fail(breaker, 4)
    assert breaker.state is BreakerState.CLOSED
    _fail(breaker, 1)
    assert breaker.state is BreakerState.OPEN

    with pytest.raises(CircuitOpenError, match="next probe in 60 s") as rejected:
        breaker.before_call()
    assert rejected.value.retry_in == 60
    clock.now += 59.5
    with pytest.raises(CircuitOpenError):
        breaker.before_call()

    clock.now += 0.5
    assert breaker.state is BreakerState.HALF_OPEN
    breaker.before_call()  # the probe
    with pytest.raises(CircuitOpenError):
        breaker.before_call()  # only one probe at a time
    breaker.record_failure()  # failed probe: open again for a full timeout
    assert breaker.state is BreakerState.OPEN
    clock.now += 30
    with pytest.raises(CircuitOpenError) as again:
        breaker.before_call()
    assert again.value.retry_in == 30

    clock.now += 30
    breaker.before_call()
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED
    breaker.before_call()
    transitions = [r.getMessage().split(": ")[1] for r in caplog.records]
    assert transitions == ["closed -> open", "open -> half_open", "half_open -> open", "open -> half_open",
                           "half_open -> closed"]  # fmt: skip


def test_released_probe_lets_another_call_probe() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(clock=clock, failure_threshold=1, recovery_timeout=10)
    _fail(breaker, 1)
    clock.now += 10
    breaker.before_call()
    breaker.release()  # e.g. the probe was cancelled
    breaker.before_call()
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED


def test_release_without_probe_changes_nothing() -> None:
    breaker = CircuitBreaker(failure_threshold=2)
    breaker.before_call()
    breaker.record_failure()
    breaker.before_call()
    breaker.release()
    _fail(breaker, 1)
    assert breaker.state is BreakerState.OPEN


def test_registry_gives_one_breaker_per_host() -> None:
    registry = BreakerRegistry()
    assert registry.get("https://api.itglue.com/") is registry.get("https://api.itglue.com")
    assert registry.get("https://api.eu.itglue.com") is not registry.get("https://api.itglue.com")
