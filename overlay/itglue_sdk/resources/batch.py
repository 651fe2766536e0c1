"""Run one operation over many items (usually organizations) with bounded concurrency and progress.

The operation is expected to call the client, so every request still goes through the shared rate limiter
and breaker: concurrency here only overlaps latency, it never raises the request rate above the budget.
A failure of one item is recorded in its result and never stops the others.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import anyio

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CONCURRENCY = 8


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


def _run_one(operation: Callable[[T], R], item: T) -> ItemResult[T, R]:
    try:
        return ItemResult(item, operation(item))
    except Exception as exc:
        return ItemResult(item, error=exc)


def run_batch(
    operation: Callable[[T], R],
    items: Iterable[T],
    *,
    max_workers: int = DEFAULT_CONCURRENCY,
    progress: ProgressCallback | None = None,
) -> BatchResult[T, R]:
    """Run ``operation`` over ``items`` on a thread pool.

    Args:
        operation: Called once per item; usually makes client calls.
        items: The inputs (e.g. organization ids).
        max_workers: Most operations running at once.
        progress: Called from the calling thread after each item finishes.

    Returns:
        Every outcome, in input order.
    """
    inputs = list(items)
    results: list[ItemResult[T, R] | None] = [None] * len(inputs)
    tracker = _Progress(len(inputs), progress)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="itglue-batch") as pool:
        futures = {pool.submit(_run_one, operation, item): index for index, item in enumerate(inputs)}
        try:
            for future in concurrent.futures.as_completed(futures):
                result = results[futures[future]] = future.result()
                tracker.finished(result.ok)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # e.g. Ctrl-C: start nothing new
            raise
    return BatchResult([result for result in results if result is not None])


async def run_batch_async(
    operation: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    progress: ProgressCallback | None = None,
) -> BatchResult[T, R]:
    """Run ``operation`` over ``items`` as concurrent tasks bounded by a semaphore.

    Args:
        operation: Awaited once per item; usually makes async client calls.
        items: The inputs.
        max_concurrency: Most operations running at once.
        progress: Called in the event loop after each item finishes.

    Returns:
        Every outcome, in input order.
    """
    inputs = list(items)
    results: list[ItemResult[T, R] | None] = [None] * len(inputs)
    tracker = _Progress(len(inputs), progress)
    semaphore = anyio.Semaphore(max_concurrency)

    async def run(index: int, item: T) -> None:
        async with semaphore:
            try:
                result: ItemResult[T, R] = ItemResult(item, await operation(item))
            except Exception as exc:
                result = ItemResult(item, error=exc)
        results[index] = result
        tracker.finished(result.ok)

    async with anyio.create_task_group() as group:
        for index, item in enumerate(inputs):
            group.start_soon(run, index, item)
    return BatchResult([result for result in results if result is not None])
