"""How `itglue` prints records: rich tables for people, JSON and CSV for scripts, progress on stderr.

Records are handled in their wire shape (``{"id", "type", "attributes": {...}}``, kebab-case attribute names,
as `to_dict` of a generated model gives them, timestamps put back in the API's own form by `api_timestamps`).
JSON keeps that shape; table and CSV headers use the snake_case names ``--filter`` and ``--columns`` take.

Shapes: ``list --json`` is always a JSON array of records and ``get --json`` one record. With ``--include``
each record carries an ``included`` key: the side-loaded records its relationships name. Listings are written
page by page as the pages arrive (tables keep the column widths of the first page).

Colour only reaches a terminal, and ``NO_COLOR`` turns it off (rich does both). JSON and CSV are never styled.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from itglue_sdk._spec.index import GroupSpec, load_spec, python_key, spec_document, wire_key
from itglue_sdk.cli.context import CommandLineError

if TYPE_CHECKING:
    from rich.progress import Progress

OutputFormat = Literal["table", "json", "csv"]
ProgressUnit = Literal["items", "bytes"]

PASSWORD_ATTRIBUTE: Final = "password"  # noqa: S105 - the attribute's name, not a password

# Columns a table shows after ``id``: the record's name and a few attributes people scan lists for. A group
# missing here (one added to the spec later) gets its first read attributes instead.
TABLE_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "attachments": ("name", "attachment-content-type", "attachment-file-size", "resource-type", "resource-id"),
    "checklist_tasks": ("name", "checklist-id", "completed", "due-at"),
    "checklist_templates": ("name", "organization-id", "description"),
    "checklists": ("name", "organization-name", "completed", "due-at"),
    "configuration_interfaces": ("name", "configuration-id", "ip-address", "mac-address", "primary"),
    "configuration_statuses": ("name",),
    "configuration_types": ("name", "configuration-count"),
    "configurations": (
        "name",
        "organization-name",
        "configuration-type-name",
        "configuration-status-name",
        "primary-ip",
        "hostname",
    ),
    "contact_types": ("name",),
    "contacts": ("name", "organization-name", "title", "contact-type-name", "location-name"),
    "copilot_smart_assist": ("name", "organization-name", "suggestion-type", "archived"),
    "countries": ("name", "iso"),
    "document_images": ("file-name", "content-type", "file-size", "target-type", "target-id"),
    "document_sections": ("document-id", "resource-type", "sort", "level"),
    "documents": ("name", "organization-name", "published", "archived", "updated-at"),
    "domains": ("name", "organization-name", "registrar-name", "expires-on"),
    "expirations": ("resource-name", "resource-type-name", "organization-name", "expiration-date"),
    "exports": ("organization-name", "export-status", "include-logs", "created-at"),
    "flexible_asset_fields": ("name", "kind", "name-key", "required", "order", "flexible-asset-type-id"),
    "flexible_asset_types": ("name", "description", "enabled"),
    "flexible_assets": ("name", "organization-name", "flexible-asset-type-name", "archived"),
    "groups": ("name", "description", "users-count"),
    "locations": ("name", "organization-name", "city", "country-name", "primary"),
    "logs": ("created-at", "action", "resource-type", "resource-name", "user-email"),
    "manufacturers": ("name",),
    "models": ("name", "manufacturer-name"),
    "operating_systems": ("name", "platform-id"),
    "organization_statuses": ("name", "synced"),
    "organization_types": ("name", "synced"),
    "organizations": ("name", "short-name", "organization-type-name", "organization-status-name", "primary"),
    "password_categories": ("name",),
    "password_folders": ("name", "organization-id", "parent-id", "restricted"),
    "passwords": ("name", "username", "organization-name", "password-category-name", "url"),
    "platforms": ("name",),
    "regions": ("name", "iso", "country-id"),
    "related_items": ("destination-type", "destination-id", "destination-name", "resource-type", "resource-id"),
    "user_metrics": ("date", "user-id", "organization-id", "created", "viewed", "edited"),
    "users": ("name", "email", "role-name"),
}
FALLBACK_COLUMN_COUNT: Final = 4


_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def _schemas() -> Mapping[str, Any]:
    """The spec's component schemas (read attribute lists and write types are not in the facade's index)."""
    schemas: Mapping[str, Any] = spec_document()["components"]["schemas"]
    return schemas


@functools.cache
def _timestamp_attributes() -> Mapping[str, frozenset[str]]:
    """Wire type -> its read attributes the spec gives ``format: date-time``."""
    found = {}
    for group in load_spec().groups.values():
        properties = _schemas().get(f"{group.model_name}Attributes", {}).get("properties", {})
        found[group.resource] = frozenset(
            name
            for name, schema in properties.items()
            if "date-time" in (schema.get("format"), *(option.get("format") for option in schema.get("anyOf", ())))
        )
    return found


def api_timestamp(value: datetime) -> str:
    """Format a timestamp as IT Glue writes them: UTC, milliseconds, ``Z`` (``2019-06-11T23:57:04.000Z``)."""
    utc = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def api_timestamps(record: dict[str, Any]) -> dict[str, Any]:
    """Put a wire record's date-time attributes back in the API's form (`to_dict` writes Python's ``+00:00``).

    Only the attributes the spec types as date-time are touched, so text that merely looks like a timestamp
    (a trait, a note) goes out as it came.

    Args:
        record: A record as `to_dict` of its model gives it (changed in place).

    Returns:
        The record.
    """
    names = _timestamp_attributes().get(str(record.get("type")), frozenset())
    attributes = record.get("attributes")
    if not names or not isinstance(attributes, dict):
        return record
    for name in names & attributes.keys():
        value = attributes[name]
        if isinstance(value, str):
            try:
                attributes[name] = api_timestamp(datetime.fromisoformat(value))
            except ValueError:
                continue  # not a timestamp after all: leave the API's value alone
    return record


def read_attributes(group: GroupSpec) -> tuple[str, ...]:
    """Names of the read attributes of a group's records, in the spec's order (kebab-case)."""
    schema = _schemas().get(f"{group.model_name}Attributes", {})
    return tuple(schema.get("properties", {}))


def write_attribute_schema(group: GroupSpec, name: str) -> Mapping[str, Any]:
    """The spec's schema of one writable attribute (empty when the group cannot write it)."""
    schema = _schemas().get(f"{group.model_name}WriteAttributes", {})
    found: Mapping[str, Any] = schema.get("properties", {}).get(name, {})
    return found


# A column never shrinks below this (or its header), so truncated cells still say something.
MIN_COLUMN_WIDTH: Final = 6
# The name column keeps at least this much before it gives way: it is what people scan a listing for.
NAME_MIN_WIDTH: Final = 24
# No single column grows past this, so one long note cannot push every other column off the screen.
MAX_COLUMN_WIDTH: Final = 60
GAP: Final = 2
# Work that ends sooner than this shows no progress bar at all.
PROGRESS_DELAY_S: Final = 1.0


def table_columns(group: GroupSpec) -> tuple[str, ...]:
    """The compact column set of a group's tables (wire names), ``id`` first."""
    chosen = TABLE_COLUMNS.get(group.name)
    if chosen is None:
        chosen = tuple(name for name in read_attributes(group) if name != PASSWORD_ATTRIBUTE)[:FALLBACK_COLUMN_COUNT]
    return ("id", *chosen)


def csv_columns(group: GroupSpec, *, show_password: bool) -> tuple[str, ...]:
    """Every read attribute of a group, ``id`` first; the password value only when it was asked for."""
    names = [name for name in read_attributes(group) if name != PASSWORD_ATTRIBUTE]
    if show_password and PASSWORD_ATTRIBUTE in read_attributes(group):
        names.append(PASSWORD_ATTRIBUTE)
    return ("id", *names)


def parse_columns(text: str | None, group: GroupSpec, *, show_password: bool) -> tuple[str, ...] | None:
    """Turn ``--columns name,organization_name`` into wire names, ``id`` first; None when not given.

    Raises:
        CommandLineError: A name the group's records do not have (the allowed names are listed).
    """
    if not text:
        return None
    known = csv_columns(group, show_password=show_password)
    names = [wire_key(name.strip()) for name in text.split(",") if name.strip()]
    unknown = [python_key(name) for name in names if name not in known]
    if unknown:
        allowed = ", ".join(python_key(name) for name in known)
        raise CommandLineError(f"unknown column {', '.join(map(repr, unknown))} for {group.name}; allowed: {allowed}")
    return ("id", *(name for name in names if name != "id"))


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``{"id": ..., **attributes}`` of a wire record."""
    return {"id": record.get("id"), **(record.get("attributes") or {})}


def cell(value: Any, *, table: bool = False) -> str:
    """Format one value as text.

    Args:
        value: An attribute value from a wire record.
        table: Shorten for a table cell (timestamps to the minute, line breaks to spaces).

    Returns:
        ``""`` for null, ``true``/``false`` for booleans, compact JSON for lists and objects, else the text.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list | tuple):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    text = str(value)
    if table:
        match = _TIMESTAMP.match(text)
        if match:
            return f"{match.group(1)} {match.group(2)}"
        text = " ".join(text.split())
    return text


