"""``itglue <resource> list|get|create|update|delete|...``: one command per resource group, made from the spec.

Each group gets the actions the spec gives it (``delete`` also when only the bulk route exists: the facade
sends one id through it; ``bulk-update``, ``bulk-delete`` and ``publish`` where the spec has those routes), and
one ``--<parent>-id`` option per nested route scope offering that action, e.g.
``itglue configurations list --organization-id 5``. The facade's helpers have commands of their own:
``attachments upload|download``, ``related_items link`` and ``related_items list`` (a record's related
items). Filter, sort and include names are checked by the facade against the spec, so a wrong name fails
before anything is sent, with the allowed names in the message.

Attributes for ``create``/``update``: ``--set key=value`` (the value is converted to the type the spec gives
the attribute: integer, number, boolean, null, or JSON for arrays and objects), ``--set key:=<json>`` (the value
is JSON, whatever the type), ``--data '<json object>'`` and ``--data-file FILE`` (``-`` for stdin); later ones
win. (``--json`` is the output switch, so JSON input has its own names.) Records a create carries inline (a
flexible asset type's fields) go in ``--relate NAME=<json array>``. ``flexible_assets update --set traits=...``
merges the given traits into the current ones (``--replace-traits`` sends them as the whole set).
"""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from itglue_sdk.apispec import Action, GroupSpec, load_spec, python_key, wire_key
from itglue_sdk.cli_commands import (
    EXIT_FAILURE,
    EXIT_OK,
    CLIParser,
    CommandLineError,
    Context,
    add_global_options,
    add_output_options,
    note,
    out,
)
from itglue_sdk.cli_output import (
    PASSWORD_ATTRIBUTE,
    api_timestamps,
    csv_columns,
    flatten,
    parse_columns,
    render_csv,
    render_fields,
    render_json,
    render_table,
    table_columns,
    terminal_width,
    write_attribute_schema,
)
from itglue_sdk.redaction import SENSITIVE_NAMES

CLI_ACTIONS: Final[tuple[str, ...]] = (
    "list",
    "get",
    "create",
    "update",
    "delete",
    "bulk-update",
    "bulk-delete",
    "publish",
)
# The facade's delete sends one id through the bulk route when a scope has no member DELETE.
_SPEC_ACTIONS: Final[Mapping[str, tuple[Action, ...]]] = {
    "list": ("list",),
    "get": ("get",),
    "create": ("create",),
    "update": ("update",),
    "delete": ("delete", "bulk_delete"),
    "bulk-update": ("bulk_update",),
    "bulk-delete": ("bulk_delete",),
    "publish": ("publish",),
}
# Commands of the facade's helper methods, by group, with the spec actions they use (their scopes follow).
_HELPERS: Final[Mapping[str, Mapping[str, tuple[Action, ...]]]] = {
    "attachments": {"upload": ("create",), "download": ("get",)},
    "related_items": {"link": ("create",)},
}
RELATED_ITEMS: Final = "related_items"
TRAITS_ATTRIBUTE: Final = "traits"
EPILOG_WIDTH: Final = 100
_INTEGER = re.compile(r"^-?\d+$")
_FILTER_HELP = "exact: key=value (repeat a key for any of several values); exclude:key=value; range:key=start,end"


def _group(name: str) -> GroupSpec:
    return load_spec().group(name)


def _scopes(group: GroupSpec, action: str) -> tuple[str | None, ...]:
    """Scopes (None: top level, else a parent parameter) where the group offers a CLI action."""
    if group.name == RELATED_ITEMS and action == "list":
        return _related_item_sources(group)
    wanted = _SPEC_ACTIONS.get(action) or _HELPERS.get(group.name, {}).get(action, ())
    scopes = {scope for spec_action, scope in group.operations if spec_action in wanted}
    return tuple(sorted(scopes, key=lambda scope: (scope is not None, scope or "")))


