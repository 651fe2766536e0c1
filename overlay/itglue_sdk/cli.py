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
    parser = argparse.ArgumentParser(
        prog="itglue",
        description="IT Glue from the command line: the SDK's tools, the local emulator and (soon) the mirror.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
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
    parser = build_parser()
    if args and args[0] in DELEGATED:
        module_name, _ = DELEGATED[args[0]]
        run: Callable[[list[str]], int] = import_module(module_name).main
        return run(args[1:])
    parsed = parser.parse_args(args)
    if parsed.command is None:
        parser.print_help()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
