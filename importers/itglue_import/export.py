"""Export an organization's documents as Markdown files the file importer reads back.

Each document becomes one Markdown file of chunks, a chunk per section in ``sort`` order (then id), each
opened by a marker, an HTML comment alone on its line::

    <!-- itglue:heading -->
    ## Accounts

    <!-- itglue:text -->
    <p>Create the user in <strong>AD</strong>.</p>

    <!-- itglue:step duration=5 -->
    <p>Open the console</p>

    <!-- itglue:gallery -->
    ![screen.png](<Onboarding.files/screen.png>)

    <!-- itglue:attachments -->
    - [report.pdf](<Onboarding.files/attachments/report.pdf>)

A heading is ``#`` times its level and its text; text and step sections are their HTML as IT Glue holds it; a
gallery lists its images and the attachments chunk, last, the document's files, each linked by a path relative
to the Markdown file. Chunks are separated by a blank line; a non-empty file ends with one newline.

The document name's `` / ``-separated parts are its path (``net / vpn / setup`` is ``net/vpn/setup.md``, the
importer names a document by its path joined with `` / ``), each part made a safe file name, so nothing is
written outside the export directory. Images go to ``<path>.files/``, attachments to
``<path>.files/attachments/``. Names that clash (case-insensitively, as on macOS and Windows) get `` (2)``,
`` (3)``... in the order of the documents' ids, of the images' ids and of the attachments' ids.

The API has no route listing a gallery's images: they are found in the gallery section's ``rendered-content``
(``<img src=URL alt=FILE-NAME>``) and downloaded from there, so a gallery costs no request beyond its images.
Images a step section holds have no place in the format and are not exported.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from itglue_api.models import Attachment, Document, DocumentSection
from itglue_api.types import Unset
from itglue_sdk import ITGlueClient
from itglue_sdk._exceptions import AnswerShapeError, ITGlueError
from itglue_sdk._http.requester import Download, HttpxRequester, Plan, run
from itglue_sdk.resources.attachments import AttachmentService, safe_file_name

ATTACHMENTS = "attachments"
"""The folder, inside a document's ``.files`` folder, that holds its attachments."""

_MAX_PART = 200
"""Longest path part kept, so the ``.files`` suffix and a clash suffix stay within a 255-byte file name."""

_EXPORT_ERRORS = (ITGlueError, AnswerShapeError, OSError)

_NEWLINES = re.compile(r"[ \t]*[\r\n]+[ \t]*")


@dataclass(frozen=True)
class ExportReport:
    """What `export_documents` wrote.

    Attributes:
        directory: The export directory.
        documents: Documents written.
        files: The Markdown files written, in order.
        images: Gallery images written.
        attachments: Attachments written.
        failed: ``(document name or id, reason)`` of each document or file that could not be exported; the
            export went on without it.
        requests: API requests the export made (the client's ``metrics().requests`` after minus before).
    """

    directory: Path
    documents: int
    files: tuple[Path, ...]
    images: int
    attachments: int
    failed: tuple[tuple[str, str], ...]
    requests: int