def _related_item_sources(group: GroupSpec) -> tuple[str | None, ...]:
    """Parents whose show route side-loads related items: the records `related_items list` can read."""
    spec = load_spec()
    sources = []
    for parent in group.parents:
        source = spec.groups.get(python_key(spec.parent_resources.get(parent, "")))
        show = source.operations.get(("get", None)) if source else None
        if show is not None and RELATED_ITEMS in show.includes:
            sources.append(parent)
    return tuple(sources)


def cli_actions(group: GroupSpec) -> tuple[str, ...]:
    """The CLI actions a group offers at any scope: `CLI_ACTIONS` order, then the group's helpers."""
    actions = (*CLI_ACTIONS, *_HELPERS.get(group.name, {}))
    return tuple(action for action in actions if _scopes(group, action))


def group_summary(name: str) -> str:
    """One line for ``itglue --help``: the group's actions, and whether they need a parent."""
    group = _group(name)
    actions = cli_actions(group)
    nested_only = all(None not in _scopes(group, action) for action in actions)
    return ", ".join(actions) + (" (within a parent record)" if nested_only else "")


def _option(parent: str) -> str:
    return "--" + parent.replace("_", "-")


def _spec_parameter(group: GroupSpec, action: Action, name: str) -> bool:
    return any(op.action == action and name in op.query for op in group.operations.values())


def _list_operation_help(group: GroupSpec) -> str:
    # Prefer the top-level route: IT Glue ignores filters on most nested ones.
    op = group.operations.get(("list", None)) or next(
        (op for (action, _), op in group.operations.items() if action == "list"), None
    )
    if op is None:
        return ""
    parts = []
    for mode in ("exact", "exclude", "range"):
        names = sorted(param.name for param in op.filters.values() if param.mode == mode)
        if names:
            parts.append(f"{mode} filters: {', '.join(names)}")
    required = sorted(name for name in op.required if name.startswith("filter["))
    if required:
        parts.append(f"required: {', '.join(required)} (e.g. --filter {required[0][7:-1]}=ID)")
    if op.sorts:
        parts.append(
            f"sorts: {', '.join(sort for sort in op.sorts if not sort.startswith('-'))} (prefix - for descending)"
        )
    if op.includes:
        parts.append(f"includes: {', '.join(op.includes)}")
    return "\n".join(textwrap.fill(part, width=EPILOG_WIDTH, subsequent_indent="  ") for part in parts)