def terminal_width() -> int | None:
    """The width tables must fit: ``COLUMNS`` if set, else the terminal's, else None (not a terminal)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def fit_widths(columns: Sequence[str], widths: Sequence[int], width: int | None) -> list[int]:
    """Shrink columns until the table fits ``width``: others first, then ``name``; then drop trailing ones.

    Args:
        columns: Wire names, ``id`` first.
        widths: Natural widths (header or widest cell, capped at `MAX_COLUMN_WIDTH`).
        width: Width to fit; None for no limit.

    Returns:
        The widths to use (possibly fewer than the columns: the rightmost were left out).
    """
    fitted = list(widths)
    if width is None:
        return fitted

    def floor(index: int) -> int:
        if index == 0:
            return widths[0]
        least = NAME_MIN_WIDTH if columns[index] == "name" else max(len(python_key(columns[index])), MIN_COLUMN_WIDTH)
        return min(least, widths[index])

    def total() -> int:
        return sum(fitted) + GAP * (len(fitted) - 1)

    while total() > width:
        others = [i for i in range(len(fitted)) if columns[i] != "name" and fitted[i] > floor(i)]
        names = [i for i in range(len(fitted)) if columns[i] == "name" and fitted[i] > MIN_COLUMN_WIDTH]
        if others:
            widest = max(others, key=lambda i: fitted[i])
            fitted[widest] -= 1
        elif len(fitted) > 2:  # id and the name stay, even if the line wraps
            fitted.pop()
        elif names:
            fitted[names[0]] -= 1
        else:
            break
    return fitted


def _stdout_console(width: int) -> Any:
    from rich.console import Console  # noqa: PLC0415 - rich loads only when a table is printed

    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=False)


class TableWriter:
    """Writes rows as one rich table, page by page: widths come from the first page and then stay.

    Args:
        columns: Wire names to show, ``id`` first; headers are their snake_case names.
    """

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = tuple(columns)
        self.widths: list[int] | None = None
        self.rows = 0

    def write(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Print some rows (the header too, on the first call with rows)."""
        if not rows:
            return
        from rich.table import Table  # noqa: PLC0415

        cells = [[cell(row.get(column), table=True) for column in self.columns] for row in rows]
        first = self.widths is None
        if self.widths is None:
            headers = [python_key(column) for column in self.columns]
            natural = [
                min(MAX_COLUMN_WIDTH, max([len(header), *(len(line[i]) for line in cells)]))
                for i, header in enumerate(headers)
            ]
            self.widths = fit_widths(self.columns, natural, terminal_width())
        widths = self.widths
        table = Table(
            box=None,
            show_header=first,
            show_edge=False,
            pad_edge=False,
            padding=(0, GAP // 2),
            header_style="bold cyan",
        )
        for column, column_width in zip(self.columns, widths, strict=False):
            table.add_column(
                python_key(column),
                width=column_width,
                min_width=column_width,
                max_width=column_width,
                no_wrap=True,
                overflow="ellipsis",
            )
        for line in cells:
            table.add_row(*line[: len(widths)])
        console = _stdout_console(sum(widths) + GAP * len(widths))
        with console.capture() as captured:
            console.print(table)
        # rich pads every cell; trailing blanks only get in the way of people copying lines.
        lines = [line.rstrip() for line in captured.get().splitlines()]
        sys.stdout.write("".join(line + "\n" for line in lines if line))
        sys.stdout.flush()
        self.rows += len(rows)


class JsonListWriter:
    """Writes a JSON array item by item, so a long listing is never held whole."""

    def __init__(self) -> None:
        self.count = 0

    def write(self, items: Iterable[Any]) -> None:
        """Append items to the array (opening it on the first)."""
        for item in items:
            body = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            sys.stdout.write(("[\n  " if self.count == 0 else ",\n  ") + body)
            self.count += 1
        sys.stdout.flush()

    def close(self) -> None:
        """Close the array (``[]`` when nothing was written)."""
        sys.stdout.write("[]\n" if self.count == 0 else "\n]\n")


class CsvWriter:
    """Writes CSV rows as they come, after one header line of snake_case names."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = tuple(columns)
        self._writer = csv.writer(sys.stdout, lineterminator="\n")
        self._writer.writerow([python_key(column) for column in self.columns])

    def write(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Write rows (nested values as compact JSON, null as empty)."""
        for row in rows:
            self._writer.writerow([cell(row.get(column)) for column in self.columns])
        sys.stdout.flush()


def render_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Render rows as CSV with a header line of snake_case names."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([python_key(column) for column in columns])
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])
    return out.getvalue()


