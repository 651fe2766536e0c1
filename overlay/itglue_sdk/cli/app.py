"""The root of `itglue`: the lazy command group, the state every command shares, errors and exit codes.

Exit status: 0 done; 1 the API or the network failed, a record was not found, or a check found a problem;
2 the command line or the configuration is wrong (unknown command, option, id, filter, sort, include or column,
unknown instance, no API key, no keychain, a file too large to upload); 130 interrupted. Every error is one
line on stderr; nothing here prints an API key, and password values only appear on ``--show-password``.

The connection options (``--instance``, ``--base-url``) and ``-v``/``--debug`` are accepted by every command
and group, so they may go anywhere on the line; their values land in one `State` on the root context.
"""

from __future__ import annotations

import difflib
import ipaddress
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module, metadata
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

import click

from itglue_sdk.client import ITGlueClient
from itglue_sdk.errors import APIConnectionError, ConfigurationError, ITGlueError, RequestTooLargeError
from itglue_sdk.instances import INSTANCE_ENV, InstanceStore
from itglue_sdk.observability import JsonLogFormatter, RedactionFilter
from itglue_sdk.redaction import redact
from itglue_sdk.usage_errors import UsageError

EXIT_OK: Final = 0
EXIT_FAILURE: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130
DEBUG_ENV: Final = "ITGLUE_DEBUG"
COMPLETE_VAR: Final = "_ITGLUE_COMPLETE"
PROG: Final = "itglue"

# Commands of their own modules, loaded when used: name -> (module, attribute, one-line summary).
COMMANDS: Final[dict[str, tuple[str, str, str]]] = {
    "auth": ("itglue_sdk.cli.auth", "auth", "Store, check or remove the API key of an instance (OS keychain)."),
    "instances": ("itglue_sdk.cli.instances", "instances", "List, add, remove or choose named IT Glue instances."),
    "health": ("itglue_sdk.cli.health", "health", "Check host, key, latency and rate-limit headroom."),
    "emulator": ("itglue_sdk.cli.emulator", "emulator", "Run the local IT Glue emulator."),
    "completion": ("itglue_sdk.cli.completion", "completion", "Print the shell completion script (bash, zsh, fish)."),
}
# Short names for the groups people type most; they are not listed, to keep `itglue --help` one line per group.
ALIASES: Final[dict[str, str]] = {"orgs": "organizations", "configs": "configurations", "fa": "flexible_assets"}

F = TypeVar("F", bound=Callable[..., Any])


class CommandLineError(click.UsageError):
    """The command line is wrong (exit status 2); shown as ``<command path>: error: <message>``."""


@dataclass
class State:
    """What every command shares: the connection options, the switches and the instance store.

    Attributes:
        instance: ``--instance``, if given.
        base_url: ``--base-url``, if given.
        verbose: ``-v``: log every HTTP attempt as JSON lines on stderr.
        debug: ``--debug``: internal errors raise with their traceback.
        store: Where named instances are read and written.
    """

    instance: str | None = None
    base_url: str | None = None
    verbose: bool = False
    debug: bool = False
    store: InstanceStore = field(default_factory=InstanceStore)

    def instance_name(self) -> str:
        """The instance the command is about: ``--instance``, else the default one."""
        return self.instance or self.store.default_name()

    @contextmanager
    def client(self) -> Iterator[ITGlueClient]:
        """Open an `ITGlueClient` for the chosen instance (or base URL) and close it afterwards."""
        with ITGlueClient(self.instance, base_url=self.base_url, instances=self.store) as client:
            yield client


def state() -> State:
    """The `State` of the command being run (kept on the root context)."""
    return click.get_current_context().find_root().ensure_object(State)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value not in (None, False) and param.name:
        setattr(ctx.find_root().ensure_object(State), param.name, value)
    return value


def global_parameters() -> list[click.Parameter]:
    """The options every command and group takes (fresh objects: click keeps per-command state in them)."""
    return [
        click.Option(
            ["--instance"],
            metavar="NAME",
            expose_value=False,
            callback=_remember,
            shell_complete=_complete_instances,
            help=f"Named instance (default: ${INSTANCE_ENV}, `itglue instances use`, or production).",
        ),
        click.Option(
            ["--base-url"],
            metavar="URL",
            expose_value=False,
            callback=_remember,
            help="Talk to this API base URL instead (the key still comes from the environment or the keychain).",
        ),
        click.Option(
            ["-v", "--verbose"],
            is_flag=True,
            expose_value=False,
            callback=_remember,
            help="Log every HTTP attempt as JSON lines on stderr (secrets redacted).",
        ),
        click.Option(
            ["--debug"],
            is_flag=True,
            expose_value=False,
            callback=_remember,
            help=f"Show the traceback of an internal error (also ${DEBUG_ENV}=1).",
        ),
    ]