def build_parser(name: str) -> CLIParser:
    """Build the parser of one group's command, with only the actions and scopes the spec gives it.

    Args:
        name: Group name, e.g. ``configurations``.

    Returns:
        The parser of ``itglue <group>``.
    """
    group = _group(name)
    parser = CLIParser(
        prog=f"itglue {name}",
        description=f"IT Glue {name} (records of type {group.resource!r}): {group_summary(name)}.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(group=name)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=CLIParser)
    for action in cli_actions(group):
        scopes = _scopes(group, action)
        summary = _RELATED_LIST_HELP if (name, action) == (RELATED_ITEMS, "list") else _ACTION_HELP[action]
        sub = actions.add_parser(
            action,
            help=summary,
            description=summary + ".",
            epilog=_list_operation_help(group) if action == "list" else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(scopes=scopes)
        if action in ("get", "update", "delete", "publish", "download"):
            sub.add_argument("id", help="record id")
        parents = [scope for scope in scopes if scope is not None]
        if parents:
            where = sub.add_argument_group(
                "scope", "work within one parent record" + ("" if None in scopes else " (required: one of these)")
            )
            exclusive = where.add_mutually_exclusive_group()
            for parent in parents:
                exclusive.add_argument(_option(parent), dest=parent, metavar="ID", help=f"within {parent}=ID")
        _ADD_OPTIONS[action](sub, group, action)
        add_global_options(sub)
    return parser


def _add_list_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    if group.name == RELATED_ITEMS:  # a record's related items: one show request, no query options
        parser.add_argument("--columns", metavar="A,B", help="columns of the table or CSV (id is always first)")
        add_output_options(parser)
        return
    parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE", help=_FILTER_HELP)
    parser.add_argument("--sort", metavar="FIELD", help="sort field; -FIELD (or --sort=-FIELD) for descending")
    _add_include(parser)
    parser.add_argument("--page-size", type=int, default=1000, metavar="N", help="records per request (1-1000)")
    parser.add_argument("--limit", type=int, metavar="N", help="stop after N records (default: all)")
    parser.add_argument("--columns", metavar="A,B", help="columns of the table or CSV (id is always first)")
    _add_show_password(parser, group, "list")
    add_output_options(parser)


def _add_include(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="NAMES",
        help="side-load related records (comma list, repeatable; --json prints them as {data, included})",
    )


def _add_get_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    _add_show_password(parser, group, "get")
    if _spec_parameter(group, "get", "version_id"):
        parser.add_argument("--version-id", type=int, metavar="N", help="read a past revision")
    if any(op.includes for (spec_action, _), op in group.operations.items() if spec_action == "get"):
        _add_include(parser)
    parser.add_argument("--columns", metavar="A,B", help="columns of the CSV (id is always first)")
    add_output_options(parser)


def _add_attribute_inputs(parser: argparse.ArgumentParser, *, what: str = "attributes as a JSON object") -> None:
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an attribute (typed as the spec says); KEY:=JSON for a JSON value; repeatable",
    )
    parser.add_argument("--data", metavar="JSON", help=what)
    parser.add_argument("--data-file", metavar="FILE", help=f"{what}, in FILE (- for stdin)")


def _writable_epilog(group: GroupSpec) -> str:
    lines = ["writable attributes: " + ", ".join(python_key(name) for name in group.write_attributes)]
    return "\n".join(textwrap.fill(line, width=EPILOG_WIDTH, subsequent_indent="  ") for line in lines)


def _add_write_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    _add_attribute_inputs(parser)
    if PASSWORD_ATTRIBUTE in group.write_attributes:
        parser.add_argument(
            "--prompt-password", action="store_true", help="read the password value from a hidden prompt"
        )
    epilog = _writable_epilog(group)
    if action == "create" and group.write_relationships:
        names = ", ".join(python_key(name) for name in group.write_relationships)
        parser.add_argument(
            "--relate",
            action="append",
            default=[],
            metavar="NAME=JSON",
            help=f"records created inline with it, a JSON array of their attributes ({names}); repeatable",
        )
        example = (
            'e.g. --relate flexible_asset_fields=\'[{"name": "Name", "kind": "Text", "order": 1, '
            '"use_for_title": true, "show_in_list": true}]\''
            if "flexible-asset-fields" in group.write_relationships
            else ""
        )
        epilog += "\n" + textwrap.fill(f"relationships: {names} {example}", width=EPILOG_WIDTH, subsequent_indent="  ")
    if action == "update" and TRAITS_ATTRIBUTE in group.write_attributes:
        parser.add_argument(
            "--replace-traits",
            action="store_true",
            help="send the given traits as the whole set (IT Glue deletes every trait not sent); by default "
            "they are merged into the current traits",
        )
    parser.epilog = epilog
    add_output_options(parser)


def _add_bulk_update_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    parser.add_argument("ids", nargs="*", metavar="ID", help="records that all get the same attributes")
    _add_attribute_inputs(
        parser, what="with IDs: attributes as a JSON object; without: a JSON array of {id, attributes...} objects"
    )
    parser.epilog = _writable_epilog(group)
    add_output_options(parser)


def _add_delete_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    if action == "bulk-delete":
        parser.add_argument("ids", nargs="+", metavar="ID", help="records to delete")
    parser.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
    add_output_options(parser, csv=action == "bulk-delete")


def _add_record_output(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    add_output_options(parser)


def _add_upload_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    parser.add_argument("path", help="file to attach (at most ~7.5 MB: IT Glue takes it as base64 in JSON)")
    parser.add_argument("--name", help="attachment name (default: the file name)")
    add_output_options(parser)


def _add_download_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    parser.add_argument("destination", help="directory (keeps the server's file name, made safe) or file path")
    add_output_options(parser, csv=False)


def _add_link_options(parser: argparse.ArgumentParser, group: GroupSpec, action: str) -> None:
    parser.add_argument("destination_type", metavar="TYPE", help="type of the linked record, e.g. passwords")
    parser.add_argument("destination_id", metavar="ID", help="id of the linked record")
    parser.add_argument("--notes", help="notes on the link")
    add_output_options(parser)


def _add_show_password(parser: argparse.ArgumentParser, group: GroupSpec, action: Action) -> None:
    if _spec_parameter(group, action, "show_password"):
        parser.add_argument(
            "--show-password", action="store_true", help="include password values (needs Password Access)"
        )


_ACTION_HELP: Final[Mapping[str, str]] = {
    "list": "list records (all pages, or up to --limit)",
    "get": "show one record",
    "create": "create a record",
    "update": "change some attributes of a record",
    "delete": "delete a record",
    "bulk-update": "change several records in one request",
    "bulk-delete": "delete several records in one request",
    "publish": "publish a record's draft",
    "upload": "attach a file to a record",
    "download": "save an attachment's file",
    "link": "relate another record to a record",
}
_RELATED_LIST_HELP: Final = "list a record's related items"
_ADD_OPTIONS: Final[Mapping[str, Callable[[argparse.ArgumentParser, GroupSpec, str], None]]] = {
    "list": _add_list_options,
    "get": _add_get_options,
    "create": _add_write_options,
    "update": _add_write_options,
    "delete": _add_delete_options,
    "bulk-update": _add_bulk_update_options,
    "bulk-delete": _add_delete_options,
    "publish": _add_record_output,
    "upload": _add_upload_options,
    "download": _add_download_options,
    "link": _add_link_options,
}


# ---- turning options into facade arguments --------------------------------------------------------------------


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


def _json_inputs(args: argparse.Namespace) -> list[tuple[Any, str]]:
    """The parsed JSON of ``--data-file`` then ``--data``, each with the option's name (for messages)."""
    texts: list[tuple[str, str]] = []
    if args.data_file:
        try:
            text = sys.stdin.read() if args.data_file == "-" else Path(args.data_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandLineError(f"cannot read --data-file {args.data_file}: {exc.strerror}") from None
        texts.append((text, "--data-file"))
    if args.data:
        texts.append((args.data, "--data"))
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


def attributes_from(args: argparse.Namespace, group: GroupSpec) -> dict[str, Any]:
    """Collect the attributes of a create/update: ``--data-file``, then ``--data``, then each ``--set``.

    Args:
        args: The parsed command line.
        group: The group written to.

    Returns:
        Attributes keyed as given (the facade maps snake and kebab names and rejects unknown ones).

    Raises:
        CommandLineError: Unreadable or invalid JSON, a ``--set`` without ``=``, or no attributes at all.
    """
    attributes: dict[str, Any] = {}
    for value, source in _json_inputs(args):
        attributes |= _json_object(value, source)
    for item in args.sets:
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
    if getattr(args, "prompt_password", False):
        attributes[PASSWORD_ATTRIBUTE] = getpass.getpass("Password value (input hidden): ")
    if not attributes:
        raise CommandLineError(
            "no attributes; give --set key=value, --data or --data-file", prog=f"itglue {group.name} {args.action}"
        )
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


def bulk_updates_from(args: argparse.Namespace, group: GroupSpec) -> dict[str, dict[str, Any]]:
    """The attributes of a bulk update, keyed by record id.

    With IDs on the command line every record gets the same attributes (``--set``, ``--data`` object...).
    Without, ``--data``/``--data-file`` hold a JSON array of objects, each with its ``id`` and attributes (or
    the API's own bulk body, ``{"data": [{"type", "attributes": {"id", ...}}]}``).

    Args:
        args: The parsed command line.
        group: The group written to.

    Returns:
        Attributes by id (ids are checked by the facade).

    Raises:
        CommandLineError: Neither IDs nor a JSON array, an item without id, ``--set`` without IDs.
    """
    if args.ids:
        attributes = attributes_from(args, group)
        return {str(ident): dict(attributes) for ident in args.ids}
    if args.sets:
        raise CommandLineError("--set needs the record IDs; without IDs give a JSON array in --data or --data-file")
    updates: dict[str, dict[str, Any]] = {}
    for value, source in _json_inputs(args):
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
            prog=f"itglue {group.name} bulk-update",
        )
    return updates


def _fix_descending_sort(args: Sequence[str]) -> list[str]:
    """Let ``--sort -name`` mean ``--sort=-name`` (argparse would take ``-name`` for an option)."""
    fixed: list[str] = []
    index = 0
    while index < len(args):
        if args[index] == "--sort" and index + 1 < len(args) and re.match(r"^-[A-Za-z]", args[index + 1]):
            fixed.append(f"--sort={args[index + 1]}")
            index += 2
        else:
            fixed.append(args[index])
            index += 1
    return fixed


# ---- running ----------------------------------------------------------------------------------------------------


def _scoped_service(client: Any, group: GroupSpec, args: argparse.Namespace) -> Any:
    parents = {scope: getattr(args, scope) for scope in args.scopes if scope and getattr(args, scope, None)}
    service = getattr(client, group.name)
    if parents:
        return service.within(**parents)
    if None not in args.scopes:
        options = ", ".join(_option(scope) for scope in args.scopes)
        raise CommandLineError(
            f"only exists within a parent record; give one of {options}", prog=f"itglue {group.name} {args.action}"
        )
    return service


def _parent(group: GroupSpec, args: argparse.Namespace) -> tuple[str, str]:
    """The ``--<parent>-id`` given to a command that needs one: ``(parameter, id)``."""
    for scope in args.scopes:
        if scope and getattr(args, scope, None):
            return scope, getattr(args, scope)
    options = ", ".join(_option(scope) for scope in args.scopes if scope)
    raise CommandLineError(f"give the record with one of {options}", prog=f"itglue {group.name} {args.action}")


def wire_record(model: Any, *, show_password: bool) -> dict[str, Any]:
    """A record in its wire shape, timestamps as the API writes them.

    Secret attributes are dropped, unless ``show_password`` (then the revealed value).
    """
    record: dict[str, Any] = api_timestamps(model.to_dict())
    attributes: dict[str, Any] = record.setdefault("attributes", {})
    for name in [name for name in attributes if name.lower() in SENSITIVE_NAMES]:
        del attributes[name]
    secret = getattr(model, "secret", None)
    if show_password and secret is not None:
        attributes[PASSWORD_ATTRIBUTE] = secret.reveal()
    return record


def _show_one(
    group: GroupSpec, record: Mapping[str, Any], args: argparse.Namespace, included: Sequence[Any] | None = None
) -> None:
    """Print one record; with ``included`` (an ``--include`` was given) JSON is ``{data, included}``."""
    show_password = getattr(args, "show_password", False)
    if args.output == "json":
        out(render_json(record if included is None else {"data": record, "included": list(included)}))
        return
    if args.output == "csv":
        columns = _columns(args) or csv_columns(group, show_password=show_password)
        out(render_csv([flatten(record)], columns))
    else:
        out(render_fields([("id", record.get("id")), *(record.get("attributes") or {}).items()]))
    if included:
        note(f"{len(included)} included records not shown (use --json to see them)")


def _show_many(
    group: GroupSpec, records: list[dict[str, Any]], args: argparse.Namespace, included: list[Any] | None = None
) -> None:
    """Print records as a table, CSV or JSON (``{data, included}`` when an ``--include`` was given)."""
    show_password = getattr(args, "show_password", False)
    if args.output == "json":
        out(render_json(records if included is None else {"data": records, "included": included}))
    elif args.output == "csv":
        columns = _columns(args) or csv_columns(group, show_password=show_password)
        out(render_csv([flatten(record) for record in records], columns))
    elif not records:
        note(f"no {group.name} found")
    else:
        columns = _columns(args) or table_columns(group)
        if show_password and PASSWORD_ATTRIBUTE not in columns:
            columns = (*columns, PASSWORD_ATTRIBUTE)
        out(render_table([flatten(record) for record in records], columns, width=terminal_width()))
        if included:
            note(f"{len(included)} included records not shown (use --json to see them)")


def _columns(args: argparse.Namespace) -> tuple[str, ...] | None:
    text = getattr(args, "columns", None)
    return parse_columns(text) if text else None


def _include(args: argparse.Namespace) -> str | None:
    names: list[str] = getattr(args, "include", None) or []
    return ",".join(names) if names else None


def _run_list(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    if group.name == RELATED_ITEMS:
        return _run_related_list(client, group, args)
    service = _scoped_service(client, group, args)
    show_password = getattr(args, "show_password", False)
    options: dict[str, Any] = {"show_password": True} if show_password else {}
    pager = service.list(
        filter=parse_filters(args.filter) or None,
        sort=args.sort,
        include=_include(args),
        page_size=args.page_size,
        limit=args.limit,
        **options,
    )
    records: list[dict[str, Any]] = []
    included: list[Any] = []
    for page in pager.iter_pages():
        records.extend(wire_record(model, show_password=show_password) for model in page)
        included.extend(wire_record(item, show_password=show_password) for item in page.included)
    _show_many(group, records, args, included if args.include else None)
    return EXIT_OK


def _run_get(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    service = _scoped_service(client, group, args)
    options: dict[str, Any] = {}
    show_password = bool(getattr(args, "show_password", False))
    if show_password:
        options["show_password"] = True
    if getattr(args, "version_id", None) is not None:
        options["version_id"] = args.version_id
    include = _include(args)
    shown = service.show(args.id, include=include, **options) if include else service.get(args.id, **options)
    if shown is None:
        note(f"itglue: error: {group.name} {args.id} not found")
        return EXIT_FAILURE
    if include is None:
        _show_one(group, wire_record(shown, show_password=show_password), args)
        return EXIT_OK
    included = [wire_record(item, show_password=show_password) for item in shown.included]
    _show_one(group, wire_record(shown.record, show_password=show_password), args, included)
    return EXIT_OK


def _run_write(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    attributes = attributes_from(args, group)
    service = _scoped_service(client, group, args)
    if args.action == "create":
        relationships = relationships_from(getattr(args, "relate", []))
        model = service.create(attributes, relationships=relationships or None)
    elif TRAITS_ATTRIBUTE in attributes and hasattr(service, "update_traits") and not args.replace_traits:
        # IT Glue deletes every trait a PATCH leaves out; merge into the current ones unless told otherwise.
        traits = attributes.pop(TRAITS_ATTRIBUTE)
        if not isinstance(traits, Mapping):
            raise CommandLineError(
                "traits must be a JSON object keyed by field name-key", prog=f"itglue {group.name} update"
            )
        model = service.update_traits(args.id, traits, attributes=attributes or None)
    else:
        if getattr(args, "replace_traits", False) and TRAITS_ATTRIBUTE not in attributes:
            raise CommandLineError(
                "--replace-traits needs traits (--set traits=...)", prog=f"itglue {group.name} update"
            )
        model = service.update(args.id, attributes)
    _show_one(group, wire_record(model, show_password=False), args)
    return EXIT_OK


def _run_bulk_update(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    updates = bulk_updates_from(args, group)
    models = _scoped_service(client, group, args).bulk_update(updates)
    _show_many(group, [wire_record(model, show_password=False) for model in models], args)
    return EXIT_OK


def _confirmed(group: GroupSpec, what: str, action: str) -> bool:
    if not sys.stdin.isatty():
        raise CommandLineError("not on a terminal, so confirm with --yes", prog=f"itglue {group.name} {action}")
    sys.stderr.write(f"Delete {group.name} {what}? [y/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def _run_delete(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    service = _scoped_service(client, group, args)
    if not args.yes and not _confirmed(group, args.id, "delete"):
        note("not deleted")
        return EXIT_FAILURE
    service.delete(args.id)
    if args.output == "json":
        out(render_json({"type": group.resource, "id": args.id, "deleted": True}))
    else:
        note(f"deleted {group.name} {args.id}")
    return EXIT_OK


def _run_bulk_delete(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    service = _scoped_service(client, group, args)
    listed = ", ".join(args.ids)
    if not args.yes and not _confirmed(group, listed, "bulk-delete"):
        note("not deleted")
        return EXIT_FAILURE
    deleted = service.bulk_delete(args.ids)
    if args.output in ("json", "csv"):
        _show_many(group, [wire_record(model, show_password=False) for model in deleted], args)
    else:
        note(f"deleted {group.name} {', '.join(model.id for model in deleted) or '(none)'}")
    return EXIT_OK


def _run_publish(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    model = _scoped_service(client, group, args).publish(args.id)
    _show_one(group, wire_record(model, show_password=False), args)
    return EXIT_OK


def _run_upload(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.is_file():
        raise CommandLineError(f"cannot read {args.path}: not a file", prog=f"itglue {group.name} upload")
    model = _scoped_service(client, group, args).upload(path, name=args.name)
    _show_one(group, wire_record(model, show_password=False), args)
    return EXIT_OK


def _run_download(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    destination = Path(args.destination)
    if not destination.is_dir() and not destination.parent.is_dir():
        raise CommandLineError(f"no directory {destination.parent}", prog=f"itglue {group.name} download")
    service = _scoped_service(client, group, args)
    try:
        written = service.download(args.id, destination)
    except OSError as exc:
        note(f"itglue: error: cannot write {args.destination}: {exc.strerror or exc}")
        return EXIT_FAILURE
    if args.output == "json":
        out(render_json({"type": group.resource, "id": args.id, "path": str(written)}))
    else:
        out(f"{written}\n")
    return EXIT_OK


def _source(group: GroupSpec, args: argparse.Namespace) -> tuple[str, str]:
    """The record a related items command is about, as ``(wire type, id)`` from its ``--<parent>-id``."""
    parent, ident = _parent(group, args)
    return load_spec().parent_resources[parent], ident


def _run_link(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    source = _source(group, args)
    model = client.related_items.link(source, (args.destination_type, args.destination_id), notes=args.notes)
    _show_one(group, wire_record(model, show_password=False), args)
    return EXIT_OK


def _run_related_list(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    models = client.related_items.list_for(_source(group, args))
    _show_many(group, [wire_record(model, show_password=False) for model in models], args)
    return EXIT_OK


_RUNNERS: Final[Mapping[str, Callable[[Any, GroupSpec, argparse.Namespace], int]]] = {
    "list": _run_list,
    "get": _run_get,
    "create": _run_write,
    "update": _run_write,
    "delete": _run_delete,
    "bulk-update": _run_bulk_update,
    "bulk-delete": _run_bulk_delete,
    "publish": _run_publish,
    "upload": _run_upload,
    "download": _run_download,
    "link": _run_link,
}


def run(args: argparse.Namespace, context: Context) -> int:
    """Run a resource command.

    Args:
        args: The parsed command line (``group``, ``action`` and the action's options).
        context: Connection options and the instance store.

    Returns:
        The exit status.
    """
    group = _group(args.group)
    with context.client() as client:
        return _RUNNERS[args.action](client, group, args)


def preprocess(args: Sequence[str]) -> list[str]:
    """Adjust a resource command line before parsing (see `_fix_descending_sort`)."""
    return _fix_descending_sort(args)
