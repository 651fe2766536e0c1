"""`Importer`: turn a source's drafts into IT Glue documents, idempotently, resumably, within the rate limit.

For each item of a source the importer decides, without sending anything, whether the document is new, changed
or unchanged: it lists the organization's documents once per run and reads each one's source marker
(`itglue_import._marker`) and compares the draft's content hash with the one the marker records. Then:

- a new item: the document is created with a ``pending`` marker and recorded at once, its sections (in order,
  ``sort`` set), gallery images and attachments are added, it is published if asked, and the marker finally
  gets the content hash;
- a changed item (or one whose last import did not finish): the document is renamed and marked pending, its
  sections are replaced, attachments no longer wanted are deleted and missing ones uploaded, then the hash is
  written;
- an unchanged item costs nothing.

A run killed anywhere resumes on the next one: a document still marked pending is treated as changed, so its
sections are rebuilt and it ends with exactly one copy of everything. Every request goes through the client,
so its rate limiter, retries and circuit breaker apply and its plugins see ``document.created``.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from itglue_import import _marker
from itglue_import._model import (
    Blob,
    DocumentDraft,
    ItemFailure,
    SectionKind,
    Source,
    encoded_request_size,
)
from itglue_import._state import ImportState, KnownAttachment, KnownDocument, default_state_path
from itglue_import.markup import sanitize_html
from itglue_sdk import ITGlueClient
from itglue_sdk._exceptions import APIStatusError, AuthenticationError
from itglue_sdk.resources.attachments import MAX_REQUEST_BYTES
from itglue_sdk.types import DocumentCreateParams, DocumentSectionCreateParams

Outcome = Literal["created", "updated", "unchanged", "skipped", "failed", "pruned"]

_SECTION_TYPES: dict[
    SectionKind, Literal["Document::Text", "Document::Heading", "Document::Gallery", "Document::Step"]
] = {
    "heading": "Document::Heading",
    "text": "Document::Text",
    "step": "Document::Step",
    "gallery": "Document::Gallery",
}

_EMAIL_SUFFIXES = frozenset({".eml", ".mbox", ".msg"})


@dataclass(frozen=True)
class ItemResult:
    """What happened to one source item (or, when pruned, to one document).

    Attributes:
        key: The item's key.
        name: The document's name (or the item's, for a failure).
        outcome: ``created``, ``updated``, ``unchanged``, ``skipped``, ``failed`` or ``pruned``.
        document_id: The IT Glue document, when there is one.
        reason: Why it failed or was skipped (one line).
        warnings: What the conversion left out on purpose.
    """

    key: str
    name: str
    outcome: Outcome
    document_id: int | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class ImportReport:
    """The summary of one run.

    Attributes:
        scope: The source's scope.
        organization_id: Where the documents went.
        dry_run: Nothing was written; outcomes say what would have happened.
        items: One result per item, in source order, then the pruned documents.
        requests: API requests the run used.
        seconds: How long it took.
    """

    scope: str
    organization_id: int
    dry_run: bool = False
    items: list[ItemResult] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0

    def count(self, outcome: Outcome) -> int:
        """How many items had ``outcome``."""
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def failed(self) -> list[ItemResult]:
        """The items that failed."""
        return [item for item in self.items if item.outcome == "failed"]

    @property
    def ok(self) -> bool:
        """Whether every item made it."""
        return not self.failed

    def totals(self) -> dict[str, int]:
        """Items per outcome (every outcome listed, zeros included)."""
        outcomes: tuple[Outcome, ...] = ("created", "updated", "unchanged", "skipped", "failed", "pruned")
        return {outcome: self.count(outcome) for outcome in outcomes}

    def merge(self, other: ImportReport) -> None:
        """Add another run's items, requests and time (one summary for several sources)."""
        self.items.extend(other.items)
        self.requests += other.requests
        self.seconds += other.seconds

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-serialisable data."""
        return {
            "scope": self.scope,
            "organization_id": self.organization_id,
            "dry_run": self.dry_run,
            "totals": self.totals(),
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "items": [{**asdict(item), "warnings": list(item.warnings)} for item in self.items],
        }


@dataclass(frozen=True)
class _Remote:
    document_id: int
    name: str
    marker: _marker.Marker
    published: bool


class ItemError(Exception):
    """One item cannot be imported; the run reports it and goes on."""


def source_for(path: str | os.PathLike[str], **options: Any) -> Source:
    """The built-in source for a path: e-mail for ``.eml``/``.mbox``/``.msg`` files and Maildirs, else files.

    Args:
        path: A file or folder.
        **options: Passed to the source (`FilesSource` or `EmailSource`).

    Returns:
        The source.
    """
    target = Path(path)
    is_maildir = target.is_dir() and (target / "cur").is_dir() and (target / "new").is_dir()
    if is_maildir or (target.is_file() and target.suffix.lower() in _EMAIL_SUFFIXES):
        from itglue_import.mail import EmailSource  # noqa: PLC0415 - each source loads its parsers when used

        email: Source = EmailSource(target, **options)
        return email
    from itglue_import.files import FilesSource  # noqa: PLC0415

    files: Source = FilesSource(target, **options)
    return files


class Importer:
    """Imports drafts from sources into one instance's documents.

    ::

        with ITGlueClient("production") as client:
            report = Importer(client).run("runbooks/", organization_id=5, prune=True)
            print(report.totals(), report.requests)

    Args:
        client: The client every request goes through.
        state: The state file (default: beside the instance's mirror, see `default_state_path`).
    """

    def __init__(self, client: ITGlueClient, *, state: str | os.PathLike[str] | None = None) -> None:
        self.client = client
        self.state = ImportState(Path(state) if state is not None else default_state_path(client.instance))

    def run(
        self,
        source: Source | str | os.PathLike[str],
        *,
        organization_id: int,
        publish: bool = False,
        prune: bool = False,
        dry_run: bool = False,
        progress: Callable[[ItemResult], None] | None = None,
    ) -> ImportReport:
        """Import every item of a source into an organization.

        Args:
            source: A `Source`, or a path (see `source_for`).
            organization_id: The organization the documents belong to.
            publish: Publish each created or updated document.
            prune: Delete the documents of the source's scope whose item the source no longer yields (not
                those whose item failed this time).
            dry_run: Decide and report, send nothing (the documents are still listed once).
            progress: Told of each item's result as soon as it is known.

        Returns:
            The report; `ImportReport.ok` is False when some item failed.

        Raises:
            AuthenticationError: The key was refused (nothing can succeed; the state keeps what was done).
            APIConnectionError: The API could not be reached after the client's retries.
        """
        chosen = source if isinstance(source, Source) else source_for(source)
        started, requests_before = time.monotonic(), self.client.metrics().requests
        report = ImportReport(scope=chosen.scope, organization_id=organization_id, dry_run=dry_run)

        def record(result: ItemResult) -> None:
            report.items.append(result)
            if progress is not None:
                progress(result)

        try:
            run = _Run(self, organization_id, chosen.scope, publish=publish, dry_run=dry_run)
            for item in chosen.items():
                record(run.item(item))
            if prune:
                for result in run.prune():
                    record(result)
        finally:
            self.state.close()
        report.requests = self.client.metrics().requests - requests_before
        report.seconds = time.monotonic() - started
        return report


class _Run:
    """One run's knowledge of the organization's documents, and the requests that change them."""

    def __init__(self, importer: Importer, organization_id: int, scope: str, *, publish: bool, dry_run: bool) -> None:
        self.client = importer.client
        self.scope = scope
        self.state = importer.state
        self.organization_id = organization_id
        self.publish = publish
        self.dry_run = dry_run
        self.seen: set[str] = set()
        self.remote, self.duplicates = self._index()
        self._reconcile()

    def _index(self) -> tuple[dict[str, _Remote], dict[str, list[int]]]:
        """The organization's imported documents by key, and extra copies of a key (lowest id kept)."""
        found: dict[str, _Remote] = {}
        duplicates: dict[str, list[int]] = {}
        documents = self.client.documents.within(organization_id=self.organization_id)
        for document in sorted(documents.list(), key=lambda d: int(d.id)):
            marker = _marker.parse(document.attributes.description)
            if marker is None:
                continue
            if marker.key in found:
                duplicates.setdefault(marker.key, []).append(int(document.id))
                continue
            found[marker.key] = _Remote(
                int(document.id), str(document.attributes.name), marker, document.attributes.published is True
            )
        return found, duplicates

    def _reconcile(self) -> None:
        """Bring the state in line with IT Glue: its markers win (the state may be lost, stale or from elsewhere)."""
        if self.dry_run:
            return
        known = self.state.documents(self.organization_id)
        for key, entry in known.items():
            if key not in self.remote:
                self.state.forget(self.organization_id, key, entry.document_id)
        for key, remote in self.remote.items():
            current = KnownDocument(key, remote.marker.scope, remote.document_id, remote.marker.content_hash)
            recorded = known.get(key)
            if recorded == current:
                continue
            if recorded is not None and recorded.document_id != remote.document_id:
                self.state.forget(self.organization_id, key, recorded.document_id)
            self.state.remember(self.organization_id, current)

    def item(self, item: DocumentDraft | ItemFailure) -> ItemResult:
        """Import one item and say what happened."""
        if item.key in self.seen:
            return ItemResult(item.key, item.name, "skipped", reason="the source yielded this key twice")
        self.seen.add(item.key)
        if isinstance(item, ItemFailure):
            return ItemResult(item.key, item.name, "failed", reason=item.reason)
        remote = self.remote.get(item.key)
        existing = remote.document_id if remote is not None else None
        try:
            if not self.dry_run:
                # Two documents claiming one key (two runs racing): the lowest id stays, the others go.
                for duplicate in self.duplicates.pop(item.key, []):
                    self.client.documents.delete(duplicate)
            _check_sizes(item)
            if remote is not None and remote.marker.content_hash == item.content_hash:
                if self.publish and not remote.published:
                    self.client.documents.publish(remote.document_id)
                    return self._result(item, "updated", remote.document_id, "published")
                return self._result(item, "unchanged", remote.document_id)
            if self.dry_run:
                return self._result(item, "created" if remote is None else "updated", existing)
            if remote is None:
                return self._result(item, "created", self._create(item))
            return self._result(item, "updated", self._update(item, remote.document_id))
        except ItemError as exc:
            return self._result(item, "failed", existing, str(exc))
        except AuthenticationError:
            raise
        except APIStatusError as exc:
            return self._result(item, "failed", existing, f"IT Glue refused it: {exc}")

    @staticmethod
    def _result(
        draft: DocumentDraft, outcome: Outcome, document_id: int | None, reason: str | None = None
    ) -> ItemResult:
        return ItemResult(draft.key, draft.name, outcome, document_id, reason, draft.warnings)

    def _create(self, draft: DocumentDraft) -> int:
        documents = self.client.documents.within(organization_id=self.organization_id)
        attributes: DocumentCreateParams = {
            "name": draft.name,
            "organization_id": self.organization_id,
            "description": _marker.describe(draft.key, self.scope, None),
        }
        created = documents.create(attributes)
        document_id = int(created.id)
        # Recorded before anything else is sent: a run killed from here on finds the document again.
        self.state.remember(self.organization_id, KnownDocument(draft.key, self.scope, document_id, None))
        self._fill(draft, document_id, new=True)
        return document_id

    def _update(self, draft: DocumentDraft, document_id: int) -> int:
        self.client.documents.update(
            document_id, {"name": draft.name, "description": _marker.describe(draft.key, self.scope, None)}
        )
        self.state.remember(self.organization_id, KnownDocument(draft.key, self.scope, document_id, None))
        sections = self.client.document_sections.within(document_id=document_id)
        for section in list(sections.list()):
            sections.delete(section)
        self._fill(draft, document_id)
        return document_id

    def _fill(self, draft: DocumentDraft, document_id: int, *, new: bool = False) -> None:
        """Add sections, images and attachments, publish if asked, then write the content hash."""
        sections = self.client.document_sections.within(document_id=document_id)
        for sort, section in enumerate(draft.sections):
            attributes: DocumentSectionCreateParams = {"resource_type": _SECTION_TYPES[section.kind], "sort": sort}
            if section.kind == "heading":
                attributes["content"] = section.content
            elif section.kind != "gallery":
                # Whatever the source (a plugin's HTML too), no script or handler reaches IT Glue.
                attributes["content"] = sanitize_html(section.content)
            if section.kind == "heading":
                attributes["level"] = section.level or 1
            if section.kind == "step" and section.duration is not None:
                attributes["duration"] = section.duration
            created = sections.create(attributes)
            for image in section.images:
                self.client.document_images.create(
                    {"target": {"type": "gallery", "id": int(created.id)}, "image": _upload(image, "file-name")}
                )
        self._sync_attachments(draft, document_id, new=new)
        if self.publish:
            self.client.documents.publish(document_id)
        self.client.documents.update(
            document_id, {"description": _marker.describe(draft.key, self.scope, draft.content_hash)}
        )
        self.state.remember(self.organization_id, KnownDocument(draft.key, self.scope, document_id, draft.content_hash))

    def _sync_attachments(self, draft: DocumentDraft, document_id: int, *, new: bool) -> None:
        """Keep the attachments the draft still has (same name and bytes), delete the rest, upload what is missing.

        A document this run created has none yet, so it is not asked for them.
        """
        files = self.client.attachments.within(document_id=document_id)
        uploaded = {known.attachment_id: known for known in self.state.attachments(document_id)}
        wanted = {(blob.name, blob.sha256): blob for blob in draft.attachments}
        kept: set[tuple[str, str]] = set()
        for attachment in [] if new else list(files.list()):
            known = uploaded.pop(int(attachment.id), None)
            identity = (known.name, known.sha256) if known is not None else None
            if identity is not None and identity in wanted and identity not in kept:
                kept.add(identity)
                continue
            # Not ours, changed, or uploaded by a run killed before it could record it: replaced.
            files.delete(attachment)
            self.state.detached(document_id, int(attachment.id))
        for gone in uploaded:
            self.state.detached(document_id, gone)
        for identity, blob in wanted.items():
            if identity in kept:
                continue
            created = files.create({"attachment": _upload(blob, "file_name")})
            self.state.attached(document_id, KnownAttachment(int(created.id), blob.name, blob.sha256))

    def prune(self) -> Iterator[ItemResult]:
        """Delete (or, in a dry run, name) the scope's documents whose item this run did not see."""
        for key, remote in sorted(self.remote.items()):
            if remote.marker.scope != self.scope or key in self.seen:
                continue
            if not self.dry_run:
                for document_id in [remote.document_id, *self.duplicates.pop(key, [])]:
                    self.client.documents.delete(document_id)
                self.state.forget(self.organization_id, key, remote.document_id)
            yield ItemResult(key, remote.name, "pruned", remote.document_id, reason="its source is gone")


def _check_sizes(draft: DocumentDraft) -> None:
    for blob in draft.blobs():
        if not blob.fits:
            size = encoded_request_size(len(blob.data), blob.name)
            raise ItemError(
                f"{blob.name!r} ({len(blob.data):,} bytes) would need a {size:,}-byte request, over the gateway's "
                f"{MAX_REQUEST_BYTES:,}-byte limit; nothing of this item was sent"
            )


def _upload(blob: Blob, name_key: str) -> dict[str, str]:
    return {"content": base64.b64encode(blob.data).decode("ascii"), name_key: blob.name}
