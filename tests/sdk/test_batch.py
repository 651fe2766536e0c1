from __future__ import annotations

import math
import threading
import time

import anyio
import pytest

from itglue_sdk.resources.batch import (
    DEFAULT_CONCURRENCY,
    HEADROOM,
    MAX_CONCURRENCY,
    BatchProgress,
    _Sizer,
    run_batch,
    run_batch_async,
)


class Concurrency:
    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


def test_thread_batch_keeps_order_isolates_failures_and_bounds_concurrency() -> None:
    gauge = Concurrency()
    progress: list[BatchProgress] = []

    def operation(org_id: int) -> str:
        gauge.enter()
        try:
            time.sleep(0.01)
            if org_id % 5 == 0:
                raise ValueError(f"org {org_id} failed")
            return f"org-{org_id}"
        finally:
            gauge.leave()

    result = run_batch(operation, range(1, 21), max_workers=3, progress=progress.append)
    assert [r.item for r in result.results] == list(range(1, 21))
    assert [r.value for r in result.succeeded] == [f"org-{i}" for i in range(1, 21) if i % 5]
    assert [str(r.error) for r in result.failed] == [f"org {i} failed" for i in (5, 10, 15, 20)]
    assert gauge.peak == 3
    assert [p.done for p in progress] == list(range(1, 21))
    assert progress[-1] == BatchProgress(done=20, total=20, failed=4)


def test_empty_batch() -> None:
    assert run_batch(str, []).results == []


@pytest.mark.anyio
async def test_async_batch() -> None:
    gauge = Concurrency()
    progress: list[BatchProgress] = []

    async def operation(org_id: int) -> int:
        gauge.enter()
        try:
            await anyio.sleep(0.005)
            if org_id == 3:
                raise LookupError("missing")
            return org_id * 10
        finally:
            gauge.leave()

    result = await run_batch_async(operation, range(10), max_concurrency=4, progress=progress.append)
    assert [r.value for r in result.results] == [0, 10, 20, None, 40, 50, 60, 70, 80, 90]
    assert isinstance(result.results[3].error, LookupError)
    assert not result.results[3].ok
    assert gauge.peak == 4
    assert progress[-1] == BatchProgress(done=10, total=10, failed=1)


class FakeBudget:
    """A `RateBudget` with a set rate and latency."""

    def __init__(self, rate: float, latency: float | None) -> None:
        self.rate = rate
        self.seconds = latency

    def allowed_rate(self) -> float:
        return self.rate

    def latency(self) -> float | None:
        return self.seconds


def size_for(rate: float, latency: float | None) -> int:
    return _Sizer(FakeBudget(rate, latency), None).resize()


def test_sized_batch_follows_latency_times_rate() -> None:
    # Little's law: 10 requests/s at 1 s a request needs 10 in flight, 13 with the headroom.
    assert size_for(10.0, 1.0) == math.ceil(10 * 1.0 * HEADROOM) == 13
    assert size_for(100.0, 1.0) == MAX_CONCURRENCY  # 125 would be too many threads: capped
    assert size_for(10.0, 0.2) == DEFAULT_CONCURRENCY  # 2.5 would do: never below the start size
    assert size_for(10.0, None) == DEFAULT_CONCURRENCY  # nothing answered yet: no latency to go by


def test_an_explicit_number_is_never_resized() -> None:
    fixed = _Sizer(FakeBudget(10.0, 1.0), 3)
    assert not fixed.sized
    assert (fixed.size, fixed.ceiling, fixed.resize()) == (3, 3, 3)
    unsized = _Sizer(None, None)
    assert (unsized.size, unsized.ceiling, unsized.resize()) == (DEFAULT_CONCURRENCY, DEFAULT_CONCURRENCY, 8)
    with pytest.raises(ValueError, match="at least one worker"):
        run_batch(str, [1], max_workers=0)
