"""In-memory record store, one table per wire type."""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

Record = dict[str, Any]
"""A stored record: ``{"id": int, "attributes": {...}}`` plus ``parent``/``content`` where relevant."""


class Store:
    """Tables of records keyed by integer id.

    The store takes ownership of the estate it is given (no copy), which keeps
    start-up fast and memory flat for large estates. Callers serialise access
    through ``lock``: one request's reads and writes see a consistent state.

    Writes run inside ``transaction()``: inserts, deletes and the records passed
    to ``touch`` before an in-place change are journaled, and an exception undoes
    them all, so a request that fails half-way leaves nothing behind.
    """

    def __init__(self, estate: Mapping[str, list[Record]] | None = None) -> None:
        """Load an estate.

        Args:
            estate: Records by wire type, as produced by ``estate.build_estate``.
        """
        self.lock = threading.RLock()
        self._tables: dict[str, dict[int, Record]] = {}
        self._next_id: dict[str, int] = {}
        for resource, records in (estate or {}).items():
            table = self.table(resource)
            for record in records:
                table[int(record["id"])] = record
            self._next_id[resource] = max(table, default=0) + 1
        self._journal: list[tuple[str, str, int, Record | None]] | None = None
        self._touched: set[int] = set()
        # Id-ordered record lists, rebuilt lazily after an insert or delete in that table: a list
        # request walks a 20,000-row table without sorting it each time.
        self._ordered: dict[str, list[Record]] = {}
        # Bumped by every change (insert, delete, in-place edit, rollback): caches derived from the
        # records, such as the engine's sorted tables, are valid only for the version they were built at.
        self.version = 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Apply the changes made inside the block all together or not at all.

        Must be entered with ``lock`` held. Nested use joins the outer transaction.

        Yields:
            Nothing; an exception leaving the block rolls the changes back and propagates.
        """
        if self._journal is not None:
            yield
            return
        journal: list[tuple[str, str, int, Record | None]] = []
        self._journal, self._touched = journal, set()
        next_ids = dict(self._next_id)
        try:
            yield
        except BaseException:
            self._rollback(journal, next_ids)
            raise
        finally:
            self._journal, self._touched = None, set()

    def touch(self, resource: str, record: Record) -> None:
        """Remember a record's state before it is changed in place (inside a transaction).

        Args:
            resource: Wire type.
            record: The stored record about to change.
        """
        self.version += 1
        if self._journal is not None and id(record) not in self._touched:
            self._touched.add(id(record))
            self._journal.append(("touch", resource, int(record["id"]), copy.deepcopy(record)))

    def _rollback(self, journal: list[tuple[str, str, int, Record | None]], next_ids: dict[str, int]) -> None:
        for action, resource, record_id, saved in reversed(journal):
            table = self.table(resource)
            if action == "insert":
                table.pop(record_id, None)
            elif action == "delete" and saved is not None:
                table[record_id] = saved
            elif action == "touch" and saved is not None:
                # Restore in place: callers may still hold the record object.
                current = table.get(record_id, saved)
                current.clear()
                current.update(saved)
                table[record_id] = current
            self._ordered.pop(resource, None)
        self._next_id = next_ids
        self.version += 1

    def table(self, resource: str) -> dict[int, Record]:
        """Return the table of a wire type, creating it empty if needed.

        Args:
            resource: Wire type.

        Returns:
            The mutable table.
        """
        return self._tables.setdefault(resource, {})

    def has_table(self, resource: str) -> bool:
        """Tell whether any record of this type was ever loaded or created.

        Args:
            resource: Wire type.

        Returns:
            True when the table exists.
        """
        return resource in self._tables

    def get(self, resource: str, record_id: int) -> Record | None:
        """Return a record, or None.

        Args:
            resource: Wire type.
            record_id: Integer id.

        Returns:
            The stored record (mutable) or None.
        """
        return self._tables.get(resource, {}).get(record_id)

    def insert(self, resource: str, attributes: dict[str, Any], **extra: Any) -> Record:
        """Insert a record under the next free id of its table.

        Args:
            resource: Wire type.
            attributes: Kebab attributes.
            **extra: Further top-level keys (``parent``, ``content``).

        Returns:
            The stored record.
        """
        table = self.table(resource)
        record_id = self._next_id.get(resource, max(table, default=0) + 1)
        self._next_id[resource] = record_id + 1
        record: Record = {"id": record_id, "attributes": attributes, **extra}
        table[record_id] = record
        self._ordered.pop(resource, None)
        self.version += 1
        if self._journal is not None:
            self._journal.append(("insert", resource, record_id, None))
        return record

    def delete(self, resource: str, record_id: int) -> Record | None:
        """Remove a record.

        Args:
            resource: Wire type.
            record_id: Integer id.

        Returns:
            The removed record, or None when it did not exist.
        """
        removed = self._tables.get(resource, {}).pop(record_id, None)
        if removed is not None:
            self._ordered.pop(resource, None)
            self.version += 1
        if removed is not None and self._journal is not None:
            self._journal.append(("delete", resource, record_id, removed))
        return removed

    def records(self, resource: str) -> Iterator[Record]:
        """Iterate over a table in id order.

        The order is cached per table; inserts and deletes drop the cache (never change the cached
        list in place), so an iteration that outlives a write keeps walking the table as it was.

        Args:
            resource: Wire type.

        Returns:
            An iterator over the records.
        """
        ordered = self._ordered.get(resource)
        if ordered is None:
            table = self._tables.get(resource, {})
            ordered = [table[k] for k in sorted(table)]
            if resource in self._tables:
                self._ordered[resource] = ordered
        return iter(ordered)

    def resources(self) -> list[str]:
        """Return the wire types that have a table."""
        return list(self._tables)

    def counts(self) -> dict[str, int]:
        """Return the number of records per type."""
        return {resource: len(table) for resource, table in self._tables.items()}