def render_json(value: Any) -> str:
    """Render a value as indented JSON, ending with a newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def render_fields(pairs: Iterable[tuple[str, Any]]) -> str:
    """Render ``name: value`` lines with the values aligned (one record, for people)."""
    items = [(name, cell(value)) for name, value in pairs]
    width = max((len(name) for name, _ in items), default=0)
    indent = "\n" + " " * (width + GAP)  # continuation lines of a multi-line value stay in the value column
    return "".join(f"{name.ljust(width)}{' ' * GAP}{indent.join(text.splitlines())}\n" for name, text in items)


def out(text: str) -> None:
    """Write command output (already newline-terminated) to stdout."""
    sys.stdout.write(text)


class ProgressTask:
    """A handle on one progress task: `advance` and `total` work whether or not the bar is showing."""

    def __init__(self, progress: Progress | None, task: Any) -> None:
        self._progress = progress
        self._task = task

    def advance(self, amount: float = 1) -> None:
        """Count work done."""
        if self._progress is not None:
            self._progress.update(self._task, advance=amount)

    def total(self, total: float | None) -> None:
        """Set (or learn) how much work there is."""
        if self._progress is not None and total is not None:
            self._progress.update(self._task, total=total)

    def update(self, done: int, total: int | None) -> None:
        """Say how much is done and, when known, of how much (an SDK ``TransferProgress`` callback).

        Args:
            done: Units done so far (bytes, for a transfer).
            total: Units in all; None leaves the total as it is.
        """
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total)


@contextmanager
def progress(
    description: str, total: float | None = None, *, enabled: bool = True, unit: ProgressUnit = "items"
) -> Iterator[ProgressTask]:
    """A rich progress bar on stderr, shown only on a terminal and only once the work has taken a second.

    Args:
        description: What is being done (``listing configurations``).
        total: Units of work, if known (None: a pulsing bar until `ProgressTask.total` says).
        enabled: False to show nothing whatever the terminal.
        unit: ``items`` counts (``3/10``); ``bytes`` shows sizes and speed (``1.2/4.0 MB 2.1 MB/s``).

    Yields:
        The handle to count work with.
    """
    if not enabled or not sys.stderr.isatty():
        yield ProgressTask(None, None)
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TransferSpeedColumn,
    )

    counts: tuple[ProgressColumn, ...] = (
        (DownloadColumn(), TransferSpeedColumn()) if unit == "bytes" else (MofNCompleteColumn(),)
    )
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        *counts,
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    task = bar.add_task(description, total=total)
    # Started from a timer so that quick work never flashes a bar.
    timer = threading.Timer(PROGRESS_DELAY_S, bar.start)
    timer.daemon = True
    timer.start()
    try:
        yield ProgressTask(bar, task)
    finally:
        timer.cancel()
        bar.stop()


def output_format(as_json: bool, as_csv: bool) -> OutputFormat:
    """The output chosen by ``--json`` / ``--csv`` (they exclude each other).

    Raises:
        CommandLineError: Both were given.
    """
    if as_json and as_csv:
        raise CommandLineError("--json and --csv exclude each other")
    return "json" if as_json else "csv" if as_csv else "table"


@contextmanager
def resource_progress(*, enabled: bool = True) -> Iterator[Callable[[str, int, int | None], None]]:
    """One rich progress bar per resource on stderr (a mirror sync's pages), shown only on a terminal.

    Args:
        enabled: False to show nothing whatever the terminal.

    Yields:
        A thread-safe callback ``(resource, pages done, pages in all or None)``; a resource's bar appears on
        its first call.
    """
    if not enabled or not sys.stderr.isatty():
        yield lambda resource, done, total: None
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: PLC0415

    bar = Progress(
        TextColumn("{task.description:<28}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pages"),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
    )
    tasks: dict[str, Any] = {}
    lock = threading.Lock()

    def update(resource: str, done: int, total: int | None) -> None:
        # Pages of one resource arrive on several threads; the lock keeps one bar per resource.
        with lock:
            if resource not in tasks:
                tasks[resource] = bar.add_task(resource, total=total)
            bar.update(tasks[resource], completed=done, total=total)

    with bar:
        yield update
