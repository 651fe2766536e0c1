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

One limiter can enforce several budgets at once (`SlidingWindowLimiter.add_budget`): every grant then respects
each of them, e.g. 3000 per 300 s *and* 25 per 2 s. That is what two clients of one process that share a key
but were given different budgets get (`LimiterRegistry`).

**Processes.** A limiter lives in one process. Two processes using one key each believe they have the whole
budget: together they send up to twice the limit, and the server answers 429 (which the retries then wait
out). `SlidingWindowLimiter.share_through` moves the limiter's log into a small file (`SharedWindowLog`,
keyed by a hash of host and key, never the key) read and written under an exclusive ``fcntl.flock``: every
process and thread using that file then draws from one budget. Clients opt in with ``shared_budget=True``
or ``shared_budget = true`` in the instance's ``instances.toml`` entry. The file's entries are wall-clock
times (monotonic clocks are per process), so a large jump of the system clock distorts one window. Where
``fcntl`` is missing (Windows) the limiter stays per process and says so once in the log.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import hashlib
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import NamedTuple

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

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


class _Budget(NamedTuple):
    limit: int
    window: float
    interval: float
    pace_from: int

    @classmethod
    def of(cls, limit: int, window: float, pace_threshold: float) -> _Budget:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        return cls(int(limit), float(window), window / limit, max(1, int(limit * pace_threshold)))


def _rate(budget: tuple[int, float]) -> tuple[float, int]:
    return budget[0] / budget[1], budget[0]


