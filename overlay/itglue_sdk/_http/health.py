"""`health_check`: the key is valid, the host answers, and how much of the rate budget is left."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from itglue_sdk._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    CircuitOpenError,
    PermissionDeniedError,
    ServerError,
)
from itglue_sdk._http.auth import VALIDATION_PARAMS, VALIDATION_PATH
from itglue_sdk._http.ratelimit import SlidingWindowLimiter
from itglue_sdk._http.status import checked


@dataclass(frozen=True)
class HealthReport:
    """Result of a health check.

    Attributes:
        host_reachable: The host answered at all; ``None`` when the check did not try (the circuit breaker is
            open, so no request was sent).
        key_valid: The key was accepted; ``None`` when it could not be told (host unreachable, server error,
            breaker open).
        latency_ms: Round trip of the check request, when the host answered.
        rate_limit_headroom: Requests left in the current local window.
        rate_limit_capacity: The window's limit.
        error: Why the check is not healthy, if it is not.
        breaker_open: The circuit breaker rejected the check: recent calls failed, and the host is left alone
            until the breaker lets a probe through.
    """

    host_reachable: bool | None
    key_valid: bool | None
    latency_ms: float | None
    rate_limit_headroom: int
    rate_limit_capacity: int
    error: str | None = None
    breaker_open: bool = False

    @property
    def healthy(self) -> bool:
        """Reachable with a valid key."""
        return self.host_reachable is True and self.key_valid is True


def _health_report(limiter: SlidingWindowLimiter, latency: float | None, error: Exception | None) -> HealthReport:
    reachable: bool | None = True
    key_valid: bool | None = True
    if isinstance(error, CircuitOpenError):
        reachable, key_valid = None, None
    elif isinstance(error, APIConnectionError):
        reachable, key_valid = False, None
    elif isinstance(error, AuthenticationError) and not isinstance(error, PermissionDeniedError):
        key_valid = False
    elif isinstance(error, ServerError):
        key_valid = None
    return HealthReport(
        host_reachable=reachable,
        key_valid=key_valid,
        latency_ms=None if latency is None or not reachable else latency * 1000,
        rate_limit_headroom=limiter.headroom(),
        rate_limit_capacity=limiter.limit,
        error=str(error) if error is not None else None,
        breaker_open=isinstance(error, CircuitOpenError),
    )


def check_health(
    http: httpx.Client,
    limiter: SlidingWindowLimiter,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> HealthReport:
    """Run one cheap GET through ``http`` (built on the resilient transport) and report the pieces of health.

    Args:
        http: A client on the resilient transport (which raises for answers that never came; error statuses
            are mapped here).
        limiter: The limiter of that client, for the headroom.
        clock: Timer for the latency.

    Returns:
        The report (never raises for API or network failures).
    """
    started = clock()
    error: Exception | None = None
    try:
        checked(http.get(VALIDATION_PATH, params=VALIDATION_PARAMS))
    except (APIStatusError, APIConnectionError, CircuitOpenError) as exc:
        error = exc
    return _health_report(limiter, clock() - started, error)


async def check_health_async(
    http: httpx.AsyncClient,
    limiter: SlidingWindowLimiter,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> HealthReport:
    """Async twin of `check_health`."""
    started = clock()
    error: Exception | None = None
    try:
        checked(await http.get(VALIDATION_PATH, params=VALIDATION_PARAMS))
    except (APIStatusError, APIConnectionError, CircuitOpenError) as exc:
        error = exc
    return _health_report(limiter, clock() - started, error)
