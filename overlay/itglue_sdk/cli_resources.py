"""``itglue <resource> list|get|create|update|delete``: one command per resource group, made from the spec.

Each group gets the actions the spec gives it (``delete`` also when only the bulk route exists: the facade
sends one id through it), and one ``--<parent>-id`` option per nested route scope offering that action, e.g.
``itglue configurations list --organization-id 5``. Filter, sort and include names are checked by the facade
against the spec, so a wrong name fails before anything is sent, with the allowed names in the message.

Attributes for ``create``/``update``: ``--set key=value`` (the value is converted to the type the spec gives
the attribute: integer, number, boolean, null, or JSON for arrays and objects), ``--set key:=<json>`` (the value
is JSON, whatever the type), ``--data '<json object>'`` and ``--data-file FILE`` (``-`` for stdin); later ones
win. (``--json`` is the output switch, so JSON input has its own names.)
"""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
import textwrap
from collections.abc import Mapping, Sequence
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

CLI_ACTIONS: Final[tuple[str, ...]] = ("list", "get", "create", "update", "delete")
# The facade's delete sends one id through the bulk route when a scope has no member DELETE.
_SPEC_ACTIONS: Final[Mapping[str, tuple[Action, ...]]] = {
    "list": ("list",),
    "get": ("get",),
    "create": ("create",),
    "update": ("update",),
    "delete": ("delete", "bulk_delete"),
}
EPILOG_WIDTH: Final = 100
_INTEGER = re.compile(r"^-?\d+$")
_FILTER_HELP = "exact: key=value (repeat a key for any of several values); exclude:key=value; range:key=start,end"


def _group(name: str) -> GroupSpec:
    return load_spec().group(name)


def _scopes(group: GroupSpec, action: str) -> tuple[str | None, ...]:
    """Scopes (None: top level, else a parent parameter) where the group offers a CLI action."""
    scopes = {scope for spec_action, scope in group.operations if spec_action in _SPEC_ACTIONS[action]}
    return tuple(sorted(scopes, key=lambda scope: (scope is not None, scope or "")))


def cli_actions(group: GroupSpec) -> tuple[str, ...]:
    """The CLI actions a group offers at any scope, in `CLI_ACTIONS` order."""
    return tuple(action for action in CLI_ACTIONS if _scopes(group, action))


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
        sub = actions.add_parser(
            action,
            help=_ACTION_HELP[action],
            description=_ACTION_HELP[action] + ".",
            epilog=_list_operation_help(group) if action == "list" else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(scopes=scopes)
        if action in ("get", "update", "delete"):
            sub.add_argument("id", help="record id")
        parents = [scope for scope in scopes if scope is not None]
        if parents:
            where = sub.add_argument_group(
                "scope", "work within one parent record" + ("" if None in scopes else " (required: one of these)")
            )
            exclusive = where.add_mutually_exclusive_group()
            for parent in parents:
                exclusive.add_argument(_option(parent), dest=parent, metavar="ID", help=f"within {parent}=ID")
        _ADD_OPTIONS[action](sub, group)
        add_global_options(sub)
    return parser


def _add_list_options(parser: argparse.ArgumentParser, group: GroupSpec) -> None:
    parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE", help=_FILTER_HELP)
    parser.add_argument("--sort", metavar="FIELD", help="sort field; -FIELD (or --sort=-FIELD) for descending")
    parser.add_argument("--include", action="append", default=[], metavar="NAMES", help="side-load related records")
    parser.add_argument("--page-size", type=int, default=1000, metavar="N", help="records per request (1-1000)")
    parser.add_argument("--limit", type=int, metavar="N", help="stop after N records (default: all)")
    parser.add_argument("--columns", metavar="A,B", help="columns of the table or CSV (id is always first)")
    _add_show_password(parser, group, "list")
    add_output_options(parser)


def _add_get_options(parser: argparse.ArgumentParser, group: GroupSpec) -> None:
    _add_show_password(parser, group, "get")
    if _spec_parameter(group, "get", "version_id"):
        parser.add_argument("--version-id", type=int, metavar="N", help="read a past revision")
    parser.add_argument("--columns", metavar="A,B", help="columns of the CSV (id is always first)")
    add_output_options(parser)


def _add_write_options(parser: argparse.ArgumentParser, group: GroupSpec) -> None:
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an attribute (typed as the spec says); KEY:=JSON for a JSON value; repeatable",
    )
    parser.add_argument("--data", metavar="JSON", help="attributes as a JSON object")
    parser.add_argument("--data-file", metavar="FILE", help="attributes as a JSON object in FILE (- for stdin)")
    if PASSWORD_ATTRIBUTE in group.write_attributes:
        parser.add_argument(
            "--prompt-password", action="store_true", help="read the password value from a hidden prompt"
        )
    writable = "writable attributes: " + ", ".join(python_key(name) for name in group.write_attributes)
    parser.epilog = textwrap.fill(writable, width=EPILOG_WIDTH, subsequent_indent="  ")
    add_output_options(parser)