class SharedWindowLog:
    """A limiter's log in a file, shared by every process (and thread) that opens the same path.

    The file holds the grant times (wall clock, seconds) as native doubles, sorted. It is read and rewritten
    under an exclusive ``fcntl.flock`` for each reservation and release: a few kilobytes, microseconds of
    work. An unreadable file counts as empty.

    Args:
        path: The file (created with its folder, mode 0600).
    """

    def __init__(self, path: Path) -> None:
        if fcntl is None:  # pragma: no cover - Windows
            raise OSError("a shared rate budget needs fcntl.flock (POSIX)")
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    @contextlib.contextmanager
    def locked(self) -> Iterator[list[float]]:
        """Hold the file lock; yield the log, written back when the block ends (also after an error)."""
        fd = self._fd
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            size = os.fstat(fd).st_size
            raw = os.pread(fd, size, 0) if size else b""
            entries = array.array("d")
            if len(raw) % entries.itemsize == 0:
                entries.frombytes(raw)
            log = entries.tolist()
            if log != sorted(log):  # a torn write of a killed process
                log = []
            yield log
            data = array.array("d", log).tobytes()
            os.pwrite(fd, data, 0)
            if len(data) != size:
                os.ftruncate(fd, len(data))
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Close the file."""
        with contextlib.suppress(OSError):
            os.close(self._fd)


class SlidingWindowLimiter:
    """Sliding-window-log limiter with pacing above a usage threshold.

    Args:
        limit: Most requests granted in any window.
        window: Window length in seconds.
        pace_threshold: Fraction of ``limit`` after which requests are spaced ``window / limit`` apart.
        clock: Monotonic clock in seconds (injectable for tests).
        sleep: Blocking sleep used by `acquire`.
        async_sleep: Async sleep used by `acquire_async`.
        wall_clock: The clock of a shared log (`share_through`): one all processes read alike.
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
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if limit < 1 or window <= 0 or not 0 < pace_threshold <= 1:
            raise ValueError("limit must be >= 1, window > 0 and 0 < pace_threshold <= 1")
        self._pace_threshold = pace_threshold
        self._budgets = [_Budget.of(limit, window, pace_threshold)]
        self._longest = self._budgets[0].window  # the longest window of the budgets: how far back the log must reach
        self._clock = clock
        self._wall_clock = wall_clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._log: list[float] = []  # sorted grant (then completion) times inside the window
        self._shared: SharedWindowLog | None = None
        self._lock = threading.Lock()

    @property
    def _strictest(self) -> _Budget:
        return min(self._budgets, key=lambda budget: _rate((budget.limit, budget.window)))

    @property
    def limit(self) -> int:
        """The limit of the budget with the lowest sustained rate."""
        return self._strictest.limit

    @property
    def window(self) -> float:
        """The window of the budget with the lowest sustained rate, in seconds."""
        return self._strictest.window

    @property
    def interval(self) -> float:
        """The pacing interval of the budget with the lowest sustained rate (``window / limit``)."""
        return self._strictest.interval

    @property
    def budget(self) -> tuple[int, float]:
        """The limit and the window, in seconds, of the budget with the lowest sustained rate."""
        return self.limit, self.window

    @property
    def budgets(self) -> list[tuple[int, float]]:
        """Every budget the limiter enforces, as (limit, window)."""
        return [(budget.limit, budget.window) for budget in self._budgets]

    @property
    def shared_path(self) -> Path | None:
        """The file the log is shared through, if any (see `share_through`)."""
        return self._shared.path if self._shared is not None else None

    def adopt(self, limit: int, window: float) -> None:
        """Switch to another budget (it replaces all); requests already granted keep counting in the new window.

        Args:
            limit: Most requests granted in any window.
            window: Window length in seconds.
        """
        budget = _Budget.of(limit, window, self._pace_threshold)
        with self._lock:
            self._budgets = [budget]
            self._longest = budget.window

    def add_budget(self, limit: int, window: float) -> bool:
        """Enforce one more budget besides the current ones (each grant then respects all of them).

        Args:
            limit: Most requests granted in any window of this budget.
            window: Its window length in seconds.

        Returns:
            Whether it was new.
        """
        budget = _Budget.of(limit, window, self._pace_threshold)
        with self._lock:
            if any((b.limit, b.window) == (budget.limit, budget.window) for b in self._budgets):
                return False
            self._budgets.append(budget)
            self._longest = max(self._longest, budget.window)
            return True

    def share_through(self, path: Path) -> None:
        """Keep the log in ``path`` from now on, shared with every process using that file (see the module).

        The grants made so far are carried over. Only one file per limiter: a second call with another path
        is refused.

        Raises:
            OSError: The file cannot be opened, or the platform has no ``fcntl.flock``.
            ValueError: The limiter already shares another file.
        """
        with self._lock:
            if self._shared is not None:
                if self._shared.path != path:
                    raise ValueError(f"this limiter already shares {self._shared.path}")
                return
            shared = SharedWindowLog(path)
            offset = self._wall_clock() - self._clock()
            with shared.locked() as log:
                for entry in self._log:
                    bisect.insort(log, entry + offset)
            self._shared, self._log = shared, []

    @contextlib.contextmanager
    def _state(self) -> Iterator[tuple[list[float], float]]:
        """Hold the log (this process's, or the shared file's) and the current time on its clock."""
        with self._lock:
            if self._shared is None:
                yield self._log, self._clock()
                return
            with self._shared.locked() as log:
                yield log, self._wall_clock()

    def _purge(self, log: list[float], now: float) -> None:
        expired = bisect.bisect_right(log, now - self._longest)
        if expired:
            del log[:expired]

    def _earliest(self, log: list[float], now: float) -> float:
        """The earliest time a new grant respects every budget."""
        grant = now
        for budget in self._budgets:
            used = len(log) - bisect.bisect_right(log, now - budget.window)
            if used >= budget.pace_from:
                grant = max(grant, log[-1] + budget.interval)
            if used >= budget.limit:
                # The slot frees when the entry `limit` places back leaves the window.
                grant = max(grant, log[len(log) - budget.limit] + budget.window)
        return grant

    def reserve(self) -> Grant:
        """Reserve the next slot.

        Returns:
            The grant: how long the caller must wait before using it, and the slot's time.
        """
        if self._shared is None:  # every request passes here twice: the process's own log skips `_state`
            with self._lock:
                if self._shared is None:
                    return self._reserve(self._log, self._clock())
        with self._state() as (log, now):
            return self._reserve(log, now)

    def _reserve(self, log: list[float], now: float) -> Grant:
        self._purge(log, now)
        grant = self._earliest(log, now)
        if log:
            grant = max(grant, log[-1])  # keep the log sorted: grants are handed out in order
        log.append(grant)
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
        if self._shared is None:
            with self._lock:
                if self._shared is None:
                    self._complete(self._log, self._clock(), grant.at)
                    return
        with self._state() as (log, now):
            self._complete(log, now, grant.at)

    @staticmethod
    def _complete(log: list[float], now: float, at: float) -> None:
        index = bisect.bisect_left(log, at)
        if index < len(log) and log[index] == at:
            if index == len(log) - 1 and now >= at:  # the latest grant (one request at a time): stays last
                log[index] = now
                return
            del log[index]
            bisect.insort(log, max(now, at))

    def wait_for_free_slot(self) -> float:
        """Seconds until a request could go without exceeding a hard limit (0 when every window has room)."""
        with self._state() as (log, now):
            self._purge(log, now)
            wait = 0.0
            for budget in self._budgets:
                used = len(log) - bisect.bisect_right(log, now - budget.window)
                if used >= budget.limit:
                    wait = max(wait, log[len(log) - budget.limit] + budget.window - now)
            return wait

    def headroom(self) -> int:
        """Requests still available in the current windows before a hard limit."""
        with self._state() as (log, now):
            self._purge(log, now)
            return max(
                0,
                min(
                    budget.limit - (len(log) - bisect.bisect_right(log, now - budget.window))
                    for budget in self._budgets
                ),
            )


