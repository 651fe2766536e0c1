"""Keeping the ready-made answer tables (`itglue_mirror.views.DERIVED`) in step with the resources they read.

Like materialised views, maintained by hand: a sync rebuilds every table that reads a resource it staged, inside
its apply transaction (a few seconds for a million configurations, paid once per sync instead of per query); a
client's write through the mirror recomputes only the rows it can affect (`Derived.keys`: the rows whose key
holds a value the written records had before or after the write), in the write's own transaction, so the
answers never lag the records they are computed from.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb

from itglue_mirror.views import DERIVED, Derived


def create(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)build every answer table, replacing any view of the same name an older mirror made."""
    existing = {
        str(row[0]) for row in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    }
    for table in DERIVED:
        if table.name in existing:
            con.execute(f'DROP VIEW "{table.name}"')
        _rebuild(con, table)


def rebuild_for(con: duckdb.DuckDBPyConnection, changed: Collection[str]) -> None:
    """Rebuild the answer tables that read any of the ``changed`` resources.

    Args:
        con: A connection inside the caller's write transaction.
        changed: Resource names.
    """
    for table in DERIVED:
        if table.depends_on & set(changed):
            _rebuild(con, table)


def _rebuild(con: duckdb.DuckDBPyConnection, table: Derived) -> None:
    """Recompute a whole table, its rows sorted by `Derived.order_by`, and create its indexes again."""
    order = f" ORDER BY {', '.join(table.order_by)}" if table.order_by else ""
    con.execute(f'CREATE OR REPLACE TABLE "{table.name}" AS SELECT * FROM ({table.select}){order}')  # noqa: S608
    for column in table.indexes:
        # Replacing the table dropped its indexes with it. Every name here is ours (DERIVED), never a caller's.
        con.execute(f'CREATE INDEX "{index_name(table, column)}" ON "{table.name}" ("{column}")')


def index_name(table: Derived, column: str) -> str:
    """The name of the index on one column of an answer table."""
    return f"{table.name.lstrip('_')}_{column}_index"


def _key_values(con: duckdb.DuckDBPyConnection, resource: str, ids: Sequence[int]) -> dict[str, set[Any]]:
    """Per answer table keyed on ``resource``: the key values the records ``ids`` hold now."""
    values: dict[str, set[Any]] = {}
    for table in DERIVED:
        if resource not in table.keys:
            continue
        _, columns = table.keys[resource]
        found: set[Any] = set()
        for column in columns:
            rows = con.execute(
                f'SELECT DISTINCT "{column}" FROM "{resource}" WHERE id IN (SELECT unnest(?::BIGINT[]))',  # noqa: S608
                [list(ids)],
            ).fetchall()
            found |= {row[0] for row in rows if row[0] is not None}
        values[table.name] = found
    return values


@contextmanager
def maintained(con: duckdb.DuckDBPyConnection, resource: str, ids: Sequence[int]) -> Iterator[None]:
    """Around a write of records ``ids`` of ``resource``: afterwards, recompute the answer rows it can change.

    Args:
        con: A connection inside the caller's write transaction.
        resource: The written resource.
        ids: The written (or deleted) records.

    Yields:
        When the caller is to write.
    """
    before = _key_values(con, resource, ids)
    yield
    after = _key_values(con, resource, ids)
    for table in DERIVED:
        if resource not in table.depends_on:
            continue
        if resource not in table.keys:
            _rebuild(con, table)
            continue
        column, _ = table.keys[resource]
        values = sorted(before[table.name] | after[table.name])
        if not values:
            continue
        # Delete the rows the key selects and recompute them from the records as they are now. An IN list of
        # placeholders, because DuckDB pushes it below the joins and groups into the table scans.
        chosen = f'"{column}" IN ({", ".join("?" * len(values))})'
        con.execute(f'DELETE FROM "{table.name}" WHERE {chosen}', values)  # noqa: S608
        con.execute(f'INSERT INTO "{table.name}" SELECT * FROM ({table.select}) WHERE {chosen}', values)  # noqa: S608
