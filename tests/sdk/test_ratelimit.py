from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from pathlib import Path

import anyio
import pytest

from itglue_sdk._http.ratelimit import LimiterRegistry, SlidingWindowLimiter, budget_file_name


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def _grants(limiter: SlidingWindowLimiter, clock: FakeClock, count: int) -> list[float]:
    """Acquire ``count`` slots back to back; return the (fake) time each one went out."""
    times = []
    for _ in range(count):
        limiter.acquire()
        times.append(clock.now)
    return times


def _max_in_any_window(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


def test_free_until_80_percent_then_paced_then_capped() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(10, 10.0, clock=clock, sleep=clock.sleep)
    # 8 (80 %) go at once, then one per window/limit = 1 s, and the 11th waits for the first to expire.
    assert _grants(limiter, clock, 12) == [0.0] * 8 + [1.0, 2.0, 10.0, 10.0]


def test_reservations_never_exceed_the_limit_in_any_window() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(30, 5.0, clock=clock, sleep=clock.sleep)
    times = []
    for burst in range(20):  # bursts of 9 requests every 0.7 s, far above the budget
        clock.now = max(clock.now, burst * 0.7)
        times += _grants(limiter, clock, 9)
    assert _max_in_any_window(times, 5.0) == 30
    gaps = [b - a for a, b in itertools.pairwise(times) if b > a]
    assert min(gaps) >= limiter.interval - 1e-9  # once pacing starts, never two grants closer than 1/rate


def test_production_budget_paces_from_2400() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(clock=clock, sleep=clock.sleep)
    waits = [limiter.acquire().waited for _ in range(2402)]
    assert waits[:2400] == [0.0] * 2400
    assert waits[2400:] == pytest.approx([0.1, 0.1])


def test_headroom_and_wait_for_free_slot() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(4, 10.0, clock=clock, sleep=clock.sleep)
    assert limiter.headroom() == 4
    assert limiter.wait_for_free_slot() == 0
    _grants(limiter, clock, 4)  # 3 free, then 2.5 s pacing
    assert limiter.headroom() == 0
    assert limiter.wait_for_free_slot() == pytest.approx(7.5)
    clock.now = 10.0
    assert limiter.headroom() == 3
    assert limiter.wait_for_free_slot() == 0


def test_release_counts_a_slow_request_from_its_completion() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 10.0, pace_threshold=1.0, clock=clock, sleep=clock.sleep)
    slow = limiter.acquire()  # granted at 0 s, but its answer only arrives at 3 s
    fast = limiter.acquire()  # granted at 0 s, answered at once
    limiter.release(fast)
    clock.now = 3.0
    limiter.release(slow)
    # The server may have counted the slow request as late as 3 s, so it holds its slot until 13 s; the fast one
    # frees its slot at 10 s. Without the release both would count from 0 s and free at 10 s.
    clock.now = 11.0
    assert limiter.headroom() == 1
    clock.now = 13.0
    assert limiter.headroom() == 2


def test_release_of_an_expired_grant_changes_nothing() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 10.0, clock=clock, sleep=clock.sleep)
    old = limiter.acquire()
    clock.now = 20.0
    assert limiter.headroom() == 2
    limiter.release(old)
    assert limiter.headroom() == 2


def test_invalid_budget_is_rejected() -> None:
    with pytest.raises(ValueError, match="limit"):
        SlidingWindowLimiter(0, 1.0)


@pytest.mark.anyio
async def test_async_acquire_uses_the_async_sleep() -> None:
    clock = FakeClock()
    waited: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)
        clock.now += seconds

    limiter = SlidingWindowLimiter(5, 10.0, clock=clock, async_sleep=fake_sleep)
    for _ in range(6):
        await limiter.acquire_async()
    assert waited == [2.0, 8.0]  # 4 free, the 5th paced 2 s later, the 6th waits for the window (t=10)


def test_shared_between_threads_and_an_event_loop() -> None:
    """Real clock, tiny window: 4 threads and 20 asyncio tasks share one budget of 10 per 0.2 s."""
    limiter = SlidingWindowLimiter(10, 0.2)
    times: list[float] = []
    lock = threading.Lock()

    def record() -> None:
        with lock:
            times.append(time.monotonic())

    def worker() -> None:
        for _ in range(5):
            limiter.acquire()
            record()

    async def tasks() -> None:
        async def one() -> None:
            await limiter.acquire_async()
            record()

        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    asyncio.run(tasks())
    for thread in threads:
        thread.join()
    assert len(times) == 40
    # 40 requests at 10 per 0.2 s need at least 3 full windows after the first burst.
    assert time.monotonic() - started >= 0.6
    # Wake-ups can be late by a few ms, so look at windows slightly shorter than 0.2 s.
    assert _max_in_any_window(sorted(times), 0.17) <= 10


