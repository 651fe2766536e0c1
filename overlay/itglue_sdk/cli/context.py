"""What every `itglue` command shares: the state on the root context, exit codes, errors and base classes.

The connection options (``--instance``, ``--base-url``, ``--shared-budget``) and ``-v``/``--debug`` are accepted
by every command and group, so they may go anywhere on the line; their values land in one `State` on the root
context.
"""

from __future__ import annotations

import difflib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

import click

from itglue_sdk._client import ITGlueClient
from itglue_sdk._exceptions import ConfigurationError
from itglue_sdk.config.instances import INSTANCE_ENV, InstanceStore
from itglue_sdk.observability.logs import JsonLogFormatter, RedactionFilter
from itglue_sdk.observability.redaction import redact

EXIT_OK: Final = 0


EXIT_FAILURE: Final = 1


EXIT_USAGE: Final = 2


EXIT_INTERRUPTED: Final = 130


DEBUG_ENV: Final = "ITGLUE_DEBUG"


SHARED_BUDGET_ENV: Final = "ITGLUE_SHARED_BUDGET"


_TRUE: Final = frozenset({"1", "true", "yes", "on"})


_FALSE: Final = frozenset({"0", "false", "no", "off"})


COMPLETE_VAR: Final = "_ITGLUE_COMPLETE"


PROG: Final = "itglue"


F = TypeVar("F", bound=Callable[..., Any])


class CommandLineError(click.UsageError):
    """The command line is wrong (exit status 2); shown as ``<command path>: error: <message>``."""


@dataclass
class State:
    """What every command shares: the connection options, the switches and the instance store.

    Attributes:
        instance: ``--instance``, if given.
        base_url: ``--base-url``, if given.
        shared_budget: ``--shared-budget``/``--no-shared-budget``, if given.
        verbose: ``-v``: log every HTTP attempt as JSON lines on stderr.
        debug: ``--debug``: internal errors raise with their traceback.
        store: Where named instances are read and written.
    """

    instance: str | None = None
    base_url: str | None = None
    shared_budget: bool | None = None
    verbose: bool = False
    debug: bool = False
    store: InstanceStore = field(default_factory=InstanceStore)

    def instance_name(self) -> str:
        """The instance the command is about: ``--instance``, else the default one."""
        return self.instance or self.store.default_name()

    def sharing_budget(self) -> bool | None:
        """Whether clients share the key's rate budget with other processes: the option, else the environment.

        None leaves it to the instance's ``shared_budget`` setting.

        Raises:
            ConfigurationError: ``ITGLUE_SHARED_BUDGET`` is neither true nor false.
        """
        if self.shared_budget is not None:
            return self.shared_budget
        value = os.environ.get(SHARED_BUDGET_ENV, "").strip().lower()
        if not value:
            return None
        if value in _TRUE | _FALSE:
            return value in _TRUE
        raise ConfigurationError(f"{SHARED_BUDGET_ENV} must be 1/true/yes/on or 0/false/no/off, not {value!r}")

    @contextmanager
    def client(self) -> Iterator[ITGlueClient]:
        """Open an `ITGlueClient` for the chosen instance (or base URL) and close it afterwards."""
        with ITGlueClient(
            self.instance, base_url=self.base_url, shared_budget=self.sharing_budget(), instances=self.store
        ) as client:
            yield client


def state() -> State:
    """The `State` of the command being run (kept on the root context)."""
    return click.get_current_context().find_root().ensure_object(State)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value not in (None, False) and param.name:
        setattr(ctx.find_root().ensure_object(State), param.name, value)
    return value


def _remember_choice(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    # An on/off pair is None where it was not given: only a given value may override one given elsewhere.
    if value is not None and param.name:
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
            ["--shared-budget/--no-shared-budget"],
            default=None,
            expose_value=False,
            callback=_remember_choice,
            help=f"Share the key's rate budget with the other processes using it, through a locked file in the "
            f"state folder (default: ${SHARED_BUDGET_ENV}, else the instance's `shared_budget` setting, else off).",
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
