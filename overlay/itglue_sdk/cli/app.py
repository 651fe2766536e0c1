"""The root of `itglue`: the lazy command group and `main`, which turns every failure into one line and an exit code.

Exit status: 0 done; 1 the API or the network failed, a record was not found, or a check found a problem;
2 the command line or the configuration is wrong (unknown command, option, id, filter, sort, include or column,
unknown instance, no API key, no keychain, a file too large to upload); 130 interrupted. Every error is one
line on stderr; nothing here prints an API key, and password values only appear on ``--show-password``.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Sequence
from importlib import import_module, metadata
from typing import Any, Final
from urllib.parse import urlsplit

import click

from itglue_sdk._exceptions import APIConnectionError, ConfigurationError, ITGlueError, RequestTooLargeError, UsageError
from itglue_sdk.cli.completion import install_completion_option
from itglue_sdk.cli.context import (
    COMPLETE_VAR,
    DEBUG_ENV,
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CommandInterruptedError,
    CommandLineError,
    Group,
    State,
    fail,
)

# Commands of their own modules, loaded when used: name -> (module, attribute, one-line summary).
COMMANDS: Final[dict[str, tuple[str, str, str]]] = {
    "auth": ("itglue_sdk.cli.auth", "auth", "Store, check or remove the API key of an instance (OS keychain)."),
    "instances": ("itglue_sdk.cli.instances", "instances", "List, add, remove or choose named IT Glue instances."),
    "health": ("itglue_sdk.cli.health", "health", "Check host, key, latency and rate-limit headroom."),
    "emulator": ("itglue_sdk.cli.emulator", "emulator", "Run the local IT Glue emulator."),
    "demo": ("itglue_sdk.cli.demo", "demo", "Mirror an emulated estate and answer questions from it (no key needed)."),
    "mirror": ("itglue_sdk.cli.mirror", "mirror", "Sync, check and query the local DuckDB mirror of an instance."),
    "search": ("itglue_sdk.cli.mirror", "search", "Find records by name in the local mirror (`itglue mirror search`)."),
    "import": ("itglue_sdk.cli.imports", "import_", "Import runbook folders and e-mails as documents, kept in step."),
    "export": ("itglue_sdk.cli.imports", "export", "Write an organization's documents out as Markdown."),
    "mcp": ("itglue_sdk.cli.mcp", "mcp", "Serve IT Glue to an AI assistant over the Model Context Protocol."),
    "completion": ("itglue_sdk.cli.completion", "completion", "Print or install shell completion (bash, zsh, fish)."),
}


# Short names for the groups people type most; they are not listed, to keep `itglue --help` one line per group.
ALIASES: Final[dict[str, str]] = {"orgs": "organizations", "configs": "configurations", "fa": "flexible_assets"}


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
        from itglue_sdk.resources.catalog import groups  # noqa: PLC0415 - the catalog table; no models

        return [*COMMANDS, *groups()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Load one command: its module for `COMMANDS`, else the resource group built from the spec."""
        if cmd_name in COMMANDS:
            module, attribute, _ = COMMANDS[cmd_name]
            command: click.Command = getattr(import_module(module), attribute)
            return command
        from itglue_sdk.resources.catalog import groups  # noqa: PLC0415

        name = ALIASES.get(cmd_name, cmd_name.replace("-", "_"))
        if name not in groups():
            return None
        from itglue_sdk.cli.resources import resource_group  # noqa: PLC0415 - reads the spec

        return resource_group(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the SDK's commands and the resource groups in two sections (summaries without loading)."""
        from itglue_sdk.cli.resources import group_summary  # noqa: PLC0415
        from itglue_sdk.resources.catalog import groups  # noqa: PLC0415

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
    "or configuration. Completion: `itglue --install-completion` (or `itglue completion bash|zsh|fish`).",
)
@click.option(
    "--install-completion",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=install_completion_option,
    help="Install completion for the shell $SHELL names, then exit (see `itglue completion --help`).",
)
@click.version_option(_version(), "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> int:
    """IT Glue from the command line: keys, instances, health, every resource group, and the local emulator."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
    return EXIT_OK


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
