"""Cache-first lookups: the `LookupCache` protocol, an in-memory implementation, and which groups use it.

Lookup groups (types, statuses, manufacturers, models, countries, regions, platforms, operating systems,
password categories, contact types: `LOOKUP_GROUPS`) hold small, rarely changing reference records that other
records point at by id. A client given a cache (``ITGlueClient(cache=MemoryLookupCache())``) answers
``client.<lookup group>.get(id)`` from the cache when it can, and writes through: records the API answers to
a create, update or bulk update of a lookup group are put in the cache, deleted ones are invalidated. Other
groups never touch the cache. The mirror (``itglue_mirror``) implements the same protocol over its DuckDB file.

Records are stored in their wire form (the JSON:API resource object: ``{"type", "id", "attributes", ...}``),
keyed by wire type (``configuration-types``) and id, so any implementation can hold them without the models.
"""

from __future__ import annotations

import copy
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

from itglue_sdk._exceptions import InvalidParameterError

WireRecord = Mapping[str, Any]
"""A JSON:API resource object as the API answers it."""

LOOKUP_GROUPS: Final = frozenset(
    {
        "configuration_statuses",
        "configuration_types",
        "contact_types",
        "countries",
        "manufacturers",
        "models",
        "operating_systems",
        "organization_statuses",
        "organization_types",
        "password_categories",
        "platforms",
        "regions",
    }
)
"""The groups whose top-level ``get`` is cache-first: reference data named by other records' ``*_id``."""


class LookupCache(Protocol):
    """Where cache-first lookups read and write-through writes go. Implementations must be thread-safe."""

    def get(self, resource_type: str, id: str) -> WireRecord | None:
        """Return a cached record, or None when it is absent or stale.

        Args:
            resource_type: Wire type, e.g. ``configuration-types``.
            id: Record id (decimal string).
        """
        ...

    def put(self, records: Iterable[WireRecord]) -> None:
        """Store records (each carries its ``type`` and ``id``), replacing older copies."""
        ...

    def invalidate(self, resource_type: str, id: str) -> None:
        """Forget one record (it was deleted, or is known to have changed)."""
        ...


class MemoryLookupCache:
    """A `LookupCache` in process memory: entries expire after ``ttl`` seconds, the least recently used go first.

    Args:
        ttl: Seconds a record is served after it was stored (other users may change lookups meanwhile).
        max_entries: Most records held; storing more evicts the least recently used.
        clock: Monotonic clock (injectable for tests).
    """

    def __init__(
        self, *, ttl: float = 300.0, max_entries: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if ttl <= 0 or max_entries < 1:
            raise InvalidParameterError("a cache needs a positive ttl and max_entries of at least 1", parameter="ttl")
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, str], tuple[float, WireRecord]] = OrderedDict()

    def get(self, resource_type: str, id: str) -> WireRecord | None:
        """Return a fresh cached record, or None (see `LookupCache.get`)."""
        key = (resource_type, str(id))
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if self._clock() >= entry[0]:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, records: Iterable[WireRecord]) -> None:
        """Store records for ``ttl`` seconds (see `LookupCache.put`); records without a type or id are skipped."""
        # A deep copy: the caller's dicts (parsed JSON) must not change what later lookups answer.
        fresh = [copy.deepcopy(dict(r)) for r in records if isinstance(r, Mapping) and r.get("type") and r.get("id")]
        with self._lock:
            expires = self._clock() + self._ttl
            for record in fresh:
                key = (str(record["type"]), str(record["id"]))
                self._entries[key] = (expires, record)
                self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)

    def invalidate(self, resource_type: str, id: str) -> None:
        """Forget one record (see `LookupCache.invalidate`)."""
        with self._lock:
            self._entries.pop((resource_type, str(id)), None)

    def clear(self) -> None:
        """Forget every record."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


@dataclass(frozen=True)
class CachedLookups:
    """A cache bound to what counts its lookups (the client's metrics).

    Attributes:
        cache: The cache.
        on_lookup: Called with True for a hit, False for a miss (e.g. ``Metrics.record_cache``).
    """

    cache: LookupCache
    on_lookup: Callable[[bool], None] | None = None

    def lookup(self, resource_type: str, id: str) -> WireRecord | None:
        """Read the cache and count the hit or miss."""
        record = self.cache.get(resource_type, id)
        if self.on_lookup is not None:
            self.on_lookup(record is not None)
        return record

    def put(self, data: Any) -> None:
        """Write through the ``data`` of an answer (one record or a list)."""
        self.cache.put(data if isinstance(data, list) else [data])

    def invalidate(self, resource_type: str, ids: Iterable[str]) -> None:
        """Forget deleted records."""
        for id in ids:
            self.cache.invalidate(resource_type, id)
