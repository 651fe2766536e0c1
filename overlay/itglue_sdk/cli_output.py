"""How the `itglue` command prints records: compact tables for people, JSON and CSV for scripts.

Records are handled in their wire shape (``{"id", "type", "attributes": {...}}``, kebab-case attribute names,
as `to_dict` of a generated model gives them, with timestamps put back in the API's own form by
`api_timestamps`), so the JSON output is the API's own vocabulary and the CSV columns are the read attributes
the spec lists, in the spec's order: both stay stable whatever a particular record happens to hold. Tables
pick a few useful columns per resource group and fit the terminal.
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
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from itglue_sdk.apispec import GroupSpec, load_spec, spec_document, wire_key

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

# A column never shrinks below this (or its header), so truncated cells still say something.
MIN_COLUMN_WIDTH: Final = 6
# No single column grows past this, so one long note cannot push every other column off the screen.
MAX_COLUMN_WIDTH: Final = 60
GAP: Final = "  "
ELLIPSIS: Final = "…"
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


def table_columns(group: GroupSpec) -> tuple[str, ...]:
    """The compact column set of a group's tables, ``id`` first."""
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


def parse_columns(text: str) -> tuple[str, ...]:
    """Turn ``--columns name,organization_name`` into wire names (``id`` is always first)."""
    names = [wire_key(name.strip()) for name in text.split(",") if name.strip()]
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


def _fit(widths: list[int], minimums: list[int], width: int) -> list[int]:
    """Shrink the widest columns, then drop trailing ones, until the table fits ``width``."""
    widths = list(widths)

    def total() -> int:
        return sum(widths) + len(GAP) * (len(widths) - 1)

    while total() > width:
        shrinkable = [i for i, w in enumerate(widths) if w > minimums[i]]
        if not shrinkable:
            if len(widths) <= 2:  # id and the name stay, even if the line wraps
                break
            widths.pop()
            continue
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + ELLIPSIS


def render_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, width: int | None) -> str:
    """Render rows as an aligned text table.

    Args:
        rows: Flat records (see `flatten`).
        columns: Keys to show, in order; the header is the key.
        width: Width to fit (None: no limit). Wide columns are truncated with an ellipsis first; if that is
            not enough, the rightmost columns are left out.

    Returns:
        The table, one line per row after the header, ending with a newline.
    """
    cells = [[cell(row.get(column), table=True) for column in columns] for row in rows]
    widths = [
        min(MAX_COLUMN_WIDTH, max([len(column), *(len(line[i]) for line in cells)])) for i, column in enumerate(columns)
    ]
    if width is not None:
        minimums = [max(len(column), MIN_COLUMN_WIDTH) if i else widths[0] for i, column in enumerate(columns)]
        minimums = [min(m, w) for m, w in zip(minimums, widths, strict=True)]
        widths = _fit(widths, minimums, width)
    lines = []
    for line in [list(columns), *cells]:
        parts = [_clip(text, w).ljust(w) for text, w in zip(line, widths, strict=False)]
        lines.append(GAP.join(parts).rstrip())
    return "\n".join(lines) + "\n"


def render_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Render rows as CSV with a header line (nested values as compact JSON, null as empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
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
    indent = "\n" + " " * (width + len(GAP))  # continuation lines of a multi-line value stay in the value column
    return "".join(f"{name.ljust(width)}{GAP}{indent.join(text.splitlines())}\n" for name, text in items)
