"""``itglue mirror sync|status|query|export|search`` and ``itglue search``: the instance's local DuckDB copy.

The mirror file follows the command's instance (``--instance``, ``--base-url``, else the default one), at
`itglue_mirror.default_path`, unless ``--path`` names another. The mirror package is imported only when one of
these commands runs (the SDK must not import it at start-up). A query is read-only: anything but SELECT, or SQL
DuckDB refuses, ends as one line and exit status 2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from itglue_sdk.cli.context import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, Group, State, fail, note, state
from itglue_sdk.cli.render import TableWriter, out, render_json, resource_progress
from itglue_sdk.config.instances import url_instance_name

if TYPE_CHECKING:
    import polars as pl

    from itglue_mirror import Mirror, SyncReport
    from itglue_sdk import ITGlueClient

QueryFormat = Literal["table", "csv", "json", "parquet"]


def mirror_path(current: State, path: Path | None) -> Path:
    """The mirror file of the command's instance (or ``path``).

    Args:
        current: The command's state (``--instance``, ``--base-url``).
        path: ``--path``, if given.

    Returns:
        Where the mirror lives.
    """
    if path is not None:
        return path
    from itglue_mirror import default_path  # noqa: PLC0415 - lazy: the mirror loads only for these commands

    # The same name the client gives an unnamed base URL, so `sync` and `query` agree on the file.
    name = current.instance or (url_instance_name(current.base_url) if current.base_url else None)
    return default_path(name or current.store.default_name(), current.store)


def existing_mirror(path: Path | None) -> Path | None:
    """The command's mirror file, or None once one line has said there is none yet (exit status 1 follows)."""
    target = mirror_path(state(), path)
    if target.exists():
        return target
    where = click.get_current_context().command_path
    fail(f"{where}: error: no mirror at {target} yet; run `itglue mirror sync` first", EXIT_FAILURE)
    return None


def print_frame(frame: pl.DataFrame) -> None:
    """Print a query result as a table for people (nothing at all when it has no rows)."""
    writer = TableWriter(frame.columns)
    writer.write(frame.to_dicts())


def run_sync(
    mirror: Mirror, client: ITGlueClient, *, full: bool = False, resources: Iterable[str] | None = None
) -> SyncReport:
    """Sync with a progress bar per resource on stderr (on a terminal).

    Args:
        mirror: The mirror to fill.
        client: Reads the instance.
        full: Read everything in full.
        resources: Only these groups.

    Returns:
        The sync's report.
    """
    with resource_progress() as progress:
        return mirror.sync(client, full=full, resources=resources, progress=progress)


def report_rows(report: SyncReport) -> list[dict[str, Any]]:
    """The sync summary, one row per resource (skipped ones last)."""
    rows = [
        {
            "resource": item.resource,
            "mode": item.mode,
            "rows": item.rows if item.mode != "skipped" else None,
            "requests": item.requests,
            "seconds": round(item.duration, 2),
            "reason": item.reason,
        }
        for item in report.resources.values()
    ]
    return sorted(rows, key=lambda row: (row["mode"] == "skipped", row["resource"]))


@click.group(cls=Group)
def mirror() -> None:
    """Keep and query a local DuckDB copy of the instance (offline, read-only queries)."""


PATH_OPTION = click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The mirror file (default: the instance's, see `itglue_mirror.default_path`).",
)


