"""The seam between the resource facade and the transport stack.

Services never touch httpx directly. They build *steps* (a `Call`: method, path, query, encoded body and how to
parse the answer; or a `Download`), and a *driver* (`run` / `arun`) hands them to a `Requester` /
`AsyncRequester`. Operations that need several requests (read-modify-write of flexible asset traits, an upload
that reads a file first...) are written once as a generator *plan* that yields steps and receives their
results; the sync and async drivers only differ in how they perform I/O.

`HttpxRequester` / `AsyncHttpxRequester` implement the protocols over an ``httpx.Client`` / ``AsyncClient`` that
the client (with its auth, retry, rate-limit and breaker transports) provides. The transports hand back the final
answer whatever its status (so httpx auth flows and the generated client see error answers too); the requesters
are where error statuses and redirects become the typed errors of `itglue_sdk._exceptions`. The drivers turn a
successful answer that does not parse (not JSON, a missing member, a record the generated model cannot read)
into `itglue_sdk._exceptions.UnexpectedResponseError`; anything else a parse raises (a bug of the SDK) propagates as
itself.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, Generic, Protocol, TypeVar

import httpx

from itglue_sdk._exceptions import APIConnectionError, ITGlueError, NotFoundError
from itglue_sdk._http.status import checked, error_from_response, unreadable_answer
from itglue_sdk._http.tls import require_secure_url, tls_context
from itglue_sdk._http.transport import STREAM_EXTENSION, typed_transport_error
from itglue_sdk.observability.redaction import redact

T = TypeVar("T")

JSON_API: Final = "application/vnd.api+json"


TimeoutTypes = float | httpx.Timeout | None
"""A timeout in seconds (every phase), an ``httpx.Timeout`` (per phase), or None for the client's own."""

TransferProgress = Callable[[int, int | None], None]
"""Told how a file transfer advances: ``(bytes done, total bytes or None when unknown)``.

A download reports the bytes received so far and the answer's ``Content-Length`` (None when the server sends
none): once before the first chunk and after every chunk, so the last report of a complete download has the two
equal. An upload goes out as one JSON request, so it reports ``(0, file size)`` before the request is sent and
``(file size, file size)`` once the API accepted it. It is called in the thread (or event loop) doing the
transfer, between reads: it must return quickly and not block.
"""


@dataclass(frozen=True)
class RequestOptions:
    """What a caller may set for the requests of one call (``timeout=``, ``extra_headers=`` of the services).

    They apply to every request the call sends (each page of a listing, each step of a multi-request operation)
    and to each retry of those requests.

    Attributes:
        timeout: Replaces the client's timeout; None keeps it.
        extra_headers: Sent with each request to the API, after the SDK's own headers (the key, ``Accept``,
            ``Content-Type`` and ``X-Request-Id`` are the SDK's and cannot be replaced).
    """

    timeout: TimeoutTypes = None
    extra_headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, timeout: TimeoutTypes, extra_headers: Mapping[str, str] | None) -> RequestOptions:
        """The options of a service call's ``timeout`` and ``extra_headers`` arguments."""
        if timeout is None and not extra_headers:
            return NO_OPTIONS
        return cls(timeout, dict(extra_headers or {}))


NO_OPTIONS: Final = RequestOptions()


class Requester(Protocol):
    """Sends one request; HTTP error statuses are raised as `itglue_sdk._exceptions.APIStatusError` subclasses."""

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send a JSON:API request.

        Args:
            method: HTTP method.
            path: Path relative to the API base URL (already formatted, e.g. ``/organizations/5``).
            params: Query pairs in order.
            content: Encoded JSON:API body, if any.
            options: The caller's timeout and extra headers for this request.

        Returns:
            A successful (2xx) response, body read.
        """
        ...

    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AbstractContextManager[httpx.Response]:
        """Open a streamed GET of a file URL (absolute, or relative to the API).

        Args:
            url: The file's URL. The API key is only sent when it points at the API's own host.
            options: The caller's timeout (and extra headers, sent only to the API's own host).

        Returns:
            A context manager yielding a successful response whose body is not read yet.
        """
        ...


class AsyncRequester(Protocol):
    """The async twin of `Requester`."""

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send a JSON:API request (see `Requester.request`)."""
        ...

    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AbstractAsyncContextManager[httpx.Response]:
        """Open a streamed GET of a file URL (see `Requester.stream`)."""
        ...


