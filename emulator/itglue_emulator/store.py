"""In-memory record store, one table per wire type."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from typing import Any

Record = dict[str, Any]
"""A stored record: ``{"id": int, "attributes": {...}}`` plus ``parent``/``content`` where relevant."""


class Store:
    """Tables of records keyed by integer id.

    The store takes ownership of the estate it is given (no copy), which keeps
    start-up fast and memory flat for large estates. Callers serialise access
    through ``lock``: one request's reads and writes see a consistent state.
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
        return record

    def delete(self, resource: str, record_id: int) -> Record | None:
        """Remove a record.

        Args:
            resource: Wire type.
            record_id: Integer id.

        Returns:
            The removed record, or None when it did not exist.
        """
        return self._tables.get(resource, {}).pop(record_id, None)

    def records(self, resource: str) -> Iterator[Record]:
        """Iterate over a table in id order.

        Args:
            resource: Wire type.

        Returns:
            An iterator over the records.
        """
        table = self._tables.get(resource, {})
        return iter([table[k] for k in sorted(table)])

    def counts(self) -> dict[str, int]:
        """Return the number of records per type."""
        return {resource: len(table) for resource, table in self._tables.items()}
