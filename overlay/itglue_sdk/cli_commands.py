"""The SDK's sub-commands of `itglue`: ``auth``, ``instances``, ``health`` and one command per resource group.

`run` is what the dispatcher (`itglue_sdk.cli`) calls with the command line. It finds the command after the
global options (``--instance``, ``--base-url``, which may also follow the command), builds only that command's
parser, runs it and turns every error into one line on stderr and an exit status:

- 0: done; 1: the API or the network failed, a record was not found, or the check found a problem;
- 2: the command line or the configuration is wrong (unknown resource, bad id, filter, sort or include
  name, unknown instance, no API key, no keychain); 130: interrupted.

Nothing here prints the API key, and password values only appear on an explicit ``--show-password``.
"""

from __future__ import annotations

import argparse
import difflib
import getpass
import logging
import os
import sys
import tomllib
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NoReturn

from itglue_sdk.auth import API_KEY_ENV, delete_api_key, store_api_key
from itglue_sdk.catalog import groups
from itglue_sdk.cli_output import render_fields, render_json, render_table, terminal_width
from itglue_sdk.client import ITGlueClient
from itglue_sdk.errors import ConfigurationError, ITGlueError
from itglue_sdk.instances import BUILTIN_INSTANCES, INSTANCE_ENV, REGIONS, Instance, InstanceStore, make_instance
from itglue_sdk.observability import HealthReport, JsonLogFormatter, RedactionFilter
from itglue_sdk.redaction import redact
from itglue_sdk.usage_errors import UsageError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

GLOBAL_OPTIONS = ("--instance", "--base-url")
GLOBAL_FLAGS = ("-v", "--verbose")
DEBUG_ENV = "ITGLUE_DEBUG"

COMMAND_SUMMARIES = {
    "auth": "Store, check or remove the API key of an instance (OS keychain).",
    "instances": "List, add or remove named IT Glue instances.",
    "health": "Check host, key, latency and rate-limit headroom of an instance.",
}


class CommandLineError(Exception):
    """The command line is wrong (exit status 2).

    Attributes:
        prog: The command it is about, shown before the message (``itglue organizations list``).
    """

    def __init__(self, message: str, *, prog: str = "itglue") -> None:
        super().__init__(message)
        self.prog = prog


class CLIParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (raised, so `run` reports them like every other error)."""

    def error(self, message: str) -> NoReturn:
        """Raise `CommandLineError` instead of printing the usage and exiting."""
        raise CommandLineError(f"{message} (see `{self.prog} --help`)", prog=self.prog)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--instance`` and ``--base-url`` (unset unless given, so they may come before or after the command).

    Args:
        parser: The top-level parser or a command's parser.
    """
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--instance",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"named instance (default: ${INSTANCE_ENV} or production; see `itglue instances list`)",
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="talk to this API base URL instead (the key still comes from the environment or the keychain)",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log every HTTP attempt as JSON lines on stderr (secrets redacted)",
    )


def add_output_options(parser: argparse.ArgumentParser, *, csv: bool = True) -> None:
    """Add ``--json`` (and ``--csv``): the machine-readable alternatives to the table for people."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", dest="output", action="store_const", const="json", help="print JSON")
    if csv:
        group.add_argument("--csv", dest="output", action="store_const", const="csv", help="print CSV")
    parser.set_defaults(output="table")


@dataclass
class Context:
    """What every command gets: the connection options and the instance store.

    Attributes:
        instance: ``--instance``, if given.
        base_url: ``--base-url``, if given.
        store: Where named instances are read and written.
    """

    instance: str | None = None
    base_url: str | None = None
    store: InstanceStore = field(default_factory=InstanceStore)

    def instance_name(self) -> str:
        """The instance the command is about: ``--instance``, else the default one."""
        return self.instance or self.store.default_name()

    @contextmanager
    def client(self) -> Iterator[Any]:
        """Open an `ITGlueClient` for the chosen instance (or base URL) and close it afterwards."""
        with ITGlueClient(self.instance, base_url=self.base_url, instances=self.store) as client:
            yield client


Handler = Callable[[argparse.Namespace, Context], int]


def out(text: str) -> None:
    """Write command output (already newline-terminated) to stdout."""
    sys.stdout.write(text)


def note(text: str) -> None:
    """Write a one-line message for people to stderr."""
    sys.stderr.write(text + "\n")


def describe_commands() -> list[tuple[str, str]]:
    """Every SDK command with its one-line summary, for ``itglue --help``."""
    from itglue_sdk.cli_resources import group_summary  # noqa: PLC0415 - reads the spec; only needed here

    return [*COMMAND_SUMMARIES.items(), *((name, group_summary(name)) for name in groups())]


def _split(args: Sequence[str]) -> tuple[list[str], str | None, list[str]]:
    """Split the command line into the global options before the command, the command and its arguments."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in GLOBAL_OPTIONS:
            index += 2
        elif arg in GLOBAL_FLAGS or arg.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS)):
            index += 1
        elif arg.startswith("-"):
            break
        else:
            return list(args[:index]), arg, list(args[index + 1 :])
    return list(args), None, []


