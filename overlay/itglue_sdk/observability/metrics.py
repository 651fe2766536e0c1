"""The client's counters: requests, latency percentiles, errors, retries, throttling, cache."""

from __future__ import annotations

import math
import threading
from collections import Counter, deque
from dataclasses import asdict, dataclass
from typing import Any


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
            (`itglue_sdk.resources.records`), by ``<type>.<attribute>``.
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