@dataclass(frozen=True)
class Call(Generic[T]):
    """One API request and how to read its answer.

    Attributes:
        method: HTTP method.
        path: Formatted path.
        parse: Turns the successful response into the result.
        params: Query pairs.
        body: Encoded body.
        on_missing: When set, a JSON:API 404 (no such record) returns this instead of raising `NotFoundError`.
            The gateway's HTML 404 for an unknown route still raises.
    """

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: Sequence[tuple[str, str]] = ()
    body: bytes | None = None
    on_missing: Callable[[], T] | None = None


@dataclass(frozen=True)
class Download:
    """Stream a file to a path; the step's result is the path.

    Attributes:
        url: The file's URL.
        destination: Where to write it (written to a temporary file first, then moved into place).
        progress: Told of the bytes received (see `TransferProgress`).
    """

    url: str
    destination: Path
    progress: TransferProgress | None = None


Step = Call[Any] | Download
Plan = Generator[Step, Any, T]
"""A multi-request operation: yields steps, receives each step's result, returns the operation's result."""


def run(requester: Requester, work: Call[T] | Plan[T], options: RequestOptions = NO_OPTIONS) -> T:
    """Perform a call or a plan synchronously.

    Args:
        requester: Where requests go.
        work: One call, or a plan.
        options: The caller's options, for every request of the work (the steps of a plan are built without
            knowing them, so the driver carries them).

    Returns:
        The call's or plan's result.
    """
    if isinstance(work, Call):
        return _call(requester, work, options)
    reply: Any = None
    try:
        while True:
            step = work.send(reply)
            reply = _call(requester, step, options) if isinstance(step, Call) else _download(requester, step, options)
    except StopIteration as done:
        result: T = done.value
        return result


async def arun(requester: AsyncRequester, work: Call[T] | Plan[T], options: RequestOptions = NO_OPTIONS) -> T:
    """Perform a call or a plan asynchronously (see `run`).

    Args:
        requester: Where requests go.
        work: One call, or a plan.
        options: The caller's options, for every request of the work.

    Returns:
        The call's or plan's result.
    """
    if isinstance(work, Call):
        return await _acall(requester, work, options)
    reply: Any = None
    try:
        while True:
            step = work.send(reply)
            reply = await (
                _acall(requester, step, options) if isinstance(step, Call) else _adownload(requester, step, options)
            )
    except StopIteration as done:
        result: T = done.value
        return result


def _parse(call: Call[T], response: httpx.Response) -> T:
    """Parse a successful answer; a body of the wrong shape raises `UnexpectedResponseError`, naming the call.

    Parsers report a wrong shape as ``ValueError`` (a body that is not JSON,
    `itglue_sdk._exceptions.AnswerShapeError`) or ``KeyError`` (a missing member); a ``TypeError`` or
    ``AttributeError`` here is a bug and is not disguised.
    """
    try:
        return call.parse(response)
    except ITGlueError:  # already typed (including usage errors, which are also ValueError/TypeError)
        raise
    except (ValueError, KeyError) as exc:
        raise unreadable_answer(response, exc) from exc


def _call(requester: Requester, call: Call[T], options: RequestOptions) -> T:
    try:
        response = requester.request(call.method, call.path, params=call.params, content=call.body, options=options)
    except NotFoundError as error:
        if call.on_missing is not None and error.errors:
            return call.on_missing()
        raise
    return _parse(call, response)


