"""`Mirror`: one DuckDB file per instance, filled by `Mirror.sync`, queried with `Mirror.sql` and `Mirror.frame`.

Writers and readers. DuckDB lets one process open a file for writing, or many processes open it read-only, never
both at once. So a sync works in two phases. It first reads the API into a staging file beside the mirror
(``<name>.duckdb.sync``), resource by resource, without touching the mirror: queries from any process keep
reading the previous state meanwhile. Then it opens the mirror for writing, attaches the staging file and applies
every staged resource, with the sync state, in one transaction, and closes it. A reader thus sees the whole
previous sync or the whole new one, never part of one, and waits (up to ``lock_timeout``, see
`itglue_mirror.store`) only during that short apply. A ``kill -9`` during the reading phase leaves the mirror as
it was (the next sync discards the stale staging file and starts again); during the apply, DuckDB's write-ahead
log makes the transaction all or nothing. ``sql``, ``frame`` and ``status`` open the file read-only per call.

Sync. A resource with no state yet, or whose last full sync is older than ``reconcile_interval``, or asked with
``full=True``, is read in full: page 1, then the other pages concurrently; the rows the listing no longer has are
deleted (IT Glue has no change feed, so a full listing is the only way to see deletions). Otherwise it is read
newest first (``sort=-updated_at``) until the stored watermark is passed. Records reach DuckDB as Polars frames
(through Arrow), never row by row. Resources listed per parent record are planned inside the request budget
(`itglue_mirror.plans`).
"""

from __future__ import annotations

import functools
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import duckdb
import platformdirs
import polars as pl

from itglue_mirror import cache, derived
from itglue_mirror.fetch import Budget, Counter, Record, all_pages, newest_first, shows
from itglue_mirror.plans import CHILD_ORDER, CHILD_PLANS, CHILD_RESOURCES, ChildPlan
from itglue_mirror.schema import SCHEMA_VERSION, Column, Table, spec_version, table_for
from itglue_mirror.search import refresh_words, search
from itglue_mirror.store import reading, release, writing
from itglue_mirror.views import (
    ORGANIZATIONS_MISSING,
    READY_MADE,
    TYPE_VIEW_PREFIX,
    VIEWS,
    flexible_asset_type_views,
)
from itglue_sdk import Instance, InstanceStore, ITGlueClient, UnknownInstanceError
from itglue_sdk._spec.index import load_spec

APP_NAME = "itglue-sdk"
DEFAULT_PAGE_SIZE = 1000
DEFAULT_WORKERS = 4
DEFAULT_LOCK_TIMEOUT = 30.0
DEFAULT_KEEP_OPEN = 1.0
DEFAULT_BUDGET_SHARE = 0.5

NOT_ESTATE: Mapping[str, str] = {
    "logs": "activity log, not estate data (large on real instances)",
    "exports": "export jobs, not estate data",
    "user_metrics": "usage statistics, not estate data",
    "copilot_smart_assist": "Copilot suggestions, not estate data",
    "document_sections": "document contents are never stored in the mirror",
    "document_images": "images are never stored in the mirror",
}
"""Groups the mirror leaves out, with the reason the report gives."""

PER_TYPE = ("flexible_assets", "flexible_asset_fields")
"""Groups listed once per flexible asset type (the API requires the type)."""

_POLARS_TYPES: Mapping[str, pl.DataType] = {"BIGINT": pl.Int64(), "BOOLEAN": pl.Boolean(), "DOUBLE": pl.Float64()}

Mode = Literal["full", "incremental", "skipped"]

Progress = Callable[[str, int, int | None], None]
"""A sync's progress callback: ``(resource, pages done, pages in all or None while unknown)``.

It is called from the sync's page threads (a resource's later pages are read concurrently), so it must be
thread-safe; it is called once with ``(resource, 0, None)`` when a resource starts and once with equal counts
when it has been read (the mirror changes only when the whole sync is applied, at the end).
"""


class ReadOnlyQueryError(ValueError):
    """`Mirror.sql` was given something other than SELECT statements (the mirror is changed only by `sync`)."""


class QueryTimeoutError(TimeoutError):
    """A query ran longer than the time limit it was given, and DuckDB stopped it."""


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
        reason: Why it was skipped, read in full, or read in part (the parents whose children did not fit the
            request budget).
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
    """What a sync did, per resource.

    Attributes:
        resources: Each resource's report.
        request_budget: The most requests the sync could spend before skipping per-parent plans.
    """

    resources: Mapping[str, ResourceReport] = field(default_factory=dict)
    request_budget: int = 0

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


