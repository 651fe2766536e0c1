"""Auto-paging lists, Stainless style: iterate records, or pages with their ``meta``.

``for org in client.organizations.list(): ...`` walks every page by following ``meta.next-page``;
``for page in pager.iter_pages(): page.meta.total_count`` gives the pages themselves. The async twin is
iterated with ``async for``. Both stop after ``limit`` records when one is given.

A pager is an iterator of records: ``next(pager)`` (``await anext(pager)``) gives the next record, and a loop
after it goes on from there; once drained it stays drained (call ``list()`` again for a new walk).
`SyncPager.iter_pages` starts a walk of its own each time it is called.

Pages are fetched ahead. Page 1 goes alone (its ``meta.total-pages`` says how many there are); then up to
``prefetch`` page requests (8 by default) are in flight while the caller reads the current page: on threads of a
small pool for `SyncPager`, as asyncio tasks for `AsyncPager`. They go through the same client, so every one is
paced by its rate limiter and passes its retries and circuit breaker. A page fetched ahead is parsed off the
caller's way too: by the pool thread that fetched it or, for `AsyncPager`, once its answer is in, on a thread of
the event loop's default executor, so the loop goes on receiving the other pages meanwhile (parsing a 1000-record
page on the loop held it for milliseconds, for longer on a loaded machine). Records still come in order; an error
of a page fetched ahead is raised when that page's turn comes. With ``limit`` no page beyond the ones the limit
needs is asked for. ``prefetch=0`` (or 1) fetches one page at a time, as does a listing whose answer has no
``total-pages`` (and an async walk outside asyncio). Leaving a walk early (``break``, an exception, `SyncPager.close`)
cancels the pages not yet sent and waits for those in flight, so no thread or task of the walk outlives it (an
executor thread already parsing a page finishes that parse, then drops it); at most ``prefetch`` requests of the
budget are spent on pages nobody reads.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import threading
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from itglue_sdk._exceptions import AnswerShapeError, InvalidParameterError
from itglue_sdk._http.requester import NO_OPTIONS, AsyncRequester, Call, Requester, RequestOptions, arun, run

if TYPE_CHECKING:  # the models are imported when a page is parsed, not with the package
    from collections.abc import Sequence
    from contextlib import AbstractContextManager

    import httpx

    from itglue_sdk.types import IncludedRecord

T = TypeVar("T")
R = TypeVar("R")

FetchPage = Callable[[int, int], Call["Page[T]"]]
"""Builds the call for ``(page_number, page_size)``."""

DEFAULT_PREFETCH = 8
"""Page requests a listing keeps in flight at most, once page 1 said how many pages there are."""


@dataclass(frozen=True)
class PageMeta:
    """The ``meta`` of a list answer.

    Attributes:
        current_page: This page's number.
        next_page: The next page's number, None on the last page.
        prev_page: The previous page's number, None on the first page.
        total_pages: Number of pages, if the API said.
        total_count: Number of records over all pages, if the API said.
        filters: The filters the API applied, as it echoed them.
    """

    current_page: int
    next_page: int | None = None
    prev_page: int | None = None
    total_pages: int | None = None
    total_count: int | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_wire(cls, meta: Mapping[str, Any] | None, *, requested_page: int) -> PageMeta:
        """Read a wire ``meta`` object (kebab keys); a missing one means a single page.

        Args:
            meta: The ``meta`` member, if present.
            requested_page: The page number that was asked for.

        Returns:
            The meta.
        """
        meta = meta or {}
        if not isinstance(meta, Mapping):
            raise AnswerShapeError("`meta` is not an object")

        def number(key: str) -> int | None:
            value = meta.get(key)
            return value if isinstance(value, int) else None

        return cls(
            current_page=number("current-page") or requested_page,
            next_page=number("next-page"),
            prev_page=number("prev-page"),
            total_pages=number("total-pages"),
            total_count=number("total-count"),
            filters=meta.get("filters") or {},
        )


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of records.

    Attributes:
        data: The records (typed models).
        meta: Paging information.
        links: ``self``, ``first``, ``last`` and, when they exist, ``prev``/``next`` URLs.
        included: Side-loaded records (``include=``), each parsed into the generated model of its ``type``
            (`itglue_sdk.types.IncludedRecord`; `GenericResource` for types the spec does not model).
    """

    data: list[T]
    meta: PageMeta
    links: Mapping[str, str] = field(default_factory=dict)
    included: list[IncludedRecord] = field(default_factory=list)

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def included_of(self, model: type[R]) -> list[R]:
        """Return the side-loaded records of one model, e.g. ``page.included_of(ConfigurationInterface)``."""
        return [record for record in self.included if isinstance(record, model)]


