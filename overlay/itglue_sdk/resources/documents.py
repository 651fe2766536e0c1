"""Documents: create, add sections and images, publish, list per organization and folder, delete.

::

    docs = client.documents.within(organization_id=5)
    doc = docs.create({"name": "Onboarding"})
    client.documents.add_section(doc, "heading", content="Accounts", level=2)
    client.documents.add_section(doc, "text", content="<p>Create the user.</p>")
    gallery = client.documents.add_section(doc, "gallery")
    client.documents.add_image("screen.png", gallery=gallery)
    client.documents.publish(doc)
    for d in docs.list(filter={"document_folder_id": None}):   # root folder only
        ...
    client.documents.delete(doc)

Sections are a group of their own (``client.document_sections.within(document_id=...)``) and images too
(``client.document_images``); the helpers here only save spelling out their routes and kinds.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, Literal

from itglue_api.models import Document, DocumentImage, DocumentSection, DocumentWriteAttributes
from itglue_sdk._exceptions import InvalidParameterError
from itglue_sdk._http.requester import Plan, RequestOptions, TimeoutTypes, TransferProgress, arun, run
from itglue_sdk._spec.payloads import Ref, record_id
from itglue_sdk.resources.attachments import FILE_CONTENT, reported_upload, with_file
from itglue_sdk.resources.records import RecordReader
from itglue_sdk.resources.service import AsyncResourceService, ResourceCalls, ResourceDef, ResourceService, Scope
from itglue_sdk.types import DocumentCreateParams, DocumentFilters, DocumentInclude, DocumentSort, DocumentUpdateParams

SectionKind = Literal["text", "heading", "step", "gallery"]

SECTION_TYPES: Final[dict[SectionKind, str]] = {
    "text": "Document::Text",
    "heading": "Document::Heading",
    "step": "Document::Step",
    "gallery": "Document::Gallery",
}


def section_calls(document: Ref, reader: RecordReader | None = None) -> ResourceCalls[DocumentSection]:
    """Request builder for the sections of one document (parsed by ``reader``, default one of its own)."""
    sections: ResourceDef[DocumentSection] = ResourceDef.load("document_sections", reader=reader)
    return ResourceCalls(sections, Scope("document_id", record_id(document)))


def section_attributes(
    kind: SectionKind, *, content: str | None, level: int | None, duration: int | None
) -> dict[str, Any]:
    """Write attributes of a new section.

    Args:
        kind: ``text``, ``heading``, ``step`` or ``gallery``.
        content: HTML (text, step) or plain text (heading).
        level: Heading level 1-6.
        duration: Step duration in minutes.

    Returns:
        The attributes.

    Raises:
        InvalidParameterError: Unknown kind.
    """
    if kind not in SECTION_TYPES:
        raise InvalidParameterError(f"unknown section kind {kind!r}", parameter="kind", allowed=SECTION_TYPES)
    given = {"content": content, "level": level, "duration": duration}
    return {"resource_type": SECTION_TYPES[kind], **{key: value for key, value in given.items() if value is not None}}


def image_plan(
    file: Path,
    *,
    document: Ref | None,
    gallery: Ref | None,
    reader: RecordReader | None = None,
    progress: TransferProgress | None = None,
) -> Plan[DocumentImage]:
    """Upload an image into a document or a gallery section.

    Args:
        file: The image.
        document: Document to add it to (inline image).
        gallery: Gallery section to add it to.
        reader: Parses the created image (default: a reader of its own).
        progress: Told of the upload (see `TransferProgress`).

    Yields:
        The create call.

    Returns:
        The created image.

    Raises:
        InvalidParameterError: Not exactly one of ``document`` and ``gallery``.
        RequestTooLargeError: The request would exceed the gateway's 10 MB limit.
    """
    if document is not None and gallery is None:
        target = {"type": "document", "id": int(record_id(document, what="document"))}
    elif gallery is not None and document is None:
        target = {"type": "gallery", "id": int(record_id(gallery, what="gallery"))}
    else:
        raise InvalidParameterError("give exactly one of document= and gallery=", parameter="target")
    calls: ResourceCalls[DocumentImage] = ResourceCalls(ResourceDef.load("document_images", reader=reader), Scope())
    attributes = {"target": target, "image": {"content": FILE_CONTENT, "file-name": file.name}}
    created: DocumentImage = yield from reported_upload(with_file(calls.create_one(attributes), file), file, progress)
    return created


class DocumentService(
    ResourceService[
        Document,
        DocumentWriteAttributes,
        DocumentCreateParams,
        DocumentUpdateParams,
        DocumentFilters,
        DocumentSort,
        DocumentInclude,
    ]
):
    """`ResourceService` for documents, with sections, images and publishing."""

    def publish(
        self, id: Ref, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> Document:
        """Publish a document's draft.

        Args:
            id: Document id or model.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The published document.
        """
        return run(self._requester, self._calls.publish(id), RequestOptions.of(timeout, extra_headers))

    def add_section(
        self,
        document: Ref,
        kind: SectionKind,
        *,
        content: str | None = None,
        level: int | None = None,
        duration: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentSection:
        """Append a section to a document.

        Args:
            document: Document id or model.
            kind: ``text``, ``heading``, ``step`` or ``gallery``.
            content: HTML (text, step) or plain text (heading).
            level: Heading level.
            duration: Step duration in minutes.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The created section.
        """
        attributes = section_attributes(kind, content=content, level=level, duration=duration)
        return run(
            self._requester,
            section_calls(document, self._resource.reader).create_one(attributes),
            RequestOptions.of(timeout, extra_headers),
        )

    def add_image(
        self,
        path: str | os.PathLike[str],
        *,
        document: Ref | None = None,
        gallery: Ref | None = None,
        progress: TransferProgress | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentImage:
        """Upload an image into a document (inline) or into a gallery section.

        Args:
            path: The image file.
            document: Document to add it to.
            gallery: Gallery section to add it to.
            progress: Told ``(0, size)`` before the request and ``(size, size)`` once the API accepted it (see
                `itglue_sdk._http.requester.TransferProgress`).
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The created image.
        """
        return run(
            self._requester,
            image_plan(Path(path), document=document, gallery=gallery, reader=self._resource.reader, progress=progress),
            RequestOptions.of(timeout, extra_headers),
        )


class AsyncDocumentService(
    AsyncResourceService[
        Document,
        DocumentWriteAttributes,
        DocumentCreateParams,
        DocumentUpdateParams,
        DocumentFilters,
        DocumentSort,
        DocumentInclude,
    ]
):
    """The async twin of `DocumentService`."""

    async def publish(
        self, id: Ref, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> Document:
        """Publish a document's draft (see `DocumentService.publish`)."""
        return await arun(self._requester, self._calls.publish(id), RequestOptions.of(timeout, extra_headers))

    async def add_section(
        self,
        document: Ref,
        kind: SectionKind,
        *,
        content: str | None = None,
        level: int | None = None,
        duration: int | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentSection:
        """Append a section to a document (see `DocumentService.add_section`)."""
        attributes = section_attributes(kind, content=content, level=level, duration=duration)
        return await arun(
            self._requester,
            section_calls(document, self._resource.reader).create_one(attributes),
            RequestOptions.of(timeout, extra_headers),
        )

    async def add_image(
        self,
        path: str | os.PathLike[str],
        *,
        document: Ref | None = None,
        gallery: Ref | None = None,
        progress: TransferProgress | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DocumentImage:
        """Upload an image into a document or a gallery section (see `DocumentService.add_image`)."""
        return await arun(
            self._requester,
            image_plan(Path(path), document=document, gallery=gallery, reader=self._resource.reader, progress=progress),
            RequestOptions.of(timeout, extra_headers),
        )
