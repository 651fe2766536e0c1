"""Virtual environments of the peers, one each (``py-itglue`` and ``itglue`` both install a package ``itglue``).

`ensure` creates ``.bench-venvs/<name>`` at the repository root with ``uv venv`` and installs the pinned
release with ``uv pip install``; an environment that already holds the pinned version is reused. The drivers
(`bench.peers.drivers`) run under that environment's Python and print one JSON line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CACHE = Path(os.environ.get("ITGLUE_BENCH_VENVS", REPO / ".bench-venvs"))
DRIVERS = Path(__file__).resolve().with_name("drivers.py")
PEERS = {"py-itglue": "0.2.6", "itglue": "0.2.0"}
"""Peer distribution -> the pinned version the issue compares against."""


@dataclass(frozen=True)
class PeerEnv:
    """A peer's environment, or why there is none.

    Attributes:
        name: Distribution name.
        version: Pinned version.
        python: The environment's interpreter (None when it could not be made).
        error: Why it could not be made.
    """

    name: str
    version: str
    python: Path | None
    error: str | None = None

    def driver(self, *arguments: str) -> list[str]:
        """The command that runs a driver subcommand under this environment's Python.

        Args:
            *arguments: The driver's arguments (subcommand first).

        Returns:
            The command.
        """
        if self.python is None:
            raise RuntimeError(f"{self.name} has no environment: {self.error}")
        return [str(self.python), str(DRIVERS), *arguments]


def _installed(python: Path, name: str) -> str | None:
    code = f"from importlib.metadata import version; print(version({name!r}))"
    finished = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return finished.stdout.strip() if finished.returncode == 0 else None


def ensure(name: str) -> PeerEnv:
    """Create (or reuse) the environment of peer ``name`` with its pinned version.

    Args:
        name: A key of `PEERS`.

    Returns:
        The environment, with ``error`` set when ``uv`` failed (offline, yanked release...).
    """
    version = PEERS[name]
    folder = CACHE / name
    python = folder / "bin" / "python"
    if python.exists() and _installed(python, name) == version:
        return PeerEnv(name, version, python)
    pyversion = f"{sys.version_info.major}.{sys.version_info.minor}"
    steps = [
        ["uv", "venv", "--quiet", "--allow-existing", "--python", pyversion, str(folder)],
        ["uv", "pip", "install", "--quiet", "--python", str(python), f"{name}=={version}"],
    ]
    for step in steps:
        try:
            finished = subprocess.run(step, capture_output=True, text=True, check=False, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as error:
            return PeerEnv(name, version, None, f"{' '.join(step[:3])}: {error}")
        if finished.returncode != 0:
            tail = (finished.stderr.strip().splitlines() or ["no output"])[-1]
            return PeerEnv(name, version, None, f"{' '.join(step[:3])} failed: {tail}")
    return PeerEnv(name, version, python)