def test_registry_shares_per_base_url_and_key_without_storing_the_key() -> None:
    registry = LimiterRegistry()
    a = registry.get("https://api.itglue.com/", "ITG.key-one", limit=100)
    assert registry.get("https://API.itglue.com", "ITG.key-one") is a
    assert registry.get("https://api.itglue.com", "ITG.key-two") is not a
    assert registry.get("https://api.eu.itglue.com", "ITG.key-one") is not a
    assert a.limit == 100
    assert "ITG.key-one" not in repr(vars(registry))


def test_registry_enforces_every_budget_asked_for_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    registry = LimiterRegistry()
    key = "ITG.0123456789abcdef0123456789abcdef.budget-test-key"
    shared = registry.get("https://api.itglue.com", key, limit=3000, window=300)
    with caplog.at_level(logging.WARNING, logger="itglue_sdk._http.ratelimit"):
        assert registry.get("https://api.itglue.com", key, limit=25, window=2) is shared
        assert registry.get("https://api.itglue.com", key, limit=25, window=2) is shared  # no new conflict
        assert registry.get("https://api.itglue.com", key, limit=3000, window=300) is shared
    assert shared.budgets == [(3000, 300.0), (25, 2.0)]
    assert shared.budget == (3000, 300.0)  # the lower sustained rate: 10/s against 12.5/s
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        "rate budget 25/2s asked for https://api.itglue.com, but a client of the same host and key uses "
        "3000/300s; they share one limiter, which now keeps to all of them",
    ]
    assert key not in caplog.text


def test_a_limiter_keeps_to_every_budget_it_was_given() -> None:
    """3000/300 s (10/s) is the lower rate, yet alone it lets 2400 go at once: far past 25 in 2 s."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(3000, 300.0, clock=clock, sleep=clock.sleep)
    limiter.add_budget(25, 2.0)
    times = _grants(limiter, clock, 400)
    assert _max_in_any_window(times, 2.0) <= 25
    assert _max_in_any_window(times, 300.0) <= 3000
    assert times[19] == 0.0  # free up to 80 % of the smaller burst
    assert limiter.headroom() <= 25

    clock = FakeClock()
    limiter = SlidingWindowLimiter(25, 2.0, clock=clock, sleep=clock.sleep)
    limiter.add_budget(30, 300.0)  # the other way round: the long window caps the total
    times = _grants(limiter, clock, 31)
    assert _max_in_any_window(times, 2.0) <= 25
    assert _max_in_any_window(times, 300.0) <= 30
    assert times[-1] >= 300.0


def test_a_shared_log_is_one_budget_for_every_limiter_on_the_file(tmp_path: Path) -> None:
    """Two limiters (two processes, as far as they know) on one file: 10 per 60 s between them."""
    path = tmp_path / "budgets" / budget_file_name("https://api.itglue.com", "ITG.key")
    assert "ITG.key" not in path.name
    first, second = SlidingWindowLimiter(10, 60.0), SlidingWindowLimiter(10, 60.0)
    first.reserve()  # granted before sharing: carried into the file
    first.share_through(path)
    second.share_through(path)
    assert first.shared_path == path
    waits = [(first if n % 2 else second).reserve().waited for n in range(12)]
    assert waits[:7] == [0.0] * 7  # 8 of 10 free (one was taken before sharing), then paced, then capped
    assert all(wait > 0 for wait in waits[7:])
    assert max(waits) > 50  # the 11th request of the window waits for the first to leave it
    assert first.headroom() == second.headroom() == 0
    with pytest.raises(ValueError, match="already shares"):
        first.share_through(tmp_path / "other.log")


def test_release_in_a_shared_log_moves_the_entry(tmp_path: Path) -> None:
    wall = FakeClock()
    wall.now = 1_000_000.0
    limiter = SlidingWindowLimiter(2, 10.0, pace_threshold=1.0, wall_clock=wall)
    limiter.share_through(tmp_path / "budget.log")
    grant = limiter.reserve()
    limiter.reserve()
    wall.now += 5
    limiter.release(grant)
    wall.now += 6  # the second grant left the window; the first counts from its completion
    assert limiter.headroom() == 1


def test_a_torn_shared_log_counts_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "budget.log"
    path.write_bytes(b"\x01\x02\x03")
    limiter = SlidingWindowLimiter(5, 10.0)
    limiter.share_through(path)
    assert limiter.headroom() == 5
    limiter.reserve()
    assert path.stat().st_size == 8


def test_the_registry_shares_through_the_file_it_is_given(tmp_path: Path) -> None:
    registry = LimiterRegistry()
    path = tmp_path / "b.log"
    limiter = registry.get("https://api.itglue.com", "ITG.k", limit=10, window=60)
    assert limiter.shared_path is None
    assert registry.get("https://api.itglue.com", "ITG.k", limit=10, window=60, shared_path=path) is limiter
    assert limiter.shared_path == path


def test_adopted_budget_counts_earlier_grants() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(10, 10.0, clock=clock)
    for _ in range(4):
        limiter.reserve()
    limiter.adopt(4, 10.0)
    assert limiter.headroom() == 0
    assert limiter.reserve().waited == pytest.approx(10.0)
