"""The `itglue` command, built on click and rich (entry point ``itglue_sdk.cli:main``).

`itglue_sdk.cli.app` holds the root group, the shared state and the exit codes; each command family has a module
of its own (`auth`, `instances`, `health`, `resources`, `emulator`, `completion`), loaded only when its command
is run or completed, so ``itglue --help`` stays light.
"""

from __future__ import annotations

from itglue_sdk.cli.app import main

__all__ = ["main"]
