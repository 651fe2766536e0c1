"""Reading list pages and shows through a client's transport stack, inside the sync's share of the rate budget.

Pages are read with the client's own ``httpx.Client`` (`itglue_sdk.ITGlueClient.http`), whose transport is the
SDK's resilience stack: the shared rate limiter paces every attempt, retries honour ``Retry-After``, the breaker
fails fast. On top of that a sync paces itself with a limiter of its own (`Budget`) at a share of the key's
budget, so the user's other scripts on the same key keep working while a large sync runs. The typed services
walk pages one after another by ``next-page``; a full sync needs page N directly, to fetch pages 2..N
concurrently once page 1 has told ``total-pages``, and raw JSON records, which is what this module adds.

Records are handed to a sink page by page (from the page threads), so a sync holds one page of raw JSON per
thread, never a whole listing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

from itglue_sdk import ITGlueClient, NotFoundError
from itglue_sdk._http.ratelimit import SlidingWindowLimiter
from itglue_sdk._http.status import checked

Record = Mapping[str, Any]
"""One JSON:API record as it came over the wire (``id``, ``type``, ``attributes``...)."""

Sink = Callable[[Sequence[Record]], None]
"""Receives each page's records (called from the page threads: must be thread-safe)."""


@dataclass
class Budget:
    """The requests one sync may send: paced at ``share`` of the key's rate, and at most ``limit`` for optional plans.

    Attributes:
        limit: Requests the sync may spend in all before it skips optional (per-parent) plans.
        limiter: Paces the sync's own requests at its share of the key's rate.
        used: Requests sent so far.
    """

    limit: int
    limiter: SlidingWindowLimiter
    used: int = 0
    _lock: Lock = field(default_factory=Lock, repr=False)

    @classmethod
    def share_of(cls, client: ITGlueClient, share: float, limit: int | None = None) -> Budget:
        """A budget at ``share`` of the client's instance budget (requests per window).

        Args:
            client: Whose instance budget (``rate_limit`` per ``rate_window``) is shared.
            share: Fraction of it the sync may use, above 0 and at most 1.
            limit: Requests the sync may spend in all (default: ``share`` of one window's budget).
        """
        instance = client.instance
        per_window = max(1, int(instance.rate_limit * share))
        # A hard cap, no smoothing below it: a sync that fits its budget never waits for its own limiter.
        limiter = SlidingWindowLimiter(per_window, instance.rate_window, pace_threshold=1.0)
        return cls(limit if limit is not None else per_window, limiter)

    def spend(self) -> None:
        """Wait for the sync's next slot and count the request."""
        self.limiter.acquire()
        with self._lock:
            self.used += 1

    @property
    def left(self) -> int:
        """Requests left before optional plans are skipped."""
        with self._lock:
            return max(0, self.limit - self.used)


@dataclass
class Counter:
    """Requests and pages of one resource (its pages run on several threads)."""

    budget: Budget
    requests: int = 0
    listener: Callable[[int, int | None], None] | None = field(default=None, repr=False)
    """Told ``(pages done, pages known of)`` after each page (a progress bar; None: nobody listens)."""
    pages: int = 0
    known: int = 0
    _lock: Lock = field(default_factory=Lock, repr=False)

    def add(self) -> None:
        """Spend one request of the budget and count it."""
        self.budget.spend()
        with self._lock:
            self.requests += 1

    def page_done(self, first_of: int | None) -> None:
        """Count one page received; ``first_of`` is the listing's page count when this was its page 1."""
        with self._lock:
            self.pages += 1
            # A resource may be several listings (flexible assets: one per type), so the total grows as each
            # listing's first page says how long it is.
            self.known += first_of or 0
            done, known = self.pages, max(self.known, self.pages)
        if self.listener is not None:
            self.listener(done, known)


def _get(client: ITGlueClient, path: str, params: Mapping[str, str | int], counter: Counter) -> dict[str, Any]:
    counter.add()
    response = client.http.get(path, params=dict(params))
    checked(response, instance=client.instance.name)
    document: dict[str, Any] = response.json()
    return document


def _page(
    client: ITGlueClient, path: str, params: Mapping[str, str | int], number: int, size: int, *, counter: Counter
) -> tuple[list[Record], int | None]:
    document = _get(client, path, {**params, "page[number]": number, "page[size]": size}, counter)
    total = (document.get("meta") or {}).get("total-pages")
    pages = total if isinstance(total, int) else None
    counter.page_done((pages or 1) if number == 1 else None)
    return list(document.get("data") or []), pages


def all_pages(
    client: ITGlueClient,
    path: str,
    params: Mapping[str, str | int],
    sink: Sink,
    *,
    page_size: int,
    workers: int,
    counter: Counter,
) -> None:
    """Every record of a listing: page 1, then the remaining pages concurrently, each page to ``sink``.

    Args:
        client: Where requests go (its limiter paces them all, whatever the thread).
        path: List route, e.g. ``/configurations``.
        params: Query parameters other than paging.
        sink: Receives each page's records.
        page_size: Records per page.
        workers: Most pages in flight at once.
        counter: Counts the requests.
    """
    first, total = _page(client, path, params, 1, page_size, counter=counter)
    sink(first)
    if not total or total <= 1 or not first:
        return

    def read(number: int) -> None:
        sink(_page(client, path, params, number, page_size, counter=counter)[0])

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="itglue-mirror") as pool:
        # list() re-raises the first page's error, after the pool has finished the others.
        list(pool.map(read, range(2, total + 1)))


def newest_first(
    client: ITGlueClient,
    path: str,
    params: Mapping[str, str | int],
    sink: Sink,
    *,
    page_size: int,
    counter: Counter,
    stop: Callable[[Record], bool],
) -> None:
    """Records sorted by ``-updated_at``, page by page, until ``stop`` says a record is past the watermark.

    Args:
        client: Where requests go.
        path: List route.
        params: Query parameters other than paging and sort.
        sink: Receives the records newer than the watermark (and those equal to it: the merge deduplicates them).
        page_size: Records per page.
        counter: Counts the requests.
        stop: True for the first record that is already in the mirror unchanged.
    """
    number = 1
    while True:
        records, total = _page(client, path, {**params, "sort": "-updated_at"}, number, page_size, counter=counter)
        for index, record in enumerate(records):
            if stop(record):
                sink(records[:index])
                return
        sink(records)
        if not records or total is None or number >= total:
            return
        number += 1


def shows(
    client: ITGlueClient,
    paths: Sequence[str],
    params: Mapping[str, str | int],
    sink: Callable[[Record, Sequence[Record]], None],
    *,
    workers: int,
    counter: Counter,
) -> None:
    """Show many records concurrently (side-loads come only with a show), each answer to ``sink``.

    Args:
        client: Where requests go.
        paths: Show routes, e.g. ``/configurations/5``.
        params: Query parameters (``include``).
        sink: Receives each record and its side-loaded records.
        workers: Most requests in flight at once.
        counter: Counts the requests.
    """

    def read(path: str) -> None:
        try:
            document = _get(client, path, params, counter)
        except NotFoundError:
            return  # deleted since it was listed: the next reconcile removes it
        finally:
            counter.page_done(None)
        sink(document.get("data") or {}, list(document.get("included") or []))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="itglue-mirror") as pool:
        list(pool.map(read, paths))
