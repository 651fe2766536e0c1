"""The importer's local state: which document each source item became, at which content hash, with which files.

One SQLite file per instance, beside the instance's mirror (``<mirror folder>/<instance>.imports.sqlite``).
SQLite rather than DuckDB because the state is a handful of rows written one at a time, each committed at once
so an interrupted run resumes from the last step that reached IT Glue; DuckDB is built for bulk analytical
loads and allows one writer per file, which would also make an import wait for a mirror sync.

The state is a cache: every document also carries its source marker (`itglue_import._marker`), so a lost or
deleted state file is rebuilt from IT Glue on the next run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from itglue_sdk.config.instances import APP_NAME, Instance

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    organization_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    scope TEXT NOT NULL,
    document_id INTEGER NOT NULL,
    content_hash TEXT,
    PRIMARY KEY (organization_id, key)
);
CREATE TABLE IF NOT EXISTS attachments (
    document_id INTEGER NOT NULL,
    attachment_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (document_id, attachment_id)
);
"""


def default_state_path(instance: Instance) -> Path:
    """Where an instance's import state lives: beside its mirror.

    Args:
        instance: The client's instance.

    Returns:
        ``<data_dir>/<instance>.imports.sqlite``, the data folder being the mirror's.
    """
    folder = instance.data_dir or platformdirs.user_data_path(APP_NAME, appauthor=False) / "mirrors"
    return folder / f"{instance.name}.imports.sqlite"


@dataclass(frozen=True)
class KnownDocument:
    """A document the state knows a source item became.

    Attributes:
        key: The source item's key.
        scope: The scope of the source that made it.
        document_id: The IT Glue document.
        content_hash: Hash of the draft last imported completely; None while an import of it is unfinished.
    """

    key: str
    scope: str
    document_id: int
    content_hash: str | None


@dataclass(frozen=True)
class KnownAttachment:
    """An attachment the importer uploaded: its id, name and the SHA-256 of its bytes."""

    attachment_id: int
    name: str
    sha256: str


class ImportState:
    """The SQLite state of one instance's imports (one short transaction per change).

    The file is in WAL mode with ``synchronous=NORMAL``: each change is committed before the importer sends its
    next request, so a killed process loses nothing, and commits need no fsync (only a power cut could lose the
    last ones, and the document markers in IT Glue recover those). The connection opens on first use and
    `close` releases it (`Importer.run` does, at the end of each run).

    Args:
        path: The state file (created with its folder when missing).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connection() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        if self._db is None:
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        with self._db as transaction:
            yield transaction

    def close(self) -> None:
        """Close the connection (the next use opens it again)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def documents(self, organization_id: int) -> dict[str, KnownDocument]:
        """Every document the state knows in an organization, by key."""
        with self._connection() as db:
            rows = db.execute(
                "SELECT key, scope, document_id, content_hash FROM documents WHERE organization_id = ?",
                (organization_id,),
            ).fetchall()
        return {row[0]: KnownDocument(*row) for row in rows}

    def remember(self, organization_id: int, known: KnownDocument) -> None:
        """Record (or replace) which document a key became and at which hash."""
        with self._connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
                (organization_id, known.key, known.scope, known.document_id, known.content_hash),
            )

    def forget(self, organization_id: int, key: str, document_id: int) -> None:
        """Drop a key and its document's attachments (the document is gone)."""
        with self._connection() as db:
            db.execute("DELETE FROM documents WHERE organization_id = ? AND key = ?", (organization_id, key))
            db.execute("DELETE FROM attachments WHERE document_id = ?", (document_id,))

    def attachments(self, document_id: int) -> list[KnownAttachment]:
        """The attachments uploaded to a document, as far as the state knows."""
        with self._connection() as db:
            rows = db.execute(
                "SELECT attachment_id, name, sha256 FROM attachments WHERE document_id = ? ORDER BY attachment_id",
                (document_id,),
            ).fetchall()
        return [KnownAttachment(*row) for row in rows]

    def attached(self, document_id: int, attachment: KnownAttachment) -> None:
        """Record an uploaded attachment."""
        with self._connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO attachments VALUES (?, ?, ?, ?)",
                (document_id, attachment.attachment_id, attachment.name, attachment.sha256),
            )

    def detached(self, document_id: int, attachment_id: int) -> None:
        """Forget an attachment that was deleted."""
        with self._connection() as db:
            db.execute(
                "DELETE FROM attachments WHERE document_id = ? AND attachment_id = ?", (document_id, attachment_id)
            )
