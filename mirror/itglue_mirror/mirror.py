"""`Mirror`: one DuckDB file per instance, filled by `Mirror.sync`, queried with `Mirror.sql` and `Mirror.frame`.

Writers and readers. DuckDB lets one process open a file for writing, or many processes open it read-only, never
both at once. So a `Mirror` holds no connection at rest: `sync` opens the file for writing for the length of the
sync (one transaction per resource, so a reader afterwards sees each resource either before or after its merge)
and closes it; `sql`, `frame` and `status` open it read-only for one query and close it. Inside a process, a lock
per file keeps those openings apart; across processes DuckDB's own file lock refuses a second writer, and a query
from another process during a sync fails to open the file (waiting for it is not built yet). Surviving a
``kill -9`` halfway is left to DuckDB's write-ahead log; it is not tested here.

Sync. A resource with no state yet, or whose last full sync is older than ``reconcile_interval``, or asked with
``full=True``, is read in full: page 1, then the other pages concurrently; the records are merged by id and the
rows the listing no longer has are deleted (IT Glue has no change feed, so a full listing is the only way to see
deletions). Otherwise it is read newest first (``sort=-updated_at``) until the stored watermark is passed, and
merged. Records reach DuckDB as one Polars frame per resource (through Arrow), never row by row.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import duckdb
import platformdirs
import polars as pl

from itglue_mirror.fetch import Counter, Record, all_pages, newest_first
from itglue_mirror.schema import SCHEMA_VERSION, Column, Table, spec_version, table_for
from itglue_mirror.views import ORGANIZATIONS_MISSING, VIEWS
from itglue_sdk import InstanceStore, ITGlueClient, UnknownInstanceError
from itglue_sdk._spec.index import load_spec

APP_NAME = "itglue-sdk"
DEFAULT_PAGE_SIZE = 1000
DEFAULT_WORKERS = 4

NOT_ESTATE: Mapping[str, str] = {
    "logs": "activity log, not estate data (large on real instances)",
    "exports": "export jobs, not estate data",
    "user_metrics": "usage statistics, not estate data",
    "copilot_smart_assist": "Copilot suggestions, not estate data",
}
"""Listable groups the mirror leaves out, with the reason the report gives."""

PER_TYPE = ("flexible_assets", "flexible_asset_fields")
"""Groups listed once per flexible asset type (the API requires the type)."""

_POLARS_TYPES: Mapping[str, pl.DataType] = {"BIGINT": pl.Int64(), "BOOLEAN": pl.Boolean(), "DOUBLE": pl.Float64()}
_WRITE_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()

Mode = Literal["full", "incremental", "skipped"]

Progress = Callable[[str, int, int | None], None]
"""A sync's progress callback: ``(resource, pages done, pages in all or None while unknown)``.

