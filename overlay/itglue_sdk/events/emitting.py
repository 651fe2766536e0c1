"""Turns successful write requests into events for the plugins, whatever service sent them.

The requester wrappers here sit between the resource services and the HTTP requester: after a successful POST,
PATCH, PUT or DELETE they look the route up in the spec (`x-itglue-resource`, `x-itglue-action`), read the records
the API answered with, and emit `itglue_sdk.events.bus.Event` objects on the client's bus. Doing it at this seam means
every write path (generic services, bulk calls, specialised helpers) fires its events exactly once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import httpx

from itglue_sdk._http.requester import NO_OPTIONS, AsyncRequester, Requester, RequestOptions
from itglue_sdk._spec.index import Action, load_spec
from itglue_sdk.events.bus import Event, EventBus, WriteAction, events_for_write

_ACTIONS: Mapping[Action, WriteAction] = {
    "create": WriteAction.CREATED,
    "update": WriteAction.UPDATED,
    "bulk_update": WriteAction.UPDATED,
    "publish": WriteAction.UPDATED,
    "delete": WriteAction.DELETED,
    "bulk_delete": WriteAction.DELETED,
}


# The methods of the spec's write operations; every other request is a read and has no events.
_WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})

_FILE_CONTENT_MIN_BODY = 65536
"""Bodies smaller than this are parsed as they are."""


def _records(response: httpx.Response) -> list[Mapping[str, Any]]:
    """The records of a write's answer; none when it has no JSON:API body (the caller's parse reports that)."""
    try:
        body = response.json() if response.content else None
    except ValueError:
        return []
    data = body.get("data") if isinstance(body, Mapping) else None
    if isinstance(data, list):
        return [record for record in data if isinstance(record, Mapping)]
    return [data] if isinstance(data, Mapping) else []


# A long run of base64 between quotes: a file's content. Only the attribute names matter here, so an upload's
# file is left out before the body is parsed (parsing it would copy the file twice more).
_FILE_CONTENT = re.compile(rb'"[A-Za-z0-9+/]{4096,}={0,2}"')


def _sent_attributes(content: bytes | None) -> set[str]:
    """Attribute names a write body sent, normalised to kebab-case (bodies may use either spelling)."""
    if not content:
        return set()
    if len(content) > _FILE_CONTENT_MIN_BODY:
        content = _FILE_CONTENT.sub(b'""', content)
    data = json.loads(content).get("data")
    items = data if isinstance(data, list) else [data]
    return {
        str(name).replace("_", "-")
        for item in items
        if isinstance(item, Mapping) and isinstance(item.get("attributes"), Mapping)
        for name in item["attributes"]
    }


def write_events(
    method: str, path: str, content: bytes | None, response: httpx.Response, *, instance: str | None
) -> list[Event]:
    """Build the events of one successful write request.

    Args:
        method: HTTP method.
        path: Request path (relative to the API base URL).
        content: The request body that was sent.
        response: The API's successful answer.
        instance: Instance name, carried on the events.

    Returns:
        The events, empty for reads and for routes the spec does not know.
    """
    if method.upper() not in _WRITE_METHODS:
        return []  # a read: no route to look up
    found = load_spec().route(path)
    operation = found[1].get(method.upper()) if found is not None else None
    action = _ACTIONS.get(operation.action) if operation is not None else None
    if operation is None or action is None:
        return []
    records = _records(response)
    if not records and action is WriteAction.DELETED:
        records = [{"id": path.rstrip("/").rsplit("/", 1)[-1], "type": operation.resource}]
    return events_for_write(
        operation.resource, action, records, changed_attributes=_sent_attributes(content), instance=instance
    )


class EmittingRequester:
    """A `Requester` that emits the events of every successful write it sends.

    Args:
        inner: The requester doing the I/O.
        bus: Where events go.
        instance: Instance name carried on the events.
    """

    def __init__(self, inner: Requester, bus: EventBus, *, instance: str | None) -> None:
        self._inner = inner
        self._bus = bus
        self._instance = instance

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send the request, then emit its write events (see `Requester.request`)."""
        response = self._inner.request(method, path, params=params, content=content, options=options)
        for event in write_events(method, path, content, response, instance=self._instance):
            self._bus.emit(event)
        return response

    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AbstractContextManager[httpx.Response]:
        """Open a streamed download (see `Requester.stream`)."""
        return self._inner.stream(url, options=options)


class AsyncEmittingRequester:
    """The async twin of `EmittingRequester`; plugins may be coroutine functions."""

    def __init__(self, inner: AsyncRequester, bus: EventBus, *, instance: str | None) -> None:
        """Wrap a requester (see `EmittingRequester`)."""
        self._inner = inner
        self._bus = bus
        self._instance = instance

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send the request, then emit its write events (see `Requester.request`)."""
        response = await self._inner.request(method, path, params=params, content=content, options=options)
        for event in write_events(method, path, content, response, instance=self._instance):
            await self._bus.emit_async(event)
        return response

    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AbstractAsyncContextManager[httpx.Response]:
        """Open a streamed download (see `Requester.stream`)."""
        return self._inner.stream(url, options=options)
