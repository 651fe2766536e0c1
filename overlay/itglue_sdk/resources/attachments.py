"""Attachments: upload a file from a path, download one to a path, rename, delete.

Attachments only exist within a parent record::

    files = client.attachments.within(configuration_id=12)
    attachment = files.upload("runbook.pdf")
    files.download(attachment, "downloads/")        # streamed; the server's file name is sanitised
    files.rename(attachment, "Runbook (2024)")
    files.delete(attachment)

IT Glue takes uploads as base64 inside the JSON body, behind a gateway that rejects bodies over 10 MB. The
size of the encoded body is computed before anything is sent, and a file that would not fit raises
`RequestTooLargeError` right away.
"""

from __future__ import annotations

import base64
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Final, TypeVar

from itglue_api.models import Attachment, AttachmentWriteAttributes
from itglue_api.types import Unset
from itglue_sdk._exceptions import RequestTooLargeError
from itglue_sdk._http.requester import (
    Call,
    Download,
    Plan,
    RequestOptions,
    TimeoutTypes,
    TransferProgress,
    arun,
    run,
)
from itglue_sdk._spec.payloads import Ref, record_id
from itglue_sdk.resources.service import AsyncResourceService, ResourceCalls, ResourceService
from itglue_sdk.types import (
    AttachmentCreateParams,
    AttachmentFilters,
    AttachmentInclude,
    AttachmentSort,
    AttachmentUpdateParams,
)

T = TypeVar("T")

MAX_REQUEST_BYTES: Final = 10 * 1024 * 1024
"""The gateway's limit on a request body."""

_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"|?*]")


def safe_file_name(name: str | None, *, fallback: str) -> str:
    r"""Reduce a server-supplied file name to a plain name inside the target directory.

    Directory parts (``/`` or ``\``), control and reserved characters, leading dots and trailing dots or
    blanks are removed, so the name can neither climb out of the directory nor hide.

    Args:
        name: The name the server gave.
        fallback: Name to use when nothing usable is left.

    Returns:
        A safe file name.
    """
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    cleaned = _UNSAFE.sub("_", base).lstrip(". ").rstrip(". ")
    return cleaned[:255] or fallback


def _too_large(size: int, path: str, file: Path) -> RequestTooLargeError:
    return RequestTooLargeError(
        f"refusing to upload {file.name!r}: the request body would be {size:,} bytes, over the gateway's "
        f"{MAX_REQUEST_BYTES:,}-byte limit (base64 adds a third; files over ~7.5 MB cannot be attached)",
        status_code=413,
        method="POST",
        path=path,
    )


FILE_CONTENT: Final = "itglue-sdk:file-content"
"""Stands for a file's base64 in an upload's attributes until `with_file` puts the encoded file in its place."""

_CHUNK: Final = 3 * 1024 * 1024
"""Bytes read and encoded at a time (a multiple of 3, so the pieces' base64 joins into the whole file's)."""