class LimiterRegistry:
    """Hands out one limiter per (base URL, API key), so all clients using the same key share one budget.

    The key is hashed before it is used as a dictionary key, so the registry never stores it.

    When a client asks for a budget other than the ones the shared limiter has, the limiter enforces it as
    well: every grant then respects every budget asked for (a 3000/300 s client and a 25/2 s client of one key
    get at most 25 requests in any 2 s *and* 3000 in any 300 s between them). A warning (naming the host and
    the budgets, never the key) is logged once per budget added.
    """

    def __init__(self) -> None:
        self._limiters: dict[tuple[str, str], SlidingWindowLimiter] = {}
        self._warned_no_sharing = False
        self._lock = threading.Lock()

    def get(
        self,
        base_url: str,
        api_key: str,
        *,
        limit: int = DEFAULT_LIMIT,
        window: float = DEFAULT_WINDOW,
        shared_path: Path | None = None,
    ) -> SlidingWindowLimiter:
        """Return the limiter for this base URL and key, creating it with ``limit``/``window`` on first use.

        Args:
            base_url: The API base URL (trailing slashes are ignored).
            api_key: The API key.
            limit: Requests per window.
            window: Window in seconds.
            shared_path: Share the limiter's log with other processes through this file
                (`SlidingWindowLimiter.share_through`; see `budget_file_name`). Once shared, it stays shared
                for every client of the host and key in this process.

        Returns:
            The shared limiter, enforcing this budget besides any others asked for (see the class).
        """
        host = base_url.rstrip("/").lower()
        identity = (host, hashlib.sha256(api_key.encode()).hexdigest())
        asked = (int(limit), float(window))
        with self._lock:
            limiter = self._limiters.get(identity)
            if limiter is None:
                limiter = self._limiters[identity] = SlidingWindowLimiter(limit, window)
            else:
                before = limiter.budgets
                if limiter.add_budget(*asked):
                    logger.warning(
                        "rate budget %d/%gs asked for %s, but a client of the same host and key uses %s; they "
                        "share one limiter, which now keeps to all of them",
                        asked[0],
                        asked[1],
                        host,
                        " and ".join(f"{n}/{w:g}s" for n, w in before),
                        extra={
                            "event": "ratelimit.budget_conflict",
                            "base_url": host,
                            "asked": f"{asked[0]}/{asked[1]:g}s",
                            "existing": ", ".join(f"{n}/{w:g}s" for n, w in before),
                        },
                    )
            if shared_path is not None:
                self._share(limiter, shared_path, host)
            return limiter

    def _share(self, limiter: SlidingWindowLimiter, path: Path, host: str) -> None:
        try:
            limiter.share_through(path)
        except (OSError, ValueError) as exc:
            if not self._warned_no_sharing:
                self._warned_no_sharing = True
                logger.warning(
                    "cannot share the rate budget of %s with other processes (%s); this process keeps its own",
                    host,
                    exc,
                    extra={"event": "ratelimit.not_shared", "base_url": host},
                )


def budget_file_name(base_url: str, api_key: str) -> str:
    """The name of the shared-budget file of a host and key: a hash of both, never the key itself.

    Args:
        base_url: The API base URL (trailing slashes and case are ignored).
        api_key: The API key.

    Returns:
        ``budget-<32 hex digits>.log``.
    """
    digest = hashlib.sha256(f"{base_url.rstrip('/').lower()}\n{api_key}".encode()).hexdigest()
    return f"budget-{digest[:32]}.log"


shared_limiters = LimiterRegistry()
"""The process-wide registry the clients use."""
