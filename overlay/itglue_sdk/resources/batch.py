"""Run one operation over many items (usually organizations) with bounded concurrency and progress.

The operation is expected to call the client, so every request still goes through the shared rate limiter
and breaker: concurrency here only overlaps latency, it never raises the request rate above the budget.
A failure of one item is recorded in its result and never stops the others.

**Sizing.** How many requests must be in flight to use the whole budget is Little's law: the allowed rate
times the latency of one request. At IT Glue's 10 requests/s that is 2 at 200 ms and 10 at 1 s, so no fixed
number of workers fits every latency. Given a `RateBudget` and no explicit number, a batch starts
`DEFAULT_CONCURRENCY` operations and, every `RESIZE_INTERVAL` seconds once requests have been answered, sets the
number in flight to the budget's rate times the client's observed latency (the 90th percentile of its recent
attempts, time on the wire only) times `HEADROOM`, between `DEFAULT_CONCURRENCY` and `MAX_CONCURRENCY`. That
assumes an operation has one request in flight at a time, as one making its calls one after another does. The
latency leaves out the time requests wait for the limiter on purpose: once the budget is the bottleneck,
operations wait longer, and counting that would grow the batch without adding a request per second. Sending
faster than the budget allows is impossible either way: operations beyond what it needs queue at the limiter.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import anyio

if TYPE_CHECKING:
    from itglue_sdk._http.ratelimit import SlidingWindowLimiter
    from itglue_sdk.observability.metrics import Metrics

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CONCURRENCY = 8
"""Operations in flight at the start of a batch (and always, without a `RateBudget`)."""

MAX_CONCURRENCY = 64
"""Most operations a sized batch runs at once: 64 covers 10 requests/s at 5 s a request, within httpx's pool."""

HEADROOM = 1.25
"""Operations in flight over what Little's law asks for: latencies vary, and the limiter holds back any excess."""

RESIZE_INTERVAL = 0.1
"""Seconds between two sizings of a batch (each reads the client's metrics once)."""


@dataclass(frozen=True)
class ItemResult(Generic[T, R]):
    """The outcome for one item.

    Attributes:
        item: The input item.
        value: What the operation returned (``None`` when it failed).
        error: The exception it raised, if any.
    """

    item: T
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """Whether the operation succeeded for this item."""
        return self.error is None


@dataclass(frozen=True)
class BatchProgress:
    """Progress after an item finished.

    Attributes:
        done: Items finished so far (succeeded or failed).
        total: Items in the batch.
        failed: Items that failed so far.
    """

    done: int
    total: int
    failed: int


@dataclass(frozen=True)
class BatchResult(Generic[T, R]):
    """All outcomes, in input order."""

    results: Sequence[ItemResult[T, R]]

    @property
    def succeeded(self) -> list[ItemResult[T, R]]:
        """Outcomes of the items that succeeded."""
        return [result for result in self.results if result.ok]

    @property
    def failed(self) -> list[ItemResult[T, R]]:
        """Outcomes of the items that failed."""
        return [result for result in self.results if not result.ok]


ProgressCallback = Callable[[BatchProgress], None]


class _Progress:
    """Counts finished items and reports them; callers serialise access (one thread or one event loop)."""

    def __init__(self, total: int, callback: ProgressCallback | None) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.callback = callback

    def finished(self, ok: bool) -> None:
        self.done += 1
        self.failed += 0 if ok else 1
        if self.callback is not None:
            self.callback(BatchProgress(self.done, self.total, self.failed))


class RateBudget(Protocol):
    """What a batch sizes its concurrency from: the budget's rate and the client's latency."""

    def allowed_rate(self) -> float:
        """Requests per second the budget sustains."""
        ...

    def latency(self) -> float | None:
        """Seconds a request spends on the wire (not waiting for the limiter); None before the first answer."""
        ...


@dataclass(frozen=True)
class LimiterBudget:
    """A client's `RateBudget`: its shared limiter's strictest budget and its metrics' latencies.

    Attributes:
        limiter: The limiter the client's requests go through.
        metrics: The client's metrics.
    """

    limiter: SlidingWindowLimiter
    metrics: Metrics

    def allowed_rate(self) -> float:
        """Requests per second of the limiter's strictest budget."""
        limit, window = self.limiter.budget
        return limit / window

    def latency(self) -> float | None:
        """The 90th percentile of the client's recent attempt latencies, in seconds (None before any)."""
        p90 = self.metrics.snapshot().latency_ms.get("p90")
        return None if p90 is None else p90 / 1000


