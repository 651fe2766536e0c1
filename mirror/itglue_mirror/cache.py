"""The mirror as a client's cache: cache-first reads of fresh rows, write-through of the client's writes, auto-refresh.

The functions here are what `itglue_mirror.Mirror`'s `itglue_sdk.RecordCache` methods do, so that
``ITGlueClient(mirror=Mirror("production"))`` reads through it:

Reads. A group is answered when its rows hold every attribute of its read model (`answers`): not passwords
(values and notes are not stored), not flexible assets (Password-kind trait values are removed), nor groups the
mirror does not keep. A row is served only while its resource is fresh: synced within ``stale_after`` and no
write to it failed since (`is_fresh`). The wire record is rebuilt from the columns (JSON parsed back,
timestamps as the API writes them, ``2024-05-01T10:00:00.000Z``, dates as ISO dates), so the SDK's reader makes
the same model of it as of the API's answer, minus ``relationships``, which the mirror does not keep.

Writes. The client hands every created, updated or deleted record to `put` and `invalidate`
(its write events); they reach the file in one short write transaction each, through
the same column derivation as a sync (`itglue_mirror.mirror.frame_of`, so attributes that must never be stored
never are) and
with a flexible asset's Password-kind traits removed. The watermark is left alone: it is the cursor of changes
read from the API, and moving it past one's own write would hide other users' earlier changes from the next
incremental sync. A write that cannot reach the file never fails the API call; it is logged and its resource
is treated as stale in this process until its next sync.

Auto-refresh. With ``Mirror(auto_refresh=True)`` and a sync client attached, a stale resource (or one never
synced) is synced before a lookup or a `Mirror.sql` / `Mirror.frame` query uses it (incrementally where the
sync can, that resource only). Async clients are served but never refreshed through: the sync is blocking.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import duckdb
import polars as pl

from itglue_mirror import derived
from itglue_mirror.fetch import Record
from itglue_mirror.schema import Column, Table
from itglue_mirror.search import add_words
from itglue_mirror.views import READY_MADE
from itglue_sdk import ITGlueClient
from itglue_sdk._spec.index import load_spec, spec_document

if TYPE_CHECKING:
    from itglue_mirror.mirror import Mirror

logger = logging.getLogger(__name__)

PARTIAL: Final[Mapping[str, str]] = {"flexible_assets": "Password-kind trait values are removed"}
"""Groups whose columns are complete but whose values are not: never answered from the mirror."""

_SYNCED = "_mirror_synced_at"
_PLACEHOLDER = re.compile(r"\?|\$\d+")
_FAILED_WRITES: dict[Path, dict[str, datetime]] = {}
_REFRESH_LOCKS: dict[Path, threading.Lock] = {}
_GUARD = threading.Lock()


@functools.cache
def group_of(resource_type: str) -> str | None:
    """The group whose records have a wire type (``configuration-types`` -> ``configuration_types``), or None."""
    for name, group in load_spec().groups.items():
        if group.resource == resource_type:
            return name
    return None


def _attribute_schemas(group: str) -> Mapping[str, Any]:
    schemas: Mapping[str, Any] = spec_document()["components"]["schemas"]
    attributes = schemas[load_spec().group(group).model_name]["properties"]["attributes"]
    while "$ref" in attributes:
        attributes = schemas[attributes["$ref"].rsplit("/", 1)[-1]]
    properties: Mapping[str, Any] = attributes.get("properties", {})
    return properties


def _nullable(schema: Mapping[str, Any]) -> bool:
    declared = schema.get("type")
    if declared == "null" or (isinstance(declared, list) and "null" in declared):
        return True
    return any(_nullable(option) for option in (*schema.get("anyOf", ()), *schema.get("oneOf", ())))


def _wire_value(column: Column, value: Any) -> Any:
    """A column's value as the API writes it."""
    if column.sql_type == "JSON":
        return json.loads(value)
    if column.sql_type == "TIMESTAMPTZ" and isinstance(value, datetime):
        moment = value.astimezone(UTC)
        # IT Glue writes milliseconds and a Z; finer stamps (none from IT Glue) keep their microseconds.
        spec = "milliseconds" if moment.microsecond % 1000 == 0 else "microseconds"
        return moment.isoformat(timespec=spec).replace("+00:00", "Z")
    if column.sql_type == "DATE" and isinstance(value, date):
        return value.isoformat()
    return value


