"""A folder of runbooks, or a single file, as IT Glue documents.

Markdown, HTML, plain text and Word files become documents of their own; every other file is attached to a
document (one per file, or one per folder). IT Glue's API documents no folder resource to rely on, so document
names carry the tree's shape instead: ``net/vpn/setup.md`` becomes ``net / vpn / setup``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Literal

from itglue_import._model import Blob, DocumentDraft, ImportItem, ItemFailure, encoded_request_size
from itglue_import.markup import (
    Converted,
    ImageLookup,
    decode_text,
    docx_to_sections,
    html_to_sections,
    markdown_to_sections,
    text_to_sections,
)
from itglue_sdk.resources.attachments import MAX_REQUEST_BYTES

_MARKUP_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm", ".txt", ".text", ".docx"})


def _cause(error: OSError) -> str:
    return error.strerror or str(error)


class _References:
    """Resolves one document's local references inside the import root, remembering why one failed."""

    def __init__(self, source: FilesSource, path: Path, rel: str) -> None:
        self.source = source
        self.directory = path.parent
        self.rel = rel
        self.problems: dict[str, str] = {}
        self.used: set[str] = set()

    def lookup(self, kind: str) -> ImageLookup:
        def resolve(ref: str) -> Blob | None:
            target = os.path.normpath(os.path.join(self.directory, ref))
            real = os.path.realpath(target)
            said = f"{kind} '{ref}' referenced by {self.rel}"
            if ref.lower().startswith("cid:"):
                self.problems[ref] = f"{said} is an e-mail reference"
                return None
            if not self.source._inside(real):
                self.problems[ref] = f"{said} is outside the import root"
                return None
            if not os.path.isfile(real):
                self.problems[ref] = f"{said} does not exist"
                return None
            self.used.add(real)
            name = os.path.basename(target)
            try:
                if (too_large := self.source._too_large(Path(real), name)) is not None:
                    self.problems[ref] = f"{said} {too_large}"
                    return None
                return Blob(name, Path(real).read_bytes())
            except OSError as error:
                self.problems[ref] = f"{said} cannot be read ({_cause(error)})"
                return None

        return resolve

    def failure(self, missing: tuple[str, ...]) -> str:
        return "; ".join(self.problems.get(ref, f"'{ref}' referenced by {self.rel} does not exist") for ref in missing)