async def _acall(requester: AsyncRequester, call: Call[T], options: RequestOptions) -> T:
    try:
        response = await requester.request(
            call.method, call.path, params=call.params, content=call.body, options=options
        )
    except NotFoundError as error:
        if call.on_missing is not None and error.errors:
            return call.on_missing()
        raise
    return _parse(call, response)


def _reporter(progress: TransferProgress | None, response: httpx.Response) -> Callable[[], None]:
    """Report a download's start to ``progress``; return what reports each chunk.

    Bytes are counted as they arrive on the wire (``num_bytes_downloaded``), which is what ``Content-Length``
    measures even when the body is compressed.
    """
    if progress is None:
        return lambda: None
    declared = response.headers.get("content-length", "")
    total = int(declared) if declared.isdigit() else None
    reported = 0
    progress(reported, total)

    def report() -> None:
        nonlocal reported
        if response.num_bytes_downloaded != reported:  # a decoder may hold bytes back; say each count once
            reported = response.num_bytes_downloaded
            progress(reported, total)

    return report


def _download(requester: Requester, step: Download, options: RequestOptions) -> Path:
    with requester.stream(step.url, options=options) as response, _atomic_file(step.destination) as sink:
        report = _reporter(step.progress, response)
        for chunk in response.iter_bytes():
            sink.write(chunk)
            report()
        report()  # the bytes of a last read that decoded to nothing
    return step.destination


async def _adownload(requester: AsyncRequester, step: Download, options: RequestOptions) -> Path:
    async with requester.stream(step.url, options=options) as response:
        report = _reporter(step.progress, response)
        with _atomic_file(step.destination) as sink:
            async for chunk in response.aiter_bytes():
                sink.write(chunk)
                report()
            report()  # the bytes of a last read that decoded to nothing
    return step.destination


@contextlib.contextmanager
def _atomic_file(destination: Path) -> Iterator[IO[bytes]]:
    """Write to a temporary file beside ``destination``; move it into place only when complete."""
    handle = tempfile.NamedTemporaryFile(dir=destination.parent, prefix=".itglue-", delete=False)  # noqa: SIM115
    try:
        with handle:
            yield handle
        os.replace(handle.name, destination)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _headers(content: bytes | None, options: RequestOptions) -> dict[str, str] | None:
    if content is None and not options.extra_headers:
        return None  # the client's own headers already say `Accept: application/vnd.api+json`
    own = {"Accept": JSON_API, "Content-Type": JSON_API} if content is not None else {"Accept": JSON_API}
    return {**options.extra_headers, **own}  # the caller adds headers; the body's media type stays the SDK's


_PLAIN_PATH = re.compile(r"(?:/(?:[A-Za-z0-9_~-]|%[0-9A-F]{2})+)+")
"""A path httpx keeps as it is: non-empty segments of unreserved characters or escapes (no dots, nothing to quote)."""

_SAMPLE_PATH = "/organizations/1/relationships/configurations"


