"""Client-side rate limiter: a sliding-window log with pacing, shared by threads and event loops.

IT Glue allows 3000 requests per 5-minute window. The limiter grants requests freely until 80 % of the window
is used, then spaces them at the sustainable rate (window / limit, 0.1 s by default) and never grants more than
the limit inside any window, so the server should never have to answer 429.

Every grant is a *reservation*: under one ``threading.Lock`` the limiter computes the earliest allowed time,
records it in the log and returns; the caller then sleeps outside the lock (``time.sleep`` or ``anyio.sleep``).
That is what lets sync and async clients share one limiter: the lock is never held across a wait.

The server counts a request when it arrives, which is after the grant. Once the answer is in, `release` moves
the grant's entry to the completion time, an upper bound of the arrival, so a request that travelled slowly
keeps its place in the window as long as the server's does.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import NamedTuple

import anyio

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 3000
DEFAULT_WINDOW = 300.0
DEFAULT_PACE_THRESHOLD = 0.8


class Grant(NamedTuple):
    """One granted request.

    Attributes:
        waited: Seconds the caller had to wait for the slot.
        at: Clock time the slot was granted for (the key `SlidingWindowLimiter.release` moves).
    """

    waited: float
    at: float


class SlidingWindowLimiter:
    """Sliding-window-log limiter with pacing above a usage threshold.

    Args:
        limit: Most requests granted in any window.
        window: Window length in seconds.
        pace_threshold: Fraction of ``limit`` after which requests are spaced ``window / limit`` apart.
        clock: Monotonic clock in seconds (injectable for tests).
        sleep: Blocking sleep used by `acquire`.
        async_sleep: Async sleep used by `acquire_async`.
    """

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        window: float = DEFAULT_WINDOW,
        *,
        pace_threshold: float = DEFAULT_PACE_THRESHOLD,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        if limit < 1 or window <= 0 or not 0 < pace_threshold <= 1:
            raise ValueError("limit must be >= 1, window > 0 and 0 < pace_threshold <= 1")
        self.limit = limit
        self.window = window
        self.interval = window / limit
        self._pace_threshold = pace_threshold
        self._pace_from = max(1, int(limit * pace_threshold))
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._log: list[float] = []  # sorted grant (then completion) times inside the window
        self._lock = threading.Lock()

    @property
    def budget(self) -> tuple[int, float]:
        """The limit and the window, in seconds."""
        return self.limit, self.window

    def adopt(self, limit: int, window: float) -> None:
        """Switch to another budget; requests already granted keep counting in the new window.

        Args:
            limit: Most requests granted in any window.
            window: Window length in seconds.
        """
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        with self._lock:
            self.limit, self.window, self.interval = limit, window, window / limit
            self._pace_from = max(1, int(limit * self._pace_threshold))

    def _purge(self, now: float) -> None:
        expired = bisect.bisect_right(self._log, now - self.window)
        if expired:
            del self._log[:expired]

    def reserve(self) -> Grant:
        """Reserve the next slot.

        Returns:
            The grant: how long the caller must wait before using it, and the slot's time.
        """
        with self._lock:
            now = self._clock()
            self._purge(now)
            used = len(self._log)
            grant = now
            if used >= self._pace_from:
                grant = max(grant, self._log[-1] + self.interval)
            if used >= self.limit:
                # The slot frees when the entry `limit` places back leaves the window.
                grant = max(grant, self._log[used - self.limit] + self.window)
            if self._log:
                grant = max(grant, self._log[-1])  # keep the log sorted: grants are handed out in order
            self._log.append(grant)
            return Grant(grant - now, grant)

    def acquire(self) -> Grant:
        """Block until a slot is available and take it.

        Returns:
            The grant (its ``waited`` feeds the throttle metrics).
        """
        grant = self.reserve()
        if grant.waited > 0:
            self._sleep(grant.waited)
        return grant

    async def acquire_async(self) -> Grant:
        """Wait (without blocking the event loop) until a slot is available and take it.

        Returns:
            The grant (its ``waited`` feeds the throttle metrics).
        """
        grant = self.reserve()
        if grant.waited > 0:
            await self._async_sleep(grant.waited)
        return grant

    def release(self, grant: Grant) -> None:
        """Record that the granted request is done: its entry now counts from the completion time.

        Args:
            grant: What `acquire`/`reserve` returned for the request.
        """
        with self._lock:
            now = self._clock()
            index = bisect.bisect_left(self._log, grant.at)
            if index < len(self._log) and self._log[index] == grant.at:
                del self._log[index]
                bisect.insort(self._log, max(now, grant.at))

    def wait_for_free_slot(self) -> float:
        """Seconds until a request could go without exceeding the hard limit (0 when the window has room)."""
        with self._lock:
            now = self._clock()
            self._purge(now)
            used = len(self._log)
            if used < self.limit:
                return 0.0
            return max(0.0, self._log[used - self.limit] + self.window - now)

    def headroom(self) -> int:
        """Requests still available in the current window before the hard limit."""
        with self._lock:
            self._purge(self._clock())
            return max(0, self.limit - len(self._log))


def _stricter(first: tuple[int, float], second: tuple[int, float]) -> tuple[int, float]:
    """The budget with the lower sustained rate; at equal rates, the one with the smaller burst (limit)."""
    return min(first, second, key=lambda budget: (budget[0] / budget[1], budget[0]))


class LimiterRegistry:
    """Hands out one limiter per (base URL, API key), so all clients using the same key share one budget.

    The key is hashed before it is used as a dictionary key, so the registry never stores it.

    When a client asks for a budget other than the one the shared limiter has, the stricter of the two wins
    for every client of that host and key: the lower sustained rate (``limit / window``), and at equal rates
    the smaller limit. One limiter can only enforce one budget, and the looser one could let the clients
    together exceed what the stricter caller was promised. A warning (naming the host and both budgets,
    never the key) is logged once per conflicting budget.
    """

    def __init__(self) -> None:
        self._limiters: dict[tuple[str, str], SlidingWindowLimiter] = {}
        self._warned: set[tuple[tuple[str, str], tuple[int, float]]] = set()
        self._lock = threading.Lock()

    def get(
        self, base_url: str, api_key: str, *, limit: int = DEFAULT_LIMIT, window: float = DEFAULT_WINDOW
    ) -> SlidingWindowLimiter:
        """Return the limiter for this base URL and key, creating it with ``limit``/``window`` on first use.

        Args:
            base_url: The API base URL (trailing slashes are ignored).
            api_key: The API key.
            limit: Requests per window.
            window: Window in seconds.

        Returns:
            The shared limiter, with the stricter of its budget and the one asked for (see the class).
        """
        host = base_url.rstrip("/").lower()
        identity = (host, hashlib.sha256(api_key.encode()).hexdigest())
        asked = (limit, float(window))
        with self._lock:
            limiter = self._limiters.get(identity)
            if limiter is None:
                limiter = self._limiters[identity] = SlidingWindowLimiter(limit, window)
                return limiter
            current = limiter.budget
            if asked == current:
                return limiter
            kept = _stricter(current, asked)
            if kept != current:
                limiter.adopt(*kept)
            if (identity, asked) not in self._warned:
                self._warned.add((identity, asked))
                logger.warning(
                    "rate budget %d/%gs asked for %s, but a client of the same host and key uses %d/%gs; "
                    "they share one limiter, so all now use the stricter %d/%gs",
                    asked[0],
                    asked[1],
                    host,
                    current[0],
                    current[1],
                    kept[0],
                    kept[1],
                    extra={
                        "event": "ratelimit.budget_conflict",
                        "base_url": host,
                        "asked": f"{asked[0]}/{asked[1]:g}s",
                        "existing": f"{current[0]}/{current[1]:g}s",
                        "kept": f"{kept[0]}/{kept[1]:g}s",
                    },
                )
            return limiter


shared_limiters = LimiterRegistry()
"""The process-wide registry the clients use."""
