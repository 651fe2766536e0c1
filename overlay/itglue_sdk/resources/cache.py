"""Cache-first reads: the `LookupCache` and `RecordCache` protocols, an in-memory cache, and their bindings.

Lookup groups (types, statuses, manufacturers, models, countries, regions, platforms, operating systems,
password categories, contact types: `LOOKUP_GROUPS`) hold small, rarely changing reference records that other
records point at by id. A client given a cache (``ITGlueClient(cache=MemoryLookupCache())``) answers
``client.<lookup group>.get(id)`` from the cache when it can, and writes through: records the API answers to
a create, update or bulk update of a lookup group are put in the cache, deleted ones are invalidated. Other
groups never touch the cache.

A `RecordCache` (the mirror, ``ITGlueClient(mirror=...)``) answers more: each group it says it `answers
<RecordCache.answers>`, by id and by name, and it is kept current by the client's write events (`write_through`)
rather than by the answers of reads, so a read never writes to it. The SDK never imports the mirror: an installed
package offers one through the ``itglue_sdk.mirrors`` entry-point group (`load_default_mirror`).

Records are stored in their wire form (the JSON:API resource object: ``{"type", "id", "attributes", ...}``),
keyed by wire type (``configuration-types``) and id, so any implementation can hold them without the models.
"""

from __future__ import annotations

import copy
import importlib.metadata
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

from itglue_sdk._exceptions import ConfigurationError, InvalidParameterError
from itglue_sdk.config.instances import Instance
from itglue_sdk.events.bus import Event, Plugin, WriteAction

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

MIRROR_ENTRY_POINT_GROUP = "itglue_sdk.mirrors"
"""Entry points naming a factory ``(Instance) -> RecordCache``: the instance's default mirror."""


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


class RecordCache(LookupCache, Protocol):
    """A cache that answers whole resource groups and follows the client's writes: what ``mirror=`` takes.

    `LookupCache.get` answers by id; `put` and `invalidate` receive every record the client creates, updates or
    deletes (through `write_through`). Answers that missed are not put. Implementations decide per group what
    they can answer and must answer only what is current; they must never raise from `put` or `invalidate`
    (the write has happened; a cache that cannot follow it must stop answering for it instead).
    """

    def answers(self, group: str) -> bool:
        """Whether reads of a group may be asked here (its stored records hold every attribute of its model).

        Args:
            group: Group name, e.g. ``organizations``.
        """
        ...

    def find_named(self, resource_type: str, name: str) -> WireRecord | None:
        """Return the record whose name matches (case-insensitively), or None when there is none or it is stale.

        Args:
            resource_type: Wire type, e.g. ``organizations``.
            name: The name sought.
        """
        ...

    def attach(self, client: object) -> None:
        """Learn of a client that reads through this cache (e.g. to refresh from it); called by its constructor."""
        ...

    def detach(self, client: object) -> None:
        """Forget a client attached earlier; called when it closes."""
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

    def covers(self, group: str) -> bool:
        """Whether a group reads through this cache: the lookup groups."""
        return group in LOOKUP_GROUPS

    def lookup(self, resource_type: str, id: str) -> WireRecord | None:
        """Read the cache and count the hit or miss."""
        return self._counted(self.cache.get(resource_type, id))

    def _counted(self, record: WireRecord | None) -> WireRecord | None:
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


@dataclass(frozen=True)
class CachedRecords(CachedLookups):
    """A `RecordCache` bound to what counts its lookups: the groups it answers read it first, by id and by name.

    The answers of reads and writes are not stored through this binding: the cache follows the client's write
    events instead (`write_through`), which every write path emits exactly once.

    Attributes:
        cache: The cache.
        on_lookup: Called with True for a hit, False for a miss.
    """

    cache: RecordCache

    def covers(self, group: str) -> bool:
        """Whether the cache answers the group (it decides)."""
        return self.cache.answers(group)

    def find_named(self, resource_type: str, name: str) -> WireRecord | None:
        """Find a record by name in the cache and count the hit or miss."""
        return self._counted(self.cache.find_named(resource_type, name))

    def put(self, data: Any) -> None:
        """Leave the answer be: the write events bring it to the cache."""

    def invalidate(self, resource_type: str, ids: Iterable[str]) -> None:
        """Leave the deletion be: the write events bring it to the cache."""


def write_through(cache: LookupCache) -> Plugin:
    """A plugin for a client's event bus that applies each successful write to ``cache``.

    Args:
        cache: Receives created and updated records (`LookupCache.put`) and deleted ids (`LookupCache.invalidate`).

    Returns:
        The callback, to register for every event (``*``).
    """

    def apply(event: Event) -> None:
        action = event.type.rpartition(".")[2]
        if action == WriteAction.DELETED and event.record_id is not None:
            cache.invalidate(event.resource_type, event.record_id)
        elif action in (WriteAction.CREATED, WriteAction.UPDATED) and event.record:
            cache.put([event.record])

    return apply


def load_default_mirror(instance: Instance) -> RecordCache:
    """Open an instance's default mirror through the ``itglue_sdk.mirrors`` entry point (the SDK never imports it).

    Args:
        instance: The instance whose mirror to open.

    Returns:
        The mirror.

    Raises:
        ConfigurationError: No package offers a mirror, or several do.
    """
    found = sorted(importlib.metadata.entry_points(group=MIRROR_ENTRY_POINT_GROUP), key=lambda point: point.name)
    if len(found) != 1:
        offered = ", ".join(point.name for point in found) or "none"
        raise ConfigurationError(
            f"instance {instance.name!r} asks for its mirror, which needs exactly one {MIRROR_ENTRY_POINT_GROUP!r}"
            f" entry point (offered: {offered}); install itglue-sdk with its mirror, or pass mirror= yourself"
        )
    factory: Callable[[Instance], RecordCache] = found[0].load()
    return factory(instance)
