"""Auto-paging lists, Stainless style: iterate records, or pages with their ``meta``.

``for org in client.organizations.list(): ...`` walks every page by following ``meta.next-page``;
``for page in pager.iter_pages(): page.meta.total_count`` gives the pages themselves. The async twin is
iterated with ``async for``. Both stop after ``limit`` records when one is given.

A pager is an iterator of records: ``next(pager)`` (``await anext(pager)``) gives the next record, and a loop
after it goes on from there; once drained it stays drained (call ``list()`` again for a new walk).
`SyncPager.iter_pages` starts a walk of its own each time it is called.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from itglue_sdk._exceptions import AnswerShapeError, InvalidParameterError
from itglue_sdk._http.requester import NO_OPTIONS, AsyncRequester, Call, Requester, RequestOptions, arun, run

if TYPE_CHECKING:  # the models are imported when a page is parsed, not with the package
    from itglue_sdk.types import IncludedRecord

T = TypeVar("T")
R = TypeVar("R")

FetchPage = Callable[[int, int], Call["Page[T]"]]
"""Builds the call for ``(page_number, page_size)``."""


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


def _check(fetch: FetchPage[T], page_size: int, limit: int | None) -> None:
    """Fail at the call site, not at the first iteration, on a bad limit or page size."""
    if limit is not None and limit < 0:
        raise InvalidParameterError(f"limit must be zero or more, got {limit}", parameter="limit")
    fetch(1, page_size)


class _Walk(Generic[T]):
    """The paging state shared by the sync and async pagers: which page comes next, when to stop."""

    def __init__(self, fetch: FetchPage[T], page_size: int, limit: int | None) -> None:
        self._fetch = fetch
        self._remaining = limit
        # Fetching a whole 1000-record page to keep 5 would waste the rate limit budget.
        self._size = min(page_size, limit) if limit else page_size

    def first(self) -> Call[Page[T]] | None:
        return None if self._remaining == 0 else self._fetch(1, self._size)

    def advance(self, page: Page[T]) -> tuple[Page[T], Call[Page[T]] | None]:
        if self._remaining is not None:
            page = replace(page, data=page.data[: self._remaining])
            self._remaining -= len(page.data)
        following = page.meta.next_page
        if self._remaining == 0 or not page.data or following is None or following <= page.meta.current_page:
            return page, None
        return page, self._fetch(following, self._size)


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
    ) -> None:
        """Prepare a walk (no request is sent until iteration starts).

        Args:
            requester: Where requests go.
            fetch: Builds the call of one page.
            page_size: Records per page.
            limit: Stop after this many records (None: all).
            options: The caller's timeout and extra headers, for every page's request.
        """
        _check(fetch, page_size, limit)
        self._requester = requester
        self._options = options
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._records: Iterator[T] | None = None

    def iter_pages(self) -> Iterator[Page[T]]:
        """Yield the pages in order, following ``meta.next-page``."""
        walk = _Walk(self._fetch, self._page_size, self._limit)
        call = walk.first()
        while call is not None:
            page, call = walk.advance(run(self._requester, call, self._options))
            yield page

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        """Return the next record, fetching the next page when this one is used up.

        Raises:
            StopIteration: No more records (or ``limit`` reached).
        """
        if self._records is None:
            self._records = (record for page in self.iter_pages() for record in page.data)
        return next(self._records)


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
    ) -> None:
        """Prepare a walk (see `SyncPager`).

        Args:
            requester: Where requests go.
            fetch: Builds the call of one page.
            page_size: Records per page.
            limit: Stop after this many records (None: all).
            options: The caller's timeout and extra headers, for every page's request.
        """
        _check(fetch, page_size, limit)
        self._requester = requester
        self._options = options
        self._fetch = fetch
        self._page_size = page_size
        self._limit = limit
        self._records: AsyncIterator[T] | None = None

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Yield the pages in order, following ``meta.next-page``."""
        walk = _Walk(self._fetch, self._page_size, self._limit)
        call = walk.first()
        while call is not None:
            page, call = walk.advance(await arun(self._requester, call, self._options))
            yield page

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        """Return the next record, fetching the next page when this one is used up.

        Raises:
            StopAsyncIteration: No more records (or ``limit`` reached).
        """
        if self._records is None:
            self._records = self._walk()
        return await anext(self._records)

    async def _walk(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for record in page.data:
                yield record
