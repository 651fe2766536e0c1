"""Opening mirror files: DuckDB's one-writer-or-many-readers rule, waited out for a bounded time.

DuckDB lets one process open a file for writing, or many processes open it read-only, never both at once; a
second opening fails at once with an ``IOException`` about the file's lock. Every opening here retries that
failure with a short, growing pause until ``timeout`` seconds have passed, then raises `MirrorBusyError`. Because
a sync holds the file for writing only while it applies what it has already fetched (see `itglue_mirror.mirror`),
a query from another process waits at most that long. Inside one process, a lock per file keeps a process's own
openings apart (DuckDB shares one database instance per file within a process and refuses to open it read-only
and read-write at the same time).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

_FILE_LOCKS: dict[Path, threading.RLock] = {}
_GUARD = threading.Lock()
_FIRST_PAUSE = 0.01
_LONGEST_PAUSE = 0.25


class MirrorBusyError(TimeoutError):
    """Another process held the mirror file (a sync applying its changes, or a long query) for too long.

    Attributes:
        path: The file.
        waited: Seconds spent waiting.
    """

    def __init__(self, path: Path, waited: float) -> None:
        super().__init__(
            f"the mirror {path} stayed locked by another process for {waited:.1f} s; try again, or raise the"
            " mirror's lock_timeout"
        )
        self.path = path
        self.waited = waited


def file_lock(path: Path) -> threading.RLock:
    """The in-process lock of one file (re-entrant: a sync may query its own file)."""
    with _GUARD:
        return _FILE_LOCKS.setdefault(path, threading.RLock())


def _is_lock_conflict(error: duckdb.Error) -> bool:
    text = str(error).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


def connect(path: Path, *, read_only: bool, timeout: float, temp_directory: Path) -> duckdb.DuckDBPyConnection:
    """Open ``path``, waiting up to ``timeout`` seconds while another process holds it.

    Args:
        path: The DuckDB file.
        read_only: Open for reading only (many processes may).
        timeout: Seconds to keep retrying a lock conflict.
        temp_directory: Where DuckDB may spill (beside the file, so every file the mirror writes is in one place).

    Returns:
        The connection (the caller closes it).

    Raises:
        MirrorBusyError: The file stayed locked for ``timeout`` seconds.
    """
    started = time.monotonic()
    pause = _FIRST_PAUSE
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config={"temp_directory": str(temp_directory)})
        except duckdb.IOException as error:
            waited = time.monotonic() - started
            if not _is_lock_conflict(error):
                raise
            if waited >= timeout:
                raise MirrorBusyError(path, waited) from error
            time.sleep(min(pause, timeout - waited))
            pause = min(pause * 2, _LONGEST_PAUSE)


@contextmanager
def opened(path: Path, *, read_only: bool, timeout: float, temp_directory: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """`connect` under the file's in-process lock, closed on exit.

    Args:
        path: The DuckDB file.
        read_only: Open for reading only.
        timeout: Seconds to wait for another process.
        temp_directory: DuckDB's spill folder.

    Yields:
        The connection.
    """
    with file_lock(path):
        con = connect(path, read_only=read_only, timeout=timeout, temp_directory=temp_directory)
        try:
            yield con
        finally:
            con.close()
