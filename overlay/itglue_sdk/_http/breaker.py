"""Circuit breaker shared by sync and async calls (pybreaker does not count failures in coroutines).

Closed: calls pass; ``failure_threshold`` consecutive failed calls open the circuit. Open: calls are rejected
at once with `CircuitOpenError`. After ``recovery_timeout`` seconds the circuit is half-open: exactly one probe
call passes (others are still rejected); its success closes the circuit, its failure opens it again.

A closed circuit with no failures counted, the state of nearly every call, is read without taking the lock: a
call racing a concurrent opening may still pass, as it would have a moment earlier.

A "call" is one logical request after retries, so a transient blip that a retry absorbs does not count. The
state sits behind a ``threading.Lock`` that is never held across I/O, so async callers can use it too.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable

from itglue_sdk._exceptions import CircuitOpenError

logger = logging.getLogger(__name__)


class BreakerState(enum.StrEnum):
    """Circuit breaker states."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """Consecutive-failure circuit breaker with a single half-open probe.

    Args:
        name: Label for logs and errors (usually the base URL).
        failure_threshold: Consecutive failed calls that open the circuit.
        recovery_timeout: Seconds the circuit stays open before a probe is allowed.
        clock: Monotonic clock in seconds (injectable for tests).
    """

    def __init__(
        self,
        name: str = "itglue",
        *,
        failure_threshold: int = 5,
        recovery_timeout: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.failure_threshold = failure_threshold
        self.recovery_timeout = recovery_timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False

    @property
    def state(self) -> BreakerState:
        """The current state (an open circuit whose timeout elapsed reports half-open)."""
        with self._lock:
            if self._state is BreakerState.OPEN and self._clock() - self._opened_at >= self.recovery_timeout:
                return BreakerState.HALF_OPEN
            return self._state

    def _set_state(self, state: BreakerState) -> None:
        if state is not self._state:
            logger.warning(
                "circuit breaker %s: %s -> %s",
                self.name,
                self._state.value,
                state.value,
                extra={"event": "breaker.state", "breaker": self.name, "state": state.value},
            )
            self._state = state

    def before_call(self) -> None:
        """Admit a call or reject it.

        Raises:
            CircuitOpenError: The circuit is open, or half-open with the probe already in flight.
        """
        unlocked_state = self._state  # the common case, closed, is read without the lock (one attribute load)
        if unlocked_state is BreakerState.CLOSED:
            return
        with self._lock:
            if self._state is BreakerState.CLOSED:
                return
            remaining = self._opened_at + self.recovery_timeout - self._clock()
            if remaining <= 0 and not self._probe_in_flight:
                self._set_state(BreakerState.HALF_OPEN)
                self._probe_in_flight = True
                return
            raise CircuitOpenError(
                f"circuit breaker for {self.name} is open after {self.failure_threshold} consecutive failures; "
                f"next probe in {max(remaining, 0.0):.0f} s",
                retry_in=max(remaining, 0.0),
            )

    def record_success(self) -> None:
        """Record a successful call: resets the failure count and closes a half-open circuit."""
        if self._state is BreakerState.CLOSED and not self._failures:  # nothing to reset: skip the lock
            return
        with self._lock:
            self._failures = 0
            self._probe_in_flight = False
            self._set_state(BreakerState.CLOSED)

    def record_failure(self) -> None:
        """Record a failed call: opens the circuit at the threshold, or again after a failed probe."""
        with self._lock:
            self._failures += 1
            if self._state is BreakerState.HALF_OPEN or self._failures >= self.failure_threshold:
                self._probe_in_flight = False
                self._opened_at = self._clock()
                self._set_state(BreakerState.OPEN)

    def release(self) -> None:
        """Forget an admitted call without a verdict (cancelled, or failed for a reason unrelated to the host).

        A released probe lets the next call probe instead.
        """
        with self._lock:
            if self._state is BreakerState.HALF_OPEN and self._probe_in_flight:
                self._probe_in_flight = False


class BreakerRegistry:
    """Hands out one breaker per base URL, shared by every client that talks to that host."""

    def __init__(self) -> None:
        self._breakers: dict[str, CircuitBreaker] = {}
        self._lock = threading.Lock()

    def get(self, base_url: str) -> CircuitBreaker:
        """Return the breaker for ``base_url`` (trailing slashes ignored), creating it on first use."""
        name = base_url.rstrip("/").lower()
        with self._lock:
            breaker = self._breakers.get(name)
            if breaker is None:
                breaker = self._breakers[name] = CircuitBreaker(name)
            return breaker


shared_breakers = BreakerRegistry()
"""The process-wide registry the clients use."""
