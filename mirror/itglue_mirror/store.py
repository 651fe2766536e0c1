"""Opening mirror files: DuckDB's one-writer-or-many-readers rule, waited out for a bounded time.

DuckDB lets one process open a file for writing, or many processes open it read-only, never both at once; a
second opening fails at once with an ``IOException`` about the file's lock. Every opening here retries that
failure with a short, growing pause until ``timeout`` seconds have passed, then raises `MirrorBusyError`. Because
a sync holds the file for writing only while it applies what it has already fetched (see `itglue_mirror.mirror`),
a query from another process waits at most that long.

Readers keep their connection. Opening a file costs tens of milliseconds, often more than the query, so `reading`
keeps a read-only connection open for the next query, and closes it once idle for ``keep_open`` seconds, as soon
as another process's writer is waiting (checked at each query), and before this process writes.

Writers go first. Readers that query back to back would hold the file almost all the time and a writer retrying
would rarely find it free, so a writer first leaves a marker beside the file (``<name>.duckdb.writer``, holding its
process id) and readers wait while it is there, until the writer is done (or the marker's process is gone, after a
``kill -9``). Inside one process, a lock per file keeps a process's own openings apart (DuckDB shares one database
instance per file within a process and refuses to open it read-only and read-write at the same time).
"""

from __future__ import annotations

import atexit
import os
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


def writer_marker(path: Path) -> Path:
    """The file a writer leaves beside ``path`` while it waits for and holds the file."""
    return path.with_name(path.name + ".writer")


def _writer_waiting(path: Path) -> bool:
    try:
        pid = int(writer_marker(path).read_text(encoding="ascii") or 0)
    except (FileNotFoundError, ValueError):
        return False
    if pid in (0, os.getpid()):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # left by a writer that was killed
    except PermissionError:
        return True  # alive, under another user
    return True


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
    while read_only and _writer_waiting(path):
        waited = time.monotonic() - started
        if waited >= timeout:
            raise MirrorBusyError(path, waited)
        time.sleep(min(_FIRST_PAUSE, timeout - waited))
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


class _KeptReader:
    """A read-only connection kept open between queries, closed once idle (so writers elsewhere get their turn)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.connection = connection
        self.last_used = time.monotonic()


_KEPT: dict[Path, _KeptReader] = {}


def release(path: Path) -> None:
    """Close this process's kept reader of ``path``, if any (other connections to the file may open now)."""
    with file_lock(path):
        _drop_kept(path)


def _drop_kept(path: Path) -> None:
    """Close a kept reader of ``path`` (the caller holds the file's lock)."""
    kept = _KEPT.pop(path, None)
    if kept is not None:
        kept.connection.close()


def _close_when_idle(path: Path, keep_open: float) -> None:
    with file_lock(path):
        kept = _KEPT.get(path)
        if kept is None:
            return
        idle = time.monotonic() - kept.last_used
        if idle >= keep_open:
            _drop_kept(path)
            return
    _schedule_close(path, keep_open, keep_open - idle)


def _release_all() -> None:
    """Close every kept reader at exit, while the interpreter still runs.

    Their idle timers are daemon threads: one closing a connection during interpreter finalization is killed inside
    DuckDB's C++ code, which aborts the process ("terminate called ... exception not rethrown").
    """
    for path in list(_KEPT):
        release(path)


atexit.register(_release_all)


def _schedule_close(path: Path, keep_open: float, delay: float) -> None:
    timer = threading.Timer(delay, _close_when_idle, (path, keep_open))
    timer.daemon = True
    timer.start()


@contextmanager
def reading(
    path: Path, *, timeout: float, temp_directory: Path, keep_open: float
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to ``path``, kept open up to ``keep_open`` idle seconds for the next query.

    Opening a DuckDB file costs tens of milliseconds (its catalog is read, its caches start cold), more than many
    queries; so the connection outlives one query. It is closed when it has been idle for ``keep_open`` seconds, as
    soon as a writer of another process leaves its marker (checked at each use), and before this process writes.

    Args:
        path: The DuckDB file.
        timeout: Seconds to wait for another process's writer.
        temp_directory: DuckDB's spill folder.
        keep_open: Idle seconds before the connection is closed (0: close after each use).

    Yields:
        The connection (the caller must not close it).
    """
    with file_lock(path):
        kept = _KEPT.get(path)
        if kept is not None and _writer_waiting(path):
            _drop_kept(path)
            kept = None
        if kept is None:
            kept = _KeptReader(connect(path, read_only=True, timeout=timeout, temp_directory=temp_directory))
            if keep_open > 0:
                _KEPT[path] = kept
                _schedule_close(path, keep_open, keep_open)
        try:
            yield kept.connection
        finally:
            kept.last_used = time.monotonic()
            if keep_open <= 0:
                kept.connection.close()


@contextmanager
def writing(path: Path, *, timeout: float, temp_directory: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The file open for writing (this process's kept reader closed first), with the writer marker beside it.

    Args:
        path: The DuckDB file.
        timeout: Seconds to wait for other processes' readers.
        temp_directory: DuckDB's spill folder.

    Yields:
        The connection, closed on exit.
    """
    marker = writer_marker(path)
    with file_lock(path):
        _drop_kept(path)
        marker.write_text(str(os.getpid()), encoding="ascii")
        try:
            con = connect(path, read_only=False, timeout=timeout, temp_directory=temp_directory)
            try:
                yield con
            finally:
                con.close()
        finally:
            marker.unlink(missing_ok=True)