def _add_delete_options(parser: argparse.ArgumentParser, group: GroupSpec) -> None:
    parser.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
    add_output_options(parser, csv=False)


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
}
_ADD_OPTIONS = {
    "list": _add_list_options,
    "get": _add_get_options,
    "create": _add_write_options,
    "update": _add_write_options,
    "delete": _add_delete_options,
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


def _json_object(text: str, source: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise CommandLineError(f"{source} is not valid JSON: {exc}") from None
    data = value.get("data") if isinstance(value, dict) and set(value) == {"data"} else None
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
    if args.data_file:
        try:
            text = sys.stdin.read() if args.data_file == "-" else Path(args.data_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandLineError(f"cannot read --data-file {args.data_file}: {exc.strerror}") from None
        attributes |= _json_object(text, "--data-file")
    if args.data:
        attributes |= _json_object(args.data, "--data")
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


def wire_record(model: Any, *, show_password: bool) -> dict[str, Any]:
    """A record in its wire shape; secret attributes only with ``show_password`` (then the revealed value)."""
    record: dict[str, Any] = model.to_dict()
    attributes: dict[str, Any] = record.setdefault("attributes", {})
    for name in [name for name in attributes if name.lower() in SENSITIVE_NAMES]:
        del attributes[name]
    secret = getattr(model, "secret", None)
    if show_password and secret is not None:
        attributes[PASSWORD_ATTRIBUTE] = secret.reveal()
    return record


def _show_one(group: GroupSpec, record: Mapping[str, Any], args: argparse.Namespace) -> None:
    show_password = getattr(args, "show_password", False)
    if args.output == "json":
        out(render_json(record))
    elif args.output == "csv":
        columns = _columns(args) or csv_columns(group, show_password=show_password)
        out(render_csv([flatten(record)], columns))
    else:
        out(render_fields([("id", record.get("id")), *(record.get("attributes") or {}).items()]))


def _columns(args: argparse.Namespace) -> tuple[str, ...] | None:
    text = getattr(args, "columns", None)
    return parse_columns(text) if text else None


def _run_list(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    service = _scoped_service(client, group, args)
    show_password = getattr(args, "show_password", False)
    options: dict[str, Any] = {"show_password": True} if show_password else {}
    pager = service.list(
        filter=parse_filters(args.filter) or None,
        sort=args.sort,
        include=",".join(args.include) if args.include else None,
        page_size=args.page_size,
        limit=args.limit,
        **options,
    )
    records: list[dict[str, Any]] = []
    included: list[Any] = []
    for page in pager.iter_pages():
        records.extend(wire_record(model, show_password=show_password) for model in page)
        included.extend(page.included)
    if args.output == "json":
        out(render_json({"data": records, "included": included} if args.include else records))
    elif args.output == "csv":
        out(
            render_csv(
                [flatten(record) for record in records],
                _columns(args) or csv_columns(group, show_password=show_password),
            )
        )
    elif not records:
        note(f"no {group.name} found")
    else:
        columns = _columns(args) or table_columns(group)
        if show_password and PASSWORD_ATTRIBUTE not in columns:
            columns = (*columns, PASSWORD_ATTRIBUTE)
        out(render_table([flatten(record) for record in records], columns, width=terminal_width()))
        if included:
            note(f"{len(included)} included records not shown (use --json to see them)")
    return EXIT_OK


def _run_get(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    service = _scoped_service(client, group, args)
    options: dict[str, Any] = {}
    if getattr(args, "show_password", False):
        options["show_password"] = True
    if getattr(args, "version_id", None) is not None:
        options["version_id"] = args.version_id
    model = service.get(args.id, **options)
    if model is None:
        note(f"itglue: error: {group.name} {args.id} not found")
        return EXIT_FAILURE
    _show_one(group, wire_record(model, show_password=bool(options.get("show_password"))), args)
    return EXIT_OK


def _run_write(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    attributes = attributes_from(args, group)
    service = _scoped_service(client, group, args)
    model = service.create(attributes) if args.action == "create" else service.update(args.id, attributes)
    _show_one(group, wire_record(model, show_password=False), args)
    return EXIT_OK


def _confirmed(group: GroupSpec, record: str) -> bool:
    if not sys.stdin.isatty():
        raise CommandLineError("not on a terminal, so confirm with --yes", prog=f"itglue {group.name} delete")
    sys.stderr.write(f"Delete {group.name} {record}? [y/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def _run_delete(client: Any, group: GroupSpec, args: argparse.Namespace) -> int:
    service = _scoped_service(client, group, args)
    if not args.yes and not _confirmed(group, args.id):
        note("not deleted")
        return EXIT_FAILURE
    service.delete(args.id)
    if args.output == "json":
        out(render_json({"type": group.resource, "id": args.id, "deleted": True}))
    else:
        note(f"deleted {group.name} {args.id}")
    return EXIT_OK


_RUNNERS = {
    "list": _run_list,
    "get": _run_get,
    "create": _run_write,
    "update": _run_write,
    "delete": _run_delete,
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
