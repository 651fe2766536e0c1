"""Dry runs: the write a call would send, built by the SDK itself and held back instead of sent.

`preview_write` runs any function of a catalog (a client) against a twin of it whose requester sends reads as
usual but stops at the first write and hands it back::

    held = preview_write(client, lambda c: c.flexible_assets.update_traits(7, {"ip": "10.0.0.2"}))
    held.method, held.path, held.body  # PATCH /flexible_assets/7 {"data": {... every trait ...}}

so what a dry run shows is exactly what the real call would have sent: the same request builders, the same
reads before the write (``update_traits`` reads the asset to merge its traits), the same encoding. Secret values
in the body (a password's value) are replaced by ``[REDACTED]``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import httpx

from itglue_sdk._http.requester import NO_OPTIONS, Requester, RequestOptions
from itglue_sdk.observability.redaction import redact_value
from itglue_sdk.resources.catalog import ResourceCatalog

_READS = frozenset({"GET", "HEAD"})


@dataclass(frozen=True)
class WritePreview:
    """A write request as it would be sent.

    Attributes:
        method: HTTP method (``POST``, ``PATCH``, ``DELETE``).
        path: Path below the instance's base URL, e.g. ``/organizations/5/relationships/configurations``.
        query: Query pairs, in order.
        body: The decoded JSON body (None without one), secret values redacted.
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any

    def as_dict(self) -> dict[str, Any]:
        """The preview as plain JSON-ready data."""
        return {
            "method": self.method,
            "path": self.path,
            "query": [list(pair) for pair in self.query],
            "body": self.body,
        }


class _Held(Exception):  # noqa: N818 - a control-flow signal, not an error anyone sees
    def __init__(self, preview: WritePreview) -> None:
        super().__init__(preview.method, preview.path)
        self.preview = preview


class _HoldingRequester:
    """Sends reads through ``inner``; raises `_Held` with the first write instead of sending it."""

    def __init__(self, inner: Requester) -> None:
        self._inner = inner

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        if method.upper() in _READS:
            return self._inner.request(method, path, params=params, content=content, options=options)
        body = redact_value(json.loads(content)) if content else None
        raise _Held(WritePreview(method.upper(), path, tuple(params), body))

    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AbstractContextManager[httpx.Response]:
        return self._inner.stream(url, options=options)


def preview_write(catalog: ResourceCatalog, action: Callable[[ResourceCatalog], object]) -> WritePreview | None:
    """Run ``action`` with writes held back, and return the first write it would have sent.

    Args:
        catalog: The client (or any sync catalog) whose requests the action would make.
        action: Called with a twin of ``catalog``; it may read (those requests are sent) and write (the first
            write ends it).

    Returns:
        The held write, or None when the action finished without writing.
    """
    twin = ResourceCatalog(_HoldingRequester(catalog._requester), None, catalog._reader)
    try:
        action(twin)
    except _Held as held:
        return held.preview
    return None