@mirror.command()
@click.option("--full", is_flag=True, help="Read every resource in full (and drop what IT Glue no longer has).")
@click.option("--resource", "resources", multiple=True, metavar="NAME", help="Only this group; repeatable.")
@click.option(
    "--budget-share",
    type=click.FloatRange(0, 1, min_open=True),
    default=0.5,
    show_default=True,
    help="Share of the key's request budget the sync may use (the rest stays for other scripts on the key).",
)
@click.option(
    "--request-budget",
    type=click.IntRange(min=1),
    help="Requests the sync may spend before it skips per-parent resources (default: the share of one window).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@PATH_OPTION
def sync(
    *,
    full: bool,
    resources: tuple[str, ...],
    budget_share: float,
    request_budget: int | None,
    as_json: bool,
    path: Path | None,
) -> int:
    """Bring the mirror up to date: full the first time, incremental afterwards.

    Resources listed per parent record (password folders, related items, attachments) cost a request per parent;
    those that do not fit the budget are skipped, and the summary says so.
    """
    from itglue_mirror import Mirror, MirrorBusyError  # noqa: PLC0415
    from itglue_sdk._spec.index import load_spec  # noqa: PLC0415

    unknown = [name for name in resources if name.replace("-", "_") not in load_spec().groups]
    if unknown:
        return fail(f"itglue mirror sync: error: unknown resource {', '.join(map(repr, unknown))}", EXIT_USAGE)
    current = state()
    with current.client() as client:
        target = mirror_path(current, path)
        local = Mirror(client.instance.name, path=target, budget_share=budget_share, request_budget=request_budget)
        try:
            report = run_sync(local, client, full=full, resources=[r.replace("-", "_") for r in resources] or None)
        except MirrorBusyError as exc:
            return fail(f"itglue mirror sync: error: {exc}", EXIT_FAILURE)
    rows = report_rows(report)
    if as_json:
        out(
            render_json(
                {
                    "path": str(local.path),
                    "requests": report.requests,
                    "request_budget": report.request_budget,
                    "resources": rows,
                }
            )
        )
        return EXIT_OK
    TableWriter(["resource", "mode", "rows", "requests", "seconds", "reason"]).write(rows)
    note(f"{report.requests} requests of a budget of {report.request_budget}; mirror at {local.path}")
    return EXIT_OK


@mirror.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@PATH_OPTION
def status(as_json: bool, path: Path | None) -> int:
    """Each synced resource: rows, last full and incremental sync, requests, and whether it is stale."""
    target = existing_mirror(path)
    if target is None:
        return EXIT_FAILURE
    from itglue_mirror import Mirror  # noqa: PLC0415

    rows = [
        {
            "resource": item.resource,
            "rows": item.rows,
            "last_full_sync": item.last_full_sync.isoformat(timespec="seconds") if item.last_full_sync else None,
            "last_incremental_sync": (
                item.last_incremental_sync.isoformat(timespec="seconds") if item.last_incremental_sync else None
            ),
            "requests": item.requests,
            "seconds": round(item.duration, 2),
            "stale": item.stale,
        }
        for item in Mirror(path=target).status()
    ]
    if as_json:
        out(render_json({"path": str(target), "resources": rows}))
        return EXIT_OK
    if not rows:
        note(f"the mirror at {target} has not been synced yet; run `itglue mirror sync`")
        return EXIT_OK
    TableWriter(list(rows[0])).write(rows)
    return EXIT_OK


@mirror.command()
@click.argument("sql")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json", "parquet"]),
    default="table",
    show_default=True,
    help="Output format (parquet needs --output).",
)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file, not stdout.")
@PATH_OPTION
def query(sql: str, output_format: QueryFormat, output: Path | None, path: Path | None) -> int:
    """Run a read-only SQL query (SELECT only) against the mirror.

    Ready-made views: configurations_named, expirations_ahead, assets_per_organization,
    configurations_without_related_items, stale_documents, stale_passwords.
    """
    where = "itglue mirror query: error"
    if output_format == "parquet" and output is None:
        return fail(f"{where}: --format parquet needs --output FILE", EXIT_USAGE)
    target = existing_mirror(path)
    if target is None:
        return EXIT_FAILURE
    import duckdb  # noqa: PLC0415

    from itglue_mirror import Mirror, MirrorBusyError, ReadOnlyQueryError  # noqa: PLC0415

    try:
        frame = Mirror(path=target).sql(sql)
    except MirrorBusyError as exc:
        return fail(f"{where}: {exc}", EXIT_FAILURE)
    except (ReadOnlyQueryError, duckdb.Error) as exc:
        return fail(f"{where}: {exc}", EXIT_USAGE)
    if output_format == "parquet":
        assert output is not None  # checked above
        frame.write_parquet(output)
    elif output_format == "table":
        if output is not None:
            return fail(f"{where}: --output takes csv, json or parquet; a table is for the terminal", EXIT_USAGE)
        print_frame(frame)
    else:
        text = frame.write_csv() if output_format == "csv" else frame.write_json() + "\n"
        if output is not None:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    if output is not None:
        note(f"{frame.height} rows written to {output}")
    return EXIT_OK


@mirror.command()
@click.option(
    "--parquet",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one Parquet file per table into this folder.",
)
@PATH_OPTION
def export(folder: Path, path: Path | None) -> int:
    """Export every mirror table as Parquet, for a warehouse engine (DuckDB, Spark, BigQuery, Snowflake...)."""
    where = "itglue mirror export: error"
    target = existing_mirror(path)
    if target is None:
        return EXIT_FAILURE
    from itglue_mirror import Mirror, MirrorBusyError  # noqa: PLC0415

    try:
        written = Mirror(path=target).export_parquet(folder)
    except MirrorBusyError as exc:
        return fail(f"{where}: {exc}", EXIT_FAILURE)
    for file in written:
        out(f"{file}\n")
    note(f"{len(written)} tables written to {folder}")
    return EXIT_OK


@click.command("search")
@click.argument("text")
@click.option(
    "--resource",
    "resources",
    multiple=True,
    metavar="NAME",
    help="Only this resource (organizations, configurations, contacts, passwords, flexible-assets, documents); "
    "repeatable.",
)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Most results.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@PATH_OPTION
def search(text: str, resources: tuple[str, ...], limit: int, as_json: bool, path: Path | None) -> int:
    """Find records in the mirror by name: exact matches first, then prefixes, contained text, close spellings.

    Searches organizations, configurations, contacts, passwords (names only, never values), flexible assets
    and documents, ignoring case. Example: `itglue search acme --resource organizations --limit 5`.
    """
    where = f"{click.get_current_context().command_path}: error"
    target = existing_mirror(path)
    if target is None:
        return EXIT_FAILURE
    from itglue_mirror import Mirror, SearchTextError  # noqa: PLC0415

    try:
        found = Mirror(path=target).search(text, resources=resources or None, limit=limit)
    except (SearchTextError, KeyError) as exc:
        # A KeyError's text is its quoted argument; the message itself reads better.
        return fail(f"{where}: {exc.args[0] if exc.args else exc}", EXIT_USAGE)
    rows = found.with_columns(found["score"].round(3)).to_dicts()
    if as_json:
        out(render_json(rows))
    else:
        TableWriter(found.columns).write(rows)
    return EXIT_OK


mirror.add_command(search)