def _check(fetch: FetchPage[T], page_size: int, limit: int | None, prefetch: int) -> None:
    """Fail at the call site, not at the first iteration, on a bad limit, page size or prefetch."""
    if limit is not None and limit < 0:
        raise InvalidParameterError(f"limit must be zero or more, got {limit}", parameter="limit")
    if isinstance(prefetch, bool) or not isinstance(prefetch, int) or prefetch < 0:
        raise InvalidParameterError(
            f"prefetch must be a whole number, zero or more, got {prefetch!r}", parameter="prefetch"
        )
    fetch(1, page_size)


class _Walk(Generic[T]):
    """The paging state shared by the sync and async pagers: which page comes next, when to stop."""

    def __init__(self, fetch: FetchPage[T], page_size: int, limit: int | None) -> None:
        self._fetch = fetch
        self.remaining = limit
        # Fetching a whole 1000-record page to keep 5 would waste the rate limit budget.
        self.size = min(page_size, limit) if limit else page_size

    def call(self, number: int) -> Call[Page[T]]:
        return self._fetch(number, self.size)

    def first(self) -> int | None:
        """The first page's number, None when the limit is 0."""
        return None if self.remaining == 0 else 1

    def advance(self, page: Page[T]) -> tuple[Page[T], int | None]:
        """Cut the page to the limit; return it and the number of the page that follows (None: the end)."""
        if self.remaining is not None:
            page = replace(page, data=page.data[: self.remaining])
            self.remaining -= len(page.data)
        following = page.meta.next_page
        if self.remaining == 0 or not page.data or following is None or following <= page.meta.current_page:
            return page, None
        return page, following


class _Ahead:
    """Which page to request ahead next, if any: bounded by the window, the page count and the limit."""

    def __init__(self, walk: _Walk[Any], first: PageMeta, window: int) -> None:
        self._walk = walk
        self._window = window
        self.next_number = first.current_page + 1
        self._last = first.total_pages or 0

    def seen(self, meta: PageMeta) -> None:
        """Take a later page's word for the page count."""
        if meta.total_pages is not None:
            self._last = meta.total_pages

    def wanted(self, pending: int) -> int | None:
        """The number of the page to request now, with ``pending`` pages requested and not yet read."""
        if pending >= self._window or self.next_number > self._last:
            return None
        remaining = self._walk.remaining
        if remaining is not None and pending * self._walk.size >= remaining:
            return None  # the pages on their way hold all the records the limit still wants
        number = self.next_number
        self.next_number += 1
        return number


class _Answered:
    """A `Requester` holding an answer already received: `run` parses it exactly as it parses a fresh one."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Return the answer held."""
        return self._response

    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AbstractContextManager[httpx.Response]:
        """Never called: a page is one call, not a download."""
        raise NotImplementedError(url)


def _answer(response: httpx.Response) -> httpx.Response:
    return response


async def _parsed_off_loop(requester: AsyncRequester, call: Call[Page[T]], options: RequestOptions) -> Page[T]:
    """Fetch a page on the event loop and parse it on a worker thread (list calls have no ``on_missing``)."""
    response = await arun(requester, Call(call.method, call.path, _answer, params=call.params, body=call.body), options)
    return await asyncio.to_thread(run, _Answered(response), call, options)


def _prefetching(prefetch: int, page: Page[Any], following: int | None) -> bool:
    return prefetch > 1 and following is not None and page.meta.total_pages is not None


def _retrieve(task: asyncio.Task[Any]) -> None:
    """Mark a task's outcome as seen, so a page nobody reads does not log "exception was never retrieved"."""
    if not task.cancelled():
        task.exception()


