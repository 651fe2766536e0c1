"""The mirror's tables, derived at run time from the packaged spec's read schemas (never written by hand).

Each resource group the mirror keeps gets one table named like the group (``configurations``), with ``id`` as its
primary key and one snake_case column per attribute of the group's read schema (``<Model>Attributes``), typed
from the JSON schema: integers, numbers, booleans, date-times, dates and text; objects and arrays (flexible asset
``traits`` among them) become JSON. Attributes that must never be at rest are left out here, so no later step can
store them by accident (see `NEVER_STORED`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from itglue_sdk._spec.index import python_key, spec_document

SCHEMA_VERSION = 4
"""Version of the mirror's own layout (the meta and state tables, how columns are derived)."""

NEVER_STORED: Mapping[str, frozenset[str]] = {
    # Password values and OTP secrets: only metadata of passwords is kept.
    "passwords": frozenset({"password", "otp-secret"}),
    # File contents and images arrive base64-encoded in these attributes when the API sends them at all; a
    # download URL is a link to the contents (on IT Glue, a signed one).
    "attachments": frozenset({"content", "download-url"}),
    "document_images": frozenset({"content", "image"}),
}
"""Wire attributes of each group that never reach a column, whatever the spec says."""

OPT_IN: Mapping[str, frozenset[str]] = {"passwords": frozenset({"notes"})}
"""Wire attributes left out unless the user opts in (password notes often hold secrets)."""


@dataclass(frozen=True)
class Column:
    """One column of a mirror table.

    Attributes:
        name: Snake_case column name.
        wire: The wire attribute it comes from (kebab-case).
        sql_type: DuckDB type.
    """

    name: str
    wire: str
    sql_type: str


@dataclass(frozen=True)
class Table:
    """One mirror table: a resource group's records.

    Attributes:
        name: Table (and group) name.
        columns: The attribute columns, in spec order (``id`` comes first and is not among them).
    """

    name: str
    columns: tuple[Column, ...]

    @property
    def has_updated_at(self) -> bool:
        """Whether records carry ``updated-at`` (the incremental cursor)."""
        return any(column.name == "updated_at" for column in self.columns)

    def ddl(self) -> str:
        """The ``CREATE TABLE IF NOT EXISTS`` statement."""
        columns = ", ".join(f'"{column.name}" {column.sql_type}' for column in self.columns)
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" (id BIGINT PRIMARY KEY, {columns})'


def _resolve(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def sql_type(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> str:
    """The DuckDB type of one attribute's JSON schema.

    Args:
        schema: The property's schema.
        schemas: The spec's component schemas, for ``$ref``.

    Returns:
        ``BIGINT``, ``DOUBLE``, ``BOOLEAN``, ``TIMESTAMPTZ``, ``DATE``, ``JSON`` or ``VARCHAR``.
    """
    schema = _resolve(schema, schemas)
    if "anyOf" in schema or "oneOf" in schema:
        options = [_resolve(option, schemas) for option in schema.get("anyOf", schema.get("oneOf", []))]
        kinds = {sql_type(option, schemas) for option in options if option.get("type") != "null"}
        return kinds.pop() if len(kinds) == 1 else "JSON"
    declared = schema.get("type", "object" if "properties" in schema else "string")
    types = {declared} if isinstance(declared, str) else set(declared)
    types.discard("null")
    if len(types) != 1:
        return "JSON"
    kind = types.pop()
    if kind == "integer":
        return "BIGINT"
    if kind == "number":
        return "DOUBLE"
    if kind == "boolean":
        return "BOOLEAN"
    if kind in ("object", "array"):
        return "JSON"
    fmt = schema.get("format")
    if fmt == "date-time":
        return "TIMESTAMPTZ"
    if fmt == "date":
        return "DATE"
    return "VARCHAR"


def table_for(group: str, model_name: str, *, store_password_notes: bool = False) -> Table:
    """Derive one group's table from its read schema.

    Args:
        group: Resource group, e.g. ``configurations``.
        model_name: Its read model, e.g. ``Configuration``.
        store_password_notes: Keep password notes (off by default).

    Returns:
        The table.
    """
    schemas: Mapping[str, Any] = spec_document()["components"]["schemas"]
    attributes = _resolve(schemas[model_name]["properties"]["attributes"], schemas)
    left_out = NEVER_STORED.get(group, frozenset())
    if not store_password_notes:
        left_out |= OPT_IN.get(group, frozenset())
    columns = tuple(
        Column(python_key(wire), wire, sql_type(schema, schemas))
        for wire, schema in attributes.get("properties", {}).items()
        if wire not in left_out and python_key(wire) != "id"
    )
    return Table(group, columns)


def spec_version() -> str:
    """The packaged spec's ``info.version`` and a short hash of its content, e.g. ``1.0.0+3f2a9c1d04be``."""
    document = spec_document()
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()[:12]
    return f"{document['info']['version']}+{digest}"