def export_documents(
    client: ITGlueClient,
    organization_id: int,
    directory: str | os.PathLike[str],
    *,
    folder_ids: Iterable[int] = (),
) -> ExportReport:
    """Write every document of an organization as a Markdown file under ``directory``.

    The organization's document index answers its root-level documents; IT Glue has no route listing
    document folders, so documents in folders are exported only for the folders named in ``folder_ids``
    (each listed with ``filter[document_folder_id]``; a document listed twice is written once).

    Args:
        client: The client to read with.
        organization_id: The organization whose documents are exported.
        directory: Where the files go (created if missing; an earlier export's files at the same paths are
            overwritten).
        folder_ids: Document folders whose documents are exported too.

    Returns:
        The report; documents and files that failed are in its ``failed``, not raised.

    Raises:
        ITGlueError: The organization's documents could not be listed (nothing was written).
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    before = client.metrics().requests
    documents = _documents(client, organization_id, folder_ids)
    # The API key travels only to the API's host (files elsewhere go through a key-less client).
    with contextlib.closing(HttpxRequester(client.http)) as requester:
        exporter = _Exporter(client, requester, root)
        for document in documents:
            exporter.export(document)
    return ExportReport(
        directory=root,
        documents=len(exporter.files),
        files=tuple(exporter.files),
        images=exporter.images,
        attachments=exporter.attachments,
        failed=tuple(exporter.failed),
        requests=client.metrics().requests - before,
    )


def _documents(client: ITGlueClient, organization_id: int, folder_ids: Iterable[int]) -> list[Document]:
    listing = client.documents.within(organization_id=organization_id)
    found = {document.id: document for document in listing.list()}
    for folder_id in folder_ids:
        found.update((d.id, d) for d in listing.list(filter={"document_folder_id": folder_id}))
    return sorted(found.values(), key=lambda document: int(document.id))


@dataclass
class _Exporter:
    """Writes documents one by one, keeping the paths taken and the report's counts."""

    client: ITGlueClient
    requester: HttpxRequester
    root: Path
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    images: int = 0
    attachments: int = 0
    _taken: set[str] = field(default_factory=set)

    def export(self, document: Document) -> None:
        """Write one document's Markdown file and its files; record a failure instead of raising."""
        name = _value(document.attributes.name)
        label = str(name) if name else document.id
        *folders, stem = document_path(str(name or ""), fallback=f"document-{document.id}")
        stem = _unique(stem, self._taken, folder="/".join(folders))
        markdown = self.root.joinpath(*folders, stem + ".md")
        files = _Files(markdown.with_name(stem + ".files"), stem + ".files", label, document.id, self)
        try:
            sections = self.client.document_sections.within(document_id=document.id).list()
            chunks = [_chunk(section, files) for section in sorted(sections, key=_section_order)]
            attached = sorted(files.attached.list(), key=_by_id)
            if attached:
                chunks.append(_marker(ATTACHMENTS, files.attachments(attached)))
            markdown.parent.mkdir(parents=True, exist_ok=True)
            markdown.write_text("\n\n".join(chunks) + "\n" if chunks else "", encoding="utf-8", newline="\n")
        except _EXPORT_ERRORS as exc:
            self.failed.append((label, _reason(exc)))
            return
        self.files.append(markdown)


@dataclass
class _Files:
    """One document's ``.files`` folder: names taken there, downloads into it, the links to them."""

    directory: Path
    link: str
    label: str
    document_id: str
    exporter: _Exporter
    # The attachments folder sits among the images: no image may take its name.
    _images: set[str] = field(default_factory=lambda: {f"/{ATTACHMENTS}"})
    _attachments: set[str] = field(default_factory=set)

    @property
    def attached(self) -> AttachmentService:
        """The document's attachments."""
        return self.exporter.client.attachments.within(document_id=self.document_id)

    def gallery(self, rendered: str) -> list[str]:
        """Download the images a gallery's rendered content shows; their Markdown lines."""
        lines = []
        for index, (url, alt) in enumerate(_images(rendered), start=1):
            file_name = alt or unquote(PurePosixPath(urlsplit(url).path).name)
            name = _unique(safe_file_name(file_name, fallback=f"image-{index}"), self._images, extension=True)
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                run(self.exporter.requester, _download(url, self.directory / name))
            except _EXPORT_ERRORS as exc:
                self.exporter.failed.append((self.label, f"image {file_name!r}: {_reason(exc)}"))
                continue
            self.exporter.images += 1
            lines.append(f"![{_label(file_name or name)}](<{self.link}/{name}>)")
        return lines

    def attachments(self, attached: list[Attachment]) -> list[str]:
        """Download a document's attachments; their Markdown list items."""
        folder = self.directory / ATTACHMENTS
        lines = []
        for attachment in attached:
            attributes = attachment.attributes
            # The file name, not the (renamable, maybe extension-less) name: it is what an import uploads again.
            file_name = _value(attributes.attachment_file_name) or _value(attributes.name) or ""
            fallback = f"attachment-{attachment.id}"
            name = _unique(safe_file_name(file_name, fallback=fallback), self._attachments, extension=True)
            try:
                folder.mkdir(parents=True, exist_ok=True)
                self.attached.download(attachment, folder / name)
            except _EXPORT_ERRORS as exc:
                self.exporter.failed.append((self.label, f"attachment {file_name!r}: {_reason(exc)}"))
                continue
            self.exporter.attachments += 1
            lines.append(f"- [{_label(file_name or name)}](<{self.link}/{ATTACHMENTS}/{name}>)")
        return lines


