"""``itglue <group> list|get|create|update|delete|...``: one lazy click group per resource group of the spec.

Each group gets the actions the spec gives it (``delete`` also when only the bulk route exists: the facade
sends one id through it; ``bulk-update``, ``bulk-delete`` and ``publish`` where the spec has those routes), and
one ``--<parent>-id`` option per nested route scope offering that action, e.g.
``itglue configurations list --organization-id 5``. The facade's helpers have commands of their own:
``attachments upload|download``, ``related_items link`` and ``related_items list`` (a record's related items),
``documents add-section``. A group's commands are built only when that group is used or completed, so
``itglue --help`` reads the spec's index and nothing more. Filter, sort and include names are checked by the
facade against the spec, so a wrong name fails before anything is sent, with the allowed names in the message;
completion offers the same names.
"""

from __future__ import annotations

import functools
import getpass
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, cast

import click
from click.shell_completion import CompletionItem

from itglue_sdk._client import ITGlueClient
from itglue_sdk._exceptions import RequestTooLargeError
from itglue_sdk._spec.index import Action, GroupSpec, Operation, load_spec, python_key
from itglue_sdk.cli.context import EXIT_FAILURE, EXIT_OK, Command, CommandLineError, Group, fail, note, state
from itglue_sdk.cli.inputs import (
    FILTER_HELP,
    WriteInputs,
    attributes_from,
    bulk_updates_from,
    parse_filters,
    relationships_from,
)
from itglue_sdk.cli.render import (
    PASSWORD_ATTRIBUTE,
    CsvWriter,
    JsonListWriter,
    OutputFormat,
    TableWriter,
    api_timestamps,
    csv_columns,
    flatten,
    out,
    output_format,
    parse_columns,
    progress,
    render_csv,
    render_fields,
    render_json,
    table_columns,
)
from itglue_sdk.observability.redaction import SENSITIVE_NAMES

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
DOCUMENTS: Final = "documents"
PASSWORDS: Final = "passwords"


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


SESSION_ONLY = "needs a user session (JWT), which IT Glue does not accept API keys for"


def group_summary(name: str) -> str:
    """One line for ``itglue --help``: the group's actions, and whether they need a parent."""
    group = _group(name)
    actions = cli_actions(group)
    if not actions and group.session_only:
        return SESSION_ONLY
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
    return "\n\n".join(part + "." for part in parts)


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

# ---- completion of spec names -----------------------------------------------------------------------------------


def _list_operation(group: GroupSpec) -> Operation | None:
    # Prefer the top-level route: IT Glue ignores filters on most nested ones.
    return group.operations.get(("list", None)) or next(
        (op for (action, _), op in group.operations.items() if action == "list"), None
    )


def _get_includes(group: GroupSpec) -> tuple[str, ...]:
    found: list[str] = []
    for (action, _), op in group.operations.items():
        if action == "get":
            found.extend(name for name in op.includes if name not in found)
    return tuple(found)


def _complete_filter(group: GroupSpec) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        op = _list_operation(group)
        if op is None:
            return []
        words = []
        for parameter in op.filters.values():
            prefix = "" if parameter.mode == "exact" else f"{parameter.mode}:"
            words.append(f"{prefix}{parameter.name}=")
            words.extend(f"{prefix}{parameter.name}={choice}" for choice in parameter.choices)
        return [CompletionItem(word) for word in words if word.startswith(incomplete)]

    return complete


def _complete_sort(group: GroupSpec) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        op = _list_operation(group)
        return [CompletionItem(sort) for sort in (op.sorts if op else ()) if sort.startswith(incomplete)]

    return complete


def _complete_include(names: Sequence[str]) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        done, _, last = incomplete.rpartition(",")
        head = f"{done}," if done else ""
        return [CompletionItem(head + name) for name in names if name.startswith(last)]

    return complete