class SyncPager(Iterator[T]):
    """An auto-paging list: an iterator of records (``for``, ``next()``), or call `iter_pages` for pages."""

    def __init__(
        self,
        requester: Requester,
        fetch: FetchPage[T],
        *,
        page_size: int,
        limit: int | None,
        options: RequestOptions = NO_OPTIONS,
        prefetch: int = DEFAULT_PREFETCH,
    ) -> None:
        """Prepare a walk (no request is sent until iteration starts).

        Args:
            requester: Where requests go (called from several threads when pages are fetched ahead).
            fetch: Builds the call of one page.
            page_size: Records per page.
            limit: Stop after this many records (None: all).
            options: The caller's timeout and extra headers, for every page's request.
            prefetch: Most page requests in flight at once after page 1; 0 or 1 fetches one page at a time.
        """
        _check(fetch, page_size, limit, prefetch)
        self._requester = requester
        self._options = options
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._prefetch = prefetch
        self._records: Generator[T] | None = None

    def iter_pages(self) -> Generator[Page[T]]:
        """Yield the pages in order, following ``meta.next-page`` (fetching ahead, see the module)."""
        # Module functions, not methods: a walk that held the pager would be a reference cycle, closed only when
        # the garbage collector gets to it (in whatever thread it runs), not when a loop leaves the pager.
        return _sync_pages(
            self._requester,
            self._fetch,
            page_size=self._page_size,
            limit=self._limit,
            options=self._options,
            prefetch=self._prefetch,
        )

    def close(self) -> None:
        """Stop the walk: pages not yet requested never are, those in flight are waited for (and dropped).

        Leaving a ``for`` loop early needs no call: the walk is closed when the pager is dropped. Call it (or use
        the pager as a context manager) when you keep a pager you will not drain.
        """
        records, self._records = self._records, _empty()
        if records is not None:
            records.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        """Return the next record, fetching the next page when this one is used up.

        Raises:
            StopIteration: No more records (or ``limit`` reached).
        """
        if self._records is None:
            self._records = _sync_records(self.iter_pages())
        return next(self._records)


def _sync_records(pages: Generator[Page[T]]) -> Generator[T]:
    try:
        for page in pages:
            yield from page.data
    finally:
        pages.close()


def _sync_pages(
    requester: Requester,
    fetch: FetchPage[T],
    *,
    page_size: int,
    limit: int | None,
    options: RequestOptions,
    prefetch: int,
) -> Generator[Page[T]]:
    walk = _Walk(fetch, page_size, limit)
    number = walk.first()
    if number is None:
        return
    page, number = walk.advance(run(requester, walk.call(number), options))
    if _prefetching(prefetch, page, number):
        yield from _sync_ahead(requester, walk, page, number, options=options, prefetch=prefetch)
        return
    yield page
    while number is not None:
        page, number = walk.advance(run(requester, walk.call(number), options))
        yield page


def _sync_ahead(
    requester: Requester, walk: _Walk[T], page: Page[T], number: int | None, *, options: RequestOptions, prefetch: int
) -> Generator[Page[T]]:
    ahead = _Ahead(walk, page.meta, prefetch)
    pending: deque[tuple[int, concurrent.futures.Future[Page[T]]]] = deque()
    workers: set[int] = set()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=prefetch, thread_name_prefix="itglue-pager")

    def fetch(call: Call[Page[T]]) -> Page[T]:
        workers.add(threading.get_ident())
        return run(requester, call, options)

    def fill() -> None:
        while (wanted := ahead.wanted(len(pending))) is not None:
            context = contextvars.copy_context()  # the caller's log and trace context, one copy per request
            pending.append((wanted, pool.submit(context.run, fetch, walk.call(wanted))))

    def drop() -> None:
        while pending:
            pending.popleft()[1].cancel()

    try:
        fill()
        yield page
        while number is not None:
            if pending and pending[0][0] == number:
                result = pending[0][1].result()  # the head stays pending until it is read: a failure is dropped
                pending.popleft()
            else:  # the API skipped or went back: forget the guesses, go on from where it points
                drop()
                result = run(requester, walk.call(number), options)
                ahead.next_number = number + 1
            ahead.seen(result.meta)
            page, number = walk.advance(result)
            if number is not None:
                fill()
            yield page
    finally:
        drop()
        # Closed from one of its own workers (a garbage collection that ran there), the pool cannot wait for itself.
        pool.shutdown(wait=threading.get_ident() not in workers, cancel_futures=True)


