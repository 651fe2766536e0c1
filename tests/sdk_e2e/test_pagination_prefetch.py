"""Pages fetched ahead (``list(prefetch=...)``), sync and async, against the emulator over loopback.

A wrapper around the innermost transport watches the wire: how many requests are in flight at once, which pages
were asked for, and it can answer one page with an error or drop ``total-pages`` from every answer. Nothing here
asserts a duration; concurrency is checked by the in-flight count the wrapper saw.
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.faults import Latency
from itglue_sdk import AsyncITGlueClient, InstanceStore, ITGlueClient
from itglue_sdk._exceptions import APIStatusError, InvalidParameterError, UnexpectedResponseError
from itglue_sdk._http.tls import build_async_transport, build_transport
from itglue_sdk.resources.records import RecordReader
from tests.sdk_e2e.harness import FAST_RETRIES

ORGS = 30
PAGE = 5
PAGES = ORGS // PAGE


@pytest.fixture(scope="module")
def listing() -> Iterator[Emulator]:
    """Thirty organizations: six pages of five."""
    with Emulator.start(orgs=ORGS, seed=5) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh(listing: Emulator) -> Iterator[None]:
    listing.reset()
    yield
    listing.reset()


class Watch:
    """What the wire saw: pages asked for, the most requests in flight at once; optional page faults."""

    def __init__(
        self, *, failing_page: int | None = None, strip_total: bool = False, garbled_page: int | None = None
    ) -> None:
        self.failing_page = failing_page
        self.strip_total = strip_total
        self.garbled_page = garbled_page
        self.pages: list[int] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def start(self, request: httpx.Request) -> int:
        number = int(request.url.params.get("page[number]", "1"))
        with self._lock:
            self.pages.append(number)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return number

    def end(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def failure(self, number: int, request: httpx.Request) -> httpx.Response | None:
        if number != self.failing_page:
            return None
        body = {"errors": [{"status": "422", "title": "Unprocessable Entity", "detail": f"page {number} refused"}]}
        return httpx.Response(422, json=body, headers={"content-type": "application/vnd.api+json"}, request=request)

    def rewrite(self, number: int, response: httpx.Response) -> httpx.Response:
        if number == self.garbled_page:  # a 200 whose records are not objects: the parse must fail
            return httpx.Response(200, json={"data": [1, 2]}, headers={"content-type": "application/vnd.api+json"})
        if not self.strip_total or response.status_code != 200:
            return response
        body = json.loads(response.content)
        body.get("meta", {}).pop("total-pages", None)
        return httpx.Response(200, json=body, headers={"content-type": "application/vnd.api+json"})


class SyncWatched(httpx.BaseTransport):
    def __init__(self, watch: Watch) -> None:
        self.watch = watch
        self.inner = build_transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        number = self.watch.start(request)
        try:
            failed = self.watch.failure(number, request)
            if failed is not None:
                return failed
            response = self.inner.handle_request(request)
            response.read()
            return self.watch.rewrite(number, response)
        finally:
            self.watch.end()

    def close(self) -> None:
        self.inner.close()


class AsyncWatched(httpx.AsyncBaseTransport):
    def __init__(self, watch: Watch) -> None:
        self.watch = watch
        self.inner = build_async_transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        number = self.watch.start(request)
        try:
            failed = self.watch.failure(number, request)
            if failed is not None:
                return failed
            response = await self.inner.handle_async_request(request)
            await response.aread()
            return self.watch.rewrite(number, response)
        finally:
            self.watch.end()

    async def aclose(self) -> None:
        await self.inner.aclose()


def options(emulator: Emulator, tmp_path: Any) -> dict[str, Any]:
    store = InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data", state_root=tmp_path / "state")
    return {
        "base_url": emulator.base_url,
        "api_key": emulator.api_key,
        "instances": store,
        "retry_policy": FAST_RETRIES,
        "load_plugins": False,
        "max_retries": 0,
    }


def sync_client(emulator: Emulator, tmp_path: Any, watch: Watch) -> ITGlueClient:
    return ITGlueClient(transport=SyncWatched(watch), **options(emulator, tmp_path))


def async_client(emulator: Emulator, tmp_path: Any, watch: Watch) -> AsyncITGlueClient:
    return AsyncITGlueClient(transport=AsyncWatched(watch), **options(emulator, tmp_path))


def pager_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("itglue-pager")]


# -- sync ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefetch", [0, 1, 2, 4, 16])
def test_records_come_in_order_and_complete_whatever_the_window(
    listing: Emulator, tmp_path: Any, prefetch: int
) -> None:
    watch = Watch()
    with sync_client(listing, tmp_path, watch) as client:
        sequential = [org.id for org in client.organizations.list(page_size=PAGE, prefetch=0)]
        ahead = [org.id for org in client.organizations.list(page_size=PAGE, prefetch=prefetch)]
        pages = [
            page.meta.current_page for page in client.organizations.list(page_size=PAGE, prefetch=prefetch).iter_pages()
        ]
    assert len(sequential) == ORGS
    assert ahead == sequential
    assert pages == list(range(1, PAGES + 1))
    assert sorted(watch.pages) == sorted(list(range(1, PAGES + 1)) * 3)  # each page asked for once per walk
    assert pager_threads() == []


def test_pages_are_really_fetched_at_once(listing: Emulator, tmp_path: Any) -> None:
    listing.set_faults(latency=Latency("fixed", 0.05))
    watch = Watch()
    with sync_client(listing, tmp_path, watch) as client:
        assert len(list(client.organizations.list(page_size=PAGE, prefetch=0))) == ORGS
        assert watch.most_in_flight == 1
        assert len(list(client.organizations.list(page_size=PAGE, prefetch=3))) == ORGS
    assert watch.most_in_flight == 3  # pages 2-6 behind page 1, three at a time (never more)


@pytest.mark.parametrize(("limit", "requests"), [(3, 1), (5, 1), (6, 2), (12, 3), (25, 5), (30, 6), (500, 6)])
def test_a_limit_asks_for_no_page_it_does_not_need(listing: Emulator, tmp_path: Any, limit: int, requests: int) -> None:
    watch = Watch()
    with sync_client(listing, tmp_path, watch) as client:
        records = list(client.organizations.list(page_size=PAGE, limit=limit, prefetch=8))
    assert len(records) == min(limit, ORGS)
    assert listing.request_count() == requests
    assert pager_threads() == []
    assert sorted(watch.pages) == list(range(1, requests + 1))


def test_without_total_pages_the_walk_is_sequential(listing: Emulator, tmp_path: Any) -> None:
    watch = Watch(strip_total=True)
    with sync_client(listing, tmp_path, watch) as client:
        records = [org.id for org in client.organizations.list(page_size=PAGE, prefetch=4)]
    assert len(records) == ORGS
    assert watch.most_in_flight == 1
    assert watch.pages == list(range(1, PAGES + 1))


def test_leaving_early_stops_the_walk_and_its_threads(listing: Emulator, tmp_path: Any) -> None:
    listing.set_faults(latency=Latency("fixed", 0.02))
    watch = Watch()
    with sync_client(listing, tmp_path, watch) as client:
        for _ in client.organizations.list(page_size=PAGE, prefetch=2):
            break  # the pager is dropped here: its walk is closed
        assert pager_threads() == []
        assert watch.in_flight == 0
        assert len(watch.pages) <= 3  # page 1 and the window

        pager = client.organizations.list(page_size=PAGE, prefetch=2)
        with pager:
            next(pager)
            assert pager_threads() != []
        assert pager_threads() == []
        assert next(pager, None) is None  # a closed pager is drained
        pages = pager.iter_pages()
        next(pages)
        next(pages)
        pages.close()
        assert pager_threads() == []
    gc.collect()
    assert pager_threads() == []


def test_an_error_on_page_3_is_raised_at_page_3(listing: Emulator, tmp_path: Any) -> None:
    watch = Watch(failing_page=3)
    with sync_client(listing, tmp_path, watch) as client:
        pages = client.organizations.list(page_size=PAGE, prefetch=4).iter_pages()
        first = next(pages)
        assert 3 in watch.pages  # asked for ahead, and failed, while page 1 is read
        second = next(pages)
        assert [first.meta.current_page, second.meta.current_page] == [1, 2]
        with pytest.raises(APIStatusError) as raised:
            next(pages)
        assert raised.value.status_code == 422
        assert next(pages, None) is None

        records: list[Any] = []
        pager = client.organizations.list(page_size=PAGE, prefetch=4)
        with pytest.raises(APIStatusError):
            records.extend(pager)
        assert len(records) == 2 * PAGE  # every record before the failing page, none after
    assert pager_threads() == []


def test_a_bad_prefetch_fails_at_the_call(listing: Emulator, tmp_path: Any) -> None:
    with sync_client(listing, tmp_path, Watch()) as client:
        with pytest.raises(InvalidParameterError):
            client.organizations.list(prefetch=-1)
        with pytest.raises(InvalidParameterError):
            client.organizations.list(prefetch=True)
    assert listing.request_count() == 0


# -- async -----------------------------------------------------------------------------------------------------


class Tasks:
    """The tasks started since it was made (the page fetches)."""

    def __init__(self) -> None:
        self.baseline = asyncio.all_tasks()

    def __call__(self) -> set[asyncio.Task[Any]]:
        return asyncio.all_tasks() - self.baseline


@pytest.mark.anyio
@pytest.mark.parametrize("prefetch", [0, 1, 4, 16])
async def test_async_records_come_in_order_and_complete(listing: Emulator, tmp_path: Any, prefetch: int) -> None:
    others = Tasks()
    watch = Watch()
    async with async_client(listing, tmp_path, watch) as client:
        sequential = [org.id async for org in client.organizations.list(page_size=PAGE, prefetch=0)]
        ahead = [org.id async for org in client.organizations.list(page_size=PAGE, prefetch=prefetch)]
        pager = client.organizations.list(page_size=PAGE, prefetch=prefetch)
        pages = [page.meta.current_page async for page in pager.iter_pages()]
    assert len(sequential) == ORGS
    assert ahead == sequential
    assert pages == list(range(1, PAGES + 1))
    assert others() == set()


@pytest.mark.anyio
async def test_async_pages_are_really_fetched_at_once(listing: Emulator, tmp_path: Any) -> None:
    others = Tasks()
    listing.set_faults(latency=Latency("fixed", 0.05))
    watch = Watch()
    async with async_client(listing, tmp_path, watch) as client:
        assert len([org async for org in client.organizations.list(page_size=PAGE, prefetch=0)]) == ORGS
        assert watch.most_in_flight == 1
        assert len([org async for org in client.organizations.list(page_size=PAGE, prefetch=3)]) == ORGS
    assert watch.most_in_flight == 3
    assert others() == set()


@pytest.mark.anyio
@pytest.mark.parametrize(("limit", "requests"), [(5, 1), (6, 2), (12, 3), (500, 6)])
async def test_async_limit_asks_for_no_page_it_does_not_need(
    listing: Emulator, tmp_path: Any, limit: int, requests: int
) -> None:
    others = Tasks()
    async with async_client(listing, tmp_path, Watch()) as client:
        records = [org async for org in client.organizations.list(page_size=PAGE, limit=limit, prefetch=8)]
    assert len(records) == min(limit, ORGS)
    assert listing.request_count() == requests
    assert others() == set()


@pytest.mark.anyio
async def test_async_leaving_early_leaves_no_task(listing: Emulator, tmp_path: Any) -> None:
    others = Tasks()
    listing.set_faults(latency=Latency("fixed", 0.02))
    watch = Watch()
    async with async_client(listing, tmp_path, watch) as client:
        async with client.organizations.list(page_size=PAGE, prefetch=3) as pager:
            async for _ in pager:
                assert others() != set()  # pages 2-4 on their way
                break
        assert others() == set()
        assert watch.in_flight == 0
        assert await anext(pager, None) is None

        pages = client.organizations.list(page_size=PAGE, prefetch=3).iter_pages()
        await anext(pages)
        await pages.aclose()
        assert others() == set()

        async for _ in client.organizations.list(page_size=PAGE, prefetch=3):
            break  # no aclose: the event loop finalises the dropped walk
        for _ in range(20):
            if not others():
                break
            await asyncio.sleep(0.01)
        assert others() == set()


@pytest.mark.anyio
async def test_async_error_on_page_3_is_raised_at_page_3(listing: Emulator, tmp_path: Any) -> None:
    others = Tasks()
    watch = Watch(failing_page=3)
    async with async_client(listing, tmp_path, watch) as client:
        records: list[Any] = []

        async def drain() -> None:
            async for org in client.organizations.list(page_size=PAGE, prefetch=4):
                records.append(org)

        with pytest.raises(APIStatusError) as raised:
            await drain()
        assert raised.value.status_code == 422
        assert len(records) == 2 * PAGE
    assert others() == set()


@pytest.mark.anyio
async def test_async_pages_fetched_ahead_are_parsed_off_the_event_loop(
    listing: Emulator, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parsed on the loop, a page held up the receiving of every other page in flight.
    threads: list[int] = []
    read_many = RecordReader.read_many

    def watched(self: RecordReader, model: Any, data: Any) -> Any:
        threads.append(threading.get_ident())
        return read_many(self, model, data)

    monkeypatch.setattr(RecordReader, "read_many", watched)
    async with async_client(listing, tmp_path, Watch()) as client:
        records = [org async for org in client.organizations.list(page_size=PAGE, prefetch=3)]
    assert len(records) == ORGS
    assert threads[0] == threading.get_ident()  # page 1 goes alone, on the loop
    assert len(threads) == PAGES
    assert threading.get_ident() not in threads[1:]


@pytest.mark.anyio
async def test_async_unreadable_page_3_is_an_unexpected_response_at_page_3(listing: Emulator, tmp_path: Any) -> None:
    others = Tasks()
    async with async_client(listing, tmp_path, Watch(garbled_page=3)) as client:
        records: list[Any] = []

        async def drain() -> None:
            async for org in client.organizations.list(page_size=PAGE, prefetch=4):
                records.append(org)

        with pytest.raises(UnexpectedResponseError):
            await drain()
        assert len(records) == 2 * PAGE
    assert others() == set()
