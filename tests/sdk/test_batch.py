from __future__ import annotations

import threading
import time

import anyio
import pytest

from itglue_sdk.resources.batch import BatchProgress, run_batch, run_batch_async


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