class FilesSource:
    """Documents from a folder tree (walked recursively, in sorted order) or from a single file.

    Keys are ``files:{root name}/{relative path}`` (``files:{root name}`` for a single-file root); a per-folder
    attachment document's key is its folder's with a trailing slash (``files:{root name}/`` for the top).
    Hidden files and folders are skipped, and so are symbolic links leading out of the root. Local references
    (images, attachment links) must stay inside the root (a single file's root is its folder); files they name
    are not imported again as attachment documents.

    Args:
        root: The folder, or a single file.
        folder: Prefix for every document name (``Runbooks / net / vpn``).
        attachments: Attach each non-markup file to a document of its own (``per-file``) or all of a folder's
            to one document named after the folder (``per-folder``).
        steps: Turn top-level numbered lists into step sections.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        folder: str | None = None,
        attachments: Literal["per-file", "per-folder"] = "per-file",
        steps: bool = True,
    ) -> None:
        self._root = Path(os.path.abspath(root))
        if not self._root.exists():
            raise FileNotFoundError(f"no such file or folder: {self._root}")
        self._single = not self._root.is_dir()
        self._boundary = os.path.realpath(self._root.parent if self._single else self._root)
        self._folder = folder
        self._per_folder = attachments == "per-folder"
        self._steps = steps

    @property
    def scope(self) -> str:
        """``files:{root name}``."""
        return f"files:{self._root.name}"

    def items(self) -> Iterator[ImportItem]:
        """Yield the markup files' documents, then attachment documents for the files no document references."""
        files: list[tuple[Path, str]] = []
        yield from self._walk(self._root, "", files, {os.path.realpath(self._root)})
        referenced: set[str] = set()
        others: list[tuple[Path, str]] = []
        for path, rel in files:
            if path.suffix.lower() in _MARKUP_SUFFIXES:
                yield self._document(path, rel, referenced)
            else:
                others.append((path, rel))
        others = [(path, rel) for path, rel in others if os.path.realpath(path) not in referenced]
        if self._per_folder and not self._single:
            yield from self._folder_documents(others)
        else:
            for path, rel in others:
                yield self._attachment_document(path, rel)

    def _inside(self, real: str) -> bool:
        """Whether the resolved path ``real`` lies within the import root."""
        return os.path.commonpath([real, self._boundary]) == self._boundary

    def _too_large(self, path: Path, name: str) -> str | None:
        """Why ``path`` cannot be uploaded (judged by its size alone, before reading it), or None."""
        size = path.stat().st_size
        if encoded_request_size(size, name) <= MAX_REQUEST_BYTES:
            return None
        return (
            f"is {size:,} bytes: uploaded base64-encoded, its request would exceed the gateway's "
            f"{MAX_REQUEST_BYTES:,}-byte limit"
        )

    def _walk(self, directory: Path, rel: str, files: list[tuple[Path, str]], seen: set[str]) -> Iterator[ItemFailure]:
        if self._single:
            files.append((directory, directory.name))
            return
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield ItemFailure(self._folder_key(rel), f"{rel}/", f"cannot read folder {rel or '.'}: {_cause(error)}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = f"{rel}/{entry.name}" if rel else entry.name
            real = os.path.realpath(entry.path)
            if entry.is_symlink() and not self._inside(real):
                continue
            if entry.is_dir():
                # A link back up the tree would make the walk endless.
                if real not in seen:
                    seen.add(real)
                    yield from self._walk(Path(entry.path), child, files, seen)
            elif entry.is_file():
                files.append((Path(entry.path), child))

    def _key(self, rel: str) -> str:
        return self.scope if self._single else f"{self.scope}/{rel}"

    def _folder_key(self, rel_dir: str) -> str:
        return f"{self.scope}/{rel_dir}/" if rel_dir else f"{self.scope}/"

    def _name(self, *parts: str) -> str:
        return " / ".join([self._folder, *parts] if self._folder else parts)

    def _document(self, path: Path, rel: str, referenced: set[str]) -> ImportItem:
        key = self._key(rel)
        parts = PurePosixPath(rel).parts
        name = self._name(*parts[:-1], path.stem)
        try:
            data = path.read_bytes()
        except OSError as error:
            return ItemFailure(key, rel, f"cannot read {rel}: {_cause(error)}")
        references = _References(self, path, rel)
        warnings: list[str] = []
        try:
            converted = self._convert(path.suffix.lower(), data, references, warnings)
        # The parsers of these formats (zip, XML, HTML) raise whatever a malformed file provokes.
        except Exception as error:
            return ItemFailure(key, rel, f"cannot convert {rel}: {error}")
        finally:
            referenced |= references.used
        if converted.missing:
            return ItemFailure(key, rel, references.failure(converted.missing))
        draft = DocumentDraft(key, name, converted.sections, converted.attachments, (*warnings, *converted.warnings))
        if too_large := [blob for blob in draft.blobs() if not blob.fits]:
            listed = ", ".join(f"'{blob.name}' ({len(blob.data):,} bytes)" for blob in too_large)
            return ItemFailure(key, rel, f"{rel}: {listed} would exceed the gateway's {MAX_REQUEST_BYTES:,}-byte limit")
        return draft

    def _convert(self, suffix: str, data: bytes, references: _References, warnings: list[str]) -> Converted:
        if suffix == ".docx":
            return docx_to_sections(data, steps=self._steps)
        text, warning = decode_text(data)
        if warning is not None:
            warnings.append(warning)
        if suffix in {".md", ".markdown"}:
            return markdown_to_sections(
                text, images=references.lookup("image"), files=references.lookup("attachment"), steps=self._steps
            )
        if suffix in {".html", ".htm"}:
            return html_to_sections(text, images=references.lookup("image"), steps=self._steps)
        return text_to_sections(text)

    def _attachment_document(self, path: Path, rel: str) -> ImportItem:
        key = self._key(rel)
        try:
            if (too_large := self._too_large(path, path.name)) is not None:
                return ItemFailure(key, rel, f"{rel} {too_large}")
            blob = Blob(path.name, path.read_bytes())
        except OSError as error:
            return ItemFailure(key, rel, f"cannot read {rel}: {_cause(error)}")
        return DocumentDraft(key, self._name(*PurePosixPath(rel).parts), attachments=(blob,))

    def _folder_documents(self, files: list[tuple[Path, str]]) -> Iterator[ImportItem]:
        folders: dict[str, list[tuple[Path, str]]] = {}
        for path, rel in files:
            parent = str(PurePosixPath(rel).parent)
            folders.setdefault("" if parent == "." else parent, []).append((path, rel))
        for rel_dir, members in folders.items():
            blobs: list[Blob] = []
            unreadable: list[str] = []
            for path, rel in members:
                try:
                    if (too_large := self._too_large(path, path.name)) is not None:
                        yield ItemFailure(self._key(rel), rel, f"{rel} {too_large}")
                    else:
                        blobs.append(Blob(path.name, path.read_bytes()))
                except OSError as error:
                    unreadable.append(f"cannot read {rel}: {_cause(error)}")
            key, label = self._folder_key(rel_dir), f"{rel_dir}/" if rel_dir else "./"
            # An unreadable file fails its whole folder document: sending the folder without it would remove an
            # attachment that is only unreadable today.
            if unreadable:
                yield ItemFailure(key, label, "; ".join(unreadable))
            elif blobs:
                name = self._name(*PurePosixPath(rel_dir).parts) if rel_dir else self._name(self._root.name)
                yield DocumentDraft(key, name, attachments=tuple(blobs))