@dataclass
class _Staged:
    """One resource read into the staging file, waiting for the apply."""

    name: str
    mode: Mode
    reason: str
    received: int
    requests: int
    duration: float
    complete: bool
    """Every record (or every parent's children) was read: deletions may be reconciled, and it counts as a full sync."""
    parents: dict[str, list[int]] = field(default_factory=dict)
    """For child resources: per parent type (``resource_type`` value or ``""``), the parents re-read."""


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
    return _instance_path(name, configured)


def _instance_path(name: str, data_dir: Path | None) -> Path:
    folder = data_dir or platformdirs.user_data_path(APP_NAME, appauthor=False) / "mirrors"
    return folder / f"{name}.duckdb"


def instance_mirror(instance: Instance) -> Mirror:
    """An instance's default mirror: what its clients attach when ``instances.toml`` says ``mirror = true``.

    Registered as the ``itglue_sdk.mirrors`` entry point, through which the SDK opens it without importing it.

    Args:
        instance: The instance (its ``data_dir`` chooses the folder, as for `default_path`).

    Returns:
        The mirror at ``<data_dir>/<instance>.duckdb``, with the default settings.
    """
    return Mirror(path=_instance_path(instance.name, instance.data_dir))


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


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class _Collector:
    """Frames of one resource, built page by page on the page threads."""

    def __init__(self, table: Table, transform: Callable[[Record], Record] | None = None) -> None:
        self.table = table
        self.transform = transform
        self.frames: list[pl.DataFrame] = []
        self._lock = threading.Lock()

    def __call__(self, records: Sequence[Record]) -> None:
        if not records:
            return
        chosen = [self.transform(record) for record in records] if self.transform else records
        frame = frame_of(self.table, chosen)
        with self._lock:
            self.frames.append(frame)

    @property
    def received(self) -> int:
        return sum(frame.height for frame in self.frames)

    def frame(self) -> pl.DataFrame:
        return pl.concat(self.frames) if self.frames else frame_of(self.table, [])


def frame_of(table: Table, records: Sequence[Record]) -> pl.DataFrame:
    """Records as one typed frame; columns the schema does not list (secrets among them) never get in.

    Args:
        table: The mirror table the records belong to.
        records: Wire records.

    Returns:
        ``id`` and one column per table column, typed for DuckDB.
    """
    attributes = [record.get("attributes") or {} for record in records]
    columns = [pl.Series("id", [int(record["id"]) for record in records], dtype=pl.Int64())]
    columns.extend(_series(column, [values.get(column.wire) for values in attributes]) for column in table.columns)
    return pl.DataFrame(columns)