class _Sizer:
    """How many operations may run now: a fixed number, or sized by Little's law from a `RateBudget`."""

    def __init__(self, budget: RateBudget | None, fixed: int | None) -> None:
        if fixed is not None and fixed < 1:
            raise ValueError(f"a batch needs at least one worker, not {fixed}")
        self._budget = budget if fixed is None else None
        self.size = fixed or DEFAULT_CONCURRENCY
        self.ceiling = fixed or (MAX_CONCURRENCY if self._budget is not None else DEFAULT_CONCURRENCY)
        self._next = 0.0

    @property
    def sized(self) -> bool:
        """Whether the size follows the budget (no explicit number, a budget given)."""
        return self._budget is not None

    def resize(self) -> int:
        """Re-estimate the size, at most once per `RESIZE_INTERVAL`; return it."""
        now = time.monotonic()
        if self._budget is None or now < self._next:
            return self.size
        self._next = now + RESIZE_INTERVAL
        latency = self._budget.latency()
        if latency is not None:
            wanted = math.ceil(self._budget.allowed_rate() * latency * HEADROOM)
            self.size = min(self.ceiling, max(DEFAULT_CONCURRENCY, wanted))
        return self.size


def _run_one(operation: Callable[[T], R], item: T) -> ItemResult[T, R]:
    try:
        return ItemResult(item, operation(item))
    except Exception as exc:
        return ItemResult(item, error=exc)


def run_batch(
    operation: Callable[[T], R],
    items: Iterable[T],
    *,
    max_workers: int | None = None,
    progress: ProgressCallback | None = None,
    budget: RateBudget | None = None,
) -> BatchResult[T, R]:
    """Run ``operation`` over ``items`` on a thread pool.

    Args:
        operation: Called once per item; usually makes client calls.
        items: The inputs (e.g. organization ids).
        max_workers: Exactly this many operations at once. None: `DEFAULT_CONCURRENCY`, grown up to
            `MAX_CONCURRENCY` as ``budget`` allows (see the module).
        progress: Called from the calling thread after each item finishes.
        budget: The rate and latency of the client the operation calls, for sizing.

    Returns:
        Every outcome, in input order.

    Raises:
        ValueError: ``max_workers`` is below 1.
    """
    inputs = list(items)
    results: list[ItemResult[T, R] | None] = [None] * len(inputs)
    tracker = _Progress(len(inputs), progress)
    sizer = _Sizer(budget, max_workers)
    waiting = iter(enumerate(inputs))
    running: dict[concurrent.futures.Future[ItemResult[T, R]], int] = {}
    poll = RESIZE_INTERVAL if sizer.sized else None
    with concurrent.futures.ThreadPoolExecutor(max_workers=sizer.ceiling, thread_name_prefix="itglue-batch") as pool:
        try:
            while True:
                for index, item in itertools.islice(waiting, max(0, sizer.size - len(running))):
                    running[pool.submit(_run_one, operation, item)] = index
                if not running:
                    break
                done, _ = concurrent.futures.wait(running, timeout=poll, return_when=concurrent.futures.FIRST_COMPLETED)
                for future in done:
                    result = results[running.pop(future)] = future.result()
                    tracker.finished(result.ok)
                sizer.resize()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # e.g. Ctrl-C: start nothing new
            raise
    return BatchResult([result for result in results if result is not None])


async def run_batch_async(
    operation: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    max_concurrency: int | None = None,
    progress: ProgressCallback | None = None,
    budget: RateBudget | None = None,
) -> BatchResult[T, R]:
    """Run ``operation`` over ``items`` as concurrent tasks, as many at once as a capacity limiter allows.

    Args:
        operation: Awaited once per item; usually makes async client calls.
        items: The inputs.
        max_concurrency: Exactly this many operations at once. None: `DEFAULT_CONCURRENCY`, grown up to
            `MAX_CONCURRENCY` as ``budget`` allows (see the module).
        progress: Called in the event loop after each item finishes.
        budget: The rate and latency of the client the operation calls, for sizing.

    Returns:
        Every outcome, in input order.

    Raises:
        ValueError: ``max_concurrency`` is below 1.
    """
    inputs = list(items)
    results: list[ItemResult[T, R] | None] = [None] * len(inputs)
    tracker = _Progress(len(inputs), progress)
    sizer = _Sizer(budget, max_concurrency)
    slots = anyio.CapacityLimiter(sizer.size)

    async def run(index: int, item: T) -> None:
        async with slots:
            try:
                result: ItemResult[T, R] = ItemResult(item, await operation(item))
            except Exception as exc:
                result = ItemResult(item, error=exc)
        results[index] = result
        tracker.finished(result.ok)

    async def resize() -> None:
        while True:
            await anyio.sleep(RESIZE_INTERVAL)
            slots.total_tokens = sizer.resize()  # a smaller number takes effect as operations finish

    async with anyio.create_task_group() as sizing:
        if sizer.sized:
            sizing.start_soon(resize)
        async with anyio.create_task_group() as group:
            for index, item in enumerate(inputs):
                group.start_soon(run, index, item)
        sizing.cancel_scope.cancel()
    return BatchResult([result for result in results if result is not None])
