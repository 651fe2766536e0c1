"""The `itglue` command: one entry point whose sub-commands load their modules only when used."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module, metadata

# Sub-commands implemented in other packages, run with the rest of the command line. Imported lazily so that
# `itglue --help` and `import itglue_sdk` stay light.
DELEGATED: dict[str, tuple[str, str]] = {
    "emulator": ("itglue_emulator.cli", "Run the local IT Glue emulator (`itglue emulator serve --help`)."),
}


def _version() -> str:
    try:
        return metadata.version("itglue-sdk")
    except metadata.PackageNotFoundError:  # pragma: no cover - only when run from a source tree without install
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser (sub-commands listed, their own options parsed by their modules).

    Returns:
        The argument parser of the `itglue` command.
    """
    from itglue_sdk.cli_commands import CLIParser, add_global_options, describe_commands  # noqa: PLC0415 - lazy

    parser = CLIParser(
        prog="itglue",
        formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=30),
        description="IT Glue from the command line: the SDK's tools, the local emulator and (soon) the mirror.",
        epilog="Resource commands: `itglue organizations list --filter name=Acme --sort name`, "
        "`itglue configurations get 12 --json`, `itglue passwords get 7 --show-password`. "
        "Exit status: 0 done, 1 API or network failure, 2 bad command line or configuration.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in describe_commands():
        commands.add_parser(name, help=summary, add_help=False)
    for name, (_, summary) in DELEGATED.items():
        commands.add_parser(name, help=summary, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `itglue` command.

    Args:
        argv: Arguments without the program name; `sys.argv[1:]` when omitted.

    Returns:
        The process exit status.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in DELEGATED:
        module_name, _ = DELEGATED[args[0]]
        run: Callable[[list[str]], int] = import_module(module_name).main
        return run(args[1:])
    # The SDK's own commands (auth, instances, health, one per resource group): parsed and run there, so that
    # each command line builds only its own command's parser.
    from itglue_sdk.cli_commands import run as run_sdk_command  # noqa: PLC0415 - lazy, like the delegated commands

    return run_sdk_command(args, build_parser, DELEGATED)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