def with_file(call: Call[T], file: Path) -> Call[T]:
    """Put a file's base64 in place of `FILE_CONTENT` in a call's body, refusing it first if it would not fit.

    The size is computed from the file's size before anything is read. The file is then read and encoded in
    chunks straight into the body, so an upload holds about twice its base64 at the peak (the pieces, then the
    joined body), some 2.7x the file, instead of the file, its base64, a str copy, the JSON text and its bytes.

    Args:
        call: The upload, its body holding `FILE_CONTENT` where the file's base64 goes.
        file: The file.

    Returns:
        The call with the file in its body.

    Raises:
        RequestTooLargeError: The body would exceed `MAX_REQUEST_BYTES`.
    """
    prefix, marker, suffix = (call.body or b"").partition(FILE_CONTENT.encode())
    if not marker:
        raise ValueError("the upload's attributes do not hold FILE_CONTENT")
    size = len(prefix) + 4 * -(-file.stat().st_size // 3) + len(suffix)
    if size > MAX_REQUEST_BYTES:
        raise _too_large(size, call.path, file)
    pieces = [prefix]
    with file.open("rb") as source:
        while chunk := source.read(_CHUNK):
            pieces.append(base64.b64encode(chunk))
    pieces.append(suffix)
    body = b"".join(pieces)
    del pieces
    if len(body) > MAX_REQUEST_BYTES:  # the file grew after it was measured
        raise _too_large(len(body), call.path, file)
    return replace(call, body=body)


def reported_upload(call: Call[T], file: Path, progress: TransferProgress | None) -> Plan[T]:
    """Perform an upload's one call, telling ``progress`` of the file before and after (see `TransferProgress`).

    The body is one JSON document sent whole, so there is nothing to report between the two.

    Args:
        call: The call carrying the file.
        file: The file (its size is the transfer's total).
        progress: Told ``(0, size)`` before the call and ``(size, size)`` after it succeeded; None for nothing.

    Yields:
        The call.

    Returns:
        The call's result.
    """
    size = file.stat().st_size
    if progress is not None:
        progress(0, size)
    result: T = yield call
    if progress is not None:
        progress(size, size)
    return result


def upload_plan(
    calls: ResourceCalls[Attachment], file: Path, name: str | None, progress: TransferProgress | None = None
) -> Plan[Attachment]:
    """Read, encode and POST a file, refusing it first if the body would be too large.

    Args:
        calls: The attachments request builder (within a parent).
        file: File to upload.
        name: Attachment name (defaults to the file name).
        progress: Told of the upload (see `TransferProgress`).

    Yields:
        The create call.

    Returns:
        The created attachment.

    Raises:
        RequestTooLargeError: The body would exceed `MAX_REQUEST_BYTES`.
    """
    attributes: dict[str, Any] = {"attachment": {"content": FILE_CONTENT, "file_name": file.name}}
    if name is not None:
        attributes["name"] = name
    created: Attachment = yield from reported_upload(with_file(calls.create_one(attributes), file), file, progress)
    return created


def download_plan(
    calls: ResourceCalls[Attachment], ref: Ref, destination: Path, progress: TransferProgress | None = None
) -> Plan[Path]:
    """Find the attachment's download URL and stream the file.

    Args:
        calls: The attachments request builder (within a parent).
        ref: Attachment id or model.
        destination: A directory (the file keeps its sanitised server name) or a file path.
        progress: Told of the bytes received (see `TransferProgress`).

    Yields:
        The show call when ``ref`` is not a model with a download URL, then the download.

    Returns:
        The written file's path.
    """
    attachment = ref if isinstance(ref, Attachment) else None
    if attachment is None or not isinstance(attachment.attributes.download_url, str):
        attachment = (yield calls.show(ref)).record
    attributes = attachment.attributes
    url = attributes.download_url
    if not isinstance(url, str) or not url:
        raise FileNotFoundError(f"attachment {attachment.id} has no download URL")
    if destination.is_dir():
        server_name = (
            attributes.attachment_file_name if not isinstance(attributes.attachment_file_name, Unset) else None
        )
        destination = destination / safe_file_name(server_name, fallback=f"attachment-{record_id(attachment)}")
    written: Path = yield Download(url, destination, progress)
    return written


class AttachmentService(
    ResourceService[
        Attachment,
        AttachmentWriteAttributes,
        AttachmentCreateParams,
        AttachmentUpdateParams,
        AttachmentFilters,
        AttachmentSort,
        AttachmentInclude,
    ]
):
    """`ResourceService` for attachments, with `upload`, `download` and `rename`."""

    def upload(
        self,
        path: str | os.PathLike[str],
        *,
        name: str | None = None,
        progress: TransferProgress | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Attachment:
        """Attach a file to the parent record.

        Args:
            path: The file.
            name: Attachment name (defaults to the file name).
            progress: Told ``(0, size)`` before the request and ``(size, size)`` once the API accepted it (the
                file goes out as one JSON request; see `itglue_sdk._http.requester.TransferProgress`).
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The created attachment.

        Raises:
            RequestTooLargeError: The encoded request would exceed the gateway's 10 MB limit (nothing is sent).
        """
        return run(
            self._requester,
            upload_plan(self._calls, Path(path), name, progress),
            RequestOptions.of(timeout, extra_headers),
        )

    def download(
        self,
        id: Ref,
        destination: str | os.PathLike[str],
        *,
        progress: TransferProgress | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path:
        """Stream an attachment to disk.

        Args:
            id: Attachment id or model.
            destination: Directory (the server's file name is kept, made safe) or file path.
            progress: Told of the bytes received and the total (``Content-Length``, None when the server sends
                none) before the first chunk and after each one (see
                `itglue_sdk._http.requester.TransferProgress`).
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The path written.
        """
        return run(
            self._requester,
            download_plan(self._calls, id, Path(destination), progress),
            RequestOptions.of(timeout, extra_headers),
        )

    def rename(
        self, id: Ref, name: str, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> Attachment:
        """Rename an attachment.

        Args:
            id: Attachment id or model.
            name: New name.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The updated attachment.
        """
        return self.update(id, {"name": name}, timeout=timeout, extra_headers=extra_headers)


class AsyncAttachmentService(
    AsyncResourceService[
        Attachment,
        AttachmentWriteAttributes,
        AttachmentCreateParams,
        AttachmentUpdateParams,
        AttachmentFilters,
        AttachmentSort,
        AttachmentInclude,
    ]
):
    """The async twin of `AttachmentService`."""

    async def upload(
        self,
        path: str | os.PathLike[str],
        *,
        name: str | None = None,
        progress: TransferProgress | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Attachment:
        """Attach a file to the parent record (see `AttachmentService.upload`)."""
        return await arun(
            self._requester,
            upload_plan(self._calls, Path(path), name, progress),
            RequestOptions.of(timeout, extra_headers),
        )

    async def download(
        self,
        id: Ref,
        destination: str | os.PathLike[str],
        *,
        progress: TransferProgress | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Path:
        """Stream an attachment to disk (see `AttachmentService.download`)."""
        return await arun(
            self._requester,
            download_plan(self._calls, id, Path(destination), progress),
            RequestOptions.of(timeout, extra_headers),
        )

    async def rename(
        self, id: Ref, name: str, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> Attachment:
        """Rename an attachment (see `AttachmentService.rename`)."""
        return await self.update(id, {"name": name}, timeout=timeout, extra_headers=extra_headers)
