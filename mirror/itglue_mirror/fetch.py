"""Reading list pages through a client's transport stack.

Pages are read with the client's own ``httpx.Client`` (`itglue_sdk.ITGlueClient.http`), whose transport is the
SDK's resilience stack: the shared rate limiter paces every attempt, retries honour ``Retry-After``, the breaker
fails fast. The typed services walk pages one after another by ``next-page``; a full sync needs page N directly
to fetch pages 2..N concurrently once page 1 has told ``total-pages``, and raw JSON records, which is what this
module adds on top of that stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

from itglue_sdk import ITGlueClient
from itglue_sdk._http.status import checked

Record = Mapping[str, Any]
"""One JSON:API record as it came over the wire (``id``, ``type``, ``attributes``...)."""


@dataclass
class Counter:
    """Requests sent for one resource (pages of one listing run on several threads)."""

    requests: int = 0
    listener: Callable[[int, int | None], None] | None = field(default=None, repr=False)
    """Told ``(pages done, pages known of)`` after each page (a progress bar; None: nobody listens)."""
    pages: int = 0
    known: int = 0
    _lock: Lock = field(default_factory=Lock, repr=False)

    def add(self) -> None:
        """Count one request."""
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


def _page(
    client: ITGlueClient, path: str, params: Mapping[str, str | int], number: int, size: int, *, counter: Counter
) -> tuple[list[Record], int | None]:
    counter.add()
    response = client.http.get(path, params={**params, "page[number]": number, "page[size]": size})
    checked(response, instance=client.instance.name)
    document = response.json()
    total = (document.get("meta") or {}).get("total-pages")
    pages = total if isinstance(total, int) else None
    counter.page_done((pages or 1) if number == 1 else None)
    return list(document.get("data") or []), pages


def all_pages(
    client: ITGlueClient,
    path: str,
    params: Mapping[str, str | int],
    *,
    page_size: int,
    workers: int,
    counter: Counter,
) -> list[Record]:
    """Every record of a listing: page 1, then the remaining pages concurrently.

    Args:
        client: Where requests go (its limiter paces them all, whatever the thread).
        path: List route, e.g. ``/configurations``.
        params: Query parameters other than paging.
        page_size: Records per page.
        workers: Most pages in flight at once.
        counter: Counts the requests.

    Returns:
        The records of all pages, in page order.
    """
    first, total = _page(client, path, params, 1, page_size, counter=counter)
    if not total or total <= 1 or not first:
        return first
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="itglue-mirror") as pool:
        rest = pool.map(
            lambda number: _page(client, path, params, number, page_size, counter=counter)[0], range(2, total + 1)
        )
        return first + [record for page in rest for record in page]


def newest_first(
    client: ITGlueClient,
    path: str,
    params: Mapping[str, str | int],
    *,
    page_size: int,
    counter: Counter,
    stop: Callable[[Record], bool],
) -> Iterator[Record]:
    """Records sorted by ``-updated_at``, page by page, until ``stop`` says a record is past the watermark.

    Args:
        client: Where requests go.
        path: List route.
        params: Query parameters other than paging and sort.
        page_size: Records per page.
        counter: Counts the requests.
        stop: True for the first record that is already in the mirror unchanged.

    Yields:
        The records newer than the watermark (and those equal to it: the merge deduplicates them).
    """
    number = 1
    while True:
        records, total = _page(client, path, {**params, "sort": "-updated_at"}, number, page_size, counter=counter)
        for record in records:
            if stop(record):
                return
            yield record
        if not records or total is None or number >= total:
            return
        number += 1