def document_path(name: str, *, fallback: str) -> list[str]:
    r"""The path parts of a document's Markdown file (without ``.md``): its name's `` / ``-separated parts, made safe.

    A ``/`` or ``\`` inside a part becomes ``_``; `safe_file_name` removes what could climb out of the
    directory or hide (``..``, leading dots, reserved characters).

    Args:
        name: The document name.
        fallback: Name of a part with nothing usable left (e.g. ``document-42``).

    Returns:
        The parts, never empty.
    """
    return [safe_file_name(re.sub(r"[\\/]", "_", part)[:_MAX_PART], fallback=fallback) for part in name.split(" / ")]


def _chunk(section: DocumentSection, files: _Files) -> str:
    attributes = section.attributes
    kind = attributes.resource_type.removeprefix("Document::").lower()
    content = str(_value(attributes.content) or "")
    if kind == "heading":
        level = _value(attributes.level)
        hashes = "#" * (level if isinstance(level, int) and 1 <= level <= 6 else 1)
        return _marker(kind, [f"{hashes} {_NEWLINES.sub(' ', content).strip()}"])
    if kind == "gallery":
        return _marker(kind, files.gallery(str(_value(attributes.rendered_content) or "")))
    duration = _value(attributes.duration)
    attribute = f" duration={duration}" if kind == "step" and isinstance(duration, int) else ""
    return _marker(kind + attribute, [content.strip()] if content.strip() else [])


def _download(url: str, destination: Path) -> Plan[Path]:
    """Stream a file with the SDK's download step (written beside ``destination``, moved into place whole)."""
    written: Path = yield Download(url, destination)
    return written


def _marker(kind: str, lines: list[str]) -> str:
    return "\n".join([f"<!-- itglue:{kind} -->", *lines])


class _ImageTags(HTMLParser):
    """Collects ``(src, alt)`` of the ``<img>`` elements of some HTML (entities decoded)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img" and values.get("src"):
            self.found.append((str(values["src"]), str(values.get("alt") or "")))


def _images(rendered: str) -> list[tuple[str, str]]:
    parser = _ImageTags()
    parser.feed(rendered)
    parser.close()
    return parser.found


def _unique(name: str, taken: set[str], *, folder: str = "", extension: bool = False) -> str:
    """``name``, else ``name (2)``, ``name (3)``...: the first not taken in ``folder`` (case-insensitively).

    With ``extension`` the number goes before the file name's extension (``shot (2).png``).
    """
    stem, suffix = os.path.splitext(name) if extension else (name, "")
    candidate, number = name, 1
    while f"{folder}/{candidate}".casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    taken.add(f"{folder}/{candidate}".casefold())
    return candidate


def _label(text: str) -> str:
    """Text safe inside a Markdown link's brackets (CommonMark backslash escapes, line breaks as spaces)."""
    return re.sub(r"([\\\[\]])", r"\\\1", re.sub(r"[\r\n]+", " ", text))


def _section_order(section: DocumentSection) -> tuple[bool, int, int]:
    sort = _value(section.attributes.sort)
    return (not isinstance(sort, int), sort if isinstance(sort, int) else 0, int(section.id))


def _by_id(record: Attachment) -> int:
    return int(record.id)


def _value(value: Any) -> Any:
    """None for an attribute the answer left out."""
    return None if isinstance(value, Unset) else value


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