class _Targets:
    """Turns a request's API path and query into its absolute URL, parsing as little as possible.

    Given a relative path, httpx parses it, then parses the base URL joined with it again, and once more to
    merge the query: that was a fifth of a GET's CPU. The client's base URL always ends in ``/`` (httpx's rule),
    so the joined URL is the base's text followed by the path without its leading slash, which is what httpx's
    own join makes; one parse makes the URL. A path of `_PLAIN_PATH` is not even parsed: the base URL's parsed
    form gets the joined path, which is what parsing would give (checked against a real parse of a sample path
    whenever the base URL changes; on any difference, as after an httpx upgrade, every URL is parsed). A base
    URL that is not absolute, or carries a query or fragment, is left to httpx.
    """

    __slots__ = ("_base", "_client", "_prefix", "_root")

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client
        self._base: httpx.URL | None = None
        self._prefix: str | None = None
        self._root: str | None = None

    def url(self, path: str, params: Sequence[tuple[str, str]]) -> httpx.URL | str:
        """The URL to request: absolute when the base URL allows it, else ``path`` for httpx to join."""
        base = self._client.base_url
        if base is not self._base:  # the client's base URL is settable: follow it
            self._adopt(base)
        if self._prefix is None or path[:1] != "/" or path[1:2] == "/":  # "//host/...": a URL of its own
            return path if not params else httpx.URL(path, params=list(params))
        if params:
            return httpx.URL(self._prefix + path[1:], params=list(params))
        if self._root is not None and _PLAIN_PATH.fullmatch(path):
            return self._unparsed(base, self._root + path[1:])
        return httpx.URL(self._prefix + path[1:])

    def _adopt(self, base: httpx.URL) -> None:
        self._base, self._prefix, self._root = base, None, None
        if not base.is_absolute_url or base.query or base.fragment:
            return
        text = str(base)  # without the slash when the path is empty (``https://host``)
        self._prefix = text if text.endswith("/") else text + "/"
        try:
            root = base._uri_reference.path or "/"
            built = self._unparsed(base, root + _SAMPLE_PATH[1:])
            if built._uri_reference == httpx.URL(self._prefix + _SAMPLE_PATH[1:])._uri_reference:
                self._root = root
        except (AttributeError, TypeError, ValueError):  # httpx's internals changed: parse every URL
            pass

    @staticmethod
    def _unparsed(base: httpx.URL, path: str) -> httpx.URL:
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = base._uri_reference._replace(path=path)
        return url


def _same_origin(client_base: httpx.URL, url: httpx.URL) -> bool:
    return url.is_relative_url or (url.scheme, url.host, url.port) == (
        client_base.scheme,
        client_base.host,
        client_base.port,
    )


def _redirect_target(response: httpx.Response) -> httpx.URL:
    return response.url.join(response.headers["location"])


def _check_hop(request: httpx.Request) -> None:
    """Every request of the file client, redirects included, goes over https (or http to loopback)."""
    require_secure_url(request.url)


async def _acheck_hop(request: httpx.Request) -> None:
    _check_hop(request)


