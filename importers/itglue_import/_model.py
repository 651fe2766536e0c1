"""What a source yields: documents to be (`DocumentDraft`) and items that could not become one (`ItemFailure`).

A draft is everything the importer sends for one source item, decided before any request: its name, its
sections in order, the images of its gallery sections and the files attached to it. Its `content_hash` covers
all of that, so a second run can tell an unchanged item from a changed one without asking IT Glue.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

# The gateway's limit on one request body; files travel base64-encoded inside the JSON.
from itglue_sdk.resources.attachments import MAX_REQUEST_BYTES

SectionKind = Literal["heading", "text", "step", "gallery"]


_ENVELOPE_BYTES = 512
"""Room for the JSON around an upload's base64 (type, target, file name)."""


def encoded_request_size(blob_size: int, file_name: str) -> int:
    """The size of the request that uploads a file of ``blob_size`` bytes (base64 plus its JSON envelope)."""
    return 4 * -(-blob_size // 3) + len(file_name.encode()) + _ENVELOPE_BYTES


@dataclass(frozen=True)
class Blob:
    """A file the importer uploads: a document image or an attachment.

    Attributes:
        name: File name sent to IT Glue (no directory part).
        data: The bytes.
    """

    name: str
    data: bytes = field(repr=False)

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the bytes."""
        return hashlib.sha256(self.data).hexdigest()

    @property
    def fits(self) -> bool:
        """Whether its upload request stays within the gateway's 10 MB limit."""
        return encoded_request_size(len(self.data), self.name) <= MAX_REQUEST_BYTES


@dataclass(frozen=True)
class Section:
    """One document section.

    Attributes:
        kind: ``heading``, ``text``, ``step`` or ``gallery``.
        content: Plain text for a heading; sanitised HTML for text and step sections; empty for a gallery.
        level: Heading level, 1-6 (headings only).
        duration: Minutes a step takes (steps only; None when unknown).
        images: Images of a gallery section, in order.
    """

    kind: SectionKind
    content: str = ""
    level: int | None = None
    duration: int | None = None
    images: tuple[Blob, ...] = ()

    @classmethod
    def heading(cls, text: str, level: int = 1) -> Section:
        """A heading section (``level`` clamped to 1-6)."""
        return cls("heading", text, level=min(max(level, 1), 6))

    @classmethod
    def text(cls, html: str) -> Section:
        """A text section of (already sanitised) HTML."""
        return cls("text", html)

    @classmethod
    def step(cls, html: str, duration: int | None = None) -> Section:
        """A step section of (already sanitised) HTML."""
        return cls("step", html, duration=duration)

    @classmethod
    def gallery(cls, *images: Blob) -> Section:
        """A gallery section holding ``images``."""
        return cls("gallery", images=images)

    def fingerprint(self) -> dict[str, object]:
        """What identifies the section's content (image bytes by hash)."""
        return {
            "kind": self.kind,
            "content": self.content,
            "level": self.level,
            "duration": self.duration,
            "images": [[image.name, image.sha256] for image in self.images],
        }


@dataclass(frozen=True)
class DocumentDraft:
    """One source item as the document it becomes.

    Attributes:
        key: Stable identity of the source item within its source, e.g. ``files:runbooks/net/vpn.md`` or
            ``email:<id@example.com>``; a second run finds the document again by it.
        name: Document name.
        sections: Sections in order.
        attachments: Files attached to the document.
        warnings: What was left out on purpose (remote images, unsafe markup), for the report.
    """

    key: str
    name: str
    sections: tuple[Section, ...] = ()
    attachments: tuple[Blob, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        """Hex SHA-256 over name, sections, images and attachments: equal hashes mean nothing to send."""
        payload = {
            "name": self.name,
            "sections": [section.fingerprint() for section in self.sections],
            "attachments": [[blob.name, blob.sha256] for blob in self.attachments],
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def blobs(self) -> Iterator[Blob]:
        """Every file the draft uploads: gallery images, then attachments."""
        for section in self.sections:
            yield from section.images
        yield from self.attachments


@dataclass(frozen=True)
class ItemFailure:
    """A source item that cannot become a document; the run reports it and goes on.

    Attributes:
        key: The item's identity (as a draft's), so pruning never removes the document of a file that is
            only unreadable today.
        name: What to call it in the report (usually its path).
        reason: One line saying what is wrong.
    """

    key: str
    name: str
    reason: str


ImportItem = DocumentDraft | ItemFailure


@runtime_checkable
class Source(Protocol):
    """Where documents come from: a folder, a mailbox, a PSA, a ticket system.

    A source yields one item per document. ``scope`` names the set of documents it owns in an organization:
    ``--prune`` deletes the documents of that scope whose key the run did not yield. Register a source for
    ``itglue import NAME`` under the entry-point group ``itglue_sdk.importers`` (see `itglue_import.plugins`).
    """

    @property
    def scope(self) -> str:
        """The set of keys this source owns, e.g. ``files:runbooks``."""
        ...

    def items(self) -> Iterator[ImportItem]:
        """Yield a draft (or a failure) per source item."""
        ...
