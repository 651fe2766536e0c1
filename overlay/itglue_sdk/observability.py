"""Structured JSON logs, secret redaction at the logging layer, in-process metrics and health reports."""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import IO, Any

import httpx

from itglue_sdk.auth import VALIDATION_PARAMS, VALIDATION_PATH
from itglue_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    CircuitOpenError,
    PermissionDeniedError,
    ServerError,
    checked,
)
from itglue_sdk.ratelimit import SlidingWindowLimiter
from itglue_sdk.redaction import REDACTED, SENSITIVE_NAMES, redact, redact_value

# Attributes every LogRecord has; anything else on a record came from ``extra=`` and is logged as a field.
_STANDARD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {key: value for key, value in record.__dict__.items() if key not in _STANDARD_ATTRS}


class RedactionFilter(logging.Filter):
    """Scrub API keys and password values from every record a handler emits, whatever the caller logged.

    The message is formatted and redacted in place (so every later handler sees the clean text), ``extra``
    fields are scrubbed (values under sensitive names are replaced outright) and so are exception and stack
    texts. Attach it to handlers: a logger-level filter would miss records propagated from child loggers.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drops it."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # bad %-args: keep the raw parts rather than fail the caller's call
            message = f"{record.msg} {record.args}"
        record.msg = redact(message)
        record.args = None
        for key, value in _extra_fields(record).items():
            setattr(record, key, REDACTED if key.lower() in SENSITIVE_NAMES else redact_value(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class JsonLogFormatter(logging.Formatter):
    """Format each record as one JSON object per line: ts, level, logger, message, extra fields, exc."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a JSON line."""
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        payload.update(_extra_fields(record))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            payload["exc"] = record.exc_text
        if record.stack_info:
            payload["stack"] = self.formatStack(record.stack_info)
        return json.dumps(payload, default=str, ensure_ascii=False)


class _SDKHandler(logging.StreamHandler[IO[str]]):
    """Marks the handler `configure_logging` installed, so a second call replaces it."""


def configure_logging(
    level: int | str = logging.INFO, *, stream: IO[str] | None = None, logger_name: str = ""
) -> logging.Handler:
    """Send logs as redacted JSON lines to ``stream`` (stderr by default).

    Meant for applications and the CLI; a library importing the SDK keeps its own logging setup and can still
    attach `RedactionFilter` and `JsonLogFormatter` to its handlers.

    Args:
        level: Level for the configured logger.
        stream: Where to write (default ``sys.stderr``).
        logger_name: Logger to configure; ``""`` is the root logger, so the caller's own records are
            redacted too.

    Returns:
        The installed handler.
    """
    target = logging.getLogger(logger_name)
    for old in [h for h in target.handlers if isinstance(h, _SDKHandler)]:
        target.removeHandler(old)
    handler = _SDKHandler(stream)
    handler.setFormatter(JsonLogFormatter())
    handler.addFilter(RedactionFilter())
    target.addHandler(handler)
    target.setLevel(level)
    return handler


@dataclass(frozen=True)
class MetricsSnapshot:
    """A point-in-time copy of the metrics.

    Attributes:
        requests: Logical calls (one per request the caller made, whatever the retries).
        attempts: HTTP attempts, retries included.
        latency_ms: ``p50``/``p90``/``p99`` over recent attempts (empty before the first one).
        errors_by_status: Failed attempts by status code, or by exception name for network failures.
        retries: Retries by reason (status code or exception name).
        throttle_waits: How many attempts the rate limiter held back.
        throttle_seconds: Total time spent waiting for the rate limiter.
        breaker_state: Circuit breaker state, when the caller supplied it.
        cache_hits: Lookups answered by the cache.
        cache_misses: Lookups that had to go to the API.
        missing_attributes: Attributes the spec documents on every read that answers lacked, filled with None
            (`itglue_sdk.records`), by ``<type>.<attribute>``.
    """

    requests: int
    attempts: int
    latency_ms: dict[str, float]
    errors_by_status: dict[str, int]
    retries: dict[str, int]
    throttle_waits: int
    throttle_seconds: float
    breaker_state: str | None
    cache_hits: int
    cache_misses: int
    missing_attributes: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        """Return the snapshot as plain JSON-serialisable data."""
        return asdict(self)


def _percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending, non-empty list."""
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class Metrics:
    """Thread-safe counters for one client (or one instance shared by a sync and an async client).

    Args:
        latency_samples: How many recent attempt latencies the percentiles are computed over.
    """

    def __init__(self, latency_samples: int = 2048) -> None:
        self._lock = threading.Lock()
        self._requests = 0
        self._attempts = 0
        self._latencies: deque[float] = deque(maxlen=latency_samples)
        self._errors: Counter[str] = Counter()
        self._retries: Counter[str] = Counter()
        self._throttle_waits = 0
        self._throttle_seconds = 0.0
        self._cache_hits = 0
        self._cache_misses = 0
        self._missing: Counter[str] = Counter()

    def record_request(self) -> None:
        """Count one logical call."""
        with self._lock:
            self._requests += 1

    def record_attempt(self, *, latency: float, status: int | None, error: str | None = None) -> None:
        """Count one HTTP attempt.

        Args:
            latency: Seconds the attempt took.
            status: HTTP status, or ``None`` when the transport raised.
            error: Exception name when the transport raised.
        """
        with self._lock:
            self._attempts += 1
            self._latencies.append(latency * 1000)
            if status is None or status >= 400:
                self._errors[str(status) if status is not None else (error or "error")] += 1

    def record_retry(self, reason: str) -> None:
        """Count one retry and what caused it."""
        with self._lock:
            self._retries[reason] += 1

    def record_throttle(self, waited: float) -> None:
        """Count one rate-limiter wait of ``waited`` seconds."""
        with self._lock:
            self._throttle_waits += 1
            self._throttle_seconds += waited

    def record_cache(self, *, hit: bool) -> None:
        """Count one cache lookup (for the cache-first lookups of the facade)."""
        with self._lock:
            if hit:
                self._cache_hits += 1
            else:
                self._cache_misses += 1

    def record_missing_attribute(self, name: str) -> None:
        """Count one attribute an answer lacked (``<type>.<attribute>``), read as None."""
        with self._lock:
            self._missing[name] += 1

    def snapshot(self, *, breaker_state: str | None = None) -> MetricsSnapshot:
        """Return a consistent copy of all counters.

        Args:
            breaker_state: The breaker's state to include (the metrics object does not own the breaker).
        """
        with self._lock:
            ordered = sorted(self._latencies)
            latency = {f"p{p}": _percentile(ordered, p / 100) for p in (50, 90, 99)} if ordered else {}
            return MetricsSnapshot(
                requests=self._requests,
                attempts=self._attempts,
                latency_ms=latency,
                errors_by_status=dict(self._errors),
                retries=dict(self._retries),
                throttle_waits=self._throttle_waits,
                throttle_seconds=self._throttle_seconds,
                breaker_state=breaker_state,
                cache_hits=self._cache_hits,
                cache_misses=self._cache_misses,
                missing_attributes=dict(self._missing),
            )


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