def _file_client_options(api: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
    """The key-less file client: the API client's timeouts (the instance's), TLS 1.2+, redirects followed."""
    return {"timeout": api.timeout, "verify": tls_context(), "follow_redirects": True}


def _download_failed(exc: httpx.RequestError, url: httpx.URL) -> ITGlueError:
    """The typed error for a download that failed in httpx (while connecting or reading the body)."""
    message = redact(f"{type(exc).__name__} while downloading {url.path} from {url.host or 'the API'}: {exc}")
    return typed_transport_error(exc, message, method="GET", path=url.path) or APIConnectionError(
        message, method="GET", path=url.path
    )


class HttpxRequester:
    """`Requester` over an ``httpx.Client`` whose ``base_url`` is the API (its transports add key, retries...).

    Files on another host (IT Glue serves them from S3) are fetched with a separate, key-less client, so the API
    key never travels to a third party.
    """

    def __init__(
        self, client: httpx.Client, *, file_client: httpx.Client | None = None, instance: str | None = None
    ) -> None:
        """Wrap clients.

        Args:
            client: The API client.
            file_client: Client for files on other hosts; a plain one is made on first use when omitted.
            instance: Instance name, quoted in the hints of authentication errors.
        """
        self._client = client
        self._targets = _Targets(client)
        self._instance = instance
        self._file_client = file_client
        self._owns_file_client = file_client is None

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send a JSON:API request (see `Requester.request`)."""
        response = self._client.request(
            method,
            self._targets.url(path, params),
            content=content,
            headers=_headers(content, options),
            timeout=httpx.USE_CLIENT_DEFAULT if options.timeout is None else options.timeout,
        )
        return checked(response, instance=self._instance)

    @contextlib.contextmanager
    def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> Iterator[httpx.Response]:
        """Open a streamed GET of a file URL (see `Requester.stream`).

        A redirect from the API's host is followed by hand with the key-less client: httpx would forward the
        ``x-api-key`` header (it only strips ``Authorization``) to the storage host.
        """
        target = httpx.URL(url)
        own = _same_origin(self._client.base_url, target)
        if own:
            client = self._client
        else:
            require_secure_url(target)
            client = self._file_client = self._file_client or httpx.Client(
                event_hooks={"request": [_check_hop]}, **_file_client_options(self._client)
            )
        try:
            with client.stream(
                "GET",
                target,
                # Extra headers are for the API; a storage host gets none of the caller's headers.
                headers=dict(options.extra_headers) if own else None,
                timeout=httpx.USE_CLIENT_DEFAULT if options.timeout is None else options.timeout,
                follow_redirects=not own,
                extensions={STREAM_EXTENSION: True},
            ) as response:
                if own and response.is_redirect:
                    with self.stream(str(_redirect_target(response)), options=options) as redirected:
                        yield redirected
                    return
                if response.is_error:
                    response.read()
                    raise error_from_response(response.request, response, instance=self._instance)
                yield response  # the caller reads the body here: its failures are mapped below too
        except httpx.RequestError as exc:
            raise _download_failed(exc, target) from exc

    def close(self) -> None:
        """Close the file client if this requester made it (the API client belongs to the caller)."""
        if self._owns_file_client and self._file_client is not None:
            self._file_client.close()


class AsyncHttpxRequester:
    """`AsyncRequester` over an ``httpx.AsyncClient`` (see `HttpxRequester`)."""

    def __init__(
        self, client: httpx.AsyncClient, *, file_client: httpx.AsyncClient | None = None, instance: str | None = None
    ) -> None:
        """Wrap clients.

        Args:
            client: The API client.
            file_client: Client for files on other hosts; a plain one is made on first use when omitted.
            instance: Instance name, quoted in the hints of authentication errors.
        """
        self._client = client
        self._targets = _Targets(client)
        self._instance = instance
        self._file_client = file_client
        self._owns_file_client = file_client is None

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        content: bytes | None = None,
        options: RequestOptions = NO_OPTIONS,
    ) -> httpx.Response:
        """Send a JSON:API request (see `Requester.request`)."""
        response = await self._client.request(
            method,
            self._targets.url(path, params),
            content=content,
            headers=_headers(content, options),
            timeout=httpx.USE_CLIENT_DEFAULT if options.timeout is None else options.timeout,
        )
        return checked(response, instance=self._instance)

    @contextlib.asynccontextmanager
    async def stream(self, url: str, *, options: RequestOptions = NO_OPTIONS) -> AsyncIterator[httpx.Response]:
        """Open a streamed GET of a file URL (see `HttpxRequester.stream`)."""
        target = httpx.URL(url)
        own = _same_origin(self._client.base_url, target)
        if own:
            client = self._client
        else:
            require_secure_url(target)
            client = self._file_client = self._file_client or httpx.AsyncClient(
                event_hooks={"request": [_acheck_hop]}, **_file_client_options(self._client)
            )
        try:
            async with client.stream(
                "GET",
                target,
                # Extra headers are for the API; a storage host gets none of the caller's headers.
                headers=dict(options.extra_headers) if own else None,
                timeout=httpx.USE_CLIENT_DEFAULT if options.timeout is None else options.timeout,
                follow_redirects=not own,
                extensions={STREAM_EXTENSION: True},
            ) as response:
                if own and response.is_redirect:
                    async with self.stream(str(_redirect_target(response)), options=options) as redirected:
                        yield redirected
                    return
                if response.is_error:
                    await response.aread()
                    raise error_from_response(response.request, response, instance=self._instance)
                yield response  # the caller reads the body here: its failures are mapped below too
        except httpx.RequestError as exc:
            raise _download_failed(exc, target) from exc

    async def aclose(self) -> None:
        """Close the file client if this requester made it (the API client belongs to the caller)."""
        if self._owns_file_client and self._file_client is not None:
            await self._file_client.aclose()