class Mirror:
    """A local DuckDB copy of one IT Glue instance, and a client's cache (`itglue_mirror.cache`).

    Given to a client (``ITGlueClient(mirror=mirror)``), it answers the client's ``get``, ``require`` and
    ``find(name=...)`` for the groups whose rows are complete while their resource is fresh, and applies every
    write the client makes.

    Args:
        instance: Instance name; the file is ``default_path(instance)`` unless ``path`` is given.
        path: The DuckDB file to use instead.
        store_password_notes: Keep password notes (left out by default: they often hold secrets).
        page_size: Records per list request (IT Glue's maximum, 1000, by default).
        workers: Most requests of one listing in flight at once.
        reconcile_interval: A resource whose last full sync is older than this is read in full (which removes
            deleted records) on the next sync.
        stale_after: `status` flags resources whose last sync is older than this, and cache-first reads of a
            client ask the API for them instead.
        auto_refresh: Sync a stale (or never synced) resource, incrementally where possible and that resource
            only, before a client's lookup or a `sql` / `frame` query uses it. It syncs through the latest sync
            client the mirror was given to (``ITGlueClient(mirror=...)``); without one nothing is refreshed.
        lock_timeout: Seconds a query (or a sync's apply) waits while another process holds the file.
        keep_open: Seconds a read-only connection stays open after a query for the next one (0: reopen per
            query). A writer in another process waits at most that long for an idle reader here.
        budget_share: Share of the key's request budget a sync may use (paced at that share of the rate, and
            per-parent plans skipped beyond that share of one window), so other scripts on the key keep working.
        request_budget: Requests one sync may spend before it skips per-parent plans (default: ``budget_share``
            of the instance's requests per window).

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
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        keep_open: float = DEFAULT_KEEP_OPEN,
        budget_share: float = DEFAULT_BUDGET_SHARE,
        request_budget: int | None = None,
        auto_refresh: bool = False,
    ) -> None:
        if not 0 < budget_share <= 1:
            raise ValueError(f"budget_share must be above 0 and at most 1, not {budget_share}")
        self.path = (path or default_path(instance)).resolve()
        self.store_password_notes = store_password_notes
        self.page_size = page_size
        self.workers = workers
        self.reconcile_interval = reconcile_interval
        self.stale_after = stale_after
        self.lock_timeout = lock_timeout
        self.keep_open = keep_open
        self.budget_share = budget_share
        self.request_budget = request_budget
        self.auto_refresh = auto_refresh
        self._attached: list[ITGlueClient] = []
        spec = load_spec()
        self._groups = {name: group for name, group in spec.groups.items() if self._skip_reason(name) is None}
        self.tables: Mapping[str, Table] = {
            name: table_for(name, group.model_name, store_password_notes=store_password_notes)
            for name, group in self._groups.items()
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._layout_stored() != self._layout():
            with self._writing() as con:
                self._migrate(con)

    # -- files and schema ---------------------------------------------------------------------------------

    @property
    def temp_directory(self) -> Path:
        """Where DuckDB spills to disk (beside the file, so everything the mirror writes is in one place)."""
        return self.path.with_name(self.path.name + ".tmp")

    @property
    def staging_path(self) -> Path:
        """The staging file a running sync reads into (removed when the sync ends)."""
        return self.path.with_name(self.path.name + ".sync")

    @contextmanager
    def _reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with reading(
            self.path, timeout=self.lock_timeout, temp_directory=self.temp_directory, keep_open=self.keep_open
        ) as con:
            yield con

    @contextmanager
    def _writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with writing(self.path, timeout=self.lock_timeout, temp_directory=self.temp_directory) as con:
            yield con

    def close(self) -> None:
        """Close the read-only connection kept between queries (the next query opens the file again).

        Needed only to open the file yourself in this process (DuckDB refuses a second connection to one file with
        other settings, e.g. ``duckdb.connect(mirror.path)`` for writing); other processes never wait for it
        longer than ``keep_open``.
        """
        release(self.path)

    def _layout(self) -> dict[str, str]:
        """The meta rows this code writes: a file whose rows differ is migrated when opened."""
        return {
            "schema_version": str(SCHEMA_VERSION),
            "spec_version": spec_version(),
            "duckdb_version": f"v{duckdb.__version__}",
            "password_notes": "stored" if self.store_password_notes else "left out",
        }

    def _layout_stored(self) -> dict[str, str] | None:
        if not self.path.exists():
            return None
        with self._reading() as con:
            try:
                rows = con.execute("SELECT key, value FROM _mirror_meta").fetchall()
            except duckdb.CatalogException:
                return None
        stored = {str(key): str(value) for key, value in rows}
        return {key: stored[key] for key in self._layout() if key in stored}

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
        derived.create(con)
        for view, select in VIEWS.items():
            # Replaced on every migration, so a file made by an older version gets the current definitions.
            con.execute(f'CREATE OR REPLACE VIEW "{view}" AS {select}')
        con.executemany("INSERT OR REPLACE INTO _mirror_meta VALUES (?, ?)", list(self._layout().items()))
        refresh_words(con)

    def meta(self) -> dict[str, str]:
        """The file's metadata: ``schema_version``, ``spec_version``, ``duckdb_version`` and ``password_notes``."""
        with self._reading() as con:
            return {str(key): str(value) for key, value in con.execute("SELECT * FROM _mirror_meta").fetchall()}

    def _skip_reason(self, name: str) -> str | None:
        group = load_spec().group(name)
        if name in NOT_ESTATE:
            return NOT_ESTATE[name]
        if name in PER_TYPE or name in CHILD_RESOURCES:
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
            itglue_mirror.store.MirrorBusyError: Another sync of the same file is running, or a reader held the
                file for longer than ``lock_timeout`` when the sync came to apply.
        """
        spec = load_spec()
        wanted = list(resources) if resources is not None else sorted(spec.groups)
        for name in wanted:
            spec.group(name)  # an unknown name fails here, before anything is read
        # The fields of the flexible asset types are read with the flexible assets, which need their kinds.
        wanted = list(dict.fromkeys("flexible_assets" if name == "flexible_asset_fields" else name for name in wanted))
        if "flexible_assets" in wanted and "flexible_asset_types" in wanted:
            wanted.remove("flexible_asset_types")  # the flexible assets' sync reads (and stages) the types anyway
        budget = Budget.share_of(client, self.budget_share, self.request_budget)
        with self._reading() as con:
            state = self._state(con)
        reports: dict[str, ResourceReport] = {}
        staged: list[_Staged] = []
        with self._staging() as stage:
            for name in wanted:
                reason = self._skip_reason(name)
                if reason is not None:
                    reports[name] = ResourceReport(name, "skipped", reason=reason)
                elif name not in CHILD_RESOURCES:
                    staged.extend(
                        self._stage_listing(
                            client, stage, name, state.get(name), full=full, budget=budget, progress=progress
                        )
                    )
            parents = list(staged)

            # Related items and attachments share parents: each parent's ids are read once per sync.
            @functools.cache
            def parents_of(parent: str, every: bool) -> list[int] | None:
                return self._plan_parents(stage, parent, parents, every=every)

            # Children in the plans' order, not the caller's: the budget goes to the cheap, useful plans first.
            for child in (name for name in CHILD_ORDER if name in wanted):
                staged.append(
                    self._stage_children(
                        client,
                        stage,
                        child,
                        state.get(child),
                        parents_of,
                        full=full,
                        budget=budget,
                        progress=progress,
                    )
                )
            stage.execute("CHECKPOINT")
            stage.close()
            reports.update(self._apply(staged))
        return SyncReport(reports, budget.limit)

    @contextmanager
    def _staging(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The staging file, emptied of what a killed sync left, and removed afterwards whatever happens."""
        path = self.staging_path
        # No waiting: a staging file held by another process means another sync of this mirror is running.
        with writing(path, timeout=0.0, temp_directory=self.temp_directory) as con:
            for (table,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall():
                con.execute(f'DROP TABLE "{table}"')
            try:
                yield con
            finally:
                con.close()
                for leftover in (path, path.with_name(path.name + ".wal")):
                    leftover.unlink(missing_ok=True)

    def _mode(self, name: str, state: Mapping[str, Any] | None, *, full: bool) -> tuple[Mode, str]:
        table = self.tables[name]
        op = self._groups[name].operations.get(("list", None))
        if full:
            return "full", "full=True"
        if state is None:
            return "full", "first sync"
        if not table.has_updated_at or op is None or "-updated_at" not in op.sorts:
            return "full", "the API cannot sort it by updated_at"
        if self._reconcile_due(state):
            return "full", "reconcile due"
        return "incremental", ""

    def _reconcile_due(self, state: Mapping[str, Any]) -> bool:
        last_full = state["last_full_sync"]
        return last_full is None or datetime.now(UTC) - last_full > self.reconcile_interval

    def _counter(self, name: str, budget: Budget, progress: Progress | None) -> Counter:
        counter = Counter(budget)
        if progress is not None:
            progress(name, 0, None)
            counter.listener = lambda done, known: progress(name, done, known)
        return counter

    def _put(self, stage: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> None:
        """Append a frame to the resource's staging table (created on first use, typed like the mirror's)."""
        table = self.tables[name]
        columns = ", ".join(f'"{column.name}" {column.sql_type}' for column in table.columns)
        casts = ", ".join(f'CAST("{column.name}" AS {column.sql_type}) AS "{column.name}"' for column in table.columns)
        stage.execute(f'CREATE TABLE IF NOT EXISTS "{name}" (id BIGINT, {columns})')
        stage.register("_frame", frame)
        # Table and column names come from the spec, never from a caller (S608).
        stage.execute(f'INSERT INTO "{name}" BY NAME SELECT id, {casts} FROM _frame')  # noqa: S608
        stage.unregister("_frame")

    def _stage_listing(
        self,
        client: ITGlueClient,
        stage: duckdb.DuckDBPyConnection,
        name: str,
        state: Mapping[str, Any] | None,
        *,
        full: bool,
        budget: Budget,
        progress: Progress | None,
    ) -> list[_Staged]:
        started = time.monotonic()
        mode, reason = self._mode(name, state, full=full)
        counter = self._counter(name, budget, progress)
        watermark = _parse_time(state["watermark"]) if state else None
        if name == "flexible_assets":
            fields_counter = Counter(budget)
            types, assets, fields = self._flexible(client, mode, watermark, counter, fields_counter)
            self._put(stage, "flexible_asset_types", types.frame())
            self._put(stage, "flexible_asset_fields", fields.frame())
            self._put(stage, name, assets.frame())
            if progress is not None:
                progress(name, counter.pages, counter.pages)
            elapsed = time.monotonic() - started
            return [
                _Staged("flexible_asset_types", "full", reason, types.received, 0, elapsed, complete=True),
                _Staged(
                    "flexible_asset_fields",
                    "full",
                    reason,
                    fields.received,
                    fields_counter.requests,
                    elapsed,
                    complete=True,
                ),
                _Staged(name, mode, reason, assets.received, counter.requests, elapsed, complete=mode == "full"),
            ]
        collector = _Collector(self.tables[name])
        self._read(client, "/" + name, {}, collector, mode=mode, watermark=watermark, counter=counter)
        self._put(stage, name, collector.frame())
        if progress is not None:
            progress(name, counter.pages, counter.pages)
        elapsed = time.monotonic() - started
        return [_Staged(name, mode, reason, collector.received, counter.requests, elapsed, complete=mode == "full")]

    def _read(
        self,
        client: ITGlueClient,
        path: str,
        params: Mapping[str, str | int],
        sink: Callable[[Sequence[Record]], None],
        *,
        mode: Mode,
        watermark: datetime | None,
        counter: Counter,
    ) -> None:
        if mode == "full" or watermark is None:
            all_pages(client, path, params, sink, page_size=self.page_size, workers=self.workers, counter=counter)
            return

        def passed(record: Record) -> bool:
            updated = _parse_time((record.get("attributes") or {}).get("updated-at"))
            # Records equal to the watermark are read again: another one may share its second; merging is idempotent.
            return updated is not None and updated < watermark

        newest_first(client, path, params, sink, page_size=self.page_size, counter=counter, stop=passed)

    def _flexible(
        self, client: ITGlueClient, mode: Mode, watermark: datetime | None, counter: Counter, fields_counter: Counter
    ) -> tuple[_Collector, _Collector, _Collector]:
        """The flexible asset types; their assets, type by type, without Password-kind trait values; their fields."""
        types: list[Record] = []
        all_pages(
            client,
            "/flexible_asset_types",
            {},
            types.extend,
            page_size=self.page_size,
            workers=self.workers,
            counter=counter,
        )
        fields = _Collector(self.tables["flexible_asset_fields"])
        assets = _Collector(self.tables["flexible_assets"])
        for asset_type in types:
            type_fields: list[Record] = []
            all_pages(
                client,
                f"/flexible_asset_types/{asset_type['id']}/relationships/flexible_asset_fields",
                {},
                type_fields.extend,
                page_size=self.page_size,
                workers=self.workers,
                counter=fields_counter,
            )
            fields(type_fields)
            secret_keys = {
                field_record["attributes"].get("name-key")
                for field_record in type_fields
                if (field_record.get("attributes") or {}).get("kind") == "Password"
            }

            def without_secrets(record: Record, secret_keys: set[Any] = secret_keys) -> Record:
                attributes = dict(record.get("attributes") or {})
                traits = attributes.get("traits")
                if isinstance(traits, Mapping):
                    attributes["traits"] = {key: value for key, value in traits.items() if key not in secret_keys}
                return {**record, "attributes": attributes}

            sink = _Collector(assets.table, without_secrets)
            params = {"filter[flexible_asset_type_id]": str(asset_type["id"])}
            self._read(client, "/flexible_assets", params, sink, mode=mode, watermark=watermark, counter=counter)
            assets.frames.extend(sink.frames)
        type_rows = _Collector(self.tables["flexible_asset_types"])
        type_rows(types)
        return type_rows, assets, fields

    def _stage_children(
        self,
        client: ITGlueClient,
        stage: duckdb.DuckDBPyConnection,
        name: str,
        state: Mapping[str, Any] | None,
        parents_of: Callable[[str, bool], list[int] | None],
        *,
        full: bool,
        budget: Budget,
        progress: Progress | None,
    ) -> _Staged:
        """Read a per-parent resource plan by plan, each only if it fits in what is left of the budget.

        ``parents_of(parent, every)`` gives the parents a plan reads (see `_plan_parents`).
        """
        started = time.monotonic()
        every = full or state is None or self._reconcile_due(state)
        mode: Mode = "full" if every else "incremental"
        counter = self._counter(name, budget, progress)
        collector = _Collector(self.tables[name])
        result = _Staged(name, mode, "", 0, 0, 0.0, complete=every)
        skipped: list[str] = []
        for plan in (plan for plan in CHILD_PLANS if plan.child == name):
            parents = parents_of(plan.parent, every)
            if parents is None:
                skipped.append(f"{plan.label}: {plan.parent} not synced")
                result.complete = False
                continue
            if len(parents) > budget.left:
                skipped.append(
                    f"{plan.label}: needs {len(parents)} requests, {budget.left} left of this sync's {budget.limit}"
                    f" (budget_share {self.budget_share}; raise request_budget or sync {name} alone)"
                )
                result.complete = False
                continue
            self._read_children(client, plan, parents, collector, counter)
            result.parents[plan.parent_type or ""] = parents
        self._put(stage, name, collector.frame())
        if progress is not None:
            progress(name, counter.pages, counter.pages)
        result.received, result.requests = collector.received, counter.requests
        result.duration = time.monotonic() - started
        if skipped:
            result.reason = "skipped " + "; ".join(skipped)
        if not result.parents:
            result.mode = "skipped"
        return result

    def _plan_parents(
        self, stage: duckdb.DuckDBPyConnection, parent: str, staged: Sequence[_Staged], *, every: bool
    ) -> list[int] | None:
        """The parent records whose children are read; None when they are to be read but the sync did not read them.

        Every parent (this sync's and the mirror's) when the child is read in full; else the parents this sync
        staged that are new or changed (a parent staged again only because it sat on the watermark keeps its
        children).
        """
        read = any(item.name == parent and item.mode != "skipped" for item in staged)
        table = f'"{parent}"'
        if not read and not every:
            return None
        moments = "epoch(updated_at)" if self.tables[parent].has_updated_at else "NULL"
        fresh: dict[int, Any] = {}
        if read:
            rows = stage.execute(f"SELECT id, {moments} FROM {table}").fetchall()  # noqa: S608 - a spec name
            fresh = {int(ident): moment for ident, moment in rows}
        if every:
            with self._reading() as con:
                known = {int(row[0]) for row in con.execute(f"SELECT id FROM {table}").fetchall()}  # noqa: S608
            return sorted(known | set(fresh))
        with self._reading() as con:
            stored = dict(
                con.execute(
                    f"SELECT id, {moments} FROM {table} WHERE list_contains(?, id)",  # noqa: S608 - a spec name
                    [list(fresh)],
                ).fetchall()
            )
        return sorted(ident for ident, moment in fresh.items() if ident not in stored or stored[ident] != moment)

    def _read_children(
        self, client: ITGlueClient, plan: ChildPlan, parents: Sequence[int], sink: _Collector, counter: Counter
    ) -> None:
        paths = [plan.path.format(id=parent) for parent in parents]
        if plan.include is not None:
            wire_type = plan.child.replace("_", "-")

            def side_loaded(record: Record, included: Sequence[Record]) -> None:
                sink([item for item in included if item.get("type") == wire_type])

            shows(client, paths, {"include": plan.include}, side_loaded, workers=self.workers, counter=counter)
            return
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="itglue-mirror-parents") as pool:
            # One listing per parent, several at once as `shows` does (list() re-raises the first error).
            list(
                pool.map(
                    lambda path: all_pages(
                        client, path, {}, sink, page_size=self.page_size, workers=self.workers, counter=counter
                    ),
                    paths,
                )
            )

    def _apply(self, staged: Sequence[_Staged]) -> dict[str, ResourceReport]:
        """Apply every staged resource and its state in one transaction of the mirror file."""
        reports: dict[str, ResourceReport] = {}
        with self._writing() as con:
            con.execute(f"ATTACH {_quoted(str(self.staging_path))} AS staged (READ_ONLY)")
            try:
                con.begin()
                try:
                    for item in staged:
                        reports[item.name] = self._merge(con, item)
                    changed = {item.name for item in staged if item.mode != "skipped"}
                    derived.rebuild_for(con, changed)
                    if {"flexible_asset_types", "flexible_asset_fields"} & changed:
                        self._type_views(con)
                    refresh_words(con, staged=[item.name for item in staged if item.mode != "skipped"])
                    con.commit()
                except BaseException:
                    con.rollback()
                    raise
            finally:
                con.execute("DETACH staged")
        return reports

    def _type_views(self, con: duckdb.DuckDBPyConnection) -> None:
        """Recreate the per flexible asset type views (``fa_<type>``) from the types and fields now mirrored."""
        types = [
            (int(ident), str(name))
            for ident, name in con.execute("SELECT id, name FROM flexible_asset_types ORDER BY id").fetchall()
        ]
        fields = [
            (int(owner), str(key or ""), str(kind or ""))
            for owner, key, kind in con.execute(
                'SELECT flexible_asset_type_id, name_key, kind FROM flexible_asset_fields ORDER BY "order", id'
            ).fetchall()
        ]
        wanted = flexible_asset_type_views(types, fields)
        for (view,) in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND starts_with(view_name, ?)",
            [TYPE_VIEW_PREFIX],
        ).fetchall():
            if view not in wanted:
                con.execute(f'DROP VIEW "{view}"')
        for view, select in wanted.items():
            con.execute(f'CREATE OR REPLACE VIEW "{view}" AS {select}')

    def _merge(self, con: duckdb.DuckDBPyConnection, item: _Staged) -> ResourceReport:
        """Merge one staged resource by id; a complete read also deletes what it did not see."""
        name, table = item.name, self.tables[item.name]
        if item.mode == "skipped":
            return ResourceReport(name, "skipped", requests=item.requests, duration=item.duration, reason=item.reason)
        order = "ORDER BY updated_at DESC NULLS LAST" if table.has_updated_at else ""
        # Table and column names below come from the spec, never from a caller (S608).
        deleted = 0
        if item.parents:
            # Children are replaced per parent: what a re-read parent no longer has is gone.
            plan_column = next(plan.parent_column for plan in CHILD_PLANS if plan.child == name)
            for parent_type, ids in item.parents.items():
                type_clause = "AND resource_type = ?" if parent_type else ""
                params: list[Any] = [ids, *([parent_type] if parent_type else [])]
                deleted += len(
                    con.execute(
                        f'DELETE FROM "{name}" WHERE list_contains(?, "{plan_column}") {type_clause} '  # noqa: S608
                        f'AND id NOT IN (SELECT id FROM staged."{name}") RETURNING id',
                        params,
                    ).fetchall()
                )
        con.execute(
            f'INSERT OR REPLACE INTO "{name}" BY NAME SELECT * FROM staged."{name}" '  # noqa: S608
            f"QUALIFY row_number() OVER (PARTITION BY id {order}) = 1"
        )
        if item.complete and not item.parents:
            deleted += len(
                con.execute(
                    f'DELETE FROM "{name}" WHERE id NOT IN (SELECT id FROM staged."{name}") RETURNING id'  # noqa: S608
                ).fetchall()
            )
        rows = int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # type: ignore[index]  # noqa: S608
        newest = None
        if table.has_updated_at:
            newest = con.execute(
                f'SELECT epoch(max(updated_at)) FROM staged."{name}"'  # noqa: S608
            ).fetchone()[0]  # type: ignore[index]
        previous = con.execute("SELECT watermark FROM _mirror_state WHERE resource = ?", [name]).fetchone()
        old_mark = _parse_time(previous[0]) if previous else None
        new_mark = datetime.fromtimestamp(newest, UTC) if newest is not None else None
        mark = max((moment for moment in (new_mark, old_mark) if moment is not None), default=None)
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
                now if item.complete else None,
                None if item.complete else now,
                item.duration,
                item.requests,
            ],
        )
        return ResourceReport(name, item.mode, rows, item.received, deleted, item.requests, item.duration, item.reason)

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

    def sql(
        self,
        query: str,
        parameters: Sequence[Any] | None = None,
        *,
        max_rows: int | None = None,
        time_limit: float | None = None,
    ) -> pl.DataFrame:
        """Run a read-only query.

        Args:
            query: One or more SELECT statements (the last one's result is returned).
            parameters: Values for ``?`` placeholders.
            max_rows: Return at most this many rows of the last statement (DuckDB stops producing the rest).
            time_limit: Seconds the query may run; a longer one is interrupted (`QueryTimeoutError`).

        Returns:
            The result.

        Raises:
            ReadOnlyQueryError: A statement is not a SELECT.
            QueryTimeoutError: The query ran longer than ``time_limit``.
            duckdb.Error: DuckDB refused the query (bad SQL, unknown table...).
        """
        statements = duckdb.extract_statements(query)
        if not statements:
            raise ReadOnlyQueryError("no SQL statement given")
        for statement in statements:
            if statement.type != duckdb.StatementType.SELECT:
                raise ReadOnlyQueryError(f"the mirror is read-only: {statement.type.name} is refused, only SELECT runs")
        if self.auto_refresh and self._attached:
            used = set().union(*(cache.tables_of(statement.query) for statement in statements))
            cache.refresh(self, self._attached[-1], used)
        with self._reading() as con:
            timer = threading.Timer(time_limit, con.interrupt) if time_limit is not None else None
            if timer is not None:
                timer.start()
            try:
                for statement in statements[:-1]:
                    con.execute(statement.query, parameters)
                relation = con.sql(statements[-1].query, params=parameters)
                result: pl.DataFrame = (relation if max_rows is None else relation.limit(max_rows)).pl()
            except duckdb.InterruptException as exc:
                raise QueryTimeoutError(f"the query ran longer than {time_limit:g} s and was stopped") from exc
            finally:
                if timer is not None:
                    timer.cancel()
            return result

    def frame(self, resource: str) -> pl.LazyFrame:
        """One table or ready-made answer as a LazyFrame (its rows are read now, not when it is collected).

        Args:
            resource: Group name, e.g. ``configurations``.

        Returns:
            Its rows.

        Raises:
            KeyError: The mirror keeps no such table.
        """
        if resource not in self.tables and resource not in READY_MADE:
            known = ", ".join(sorted([*self.tables, *READY_MADE]))
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
        with self._reading() as con:
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
                    stale=not syncs
                    or now - max(syncs) > self.stale_after
                    or cache.write_lost_since(self.path, name, max(syncs)),
                )
            )
        return statuses

    def export_parquet(self, folder: Path) -> list[Path]:
        """Write every table (and nothing else: no views, no sync state) as one Parquet file each.

        A warehouse engine loads them as they are, e.g. DuckDB's ``read_parquet('<folder>/*.parquet')``,
        Spark's ``spark.read.parquet`` or BigQuery's ``bq load --source_format=PARQUET``.

        Args:
            folder: Where the files go (created if missing); ``<table>.parquet`` files there are replaced.

        Returns:
            The files written, one per table, in table order.
        """
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        with self._reading() as con:
            for name, table in sorted(self.tables.items()):
                target = folder / f"{name}.parquet"
                # JSON goes out as text: Parquet readers would otherwise see bytes.
                texts = [
                    f'CAST("{column.name}" AS VARCHAR) AS "{column.name}"'
                    for column in table.columns
                    if column.sql_type == "JSON"
                ]
                replace = f" REPLACE ({', '.join(texts)})" if texts else ""
                # The names come from the spec and the target is a path of ours, quoted as a literal (S608).
                con.execute(
                    f'COPY (SELECT *{replace} FROM "{name}" ORDER BY id) TO {_quoted(str(target))}'  # noqa: S608
                    " (FORMAT parquet)"
                )
                written.append(target)
        return written

    # -- search -------------------------------------------------------------------------------------------

    def search(self, text: str, *, resources: Iterable[str] | None = None, limit: int = 20) -> pl.DataFrame:
        """Find records by name across the mirror, best matches first (see `itglue_mirror.search`).

        Args:
            text: What to look for, matched case-insensitively (``%`` and ``_`` match themselves).
            resources: Only these of organizations, configurations, contacts, passwords, flexible_assets and
                documents (default: all of them).
            limit: Most rows to return.

        Returns:
            ``resource``, ``id``, ``name``, ``organization_id``, ``organization_name``, ``match`` (exact,
            prefix, contains or similar) and ``score``.

        Raises:
            SearchTextError: ``text`` is blank.
            KeyError: A resource is not searchable; the message lists the ones that are.
            ValueError: ``limit`` is below 1.
        """
        return search(self.sql, text, resources=resources, limit=limit)

    def refresh_answers(self) -> None:
        """Rebuild the ready-made answer tables and the search tables from the records now in the file.

        Syncs and write-throughs keep them current; call this after writing records into the file some other way
        (SQL from a script or a test), else the answers and `search` do not see those rows.
        """
        with self._writing() as con:
            con.begin()
            derived.create(con)
            refresh_words(con)
            con.commit()

    # -- write-through (the client's writes, see itglue_mirror.cache) -----------------------------------

    def apply(self, resource: str, records: Sequence[Record]) -> None:
        """Insert or replace records a client wrote, stored as a sync stores them, in one short transaction.

        Args:
            resource: Group name.
            records: JSON:API resource objects.
        """
        table = self.tables[resource]
        staged = frame_of(table, records)
        with self._writing() as con:
            cache.upsert(con, table, staged)

    def remove(self, resource: str, ids: Sequence[int]) -> None:
        """Delete records a client deleted, in one short transaction.

        Args:
            resource: Group name.
            ids: Record ids.
        """
        with self._writing() as con:
            cache.delete(con, self.tables[resource], ids)

    # -- the client's cache (itglue_sdk.RecordCache, see itglue_mirror.cache) ----------------------------

    def answers(self, group: str) -> bool:
        """Whether a client's cache-first reads of a group come here (its rows hold every attribute)."""
        return cache.answers(self, group)

    def get(self, resource_type: str, id: str) -> Record | None:
        """A record of a fresh resource by wire type and id, or None (the client then asks the API)."""
        return cache.get(self, resource_type, id)

    def find_named(self, resource_type: str, name: str) -> Record | None:
        """The record of a fresh resource named ``name`` (case-insensitive, lowest id first), or None."""
        return cache.find_named(self, resource_type, name)

    def put(self, records: Iterable[Record]) -> None:
        """Write through records a client created or updated (never raises)."""
        cache.put(self, records)

    def invalidate(self, resource_type: str, id: str) -> None:
        """Remove a record a client deleted (never raises)."""
        cache.invalidate(self, resource_type, id)

    def attach(self, client: object) -> None:
        """Keep a sync client to auto-refresh through; an async client is served but not refreshed through."""
        if isinstance(client, ITGlueClient):
            self._attached.append(client)

    def detach(self, client: object) -> None:
        """Forget a client attached earlier (it closed)."""
        if client in self._attached:
            self._attached.remove(client)