class AsyncPager(AsyncIterator[T]):
    """The async twin of `SyncPager`: ``async for``/``await anext(pager)`` for records, `iter_pages` for pages."""

    def __init__(
        self,
        requester: AsyncRequester,
        fetch: FetchPage[T],
        *,
        page_size: int,
        limit: int | None,
        options: RequestOptions = NO_OPTIONS,
        prefetch: int = DEFAULT_PREFETCH,
    ) -> None:
        """Prepare a walk (see `SyncPager`).

        Args:
            requester: Where requests go.
            fetch: Builds the call of one page.
            page_size: Records per page.
            limit: Stop after this many records (None: all).
            options: The caller's timeout and extra headers, for every page's request.
            prefetch: Most page requests in flight at once after page 1, as asyncio tasks; 0 or 1 fetches one
                page at a time (as does a walk under another event loop than asyncio's).
        """
        _check(fetch, page_size, limit, prefetch)
        self._requester = requester
        self._options = options
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._prefetch = prefetch
        self._records: AsyncGenerator[T] | None = None

    def iter_pages(self) -> AsyncGenerator[Page[T]]:
        """Yield the pages in order, following ``meta.next-page`` (fetching ahead, see the module)."""
        return _async_pages(
            self._requester,
            self._fetch,
            page_size=self._page_size,
            limit=self._limit,
            options=self._options,
            prefetch=self._prefetch,
        )

    async def aclose(self) -> None:
        """Stop the walk: pages not yet requested never are, those in flight are cancelled and waited for."""
        records, self._records = self._records, _exhausted()
        if records is not None:
            await records.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        """Return the next record, fetching the next page when this one is used up.

        Raises:
            StopAsyncIteration: No more records (or ``limit`` reached).
        """
        if self._records is None:
            self._records = _async_records(self.iter_pages())
        return await anext(self._records)


async def _async_records(pages: AsyncGenerator[Page[T]]) -> AsyncGenerator[T]:
    try:
        async for page in pages:
            for record in page.data:
                yield record
    finally:
        await pages.aclose()  # an async generator is not closed when a loop over it stops early


async def _async_pages(
    requester: AsyncRequester,
    fetch: FetchPage[T],
    *,
    page_size: int,
    limit: int | None,
    options: RequestOptions,
    prefetch: int,
) -> AsyncGenerator[Page[T]]:
    walk = _Walk(fetch, page_size, limit)
    number = walk.first()
    if number is None:
        return
    page, number = walk.advance(await arun(requester, walk.call(number), options))
    if _prefetching(prefetch, page, number) and _in_asyncio():
        pages = _async_ahead(requester, walk, page, number, options=options, prefetch=prefetch)
        try:
            async for ahead in pages:
                yield ahead
        finally:
            await pages.aclose()  # at once, not when the event loop finalises it
        return
    yield page
    while number is not None:
        page, number = walk.advance(await arun(requester, walk.call(number), options))
        yield page


async def _async_ahead(
    requester: AsyncRequester,
    walk: _Walk[T],
    page: Page[T],
    number: int | None,
    *,
    options: RequestOptions,
    prefetch: int,
) -> AsyncGenerator[Page[T]]:
    ahead = _Ahead(walk, page.meta, prefetch)
    pending: deque[tuple[int, asyncio.Task[Page[T]]]] = deque()

    def fill() -> None:
        while (wanted := ahead.wanted(len(pending))) is not None:
            task = asyncio.ensure_future(_parsed_off_loop(requester, walk.call(wanted), options))
            task.add_done_callback(_retrieve)
            pending.append((wanted, task))

    async def drop() -> None:
        tasks = [task for _, task in pending]
        pending.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)  # none outlives the walk

    try:
        fill()
        yield page
        while number is not None:
            if pending and pending[0][0] == number:
                result = await pending[0][1]  # the head stays pending until it is read: a cancel reaches it
                pending.popleft()
            else:  # the API skipped or went back: forget the guesses, go on from where it points
                await drop()
                result = await arun(requester, walk.call(number), options)
                ahead.next_number = number + 1
            ahead.seen(result.meta)
            page, number = walk.advance(result)
            if number is not None:
                fill()
            yield page
    finally:
        await drop()


def _in_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _empty() -> Generator[Any]:
    yield from ()


async def _exhausted() -> AsyncGenerator[Any]:
    nothing: tuple[Any, ...] = ()
    for record in nothing:
        yield record