def _complete_instances(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    try:
        names = InstanceStore().all()
    except ConfigurationError:
        return []
    return sorted(name for name in names if name.startswith(incomplete))


class Command(click.Command):
    """A leaf command: takes the global options and runs with the SDK's log lines on stderr."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(global_parameters())

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command with the SDK's warnings (or, with ``-v``, every attempt) shown on stderr."""
        with sdk_logging(state().verbose):
            return super().invoke(ctx)


class Group(click.Group):
    """A command group whose commands and sub-groups take the global options too."""

    command_class = Command

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("no_args_is_help", False)
        super().__init__(*args, **kwargs)
        self.params.extend(global_parameters())

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Parse like click, but say which actions exist when none is given (instead of printing help)."""
        if not args and not self.invoke_without_command and ctx.parent is not None and not ctx.resilient_parsing:
            raise CommandLineError(f"give an action: {', '.join(self.list_commands(ctx))}", ctx=ctx)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Resolve like click, adding the closest known name to an unknown one."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            known = self.list_commands(ctx)
            close = difflib.get_close_matches(name.replace("-", "_"), known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; choose from {', '.join(known)}"
            raise CommandLineError(f"unknown command {name!r}{hint}", ctx=ctx)
        return super().resolve_command(ctx, args)


Group.group_class = Group


class CommandInterruptedError(Exception):
    """Ctrl-C, carried past click (which would print an empty line of its own for it)."""


class RootGroup(Group):
    """``itglue``: the commands of `COMMANDS`, then one lazy group per resource group of the spec."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the chosen command; an interrupt leaves as `CommandInterruptedError`."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise CommandInterruptedError from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, the resource groups in the catalog's order."""
        from itglue_sdk.catalog import groups  # noqa: PLC0415 - the catalog table; no models

        return [*COMMANDS, *groups()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Load one command: its module for `COMMANDS`, else the resource group built from the spec."""
        if cmd_name in COMMANDS:
            module, attribute, _ = COMMANDS[cmd_name]
            command: click.Command = getattr(import_module(module), attribute)
            return command
        from itglue_sdk.catalog import groups  # noqa: PLC0415

        name = ALIASES.get(cmd_name, cmd_name.replace("-", "_"))
        if name not in groups():
            return None
        from itglue_sdk.cli.resources import resource_group  # noqa: PLC0415 - reads the spec

        return resource_group(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the SDK's commands and the resource groups in two sections (summaries without loading)."""
        from itglue_sdk.catalog import groups  # noqa: PLC0415
        from itglue_sdk.cli.resources import group_summary  # noqa: PLC0415

        with formatter.section("Commands"):
            formatter.write_dl([(name, summary) for name, (_, _, summary) in COMMANDS.items()])
        with formatter.section("Resource groups (aliases: " + ", ".join(f"{a}={n}" for a, n in ALIASES.items()) + ")"):
            formatter.write_dl([(name, group_summary(name)) for name in groups()])


def _version() -> str:
    try:
        return metadata.version("itglue-sdk")
    except metadata.PackageNotFoundError:  # pragma: no cover - only when run from a source tree without install
        return "unknown"


@click.group(
    cls=RootGroup,
    name=PROG,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    epilog="Examples: `itglue organizations list --filter name=Acme --sort name`, `itglue configs get 12 --json`, "
    "`itglue passwords get 7 --show-password`. Exit status: 0 done, 1 API or network failure, 2 bad command line "
    "or configuration. Completion: `itglue completion bash|zsh|fish`.",
)
@click.version_option(_version(), "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> int:
    """IT Glue from the command line: keys, instances, health, every resource group, and the local emulator."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
    return EXIT_OK


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
def sdk_logging(verbose: bool) -> Iterator[None]:
    """Show the SDK's warnings (retries, idle key, breaker) as plain lines, or everything as JSON with ``-v``.

    Args:
        verbose: Log every HTTP attempt as JSON lines.

    Yields:
        Nothing; the handler is removed afterwards.
    """
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


def note(text: str) -> None:
    """Write a one-line message for people to stderr."""
    sys.stderr.write(text + "\n")


def fail(message: str, status: int) -> int:
    """Write one error line (secrets scrubbed, whitespace folded) to stderr and return the exit status."""
    note(redact(" ".join(message.split())))
    return status


def _is_loopback(url: str | None) -> bool:
    host = urlsplit(url or "").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _connection_hint(current: State) -> str:
    """Point at the emulator when a loopback instance refuses the connection (it is usually not running)."""
    try:
        url = current.base_url or current.store.get(current.instance).base_url
    except ConfigurationError:
        return ""
    if not _is_loopback(url):
        return ""
    port = urlsplit(url).port or 80
    return f"; nothing listens on {url}: start the emulator with `itglue emulator serve --port {port}`"


def _debugging(current: State) -> bool:
    return current.debug or bool(os.environ.get(DEBUG_ENV))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `itglue` command.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when omitted.

    Returns:
        The process exit status.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    current = State()
    try:
        try:
            result = cli.main(args, prog_name=PROG, complete_var=COMPLETE_VAR, standalone_mode=False, obj=current)
        except SystemExit as exc:  # shell completion and click's broken-pipe handling end here
            return exc.code if isinstance(exc.code, int) else EXIT_OK if exc.code is None else EXIT_FAILURE
        return result if isinstance(result, int) else EXIT_OK
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else PROG
        hint = "" if isinstance(exc, CommandLineError) else f" (see `{where} --help`)"
        return fail(f"{where}: error: {exc.format_message()}{hint}", EXIT_USAGE)
    except click.ClickException as exc:
        return fail(f"{PROG}: error: {exc.format_message()}", exc.exit_code)
    except (click.Abort, CommandInterruptedError):
        return fail(f"{PROG}: interrupted", EXIT_INTERRUPTED)
    except RequestTooLargeError as exc:
        # Refused before sending (no request id) is the caller's mistake; a 413 answer is the API's.
        return fail(f"{PROG}: error: {exc}", EXIT_USAGE if exc.request_id is None else EXIT_FAILURE)
    except (UsageError, ConfigurationError) as exc:
        return fail(f"{PROG}: error: {exc}", EXIT_USAGE)
    except APIConnectionError as exc:
        return fail(f"{PROG}: error: {exc}{_connection_hint(current)}", EXIT_FAILURE)
    except ITGlueError as exc:
        return fail(f"{PROG}: error: {exc}", EXIT_FAILURE)
    except KeyboardInterrupt:
        return fail(f"{PROG}: interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (`itglue ... | head`): stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:
        if _debugging(current):
            raise
        message = f"{PROG}: internal error: {type(exc).__name__}: {exc} (run with --debug for details)"
        return fail(message, EXIT_FAILURE)