It is called from the sync's page threads (a resource's later pages are read concurrently), so it must be
thread-safe; it is called once with ``(resource, 0, None)`` when a resource starts and once with equal counts
when it is merged.
"""


class ReadOnlyQueryError(ValueError):
    """`Mirror.sql` was given something other than SELECT statements (the mirror is changed only by `sync`)."""


@dataclass(frozen=True)
class ResourceReport:
    """What one resource's sync did.

    Attributes:
        resource: Group name.
        mode: ``full`` (with reconcile), ``incremental`` or ``skipped``.
        rows: Rows in the table afterwards.
        received: Records the API returned.
        deleted: Rows removed because the API no longer lists them.
        requests: Requests sent for it.
        duration: Seconds it took.
        reason: Why it was skipped, or why it was read in full.
    """

    resource: str
    mode: Mode
    rows: int = 0
    received: int = 0
    deleted: int = 0
    requests: int = 0
    duration: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class SyncReport:
    """What a sync did, per resource."""

    resources: Mapping[str, ResourceReport] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        """Requests sent in all."""
        return sum(report.requests for report in self.resources.values())

    @property
    def skipped(self) -> Mapping[str, str]:
        """Skipped resources and why."""
        return {name: report.reason for name, report in self.resources.items() if report.mode == "skipped"}


@dataclass(frozen=True)
class ResourceStatus:
    """One resource's stored state.

    Attributes:
        resource: Group name.
        rows: Rows in the table.
        watermark: The newest ``updated-at`` seen (ISO text), the incremental cursor.
        last_full_sync: When it was last read in full.
        last_incremental_sync: When it was last read incrementally.
        duration: Seconds its last sync took.
        requests: Requests its last sync sent.
        stale: Its last sync of any kind is older than the staleness limit.
    """

    resource: str
    rows: int
    watermark: str | None
    last_full_sync: datetime | None
    last_incremental_sync: datetime | None
    duration: float
    requests: int
    stale: bool


def default_path(instance: str | None = None, instances: InstanceStore | None = None) -> Path:
    """Where an instance's mirror lives by default.

    Args:
        instance: Instance name (the default instance when None).
        instances: The instances file (default: the user's).

    Returns:
        ``<data_dir>/<instance>.duckdb`` when ``instances.toml`` gives the instance a ``data_dir``, else
        ``<user data dir>/itglue-sdk/mirrors/<instance>.duckdb``.
    """
    store = instances or InstanceStore()
    name = instance or store.default_name()
    try:
        configured = store.get(name).data_dir
    except UnknownInstanceError:
        # An unnamed base-URL client still gets a mirror of its own, under its URL-derived name.
        configured = None
    folder = configured or platformdirs.user_data_path(APP_NAME, appauthor=False) / "mirrors"
    return folder / f"{name}.duckdb"


def _parse_time(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _cell(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.sql_type == "JSON":
        return json.dumps(value)
    if column.sql_type == "BIGINT":
        return int(value)
    if column.sql_type == "BOOLEAN":
        return bool(value)
    if column.sql_type == "DOUBLE":
        return float(value)
    return str(value)


def _series(column: Column, values: list[Any]) -> pl.Series:
    """One column's values as a typed Series, converted by `_cell` only when some value is not of the column's type."""
    dtype = _POLARS_TYPES.get(column.sql_type, pl.String())
    if column.sql_type != "JSON":
        try:
            # A whole column converts in Polars at once, many times faster than cell by cell; strict, it raises on
            # the values it would convert differently from `_cell` (an integer in a text column...).
            return pl.Series(column.name, values, dtype=dtype, strict=True)
        except (TypeError, ValueError, OverflowError):
            pass
    return pl.Series(column.name, [_cell(column, value) for value in values], dtype=dtype)


class Mirror:
    """A local DuckDB copy of one IT Glue instance.

    Args:
        instance: Instance name; the file is ``default_path(instance)`` unless ``path`` is given.
        path: The DuckDB file to use instead.
        store_password_notes: Keep password notes (left out by default: they often hold secrets).
        page_size: Records per list request (IT Glue's maximum, 1000, by default).
        workers: Most pages of one listing in flight at once.
        reconcile_interval: A resource whose last full sync is older than this is read in full (which removes
            deleted records) on the next sync.
        stale_after: `status` flags resources whose last sync is older than this.

    Example:
        >>> with ITGlueClient("emulator") as client:  # doctest: +SKIP
        ...     mirror = Mirror("emulator")
        ...     mirror.sync(client)
        ...     mirror.sql("SELECT name FROM organizations ORDER BY name LIMIT 5")
    """

    def __init__(
        self,
        instance: str | None = None,
        path: Path | None = None,
        *,
        store_password_notes: bool = False,
        page_size: int = DEFAULT_PAGE_SIZE,
        workers: int = DEFAULT_WORKERS,
        reconcile_interval: timedelta = timedelta(hours=24),
        stale_after: timedelta = timedelta(hours=24),
    ) -> None:
        self.path = (path or default_path(instance)).resolve()
        self.store_password_notes = store_password_notes
        self.page_size = page_size
        self.workers = workers
        self.reconcile_interval = reconcile_interval
        self.stale_after = stale_after
        spec = load_spec()
        self._groups = {name: group for name, group in spec.groups.items() if self._skip_reason(name) is None}
        self.tables: Mapping[str, Table] = {
            name: table_for(name, group.model_name, store_password_notes=store_password_notes)
            for name, group in self._groups.items()
        }
        with _LOCKS_GUARD:
            self._lock = _WRITE_LOCKS.setdefault(self.path, threading.Lock())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self._connect(read_only=False) as con:
            self._migrate(con)

    # -- files and schema ---------------------------------------------------------------------------------

    @property
    def temp_directory(self) -> Path:
        """Where DuckDB spills to disk (beside the file, so everything the mirror writes is in one place)."""
        return self.path.with_name(self.path.name + ".tmp")

    def _connect(self, *, read_only: bool) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.path), read_only=read_only, config={"temp_directory": str(self.temp_directory)})

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> None:
        """Create what is missing: tables, columns the spec gained since the file was made, the meta rows."""
        con.execute("CREATE TABLE IF NOT EXISTS _mirror_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute(
            "CREATE TABLE IF NOT EXISTS _mirror_state (resource VARCHAR PRIMARY KEY, watermark VARCHAR,"
            " row_count BIGINT, last_full_sync TIMESTAMPTZ, last_incremental_sync TIMESTAMPTZ,"
            " duration DOUBLE, requests BIGINT)"
        )
        existing: dict[str, set[str]] = {}
        for table_name, column_name in con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
        ).fetchall():
            existing.setdefault(table_name, set()).add(column_name)
        for table in self.tables.values():
            if table.name not in existing:
                con.execute(table.ddl())
                continue
            for column in table.columns:
                if column.name not in existing[table.name]:
                    con.execute(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {column.sql_type}')
        if not self.store_password_notes and "notes" in existing.get("passwords", set()):
            # Opting out again removes what the opt-in stored.
            con.execute('ALTER TABLE passwords DROP COLUMN "notes"')
        for view, select in VIEWS.items():
            # Replaced on every open, so a file made by an older version gets the current definitions.
            con.execute(f'CREATE OR REPLACE VIEW "{view}" AS {select}')
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "spec_version": spec_version(),
            "duckdb_version": str(con.execute("PRAGMA version").fetchone()[0]),  # type: ignore[index]
        }
        con.executemany("INSERT OR REPLACE INTO _mirror_meta VALUES (?, ?)", list(meta.items()))

    def meta(self) -> dict[str, str]:
        """The file's metadata: ``schema_version``, ``spec_version`` and ``duckdb_version``."""
        with self._lock, self._connect(read_only=True) as con:
            return {str(key): str(value) for key, value in con.execute("SELECT * FROM _mirror_meta").fetchall()}

    def _skip_reason(self, name: str) -> str | None:
        group = load_spec().group(name)
        if name in NOT_ESTATE:
            return NOT_ESTATE[name]
        if name in PER_TYPE:
            return None
        if ("list", None) in group.operations:
            return None
        if ("list", None) in group.session_only:
            return "listing it needs a user session, not an API key"
        if group.parents:
            return f"listable only within a parent ({', '.join(group.parents)})"
        return "the API offers no listing (side-loaded only)"

    # -- sync ---------------------------------------------------------------------------------------------

    def sync(
        self,
        client: ITGlueClient,
        *,
        full: bool = False,
        resources: Iterable[str] | None = None,
        progress: Progress | None = None,
    ) -> SyncReport:
        """Bring the mirror up to date.

        Args:
            client: The client to read with (its limiter, retries and breaker apply to every request).
            full: Read every resource in full (and remove deleted records), whatever the state says.
            resources: Only these groups (default: every group the mirror keeps).
            progress: Called with ``(resource, pages done, pages in all)`` as pages arrive (see `Progress`).

        Returns:
            Per resource: mode, rows, requests, duration, or why it was skipped.

        Raises:
            KeyError: ``resources`` names a group the spec does not have.
        """
        spec = load_spec()
        wanted = list(resources) if resources is not None else sorted(spec.groups)
        # The fields of the flexible asset types are read with the flexible assets, which need their kinds.
        wanted = list(dict.fromkeys("flexible_assets" if name == "flexible_asset_fields" else name for name in wanted))
        reports: dict[str, ResourceReport] = {}
        with self._lock, self._connect(read_only=False) as con:
            state = self._state(con)
            for name in wanted:
                spec.group(name)  # an unknown name fails here, before anything is read
                reason = self._skip_reason(name)
                if reason is not None:
                    reports[name] = ResourceReport(name, "skipped", reason=reason)
                    continue
                reports.update(self._sync_resource(client, con, name, state.get(name), full=full, progress=progress))
        return SyncReport(reports)

    def _mode(self, name: str, state: Mapping[str, Any] | None, *, full: bool) -> tuple[Mode, str]:
        table = self.tables[name]
        op = self._groups[name].operations.get(("list", None))
        if full:
            return "full", "full=True"
        if state is None:
            return "full", "first sync"
        if not table.has_updated_at or op is None or "-updated_at" not in op.sorts:
            return "full", "the API cannot sort it by updated_at"
        last_full = state["last_full_sync"]
        if last_full is None or datetime.now(UTC) - last_full > self.reconcile_interval:
            return "full", "reconcile due"
        return "incremental", ""

    def _sync_resource(
        self,
        client: ITGlueClient,
        con: duckdb.DuckDBPyConnection,
        name: str,
        state: Mapping[str, Any] | None,
        *,
        full: bool,
        progress: Progress | None = None,
    ) -> dict[str, ResourceReport]:
        started = time.monotonic()
        mode, reason = self._mode(name, state, full=full)
        counter = Counter()
        if progress is not None:
            progress(name, 0, None)
            counter.listener = lambda done, known: progress(name, done, known)
        reports = self._read_and_merge(
            client, con, name, state, mode=mode, reason=reason, started=started, counter=counter
        )
        if progress is not None:
            progress(name, counter.pages, counter.pages)
        return reports

    def _read_and_merge(
        self,
        client: ITGlueClient,
        con: duckdb.DuckDBPyConnection,
        name: str,
        state: Mapping[str, Any] | None,
        *,
        mode: Mode,
        reason: str,
        started: float,
        counter: Counter,
    ) -> dict[str, ResourceReport]:
        watermark = _parse_time(state["watermark"]) if state else None
        if name == "flexible_assets":
            fields_counter = Counter()
            records, fields = self._flexible(client, mode, watermark, counter, fields_counter)
            fields_report = self._merge(
                con, "flexible_asset_fields", fields, mode="full", started=started, counter=fields_counter
            )
            return {
                "flexible_asset_fields": fields_report,
                name: self._merge(con, name, records, mode=mode, started=started, counter=counter, reason=reason),
            }
        path = "/" + name
        records = self._read(client, path, {}, mode=mode, watermark=watermark, counter=counter)
        return {name: self._merge(con, name, records, mode=mode, started=started, counter=counter, reason=reason)}

    def _read(
        self,
        client: ITGlueClient,
        path: str,
        params: Mapping[str, str | int],
        *,
        mode: Mode,
        watermark: datetime | None,
        counter: Counter,
    ) -> list[Record]:
        if mode == "full" or watermark is None:
            return all_pages(client, path, params, page_size=self.page_size, workers=self.workers, counter=counter)

        def passed(record: Record) -> bool:
            updated = _parse_time((record.get("attributes") or {}).get("updated-at"))
            # Records equal to the watermark are read again: another one may share its second; merging is idempotent.
            return updated is not None and updated < watermark

        return list(newest_first(client, path, params, page_size=self.page_size, counter=counter, stop=passed))

    def _flexible(
        self, client: ITGlueClient, mode: Mode, watermark: datetime | None, counter: Counter, fields_counter: Counter
    ) -> tuple[list[Record], list[Record]]:
        """Flexible assets, type by type, with their Password-kind trait values removed; and the types' fields."""
        types = all_pages(
            client, "/flexible_asset_types", {}, page_size=self.page_size, workers=self.workers, counter=counter
        )
        records: list[Record] = []
        fields: list[Record] = []
        for asset_type in types:
            type_fields = all_pages(
                client,
                f"/flexible_asset_types/{asset_type['id']}/relationships/flexible_asset_fields",
                {},
                page_size=self.page_size,
                workers=self.workers,
                counter=fields_counter,
            )
            fields.extend(type_fields)
            secret_keys = {
                field_record["attributes"].get("name-key")
                for field_record in type_fields
                if (field_record.get("attributes") or {}).get("kind") == "Password"
            }
            params = {"filter[flexible_asset_type_id]": str(asset_type["id"])}
            for record in self._read(
                client, "/flexible_assets", params, mode=mode, watermark=watermark, counter=counter
            ):
                attributes = dict(record.get("attributes") or {})
                traits = attributes.get("traits")
                if isinstance(traits, Mapping):
                    attributes["traits"] = {key: value for key, value in traits.items() if key not in secret_keys}
                records.append({**record, "attributes": attributes})
        return records, fields

    def _frame(self, table: Table, records: Sequence[Record]) -> pl.DataFrame:
        """The records as one typed frame; columns the schema does not list (secrets among them) never get in."""
        attributes = [record.get("attributes") or {} for record in records]
        columns = [pl.Series("id", [int(record["id"]) for record in records], dtype=pl.Int64())]
        columns.extend(_series(column, [values.get(column.wire) for values in attributes]) for column in table.columns)
        return pl.DataFrame(columns)

    def _merge(
        self,
        con: duckdb.DuckDBPyConnection,
        name: str,
        records: Sequence[Record],
        *,
        mode: Mode,
        started: float,
        counter: Counter,
        reason: str = "",
    ) -> ResourceReport:
        """Merge one resource's records by id in one transaction; a full read also deletes what it did not see."""
        table = self.tables[name]
        staged = self._frame(table, records)
        casts = ", ".join(f'CAST("{column.name}" AS {column.sql_type}) AS "{column.name}"' for column in table.columns)
        order = "ORDER BY updated_at DESC NULLS LAST" if table.has_updated_at else ""
        times = [_parse_time((record.get("attributes") or {}).get("updated-at")) for record in records]
        newest = max((moment for moment in times if moment is not None), default=None)
        con.begin()
        try:
            con.register("_staged", staged)
            # Table and column names below come from the spec, never from a caller (S608).
            con.execute(
                f'INSERT OR REPLACE INTO "{name}" BY NAME SELECT * FROM (SELECT id, {casts} FROM _staged) '  # noqa: S608
                f"QUALIFY row_number() OVER (PARTITION BY id {order}) = 1"
            )
            deleted = 0
            if mode == "full":
                row = con.execute(
                    f'DELETE FROM "{name}" WHERE id NOT IN (SELECT id FROM _staged) RETURNING id'  # noqa: S608
                ).fetchall()
                deleted = len(row)
            con.unregister("_staged")
            rows = int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # type: ignore[index]  # noqa: S608
            previous = con.execute("SELECT watermark FROM _mirror_state WHERE resource = ?", [name]).fetchone()
            old_mark = _parse_time(previous[0]) if previous else None
            mark = max((moment for moment in (newest, old_mark) if moment is not None), default=None)
            duration = time.monotonic() - started
            now = datetime.now(UTC)
            con.execute(
                "INSERT INTO _mirror_state VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (resource) DO UPDATE SET"
                " watermark = excluded.watermark, row_count = excluded.row_count,"
                " last_full_sync = coalesce(excluded.last_full_sync, _mirror_state.last_full_sync),"
                " last_incremental_sync"
                " = coalesce(excluded.last_incremental_sync, _mirror_state.last_incremental_sync),"
                " duration = excluded.duration, requests = excluded.requests",
                [
                    name,
                    mark.isoformat() if mark else None,
                    rows,
                    now if mode == "full" else None,
                    now if mode == "incremental" else None,
                    duration,
                    counter.requests,
                ],
            )
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return ResourceReport(name, mode, rows, len(records), deleted, counter.requests, duration, reason)

    def _state(self, con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
        # Times go through epoch seconds: DuckDB's Python conversion of TIMESTAMPTZ values needs pytz.
        rows = con.execute(
            "SELECT resource, watermark, row_count, epoch(last_full_sync), epoch(last_incremental_sync), duration,"
            " requests FROM _mirror_state"
        ).fetchall()

        def moment(seconds: float | None) -> datetime | None:
            return None if seconds is None else datetime.fromtimestamp(seconds, UTC)

        return {
            str(resource): {
                "watermark": watermark,
                "row_count": int(count or 0),
                "last_full_sync": moment(full),
                "last_incremental_sync": moment(incremental),
                "duration": float(duration or 0.0),
                "requests": int(requests or 0),
            }
            for resource, watermark, count, full, incremental, duration, requests in rows
        }

    # -- query --------------------------------------------------------------------------------------------

    def sql(self, query: str, parameters: Sequence[Any] | None = None) -> pl.DataFrame:
        """Run a read-only query.

        Args:
            query: One or more SELECT statements (the last one's result is returned).
            parameters: Values for ``?`` placeholders.

        Returns:
            The result.

        Raises:
            ReadOnlyQueryError: A statement is not a SELECT.
            duckdb.Error: DuckDB refused the query (bad SQL, unknown table...).
        """
        statements = duckdb.extract_statements(query)
        if not statements:
            raise ReadOnlyQueryError("no SQL statement given")
        for statement in statements:
            if statement.type != duckdb.StatementType.SELECT:
                raise ReadOnlyQueryError(f"the mirror is read-only: {statement.type.name} is refused, only SELECT runs")
        with self._lock, self._connect(read_only=True) as con:
            for statement in statements[:-1]:
                con.execute(statement.query, parameters)
            result: pl.DataFrame = con.sql(statements[-1].query, params=parameters).pl()
            return result

    def frame(self, resource: str) -> pl.LazyFrame:
        """One table as a LazyFrame (read now: the file is not held open).

        Args:
            resource: Group name, e.g. ``configurations``.

        Returns:
            Its rows.

        Raises:
            KeyError: The mirror keeps no such table.
        """
        if resource not in self.tables and resource not in VIEWS:
            known = ", ".join(sorted([*self.tables, *VIEWS]))
            raise KeyError(f"the mirror has no table or view {resource!r}; it has {known}")
        return self.sql(f'SELECT * FROM "{resource}"').lazy()  # noqa: S608 - a name checked against the tables

    def organizations_missing(self, flexible_asset_type_name: str) -> pl.DataFrame:
        """Organizations that have no (non-archived) flexible asset of one type.

        Args:
            flexible_asset_type_name: The type's name, matched case-insensitively (``Backup``).

        Returns:
            ``id``, ``name``, ``organization_type_name``, ``organization_status_name``, ordered by name.

        Raises:
            KeyError: The mirror has no flexible asset type of that name (a typo would otherwise list every
                organization).
        """
        types = self.sql("SELECT name FROM flexible_asset_types ORDER BY name")["name"].to_list()
        if flexible_asset_type_name.lower() not in {str(name).lower() for name in types}:
            raise KeyError(
                f"no flexible asset type named {flexible_asset_type_name!r} in the mirror; it has {', '.join(types)}"
            )
        return self.sql(ORGANIZATIONS_MISSING, [flexible_asset_type_name])

    def status(self) -> list[ResourceStatus]:
        """Each synced resource's state, with ``stale`` set when its last sync is older than ``stale_after``."""
        with self._lock, self._connect(read_only=True) as con:
            state = self._state(con)
        now = datetime.now(UTC)
        statuses = []
        for name, entry in sorted(state.items()):
            syncs = [moment for moment in (entry["last_full_sync"], entry["last_incremental_sync"]) if moment]
            statuses.append(
                ResourceStatus(
                    resource=name,
                    rows=entry["row_count"],
                    watermark=entry["watermark"],
                    last_full_sync=entry["last_full_sync"],
                    last_incremental_sync=entry["last_incremental_sync"],
                    duration=entry["duration"],
                    requests=entry["requests"],
                    stale=not syncs or now - max(syncs) > self.stale_after,
                )
            )
        return statuses