def _complete_columns(group: GroupSpec) -> Callable[[click.Context, click.Parameter, str], list[CompletionItem]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        done, _, last = incomplete.rpartition(",")
        head = f"{done}," if done else ""
        names = [python_key(name) for name in csv_columns(group, show_password=True)]
        return [CompletionItem(head + name) for name in names if name.startswith(last)]

    return complete


# ---- building the commands --------------------------------------------------------------------------------------


def _output_options(*, csv: bool = True) -> list[click.Parameter]:
    params: list[click.Parameter] = [click.Option(["--json", "as_json"], is_flag=True, help="Print JSON.")]
    if csv:
        params.append(click.Option(["--csv", "as_csv"], is_flag=True, help="Print CSV."))
    return params


def _columns_option(group: GroupSpec) -> click.Option:
    return click.Option(
        ["--columns"],
        metavar="A,B",
        shell_complete=_complete_columns(group),
        help="Columns of the table, fields or CSV, snake_case (id is always first).",
    )


def _include_option(names: Sequence[str]) -> click.Option:
    return click.Option(
        ["--include"],
        multiple=True,
        metavar="NAMES",
        shell_complete=_complete_include(names),
        help="Side-load related records (comma list, repeatable); --json puts them under each record's "
        f"'included' key. One of: {', '.join(names)}.",
    )


def _show_password_option(group: GroupSpec, action: Action) -> list[click.Parameter]:
    if not _spec_parameter(group, action, "show_password"):
        return []
    return [click.Option(["--show-password"], is_flag=True, help="Include password values (needs Password Access).")]


def _write_options(group: GroupSpec, action: str) -> list[click.Parameter]:
    params: list[click.Parameter] = [
        click.Option(
            ["--set", "sets"],
            multiple=True,
            metavar="KEY=VALUE",
            help="An attribute (typed as the spec says); KEY:=JSON for a JSON value; repeatable.",
        ),
        click.Option(["--data"], metavar="JSON", help="Attributes as a JSON object."),
        click.Option(["--data-file"], metavar="FILE", help="Attributes as a JSON object in FILE (- for stdin)."),
    ]
    if PASSWORD_ATTRIBUTE in group.write_attributes:
        params.append(
            click.Option(["--prompt-password"], is_flag=True, help="Read the password value from a hidden prompt.")
        )
        params.append(
            click.Option(
                ["--password-stdin"],
                is_flag=True,
                help="Read the password value from the first line of standard input (for scripts).",
            )
        )
    if action == "create" and group.write_relationships:
        names = ", ".join(python_key(name) for name in group.write_relationships)
        params.append(
            click.Option(
                ["--relate"],
                multiple=True,
                metavar="NAME=JSON",
                help=f"Records created inline with it, a JSON array of their attributes ({names}); repeatable.",
            )
        )
    if action == "update" and TRAITS_ATTRIBUTE in group.write_attributes:
        params.append(
            click.Option(
                ["--replace-traits"],
                is_flag=True,
                help="Send the given traits as the whole set (IT Glue deletes every trait not sent); by default "
                "they are merged into the current traits.",
            )
        )
    return params


def _write_epilog(group: GroupSpec, action: str) -> str:
    parts = ["Writable attributes: " + ", ".join(python_key(name) for name in group.write_attributes) + "."]
    if action == "create" and group.write_relationships:
        names = ", ".join(python_key(name) for name in group.write_relationships)
        example = (
            ' e.g. --relate flexible_asset_fields=\'[{"name": "Name", "kind": "Text", "order": 1, '
            '"use_for_title": true, "show_in_list": true}]\''
            if "flexible-asset-fields" in group.write_relationships
            else ""
        )
        parts.append(f"relationships: {names}.{example}")
    return "\n\n".join(parts)


def _action_params(group: GroupSpec, action: str) -> list[click.Parameter]:
    params: list[click.Parameter] = []
    if action in ("get", "update", "delete", "publish", "download"):
        params.append(click.Argument(["id"]))
    if action == "list" and group.name == RELATED_ITEMS:
        return [_columns_option(group), *_output_options()]
    if action == "list":
        op = _list_operation(group)
        params += [
            click.Option(
                ["--filter", "filters"],
                multiple=True,
                metavar="KEY=VALUE",
                shell_complete=_complete_filter(group),
                help=FILTER_HELP + ".",
            ),
            click.Option(
                ["--sort"],
                metavar="FIELD",
                shell_complete=_complete_sort(group),
                help="Sort field; -FIELD for descending.",
            ),
            *([_include_option(op.includes)] if op and op.includes else []),
            click.Option(["--page-size"], type=int, default=1000, metavar="N", help="Records per request (1-1000)."),
            click.Option(["--limit"], type=int, metavar="N", help="Stop after N records (default: all)."),
            _columns_option(group),
            *_show_password_option(group, "list"),
            *_output_options(),
        ]
    elif action == "get":
        params += _show_password_option(group, "get")
        if _spec_parameter(group, "get", "version_id"):
            params.append(click.Option(["--version-id"], type=int, metavar="N", help="Read a past revision."))
        if _get_includes(group):
            params.append(_include_option(_get_includes(group)))
        params += [_columns_option(group), *_output_options()]
    elif action in ("create", "update"):
        params += [*_write_options(group, action), _columns_option(group), *_output_options()]
    elif action == "bulk-update":
        params.append(click.Argument(["ids"], nargs=-1, metavar="[ID]..."))
        params += _write_options(group, action)[:3]
        params += _output_options()
    elif action in ("delete", "bulk-delete"):
        if action == "bulk-delete":
            params.append(click.Argument(["ids"], nargs=-1, required=True, metavar="ID..."))
        params.append(click.Option(["-y", "--yes"], is_flag=True, help="Do not ask for confirmation."))
        params += _output_options(csv=action == "bulk-delete")
    elif action == "publish":
        params += _output_options()
    elif action == "upload":
        params.append(click.Argument(["path"], type=click.Path(dir_okay=False)))
        params.append(click.Option(["--name"], help="Attachment name (default: the file name)."))
        params += _output_options()
    elif action == "download":
        params.append(click.Argument(["destination"], type=click.Path()))
        params += _output_options(csv=False)
    elif action == "link":
        params.append(click.Argument(["destination_type"], metavar="TYPE"))
        params.append(click.Argument(["destination_id"], metavar="ID"))
        params.append(click.Option(["--notes"], help="Notes on the link."))
        params += _output_options()
    return params


def _scope_params(scopes: Sequence[str | None]) -> list[click.Parameter]:
    parents = [scope for scope in scopes if scope is not None]
    required = "" if None in scopes else " (one of the --*-id options is required)"
    return [
        click.Option([_option(parent), parent], metavar="ID", help=f"Within {parent}=ID{required}.")
        for parent in parents
    ]


def _epilog(group: GroupSpec, action: str) -> str | None:
    if action == "list" and group.name != RELATED_ITEMS:
        return _list_operation_help(group)
    if action in ("create", "update", "bulk-update"):
        return _write_epilog(group, action)
    return None


def build_command(group: GroupSpec, action: str) -> click.Command:
    """Build one action of a group as a click command, with only the options the spec gives it.

    Args:
        group: The resource group.
        action: A CLI action (``list``, ``bulk-update``, ``add-section``...).

    Returns:
        The command.
    """
    if action == "add-section":
        return _add_section_command(group)
    scopes = _scopes(group, action)
    summary = _RELATED_LIST_HELP if (group.name, action) == (RELATED_ITEMS, "list") else _ACTION_HELP[action]
    run = _RUNNERS[action]

    def callback(**options: Any) -> int:
        with state().client() as client:
            return run(client, group, _Call(action, scopes, options))

    return Command(
        name=action,
        params=[*_action_params(group, action), *_scope_params(scopes)],
        callback=callback,
        help=summary[0].upper() + summary[1:] + ".",
        short_help=summary,
        epilog=_epilog(group, action),
    )


class ResourceGroup(Group):
    """``itglue <group>``: its actions are built from the spec when asked for."""

    def __init__(self, name: str) -> None:
        self.spec = load_spec().group(name)
        super().__init__(
            name=name,
            help=f"IT Glue {name} (records of type {self.spec.resource!r}): {group_summary(name)}.",
            short_help=group_summary(name),
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The group's actions, from the spec."""
        extra = ["add-section"] if self.spec.name == DOCUMENTS else []
        return [*cli_actions(self.spec), *extra]

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Parse; a group whose every route needs a user session says so instead of offering no action."""
        asks_help = bool({"-h", "--help"} & set(args))
        if not self.list_commands(ctx) and self.spec.session_only and not ctx.resilient_parsing and not asks_help:
            raise CommandLineError(f"{self.spec.name} {SESSION_ONLY}", ctx=ctx)
        return super().parse_args(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Build one action's command (None if the group does not have it)."""
        if cmd_name not in self.list_commands(ctx):
            return None
        return build_command(self.spec, cmd_name)


@functools.cache
def resource_group(name: str) -> ResourceGroup:
    """The click group of one resource group (built once per process).

    Args:
        name: Group name, e.g. ``configurations``.

    Returns:
        The group.
    """
    return ResourceGroup(name)


# ---- running ----------------------------------------------------------------------------------------------------


class _Call:
    """One parsed resource command: its action, the scopes it offers and the option values."""

    def __init__(self, action: str, scopes: Sequence[str | None], options: Mapping[str, Any]) -> None:
        self.action = action
        self.scopes = tuple(scopes)
        self.options = dict(options)

    def get(self, name: str, default: Any = None) -> Any:
        value = self.options.get(name)
        return default if value is None else value

    @property
    def output(self) -> OutputFormat:
        return output_format(bool(self.get("as_json")), bool(self.get("as_csv")))

    @property
    def show_password(self) -> bool:
        return bool(self.get("show_password"))

    def parents(self) -> dict[str, str]:
        return {scope: self.options[scope] for scope in self.scopes if scope and self.options.get(scope)}


def _service(client: ITGlueClient, group: GroupSpec, call: _Call) -> Any:
    """The facade service of the group at the command's scope.

    The group is chosen by name at run time, so the service is not statically typed here; its methods check
    every name and value against the spec before anything is sent.
    """
    service = getattr(client, group.name)
    parents = call.parents()
    if len(parents) > 1:
        raise CommandLineError(f"give only one of {', '.join(_option(scope) for scope in parents)}")
    if parents:
        return service.within(**parents)
    if None not in call.scopes:
        options = ", ".join(_option(scope) for scope in call.scopes if scope)
        raise CommandLineError(f"only exists within a parent record; give one of {options}")
    return service


def _parent(call: _Call) -> tuple[str, str]:
    """The ``--<parent>-id`` given to a command that needs one: ``(parameter, id)``."""
    parents = call.parents()
    if parents:
        return next(iter(parents.items()))
    options = ", ".join(_option(scope) for scope in call.scopes if scope)
    raise CommandLineError(f"give the record with one of {options}")


def wire_record(model: Any, *, show_password: bool) -> dict[str, Any]:
    """A record in its wire shape, timestamps as the API writes them.

    Args:
        model: A generated model (or `PasswordRecord`).
        show_password: Put the revealed value back as the ``password`` attribute.

    Returns:
        The record; secret attributes are dropped unless ``show_password``.
    """
    record: dict[str, Any] = api_timestamps(model.to_dict())
    attributes: dict[str, Any] = record.setdefault("attributes", {})
    for name in [name for name in attributes if name.lower() in SENSITIVE_NAMES]:
        del attributes[name]
    secret = getattr(model, "secret", None)
    if show_password and secret is not None:
        attributes[PASSWORD_ATTRIBUTE] = secret.reveal()
    return record


def _with_included(record: dict[str, Any], included: Mapping[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """Add ``included``: the side-loaded records this record's relationships name, in their order."""
    found: list[dict[str, Any]] = []
    for relation in (record.get("relationships") or {}).values():
        data = relation.get("data") if isinstance(relation, Mapping) else None
        for ref in data if isinstance(data, list) else [data] if isinstance(data, Mapping) else []:
            item = included.get((str(ref.get("type")), str(ref.get("id"))))
            if item is not None and item not in found:
                found.append(item)
    return record | {"included": found}


def _index(items: Sequence[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(str(item.get("type")), str(item.get("id"))): item for item in items}


def _show_one(group: GroupSpec, record: dict[str, Any], call: _Call, included: Sequence[Any] | None = None) -> None:
    """Print one record; with ``included`` (an ``--include`` was given) JSON adds its ``included`` key.

    JSON is a list of one, the shape every ``--json`` output has, so scripts read a single record and a listing alike.
    """
    columns = parse_columns(call.get("columns"), group, show_password=call.show_password)
    if call.output == "json":
        out(render_json([record if included is None else _with_included(record, _index(included))]))
        return
    if call.output == "csv":
        out(render_csv([flatten(record)], columns or csv_columns(group, show_password=call.show_password)))
    else:
        flat = flatten(record)
        names = columns or ("id", *(record.get("attributes") or {}))
        out(render_fields([(python_key(name), flat.get(name)) for name in names]))
    if included:
        note(f"{len(included)} included records not shown (use --json to see them)")


class _Listing:
    """Writes a listing page by page in the chosen format."""

    def __init__(self, group: GroupSpec, call: _Call) -> None:
        self.group = group
        self.call = call
        self.format = call.output
        self.with_included = bool(call.get("include"))
        chosen = parse_columns(call.get("columns"), group, show_password=call.show_password)
        self.json = JsonListWriter() if self.format == "json" else None
        self.csv = (
            CsvWriter(chosen or csv_columns(group, show_password=call.show_password)) if self.format == "csv" else None
        )
        self.table = TableWriter(chosen or table_columns(group)) if self.format == "table" else None
        self.count = 0
        self.included = 0

    def write(self, records: list[dict[str, Any]], included: list[dict[str, Any]] | None = None) -> None:
        self.count += len(records)
        self.included += len(included or ())
        if self.json is not None:
            index = _index(included or [])
            self.json.write(_with_included(record, index) if self.with_included else record for record in records)
        elif self.csv is not None:
            self.csv.write(flatten(record) for record in records)
        elif self.table is not None:
            self.table.write([flatten(record) for record in records])

    def close(self) -> None:
        if self.json is not None:
            self.json.close()
        elif self.table is not None and not self.count:
            note(f"no {self.group.name} found")
        if self.table is not None and self.included:
            note(f"{self.included} included records not shown (use --json to see them)")


def _include(call: _Call) -> str | None:
    names: Sequence[str] = call.get("include", ())
    return ",".join(names) if names else None


def _run_list(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    if group.name == RELATED_ITEMS:
        return _run_related_list(client, group, call)
    service = _service(client, group, call)
    show_password = call.show_password
    options: dict[str, Any] = {"show_password": True} if show_password else {}
    limit: int | None = call.get("limit")
    pager = service.list(
        filter=parse_filters(call.get("filters", ())) or None,
        sort=call.get("sort"),
        include=_include(call),
        page_size=call.get("page_size"),
        limit=limit,
        **options,
    )
    listing = _Listing(group, call)
    # Rows on a terminal are their own progress; a listing going to a file or pipe gets a bar instead.
    with progress(f"listing {group.name}", enabled=not sys.stdout.isatty()) as bar:
        for page in pager.iter_pages():
            total = page.meta.total_count
            bar.total(min(total, limit) if total is not None and limit is not None else total)
            records = [wire_record(model, show_password=show_password) for model in page]
            included = [wire_record(item, show_password=show_password) for item in page.included]
            listing.write(records, included)
            bar.advance(len(records))
    listing.close()
    if show_password and group.name == PASSWORDS:
        note(
            "note: IT Glue's password index never carries the values, even with --show-password; "
            "read one with `itglue passwords get ID --show-password`"
        )
    return EXIT_OK


def _run_get(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    service = _service(client, group, call)
    options: dict[str, Any] = {}
    show_password = call.show_password
    if show_password:
        options["show_password"] = True
    if call.get("version_id") is not None:
        options["version_id"] = call.get("version_id")
    include = _include(call)
    ident = call.get("id")
    shown = service.show(ident, include=include, **options) if include else service.get(ident, **options)
    if shown is None:
        return fail(f"itglue: error: {group.name} {ident} not found", EXIT_FAILURE)
    model = shown.record if include else shown
    if show_password and group.name == PASSWORDS and getattr(model, "secret", None) is None:
        return fail(
            f"itglue: error: passwords {ident}: IT Glue sent no value; the API key has no Password Access "
            "(or the password is empty). Use a key with Password Access.",
            EXIT_FAILURE,
        )
    record = wire_record(model, show_password=show_password)
    if include is None:
        _show_one(group, record, call)
    else:
        _show_one(group, record, call, [wire_record(item, show_password=show_password) for item in shown.included])
    return EXIT_OK


def _password_input(call: _Call) -> str | None:
    if call.get("password_stdin"):
        if call.get("data_file") == "-":
            raise CommandLineError("--password-stdin and --data-file - both read standard input; use one")
        value = sys.stdin.readline().rstrip("\r\n")
        if not value:
            raise CommandLineError("--password-stdin read an empty line")
        return value
    if call.get("prompt_password"):
        return getpass.getpass("Password value (input hidden): ")
    return None


def _inputs(call: _Call) -> WriteInputs:
    return WriteInputs(
        sets=call.get("sets", ()),
        data=call.get("data"),
        data_file=call.get("data_file"),
        password=_password_input(call),
        ids=call.get("ids", ()),
    )


def _run_write(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    parse_columns(call.get("columns"), group, show_password=False)  # a bad --columns fails before the write
    attributes = attributes_from(_inputs(call), group)
    service = _service(client, group, call)
    if call.action == "create":
        relationships = relationships_from(call.get("relate", ()))
        model = service.create(attributes, relationships=relationships or None)
    elif TRAITS_ATTRIBUTE in attributes and hasattr(service, "update_traits") and not call.get("replace_traits"):
        # IT Glue deletes every trait a PATCH leaves out; merge into the current ones unless told otherwise.
        traits = attributes.pop(TRAITS_ATTRIBUTE)
        if not isinstance(traits, Mapping):
            raise CommandLineError("traits must be a JSON object keyed by field name-key")
        model = service.update_traits(call.get("id"), traits, attributes=attributes or None)
    else:
        if call.get("replace_traits") and TRAITS_ATTRIBUTE not in attributes:
            raise CommandLineError("--replace-traits needs traits (--set traits=...)")
        model = service.update(call.get("id"), attributes)
    _show_one(group, wire_record(model, show_password=False), call)
    return EXIT_OK


def _show_many(group: GroupSpec, records: list[dict[str, Any]], call: _Call) -> None:
    listing = _Listing(group, call)
    listing.write(records)
    listing.close()


def _run_bulk_update(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    updates = bulk_updates_from(_inputs(call), group)
    with progress(f"updating {len(updates)} {group.name}", total=len(updates)) as bar:
        models = _service(client, group, call).bulk_update(updates)
        bar.advance(len(updates))
    _show_many(group, [wire_record(model, show_password=False) for model in models], call)
    return EXIT_OK


def _confirmed(group: GroupSpec, what: str) -> bool:
    if not sys.stdin.isatty():
        raise CommandLineError("not on a terminal, so confirm with --yes")
    return click.confirm(f"Delete {group.name} {what}?", default=False, err=True)


def _run_delete(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    service = _service(client, group, call)
    ident = call.get("id")
    if not call.get("yes") and not _confirmed(group, ident):
        note("not deleted")
        return EXIT_FAILURE
    service.delete(ident)
    if call.output == "json":
        out(render_json([{"type": group.resource, "id": ident, "deleted": True}]))
    else:
        note(f"deleted {group.name} {ident}")
    return EXIT_OK


def _run_bulk_delete(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    service = _service(client, group, call)
    ids: Sequence[str] = call.get("ids", ())
    if not call.get("yes") and not _confirmed(group, ", ".join(ids)):
        note("not deleted")
        return EXIT_FAILURE
    with progress(f"deleting {len(ids)} {group.name}", total=len(ids)) as bar:
        deleted = service.bulk_delete(list(ids))
        bar.advance(len(ids))
    if call.output in ("json", "csv"):
        _show_many(group, [wire_record(model, show_password=False) for model in deleted], call)
    else:
        note(f"deleted {group.name} {', '.join(model.id for model in deleted) or '(none)'}")
    return EXIT_OK


def _run_publish(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    model = _service(client, group, call).publish(call.get("id"))
    _show_one(group, wire_record(model, show_password=False), call)
    return EXIT_OK


def _run_upload(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    path = Path(call.get("path"))
    if not path.is_file():
        raise CommandLineError(f"cannot read {path}: not a file")
    service = _service(client, group, call)
    try:
        # The file goes out as one JSON request: the bar fills when the API has taken it.
        with progress(f"uploading {path.name}", total=path.stat().st_size, unit="bytes") as bar:
            model = service.upload(path, name=call.get("name"), progress=bar.update)
    except RequestTooLargeError as exc:
        if exc.request_id is None:  # refused here, before anything was sent: the command line's mistake
            raise CommandLineError(str(exc)) from None
        raise
    _show_one(group, wire_record(model, show_password=False), call)
    return EXIT_OK


def _run_download(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    destination = Path(call.get("destination"))
    if not destination.is_dir() and not destination.parent.is_dir():
        raise CommandLineError(f"no directory {destination.parent}")
    service = _service(client, group, call)
    ident = call.get("id")
    try:
        with progress(f"downloading attachment {ident}", unit="bytes") as bar:
            written = service.download(ident, destination, progress=bar.update)
    except OSError as exc:
        return fail(f"itglue: error: cannot write {destination}: {exc.strerror or exc}", EXIT_FAILURE)
    if call.output == "json":
        out(render_json([{"type": group.resource, "id": ident, "path": str(written)}]))
    else:
        out(f"{written}\n")
    return EXIT_OK


def _source(call: _Call) -> tuple[str, str]:
    """The record a related items command is about, as ``(wire type, id)`` from its ``--<parent>-id``."""
    parent, ident = _parent(call)
    return load_spec().parent_resources[parent], ident


def _run_link(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    source = _source(call)
    destination = (call.get("destination_type"), call.get("destination_id"))
    model = client.related_items.link(source, destination, notes=call.get("notes"))
    _show_one(group, wire_record(model, show_password=False), call)
    return EXIT_OK


def _run_related_list(client: ITGlueClient, group: GroupSpec, call: _Call) -> int:
    models = client.related_items.list_for(_source(call))
    _show_many(group, [wire_record(model, show_password=False) for model in models], call)
    return EXIT_OK


_RUNNERS: Final[Mapping[str, Callable[[ITGlueClient, GroupSpec, _Call], int]]] = {
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


# ---- documents add-section --------------------------------------------------------------------------------------


def _section_help() -> str:
    from itglue_sdk.resources.documents import SECTION_TYPES  # noqa: PLC0415 - imports the generated models

    return (
        "Append a section to a document. Section types: "
        + ", ".join(f"{kind} ({wire})" for kind, wire in SECTION_TYPES.items())
        + ". Give exactly one of --heading TEXT (with --level), --text FILE (HTML), --step FILE (HTML, with "
        "--duration) or --gallery (then add images with the SDK's documents.add_image). FILE may be - for stdin."
    )


def _read_html(path: str, option: str) -> str:
    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandLineError(f"cannot read {option} {path}: {exc.strerror}") from None


def _add_section_command(group: GroupSpec) -> click.Command:
    def callback(
        *,
        document: str,
        heading: str | None,
        level: int | None,
        text: str | None,
        step: str | None,
        duration: int | None,
        gallery: bool,
        as_json: bool,
        as_csv: bool,
    ) -> int:
        chosen = [name for name, value in (("--heading", heading), ("--text", text), ("--step", step)) if value]
        chosen += ["--gallery"] if gallery else []
        if len(chosen) != 1:
            raise CommandLineError("give exactly one of --heading, --text, --step or --gallery")
        if level is not None and heading is None:
            raise CommandLineError("--level goes with --heading")
        if duration is not None and step is None:
            raise CommandLineError("--duration goes with --step")
        if heading is not None:
            kind, content = "heading", heading
        elif text is not None:
            kind, content = "text", _read_html(text, "--text")
        elif step is not None:
            kind, content = "step", _read_html(step, "--step")
        else:
            kind, content = "gallery", None
        call = _Call("add-section", (None,), {"as_json": as_json, "as_csv": as_csv})
        with state().client() as client:
            section = client.documents.add_section(
                document, cast(Any, kind), content=content, level=level, duration=duration
            )
            _show_one(load_spec().group("document_sections"), wire_record(section, show_password=False), call)
        return EXIT_OK

    return Command(
        name="add-section",
        params=[
            click.Argument(["document"]),
            click.Option(["--heading"], metavar="TEXT", help="A heading section with this text."),
            click.Option(["--level"], type=click.IntRange(1, 6), help="Heading level 1-6 (with --heading)."),
            click.Option(["--text"], metavar="FILE", help="A text section with the HTML in FILE (- for stdin)."),
            click.Option(["--step"], metavar="FILE", help="A step section with the HTML in FILE (- for stdin)."),
            click.Option(["--duration"], type=click.IntRange(min=0), help="Step duration in minutes (with --step)."),
            click.Option(["--gallery"], is_flag=True, help="An empty gallery section."),
            *_output_options(),
        ],
        callback=callback,
        help=_section_help(),
        short_help="append a heading, text, step or gallery section",
    )