def wire_record(table: Table, resource_type: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """Rebuild the API's resource object from one row.

    A NULL becomes null where the read schema allows null, and is left out where it does not: the row holds
    NULL there only because the API's answer lacked the attribute, and the SDK's reader treats a missing
    attribute as the API's answer would make it.

    Args:
        table: The row's table.
        resource_type: Its wire type.
        row: Column name -> value (as DuckDB hands them to Polars).

    Returns:
        ``{"type", "id", "attributes"}``, attributes keyed by their kebab-case wire names.
    """
    schemas = _attribute_schemas(table.name)
    attributes: dict[str, Any] = {}
    for column in table.columns:
        value = row.get(column.name)
        if value is not None:
            attributes[column.wire] = _wire_value(column, value)
        elif _nullable(schemas.get(column.wire, {})):
            attributes[column.wire] = None
    return {"type": resource_type, "id": str(row["id"]), "attributes": attributes}


def _latest(moments: Iterable[datetime | None]) -> datetime | None:
    return max((moment for moment in moments if moment is not None), default=None)


def _failed_since(path: Path, resource: str) -> datetime | None:
    with _GUARD:
        return _FAILED_WRITES.get(path, {}).get(resource)


def is_fresh(mirror: Mirror, resource: str, synced_at: datetime | None) -> bool:
    """Whether a resource last synced at ``synced_at`` may be served: within ``stale_after``, no write lost since.

    Args:
        mirror: The mirror.
        resource: Group name.
        synced_at: Its last sync of any kind (None: never synced).
    """
    if synced_at is None or datetime.now(UTC) - synced_at > mirror.stale_after:
        return False
    return not write_lost_since(mirror.path, resource, synced_at)


def tables_of(query: str) -> set[str]:
    """The tables a query reads, views resolved to the tables they read (parsed, not run); none if it won't parse.

    Args:
        query: One SELECT statement, ``?`` or ``$1`` placeholders allowed.
    """
    # DuckDB will not parse placeholders for this; a NULL in their place reads the same tables.
    bare = _PLACEHOLDER.sub("NULL", query)
    try:
        with duckdb.connect() as parser:  # an empty in-memory database: the SQL is parsed, not bound
            names = set(parser.get_table_names(bare))
            resolved: set[str] = set()
            # Ready-made answers read tables and other answers: resolved until only tables are left.
            while pending := (names & READY_MADE.keys()) - resolved:
                for view in pending:
                    names |= parser.get_table_names(READY_MADE[view])
                resolved |= pending
    except duckdb.Error:
        return set()  # running the query reports what is wrong with it
    return names - READY_MADE.keys()


def _upsert(con: duckdb.DuckDBPyConnection, table: Table, staged: pl.DataFrame) -> None:
    casts = ", ".join(f'CAST("{column.name}" AS {column.sql_type}) AS "{column.name}"' for column in table.columns)
    con.register("_written", staged)
    # Table and column names come from the spec, never from a caller (S608).
    con.execute(f'INSERT OR REPLACE INTO "{table.name}" BY NAME SELECT id, {casts} FROM _written')  # noqa: S608
    con.unregister("_written")


def _count_rows(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    con.execute(
        f'UPDATE _mirror_state SET row_count = (SELECT count(*) FROM "{table.name}") WHERE resource = ?',  # noqa: S608
        [table.name],
    )


def upsert(con: duckdb.DuckDBPyConnection, table: Table, staged: pl.DataFrame) -> None:
    """Insert or replace rows by id in one transaction, keeping the resource's row count current.

    Args:
        con: A connection open for writing.
        table: The rows' table.
        staged: The rows, as `itglue_mirror.mirror.frame_of` makes them.
    """
    con.begin()
    try:
        with derived.maintained(con, table.name, staged["id"].to_list()):
            _upsert(con, table, staged)
        add_words(con, table.name, staged["id"].to_list())
        _count_rows(con, table)
        con.commit()
    except BaseException:
        con.rollback()
        raise


def delete(con: duckdb.DuckDBPyConnection, table: Table, ids: Sequence[int]) -> None:
    """Delete rows by id in one transaction, keeping the resource's row count current.

    Args:
        con: A connection open for writing.
        table: Their table.
        ids: Record ids.
    """
    con.begin()
    try:
        with derived.maintained(con, table.name, list(ids)):
            con.execute(f'DELETE FROM "{table.name}" WHERE id IN (SELECT unnest(?::BIGINT[]))', [list(ids)])  # noqa: S608
        _count_rows(con, table)
        con.commit()
    except BaseException:
        con.rollback()
        raise


def answers(mirror: Mirror, group: str) -> bool:
    """Whether a client's cache-first reads of a group may come to the mirror: kept, complete, readable by id.

    Args:
        mirror: The mirror.
        group: Group name, e.g. ``organizations``.
    """
    table = mirror.tables.get(group)
    if table is None or group in PARTIAL or ("get", None) not in load_spec().group(group).operations:
        return False
    return {column.wire for column in table.columns} >= _attribute_schemas(group).keys()


def get(mirror: Mirror, resource_type: str, id: str) -> Record | None:
    """Return a record of a fresh resource the mirror answers, or None (a miss: the API answers).

    Args:
        mirror: The mirror.
        resource_type: Wire type, e.g. ``organizations``.
        id: Record id.
    """
    group = group_of(resource_type)
    if group is None or not str(id).isdigit() or not answers(mirror, group):
        return None
    return _fresh_row(mirror, group, resource_type, "id = ?", [int(id)])


def find_named(mirror: Mirror, resource_type: str, name: str) -> Record | None:
    """Return the record named ``name`` (case-insensitive; the lowest id of several), or None.

    Args:
        mirror: The mirror.
        resource_type: Wire type.
        name: The name sought.
    """
    group = group_of(resource_type)
    if group is None or not answers(mirror, group):
        return None
    if not any(column.name == "name" for column in mirror.tables[group].columns):
        return None
    return _fresh_row(mirror, group, resource_type, "lower(name) = lower(?)", [name])


def _fresh_row(mirror: Mirror, group: str, resource_type: str, where: str, parameters: Sequence[Any]) -> Record | None:
    # The freshness travels with the row: one read-only opening of the file per lookup.
    synced = "(SELECT greatest(last_full_sync, last_incremental_sync) FROM _mirror_state WHERE resource = ?)"
    query = f'SELECT *, {synced} AS "{_SYNCED}" FROM "{group}" WHERE {where} ORDER BY id LIMIT 1'  # noqa: S608
    frame = mirror.sql(query, [group, *parameters])
    if frame.is_empty():
        return None
    row = frame.row(0, named=True)
    if not is_fresh(mirror, group, row.pop(_SYNCED)):
        return None
    return wire_record(mirror.tables[group], resource_type, row)


def put(mirror: Mirror, records: Iterable[Record]) -> None:
    """Write through records a client created or updated; never raises (see the module's docstring).

    Args:
        mirror: The mirror.
        records: JSON:API resource objects as the API answered the write.
    """
    by_group: dict[str, list[Record]] = {}
    for record in records:
        group = group_of(str(record.get("type")))
        if group is None or group not in mirror.tables or record.get("id") is None:
            continue
        if isinstance(record.get("attributes"), Mapping):
            by_group.setdefault(group, []).append(record)
        else:  # a row of NULLs would be served as the record: stop serving the resource instead
            _lost(mirror.path, group, "the answer held no attributes")
    for group, written in by_group.items():
        try:
            storable = _storable(mirror, group, written)
            if storable is None:
                _lost(mirror.path, group, "the fields of its flexible asset type are not in the mirror")
                continue
            mirror.apply(group, storable)
        except Exception as exc:
            _lost(mirror.path, group, type(exc).__name__)


def invalidate(mirror: Mirror, resource_type: str, id: str) -> None:
    """Remove a record a client deleted; never raises.

    Args:
        mirror: The mirror.
        resource_type: Wire type.
        id: Record id.
    """
    group = group_of(resource_type)
    if group is None or group not in mirror.tables or not str(id).isdigit():
        return
    try:
        mirror.remove(group, [int(id)])
    except Exception as exc:
        _lost(mirror.path, group, type(exc).__name__)


def _storable(mirror: Mirror, group: str, records: list[Record]) -> list[Record] | None:
    """The records with their Password-kind traits removed (flexible assets), or None when that is unknowable."""
    if group != "flexible_assets":
        return records
    cleaned: list[Record] = []
    for record in records:
        attributes = dict(record.get("attributes") or {})
        fields = mirror.sql(
            "SELECT name_key, kind FROM flexible_asset_fields WHERE flexible_asset_type_id = ?",
            [attributes.get("flexible-asset-type-id")],
        )
        if fields.is_empty():
            return None
        secret = {key for key, kind in fields.rows() if kind == "Password"}
        traits = attributes.get("traits")
        if isinstance(traits, Mapping):
            attributes["traits"] = {key: value for key, value in traits.items() if key not in secret}
        cleaned.append({**record, "attributes": attributes})
    return cleaned


def refresh(mirror: Mirror, client: ITGlueClient, resources: Iterable[str]) -> None:
    """Sync the stale (or never synced) ones among ``resources`` through ``client`` (auto-refresh).

    A refresh that fails is logged and the data stays as it was (stale: lookups ask the API, queries read what
    the mirror holds).

    Args:
        mirror: The mirror.
        client: The client to sync through.
        resources: Group names; names the mirror does not keep (its own tables, views) are ignored.
    """
    wanted = sorted(set(resources) & mirror.tables.keys())
    if not wanted:
        return
    with _GUARD:
        lock = _REFRESH_LOCKS.setdefault(mirror.path, threading.Lock())
    with lock:  # threads wanting the same refresh wait for the first, then find it fresh
        synced = {
            status.resource: _latest((status.last_full_sync, status.last_incremental_sync))
            for status in mirror.status()
        }
        stale = [name for name in wanted if not is_fresh(mirror, name, synced.get(name))]
        if not stale:
            return
        try:
            mirror.sync(client, resources=stale)
        except Exception as exc:
            logger.warning(
                "auto-refresh of %s failed (%s); the mirror keeps what it had",
                ", ".join(stale),
                type(exc).__name__,
                extra={"event": "mirror.refresh_failed", "resources": stale},
            )


def _lost(path: Path, group: str, reason: str) -> None:
    """Remember that a write did not reach the mirror, so it stops serving the resource until its next sync."""
    with _GUARD:
        _FAILED_WRITES.setdefault(path, {})[group] = datetime.now(UTC)
    # Only the group and the error's class: a DuckDB message may quote the values it could not store.
    logger.warning(
        "a write to %s did not reach the mirror %s (%s); it is served from the API until its next sync",
        group,
        path.name,
        reason,
        extra={"event": "mirror.write_lost", "resource": group},
    )


def write_lost_since(path: Path, resource: str, synced_at: datetime | None) -> bool:
    """Whether a write to ``resource`` failed to reach the mirror at ``path`` since it was last synced.

    Args:
        path: The mirror's file.
        resource: Group name.
        synced_at: Its last sync (None: never).
    """
    failed = _failed_since(path, resource)
    return failed is not None and (synced_at is None or failed >= synced_at)
