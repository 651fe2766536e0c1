"""Client-side rate limiter: a sliding-window log with pacing, shared by threads and event loops.

IT Glue allows 3000 requests per 5-minute window. The limiter grants requests freely until 80 % of the window
is used, then spaces them at the sustainable rate (window / limit, 0.1 s by default) and never grants more than
the limit inside any window, so the server should never have to answer 429.

Every grant is a *reservation*: under one ``threading.Lock`` the limiter computes the earliest allowed time,
records it in the log and returns; the caller then sleeps outside the lock (``time.sleep`` or ``anyio.sleep``).
That is what lets sync and async clients share one limiter: the lock is never held across a wait.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable

import anyio

DEFAULT_LIMIT = 3000
DEFAULT_WINDOW = 300.0
DEFAULT_PACE_THRESHOLD = 0.8


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
        self._pace_from = max(1, int(limit * pace_threshold))
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._log: deque[float] = deque()
        self._lock = threading.Lock()

    def _purge(self, now: float) -> None:
        while self._log and self._log[0] <= now - self.window:
            self._log.popleft()

    def reserve(self) -> float:
        """Reserve the next slot and return how long the caller must wait before using it.

        Returns:
            Seconds to wait (0 when the request may go now).
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
            return grant - now

    def acquire(self) -> float:
        """Block until a slot is available and take it.

        Returns:
            Seconds waited (for throttle metrics).
        """
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)
        return delay

    async def acquire_async(self) -> float:
        """Wait (without blocking the event loop) until a slot is available and take it.

        Returns:
            Seconds waited (for throttle metrics).
        """
        delay = self.reserve()
        if delay > 0:
            await self._async_sleep(delay)
        return delay

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


class LimiterRegistry:
    """Hands out one limiter per (base URL, API key), so all clients using the same key share one budget.

    The key is hashed before it is used as a dictionary key, so the registry never stores it.
    """

    def __init__(self) -> None:
        self._limiters: dict[tuple[str, str], SlidingWindowLimiter] = {}
        self._lock = threading.Lock()

    def get(
        self, base_url: str, api_key: str, *, limit: int = DEFAULT_LIMIT, window: float = DEFAULT_WINDOW
    ) -> SlidingWindowLimiter:
        """Return the limiter for this base URL and key, creating it with ``limit``/``window`` on first use.

        Args:
            base_url: The API base URL (trailing slashes are ignored).
            api_key: The API key.
            limit: Requests per window, used only when the limiter is created.
            window: Window in seconds, used only when the limiter is created.

        Returns:
            The shared limiter.
        """
        identity = (base_url.rstrip("/").lower(), hashlib.sha256(api_key.encode()).hexdigest())
        with self._lock:
            limiter = self._limiters.get(identity)
            if limiter is None:
                limiter = self._limiters[identity] = SlidingWindowLimiter(limit, window)
            return limiter


shared_limiters = LimiterRegistry()
"""The process-wide registry the clients use."""