def _command(command: str, args: list[str]) -> tuple[CLIParser, Handler, list[str]] | None:
    """The parser and handler of a command, and its arguments ready for parsing; None if there is none."""
    if command == "auth":
        return _auth_parser(), _run_auth, args
    if command == "instances":
        return _instances_parser(), _run_instances, args
    if command == "health":
        return _health_parser(), _run_health, args
    group = command.replace("-", "_")
    if group in groups():
        from itglue_sdk import cli_resources  # noqa: PLC0415 - resource commands load the spec

        return cli_resources.build_parser(group), cli_resources.run, cli_resources.preprocess(args)
    return None


def _unknown_command(command: str, delegated: Collection[str]) -> CommandLineError:
    if command in delegated:
        return CommandLineError(f"--instance and --base-url do not apply to `itglue {command}`")
    known = [*COMMAND_SUMMARIES, *delegated, *groups()]
    close = difflib.get_close_matches(command.replace("-", "_"), known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return CommandLineError(f"unknown command {command!r}{hint} (see `itglue --help`)")


def run(args: Sequence[str], top_parser: Callable[[], argparse.ArgumentParser], delegated: Collection[str]) -> int:
    """Run an SDK command line and return the exit status; every error becomes one line on stderr.

    Args:
        args: The command line without the program name.
        top_parser: Builds the top-level parser (for ``--help``, ``--version`` and a bare ``itglue``).
        delegated: Commands run by other packages (reported if global options precede them).

    Returns:
        The exit status.
    """
    try:
        try:
            prefix, command, rest = _split(args)
            parser = top_parser()
            if command is None:
                parser.parse_args(args)
                parser.print_help()
                return EXIT_OK
            found = _command(command, rest)
            if found is None:
                raise _unknown_command(command, delegated)
            command_parser, handler, rest = found
            options = vars(parser.parse_args(prefix)) | vars(command_parser.parse_args(rest))
            namespace = argparse.Namespace(**options)
            context = Context(instance=options.get("instance"), base_url=options.get("base_url"))
            with _sdk_logging(bool(options.get("verbose"))):
                return handler(namespace, context)
        except SystemExit as exc:  # --help and --version end here
            return EXIT_OK if exc.code is None else exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except CommandLineError as exc:
        return _fail(f"{exc.prog}: error: {exc}", EXIT_USAGE)
    except (UsageError, ConfigurationError) as exc:
        return _fail(f"itglue: error: {exc}", EXIT_USAGE)
    except ITGlueError as exc:
        return _fail(f"itglue: error: {exc}", EXIT_FAILURE)
    except KeyboardInterrupt:
        return _fail("itglue: interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`itglue ... | head`): stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        message = f"itglue: internal error: {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 for details)"
        return _fail(message, EXIT_FAILURE)


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (the command may be run in-process)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # logging must never break the command; same policy as logging.StreamHandler
            self.handleError(record)


def _quiet_final_attempts(record: logging.LogRecord) -> bool:
    """Drop the log line of an HTTP attempt that is not retried: the command's error line says it already."""
    return getattr(record, "event", None) != "http.attempt" or getattr(record, "retry_in_s", None) is not None


@contextmanager
def _sdk_logging(verbose: bool) -> Iterator[None]:
    """Show the SDK's warnings (retries, idle key, breaker) as plain lines, or everything as JSON with -v."""
    logger = logging.getLogger("itglue_sdk")
    handler = _StderrHandler(logging.DEBUG if verbose else logging.WARNING)
    handler.addFilter(RedactionFilter())
    if verbose:
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.addFilter(_quiet_final_attempts)
        handler.setFormatter(logging.Formatter("itglue: %(levelname)s: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else min(level or logging.WARNING, logging.WARNING))
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _fail(message: str, status: int) -> int:
    note(redact(" ".join(message.split())))
    return status


# ---- auth ----------------------------------------------------------------------------------------------------


def _auth_parser() -> CLIParser:
    parser = CLIParser(prog="itglue auth", description="Manage the API key of an instance in the OS keychain.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=CLIParser)
    put = actions.add_parser(
        "set",
        help="store the key (hidden prompt, or --stdin)",
        description="Store an instance's API key in the OS keychain. The key is read from a hidden prompt, or "
        "from the first line of standard input with --stdin; never from the command line.",
    )
    put.add_argument("--stdin", action="store_true", help="read the key from standard input instead of a prompt")
    check = actions.add_parser(
        "check",
        help="validate the key with one cheap request",
        description="Validate the key with one cheap GET; prints whether it is valid, the host, the latency and "
        "the rate-limit headroom (never the key). Exits 1 unless the key is valid.",
    )
    add_output_options(check, csv=False)
    remove = actions.add_parser("remove", help="delete the key from the keychain")
    for sub in (put, check, remove):
        add_global_options(sub)
    return parser


def _keychain_only(context: Context, action: str) -> None:
    if context.base_url:
        raise CommandLineError(
            "keys are kept per instance name, --base-url does not apply (use --instance)", prog=f"itglue auth {action}"
        )


def _read_key(from_stdin: bool, instance: str) -> str:
    if from_stdin:
        return sys.stdin.readline()
    if not sys.stdin.isatty():
        raise CommandLineError("no terminal to prompt on; pipe the key in with --stdin", prog="itglue auth set")
    return getpass.getpass(f"API key for instance {instance!r} (input hidden): ")


def _run_auth(args: argparse.Namespace, context: Context) -> int:
    if args.action == "check":
        return _report_health(context, args.output, key_check=True)
    _keychain_only(context, args.action)
    name = context.instance_name()
    if args.action == "remove":
        if not delete_api_key(name):
            return _fail(f"itglue: error: no API key stored for instance {name!r}", EXIT_FAILURE)
        note(f"removed the API key of instance {name!r} from the OS keychain")
        return EXIT_OK
    context.store.get(name)  # only known instances get a key: a typo would store it where nothing looks
    try:
        store_api_key(name, _read_key(args.stdin, name))
    except ValueError as exc:
        raise CommandLineError(str(exc), prog="itglue auth set") from None
    note(f"stored the API key of instance {name!r} in the OS keychain; check it with `itglue auth check`")
    if os.environ.get(API_KEY_ENV):
        note(f"note: {API_KEY_ENV} is set and takes precedence over the keychain")
    return EXIT_OK


# ---- health --------------------------------------------------------------------------------------------------


def _health_parser() -> CLIParser:
    parser = CLIParser(
        prog="itglue health",
        description="Check that the host answers, the key is accepted, the latency and the rate-limit headroom, "
        "with one cheap GET. Exits 1 when unhealthy.",
    )
    add_global_options(parser)
    add_output_options(parser, csv=False)
    return parser


def _run_health(args: argparse.Namespace, context: Context) -> int:
    return _report_health(context, args.output, key_check=False)


def _key_source() -> str:
    return API_KEY_ENV if os.environ.get(API_KEY_ENV) else "keychain"


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "unknown" if value is None else yes if value else no


def _host_state(report: HealthReport) -> str:
    if report.breaker_open:
        return "not checked: circuit breaker open after recent failures"
    return _yes_no(report.host_reachable, "reachable", "unreachable")


def _report_health(context: Context, output: str, *, key_check: bool) -> int:
    with context.client() as client:
        instance: Instance = client.instance
        report: HealthReport = client.health_check()
    passed = report.key_valid is True if key_check else report.healthy
    if output == "json":
        out(
            render_json(
                {
                    "instance": instance.name,
                    "base_url": instance.base_url,
                    "healthy": report.healthy,
                    "host_reachable": report.host_reachable,
                    "breaker_open": report.breaker_open,
                    "key_valid": report.key_valid,
                    "key_source": _key_source(),
                    "latency_ms": None if report.latency_ms is None else round(report.latency_ms, 1),
                    "rate_limit_headroom": report.rate_limit_headroom,
                    "rate_limit_capacity": report.rate_limit_capacity,
                    "error": report.error,
                }
            )
        )
        return EXIT_OK if passed else EXIT_FAILURE
    fields: list[tuple[str, Any]] = [
        ("instance", instance.name),
        ("host", f"{instance.base_url} ({_host_state(report)})"),
        ("key", f"{_yes_no(report.key_valid, 'valid', 'invalid')} (from {_key_source()})"),
        ("latency", "" if report.latency_ms is None else f"{report.latency_ms:.0f} ms"),
        (
            "headroom",
            f"{report.rate_limit_headroom} of {report.rate_limit_capacity} requests left "
            f"in the {instance.rate_window:g} s window",
        ),
        ("status", "healthy" if report.healthy else "unhealthy"),
    ]
    if report.error:
        fields.append(("error", report.error))
    out(render_fields(fields))
    return EXIT_OK if passed else EXIT_FAILURE


# ---- instances -----------------------------------------------------------------------------------------------


def _instances_parser() -> CLIParser:
    parser = CLIParser(
        prog="itglue instances",
        description="Named IT Glue instances: the built-ins (production, emulator) and those in the profile "
        f"file. ${INSTANCE_ENV} picks the default; keys never live in the file (`itglue auth set`).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=CLIParser)
    listing = actions.add_parser("list", help="show every instance and the default")
    add_output_options(listing, csv=False)
    add = actions.add_parser("add", help="add (or with --replace, change) an instance in the profile file")
    add.add_argument("name", help="instance name: lower-case letters, digits, '-' and '_'")
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--region", choices=sorted(REGIONS), help="IT Glue region")
    where.add_argument("--base-url", dest="instance_base_url", metavar="URL", help="API base URL (https)")
    add.add_argument("--rate-limit", type=int, metavar="N", help="requests per window (default 3000)")
    add.add_argument("--rate-window", type=float, metavar="S", help="window in seconds (default 300)")
    add.add_argument("--connect-timeout", type=float, metavar="S", help="connect timeout (default 30)")
    add.add_argument("--read-timeout", type=float, metavar="S", help="read timeout (default 60)")
    add.add_argument("--data-dir", metavar="PATH", help="folder of the instance's mirror (default: per user)")
    add.add_argument("--replace", action="store_true", help="overwrite an entry of the same name")
    remove = actions.add_parser("remove", help="remove an instance from the profile file")
    remove.add_argument("name", help="instance name")
    return parser


def _file_entries(store: InstanceStore) -> set[str]:
    """Names defined in the profile file (read after `InstanceStore.all` has validated it)."""
    try:
        with store.path.open("rb") as handle:
            return set(tomllib.load(handle).get("instances", {}))
    except FileNotFoundError:
        return set()


def _instance_source(name: str, in_file: Collection[str]) -> str:
    if name in in_file:
        return "file (overrides built-in)" if name in BUILTIN_INSTANCES else "file"
    return "built-in"


def _run_instances(args: argparse.Namespace, context: Context) -> int:
    store = context.store
    if args.action == "add":
        options = {
            key: value
            for key, value in {
                "rate_limit": args.rate_limit,
                "rate_window": args.rate_window,
                "connect_timeout": args.connect_timeout,
                "read_timeout": args.read_timeout,
                "data_dir": args.data_dir,
            }.items()
            if value is not None
        }
        instance = make_instance(args.name, region=args.region, base_url=args.instance_base_url, **options)
        store.add(instance, replace_existing=args.replace)
        note(f"saved instance {instance.name!r} ({instance.base_url}) in {store.path}")
        note(f"store its key with `itglue auth set --instance {instance.name}`")
        return EXIT_OK
    if args.action == "remove":
        store.remove(args.name)
        note(f"removed instance {args.name!r} from {store.path}")
        note(f"its API key, if any, stays in the keychain: `itglue auth remove --instance {args.name}` deletes it")
        return EXIT_OK
    instances = store.all()
    in_file = _file_entries(store)
    default = store.default_name()
    rows: list[dict[str, Any]] = [
        {
            "name": instance.name,
            "default": instance.name == default,
            "base_url": instance.base_url,
            "region": instance.region,
            "rate_limit": instance.rate_limit,
            "rate_window": instance.rate_window,
            "connect_timeout": instance.connect_timeout,
            "read_timeout": instance.read_timeout,
            "data_dir": str(store.data_dir(instance)),
            "source": _instance_source(instance.name, in_file),
        }
        for instance in sorted(instances.values(), key=lambda item: item.name)
    ]
    if args.output == "json":
        out(render_json({"default": default, "config_file": str(store.path), "instances": rows}))
        return EXIT_OK
    table = [
        row
        | {
            "default": "*" if row["default"] else "",
            "rate": f"{row['rate_limit']}/{row['rate_window']:g}s",
            "timeouts": f"{row['connect_timeout']:g}s/{row['read_timeout']:g}s",
        }
        for row in rows
    ]
    columns = ("default", "name", "base_url", "region", "rate", "timeouts", "source")
    out(render_table(table, columns, width=terminal_width()))
    origin = f"${INSTANCE_ENV}" if os.environ.get(INSTANCE_ENV) else "built-in default"
    known = "" if default in instances else " - not defined: add it with `itglue instances add`"
    note(f"default instance: {default} ({origin}){known}; profile file: {store.path}")
    return EXIT_OK
