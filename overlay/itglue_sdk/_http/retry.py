"""Retry policy: which failures are retried, how often and after how long.

The policy is pure (no sleeping, no I/O) so the sync and async transports share it and tests can check every
decision without waiting. Rules:

* 429: always retried (the request was not processed), waiting for ``Retry-After`` if the server sent it,
  else until the local limiter frees a slot if it is full, else the fallback waits 60, 120, 240 s.
* 500, 502, 504: retried three times with jittered exponential backoff (or ``Retry-After``), except POST.
* 503 (maintenance): not retried, unless ``Retry-After`` is given (and the method is not POST).
* Connection errors: a failure to connect (the request never left) is retried for every method; a failure
  after sending (read error, read timeout, dropped connection) only for methods other than POST, so a POST
  that may have reached the server is never repeated and no record is ever created twice.
* A ``Retry-After`` longer than `RetryPolicy.max_retry_after` is not waited for: the error is raised with
  its ``retry_after`` so the caller decides.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import httpx

SERVER_RETRY_STATUSES = frozenset({500, 502, 504})

# Failures that happen before any byte of the request reached the server.
_UNSENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that may happen after the server received the request.
_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Parse a ``Retry-After`` header given in seconds or as an HTTP date.

    Args:
        value: The header value, or ``None`` when absent.
        now: Current wall-clock time, used for HTTP dates (defaults to the system clock).

    Returns:
        Seconds to wait (never negative), or ``None`` when absent or unparseable.
    """
    if not value or not value.strip():
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def is_replayable(method: str) -> bool:
    """Whether a request may be sent again after it possibly reached the server (everything but POST)."""
    return method.upper() != "POST"


@dataclass(frozen=True)
class RetryPolicy:
    """Retry budgets and waits.

    Attributes:
        server_retries: Retries for 500/502/504 (and 503 with ``Retry-After``).
        connection_retries: Retries for connection failures and timeouts.
        rate_limit_waits: Fallback waits for successive 429 answers; its length is the number of 429 retries.
        backoff_initial: First backoff before jitter, in seconds.
        backoff_max: Backoff cap before jitter, in seconds.
        max_retry_after: Longest ``Retry-After`` the SDK waits for by itself.
        jitter: Source of jitter in [0, 1); injectable for deterministic tests.
    """

    server_retries: int = 3
    connection_retries: int = 3
    rate_limit_waits: tuple[float, ...] = (60.0, 120.0, 240.0)
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 300.0
    jitter: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """This policy with every retry budget set to ``max_retries`` (server errors, connections, 429s).

        Args:
            max_retries: Most retries of one request for each cause; 0 sends every request once.

        Returns:
            The new policy; 429 waits beyond the configured ones repeat the last (60 s when there is none).

        Raises:
            ValueError: ``max_retries`` is negative.
        """
        if max_retries < 0:
            raise ValueError(f"max_retries must be zero or more, got {max_retries}")
        waits = self.rate_limit_waits or (60.0,)
        waits = (*waits, *(waits[-1:] * max(0, max_retries - len(waits))))[:max_retries]
        return replace(self, server_retries=max_retries, connection_retries=max_retries, rate_limit_waits=waits)

    def backoff(self, retry_number: int) -> float:
        """Return the jittered exponential backoff before retry ``retry_number`` (1-based).

        The jitter keeps between half and all of the exponential delay, so concurrent clients spread out while
        every wait keeps a floor.
        """
        base = min(self.backoff_max, self.backoff_initial * 2.0 ** (retry_number - 1))
        return base * (0.5 + 0.5 * self.jitter())

    def start(self) -> RetryState:
        """Return fresh per-call retry state."""
        return RetryState(self)


@dataclass(frozen=True)
class RetryDecision:
    """A decision to try again.

    Attributes:
        delay: Seconds to wait before the next attempt.
        reason: What failed, for logs and metrics (a status code such as ``"503"`` or an exception name).
    """

    delay: float
    reason: str


@dataclass
class RetryState:
    """The retries one logical call has used so far, per budget."""

    policy: RetryPolicy
    rate_limit: int = 0
    server: int = 0
    connection: int = 0

    def after_response(
        self, method: str, response: httpx.Response, *, local_wait: float, now: datetime | None = None
    ) -> RetryDecision | None:
        """Decide whether to retry after an HTTP answer.

        Args:
            method: HTTP method of the request.
            response: The answer (only status and headers are used).
            local_wait: Seconds until the local rate limiter has a free slot (0 when it has one now).
            now: Wall-clock time for ``Retry-After`` dates.

        Returns:
            A `RetryDecision`, or ``None`` to stop and surface the answer.
        """
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("retry-after"), now=now)
        if retry_after is not None and retry_after > self.policy.max_retry_after:
            return None
        reason = str(status)
        if status == 429:
            if self.rate_limit >= len(self.policy.rate_limit_waits):
                return None
            self.rate_limit += 1
            if retry_after is not None:
                return RetryDecision(retry_after, reason)
            if local_wait > 0:
                return RetryDecision(local_wait, reason)
            return RetryDecision(self.policy.rate_limit_waits[self.rate_limit - 1], reason)
        retryable = status in SERVER_RETRY_STATUSES or (status == 503 and retry_after is not None)
        if not retryable or not is_replayable(method) or self.server >= self.policy.server_retries:
            return None
        self.server += 1
        delay = retry_after if retry_after is not None else self.policy.backoff(self.server)
        return RetryDecision(delay, reason)

    def after_exception(self, method: str, exc: Exception) -> RetryDecision | None:
        """Decide whether to retry after a transport exception.

        Args:
            method: HTTP method of the request.
            exc: The exception raised by the inner transport.

        Returns:
            A `RetryDecision`, or ``None`` to stop and raise.
        """
        unsent = isinstance(exc, _UNSENT_ERRORS)
        if not (unsent or (isinstance(exc, _SENT_ERRORS) and is_replayable(method))):
            return None
        if self.connection >= self.policy.connection_retries:
            return None
        self.connection += 1
        return RetryDecision(self.policy.backoff(self.connection), type(exc).__name__)
