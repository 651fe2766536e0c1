"""Turning command-line text into the facade's arguments: filters, typed ``--set`` values, JSON inputs.

Attributes for ``create``/``update``: ``--set key=value`` (converted to the type the spec gives the attribute:
integer, number, boolean, null, or JSON for arrays and objects), ``--set key:=<json>`` (JSON whatever the type),
``--data '<json object>'`` and ``--data-file FILE`` (``-`` for stdin); later ones win. Records a create carries
inline (a flexible asset type's fields) go in ``--relate NAME=<json array>``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from itglue_sdk._spec.index import GroupSpec, wire_key
from itglue_sdk.cli.context import CommandLineError
from itglue_sdk.cli.render import PASSWORD_ATTRIBUTE, write_attribute_schema

_INTEGER = re.compile(r"^-?\d+$")
FILTER_HELP: Final = "exact: key=value (repeat a key for any of several values); exclude:key=value; range:key=start,end"
_FILTER_HELP = FILTER_HELP


@dataclass(frozen=True)
class WriteInputs:
    """The attribute options of a write command.

    Attributes:
        sets: ``--set`` items.
        data: ``--data``.
        data_file: ``--data-file`` (``-`` for stdin).
        password: A password value read from a prompt or ``--password-stdin``, if any.
        ids: Record ids of a bulk update.
    """

    sets: Sequence[str] = ()
    data: str | None = None
    data_file: str | None = None
    password: str | None = None
    ids: Sequence[str] = ()


def parse_filters(items: Sequence[str]) -> dict[str, Any]:
    """Turn ``--filter`` options into the facade's filter mapping.

    Args:
        items: ``key=value``, ``exclude:key=value`` or ``range:key=start,end`` (``*`` or nothing for an open
            end). Repeating an exact or exclude key asks for any of the values.

    Returns:
        The mapping for ``list(filter=...)``.

    Raises:
        CommandLineError: An item of none of these forms.
    """
    result: dict[str, Any] = {}
    for item in items:
        key, equals, value = item.partition("=")
        mode, colon, name = key.partition(":")
        if not colon:
            mode, name = "exact", key
        if not equals or not name or mode not in ("exact", "exclude", "range"):
            raise CommandLineError(f"bad --filter {item!r}; use {_FILTER_HELP}")
        if mode == "range":
            start, comma, end = value.partition(",")
            if not comma:
                raise CommandLineError(f"bad --filter {item!r}; a range is range:{name}=start,end")
            bounds = tuple(None if bound.strip() in ("", "*") else bound.strip() for bound in (start, end))
            result.setdefault("range", {})[name] = bounds
            continue
        target = result if mode == "exact" else result.setdefault("exclude", {})
        previous = target.get(name)
        target[name] = value if previous is None else [*_as_list(previous), value]
    return result


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type", ())
    names = {declared} if isinstance(declared, str) else set(declared)
    for alternative in [*schema.get("anyOf", ()), *schema.get("oneOf", ())]:
        names |= _types(alternative)
    if "$ref" in schema or "properties" in schema:
        names.add("object")
    return names


def coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """Convert a ``--set`` value to the type the spec gives the attribute (text when nothing else fits).

    Args:
        raw: The text after ``=``.
        schema: The attribute's schema (empty when unknown: the facade will name the allowed attributes).

    Returns:
        None, an int, a float, a bool, a parsed JSON array or object, or the text itself.
    """
    types = _types(schema)
    if raw == "null" and "null" in types:
        return None
    if "integer" in types and _INTEGER.match(raw):
        return int(raw)
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            pass
    if "boolean" in types and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if types & {"array", "object"}:
        try:
            parsed = json.loads(raw)
        except ValueError:
            return raw
        if isinstance(parsed, list | dict):
            return parsed
    return raw


def json_inputs(inputs: WriteInputs) -> list[tuple[Any, str]]:
    """The parsed JSON of ``--data-file`` then ``--data``, each with the option's name (for messages)."""
    texts: list[tuple[str, str]] = []
    if inputs.data_file:
        try:
            text = sys.stdin.read() if inputs.data_file == "-" else Path(inputs.data_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandLineError(f"cannot read --data-file {inputs.data_file}: {exc.strerror}") from None
        texts.append((text, "--data-file"))
    if inputs.data:
        texts.append((inputs.data, "--data"))
    parsed = []
    for text, source in texts:
        try:
            parsed.append((json.loads(text), source))
        except ValueError as exc:
            raise CommandLineError(f"{source} is not valid JSON: {exc}") from None
    return parsed


def _json_object(value: Any, source: str) -> dict[str, Any]:
    data = value.get("data") if isinstance(value, dict) and set(value) == {"data"} else None
    if isinstance(data, dict) and data.get("relationships"):
        # Taking only the attributes would silently drop the records meant to be created with them.
        raise CommandLineError(f"{source} holds relationships; give them with --relate NAME='[...]'")
    if isinstance(data, dict) and isinstance(data.get("attributes"), dict):
        value = data["attributes"]  # a whole JSON:API document: take its attributes
    if not isinstance(value, dict):
        raise CommandLineError(f"{source} must be a JSON object of attributes")
    return value


def attributes_from(inputs: WriteInputs, group: GroupSpec) -> dict[str, Any]:
    """Collect the attributes of a create/update: ``--data-file``, then ``--data``, then each ``--set``.

    Args:
        inputs: The write options of the command line.
        group: The group written to.

    Returns:
        Attributes keyed as given (the facade maps snake and kebab names and rejects unknown ones).

    Raises:
        CommandLineError: Unreadable or invalid JSON, a ``--set`` without ``=``, or no attributes at all.
    """
    attributes: dict[str, Any] = {}
    for value, source in json_inputs(inputs):
        attributes |= _json_object(value, source)
    for item in inputs.sets:
        key, equals, raw = item.partition("=")
        if not equals or not key.rstrip(":"):
            raise CommandLineError(f"bad --set {item!r}; use key=value or key:=<json>")
        if key.endswith(":"):
            key = key[:-1]
            try:
                attributes[key] = json.loads(raw)
            except ValueError as exc:
                raise CommandLineError(f"--set {key}:= takes JSON: {exc}") from None
        else:
            attributes[key] = coerce(raw, write_attribute_schema(group, wire_key(key)))
    if inputs.password is not None:
        attributes[PASSWORD_ATTRIBUTE] = inputs.password
    if not attributes:
        raise CommandLineError("no attributes; give --set key=value, --data or --data-file")
    return attributes


def relationships_from(items: Sequence[str]) -> dict[str, list[Any]]:
    """Turn ``--relate name=<json array>`` options into the facade's ``relationships`` mapping.

    Args:
        items: The options (the facade checks the names and each record's attributes against the spec).

    Returns:
        Lists of attribute objects keyed by relationship name; a repeated name adds to its list.

    Raises:
        CommandLineError: An item without ``=``, or a value that is not a JSON array of objects.
    """
    relationships: dict[str, list[Any]] = {}
    for item in items:
        name, equals, raw = item.partition("=")
        try:
            records = json.loads(raw) if equals and name else None
        except ValueError as exc:
            raise CommandLineError(f"--relate {name}= takes a JSON array: {exc}") from None
        if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
            raise CommandLineError(f"bad --relate {item[:40]!r}; use NAME='[{{attributes}}, ...]' (a JSON array)")
        relationships.setdefault(name, []).extend(records)
    return relationships


def bulk_updates_from(inputs: WriteInputs, group: GroupSpec) -> dict[str, dict[str, Any]]:
    """The attributes of a bulk update, keyed by record id.

    With IDs on the command line every record gets the same attributes (``--set``, ``--data`` object...).
    Without, ``--data``/``--data-file`` hold a JSON array of objects, each with its ``id`` and attributes (or
    the API's own bulk body, ``{"data": [{"type", "attributes": {"id", ...}}]}``).

    Args:
        inputs: The write options of the command line.
        group: The group written to.

    Returns:
        Attributes by id (ids are checked by the facade).

    Raises:
        CommandLineError: Neither IDs nor a JSON array, an item without id, ``--set`` without IDs.
    """
    if inputs.ids:
        attributes = attributes_from(inputs, group)
        return {str(ident): dict(attributes) for ident in inputs.ids}
    if inputs.sets:
        raise CommandLineError("--set needs the record IDs; without IDs give a JSON array in --data or --data-file")
    updates: dict[str, dict[str, Any]] = {}
    for value, source in json_inputs(inputs):
        items = value.get("data") if isinstance(value, dict) else value
        if not isinstance(items, list):
            raise CommandLineError(f"{source} must be a JSON array of objects with an id (or give the IDs)")
        for item in items:
            # An item is {"id", ...attributes}, or a resource object {"type", "attributes": {"id", ...}}.
            fields = item.get("attributes") if isinstance(item, dict) else None
            fields = fields if isinstance(fields, dict) else item
            ident = fields.get("id", item.get("id")) if isinstance(item, dict) else None
            if ident is None:
                raise CommandLineError(f"every item of {source} needs an id")
            updates[str(ident)] = {key: field for key, field in fields.items() if key != "id"}
    if not updates:
        raise CommandLineError(
            "nothing to update; give IDs and --set, or a JSON array in --data or --data-file",
        )
    return updates
