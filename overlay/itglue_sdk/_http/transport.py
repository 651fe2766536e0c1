"""The resilient httpx transport stack shared by the sync and async clients.

Layers, outermost first: circuit breaker -> retry loop -> rate limiter (on every attempt) -> inner transport
(``httpx.HTTPTransport`` / ``AsyncHTTPTransport`` over TLS 1.2+, or any transport a test injects, such as
``httpx.MockTransport`` or a real server on loopback).

The transport decides on statuses (retry a 429 or a 503, count a 5xx against the host's breaker) but returns
the final answer, whatever its status, as an HTTP transport does: httpx auth flows see a 401 or 403, the
generated client (``client.generated``) reaches its error branches, and the requester
(`itglue_sdk._http.requester`) maps error statuses and redirects (never followed: httpx would forward
``x-api-key``) to the SDK's typed errors. Only failures with no answer (network, timeouts) and requests refused
before sending (insecure URL, oversized body, open breaker) are raised here, as typed errors. Each attempt is
logged as one structured event and counted in `Metrics`. Password values in request and response bodies are
registered in the transport's `itglue_sdk.observability.redaction.SecretRegistry` (its client's), so
logging them while that client is open prints ``[REDACTED]``.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from secrets import randbits, token_hex

import anyio
import httpx

from itglue_sdk._exceptions import (
    SERVER_REQUEST_ID_HEADERS,
    APIConnectionError,
    APITimeoutError,
    ITGlueError,
    RequestTooLargeError,
)
from itglue_sdk._http.breaker import CircuitBreaker
from itglue_sdk._http.ratelimit import SlidingWindowLimiter
from itglue_sdk._http.retry import RetryDecision, RetryPolicy, RetryState
from itglue_sdk._http.status import REQUEST_ID_HEADER, unexpected_response
from itglue_sdk._http.tls import build_async_transport, build_transport, require_secure_url
from itglue_sdk._spec.index import load_spec
from itglue_sdk.observability.metrics import Metrics
from itglue_sdk.observability.redaction import SecretRegistry, redact

logger = logging.getLogger("itglue_sdk.http")

# Amazon API Gateway in front of IT Glue rejects bodies over 10 MB; refuse them before sending.
MAX_BODY_BYTES = 10 * 1024 * 1024

STREAM_EXTENSION = "itglue_sdk.stream"
"""Request extension marking a streamed download: its body is left for the caller to read.

Every other answer is read inside the attempt, so a body cut short is a failed attempt (retried or raised as
`APIConnectionError` by the policy) instead of a raw httpx error after the transport has returned.
"""

RouteResolver = Callable[[httpx.Request], str]
"""Maps a request to its route template (e.g. ``/organizations/{id}``) for logs and metrics."""

_ID_SEGMENT = re.compile(r"^\d+$")
# Failures to even send the request: they say nothing about the host's health.
_UNSENT = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


def default_route_template(request: httpx.Request) -> str:
    """Route template by shape: every all-digit path segment becomes ``{id}``.

    `spec_route_resolver` knows the parameter names; this is its fallback for paths the spec does not list.
    """
    return "/".join("{id}" if _ID_SEGMENT.match(part) else part for part in request.url.path.split("/"))


def spec_route_resolver(base_url: str | httpx.URL) -> RouteResolver:
    """Return a resolver naming requests by the spec's path templates.

    ``GET /organizations/5/relationships/configurations/9`` is logged as
    ``/organizations/{organization_id}/relationships/configurations/{id}``; paths the spec does not list (file
    downloads) fall back to `default_route_template`.

    Args:
        base_url: The API base URL; its path (if any) is stripped before matching.

    Returns:
        The resolver.
    """
    prefix = httpx.URL(str(base_url)).path.rstrip("/")

    def resolve(request: httpx.Request) -> str:
        path = request.url.path
        if prefix and path.startswith(prefix + "/"):
            path = path[len(prefix) :]
        found = load_spec().route(path)
        return found[0] if found is not None else default_route_template(request)

    return resolve


def _register_body_secrets(request: httpx.Request, secrets: SecretRegistry) -> None:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed upload: the SDK never sends secrets that way
        return
    if content:
        secrets.register_in_body(content)


def _request_ids() -> Callable[[], str]:
    """Return what hands out request ids: 32 hex digits, unique within the process and across processes.

    A process-wide random prefix (64 bits from the OS) and a counter: as unique as a ``uuid4`` for correlating
    logs and the API's records, without drawing 16 random bytes for every request. ``next`` on an
    `itertools.count` is atomic, so threads never get the same id.
    """
    prefix = token_hex(8)
    counter = itertools.count(randbits(32))

    def next_id() -> str:
        return f"{prefix}{next(counter):016x}"

    return next_id


next_request_id = _request_ids()
"""The id of the next logical request (the ``X-Request-Id`` header, quoted by logs and errors)."""


def _content_length(request: httpx.Request) -> int:
    """The request's ``Content-Length`` (0 without one), read from the raw pairs.

    ``request.headers.get`` would decode every header to find one; this only compares the names.
    """
    for name, value in request.headers.raw:
        if name.lower() == b"content-length":
            return int(value or 0)
    return 0


def _server_request_id(headers: httpx.Headers) -> str | None:
    return next((headers[name] for name in SERVER_REQUEST_ID_HEADERS if name in headers), None)


class _Call:
    """Per-call state and every decision of one logical request; the transports only do the I/O."""

    __slots__ = ("attempt", "core", "request", "request_id", "retry", "throttle_wait")

    def __init__(self, core: _ResilientCore, request: httpx.Request) -> None:
        self.core = core
        self.request = request
        self.request_id = next_request_id()
        request.headers[REQUEST_ID_HEADER] = self.request_id
        _register_body_secrets(request, core.secrets)
        self.retry: RetryState | None = None  # made on the first answer or failure that may be retried
        self.attempt = 0
        self.throttle_wait = 0.0
        core.metrics.record_request()

    @property
    def route(self) -> str:
        """The request's route template, for logs (resolved only when a log line is written)."""
        return self.core.route_resolver(self.request)

    def _retry_state(self) -> RetryState:
        if self.retry is None:
            self.retry = self.core.policy.start()
        return self.retry

    def next_attempt(self, throttle_wait: float) -> None:
        self.attempt += 1
        self.throttle_wait = throttle_wait
        if throttle_wait > 0:
            self.core.metrics.record_throttle(throttle_wait)

    def after_response(self, response: httpx.Response, latency: float) -> float | None:
        """Log and count the attempt; return the delay before retrying, or ``None`` when it is final."""
        status = response.status_code
        decision = None
        if status == 429 or status >= 500:  # the only statuses the policy may retry (`RetryState.after_response`)
            decision = self._retry_state().after_response(
                self.request.method,
                response,
                local_wait=self.core.limiter.wait_for_free_slot(),
                now=self.core.now(),
            )
        self._record(latency, status, None, decision, response.headers)
        return decision.delay if decision else None

    def after_exception(self, exc: httpx.RequestError, latency: float) -> float | None:
        """Log and count the failed attempt; return the delay before retrying, or ``None`` when it is final."""
        decision = self._retry_state().after_exception(self.request.method, exc)
        self._record(latency, None, type(exc).__name__, decision, None)
        return decision.delay if decision else None

    def _record(
        self,
        latency: float,
        status: int | None,
        error: str | None,
        decision: RetryDecision | None,
        headers: httpx.Headers | None,
    ) -> None:
        metrics = self.core.metrics
        metrics.record_attempt(latency=latency, status=status, error=error)
        if decision is not None:
            metrics.record_retry(decision.reason)
        troubled = decision is not None or status is None or status in (401, 403, 429) or status >= 500
        level = logging.WARNING if troubled else logging.INFO
        if not logger.isEnabledFor(level):  # the line is not written: skip the route lookup and the fields
            return
        route = self.route
        outcome = str(status) if status is not None else error
        logger.log(
            level,
            "%s %s -> %s in %.0f ms (attempt %d)%s",
            self.request.method,
            route,
            outcome,
            latency * 1000,
            self.attempt,
            f", retrying in {decision.delay:.1f} s" if decision else "",
            extra={
                "event": "http.attempt",
                "instance": self.core.instance,
                "method": self.request.method,
                "route": route,
                "status": status,
                "error": error,
                "latency_ms": round(latency * 1000, 1),
                "attempt": self.attempt,
                "request_id": self.request_id,
                "server_request_id": _server_request_id(headers) if headers is not None else None,
                "throttle_wait_ms": round(self.throttle_wait * 1000, 1),
                "retry_in_s": decision.delay if decision else None,
            },
        )

    def finish(self, response: httpx.Response) -> httpx.Response:
        """Return the final answer; a successful body's secrets are registered first.

        The body is already read, except for a successful streamed download.
        """
        if response.is_success and not self.request.extensions.get(STREAM_EXTENSION):
            self.core.secrets.register_in_body(response.content)
        return response

    def error_for(self, exc: httpx.RequestError, response: httpx.Response | None = None) -> ITGlueError | None:
        """The typed error for a final failure of the exchange (``None`` for anything unexpected, re-raised as is).

        Args:
            exc: What httpx raised.
            response: The answer whose body could not be read, when there was one.
        """
        if isinstance(exc, httpx.DecodingError) and response is not None:
            return unexpected_response(
                response, f"its body could not be decoded ({redact(str(exc))})", request_id=self.request_id
            )
        method, path = self.request.method, self.request.url.path
        text = redact(f"{type(exc).__name__} on {method} {path} after {self.attempt} attempt(s): {exc}")
        return typed_transport_error(exc, text, method=method, path=path)


def typed_transport_error(exc: httpx.RequestError, message: str, *, method: str, path: str) -> ITGlueError | None:
    """Map an httpx failure to the SDK's connection errors (``None`` when it is not one).

    Requests that could not even be sent (`httpx.LocalProtocolError`, e.g. a header that is not valid HTTP;
    `httpx.UnsupportedProtocol`, a URL scheme httpx cannot speak) are `APIConnectionError` too: no answer came,
    and the message says which it was.

    Args:
        exc: What httpx raised.
        message: The error's (already redacted) message.
        method: HTTP method of the request.
        path: URL path of the request.

    Returns:
        `APITimeoutError`, `APIConnectionError`, or ``None``.
    """
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(message, method=method, path=path)
    if isinstance(exc, httpx.TransportError):  # network, protocol, proxy errors and requests that could not go
        return APIConnectionError(message, method=method, path=path)
    return None


class _ResilientCore:
    """Configuration and breaker bookkeeping shared by the sync and async transports."""

    def __init__(
        self,
        *,
        limiter: SlidingWindowLimiter | None,
        breaker: CircuitBreaker | None,
        policy: RetryPolicy | None,
        metrics: Metrics | None,
        route_resolver: RouteResolver,
        instance: str | None,
        secrets: SecretRegistry | None,
        clock: Callable[[], float],
        now: Callable[[], datetime],
    ) -> None:
        self.owns_secrets = secrets is None
        self.secrets = secrets or SecretRegistry()
        self.limiter = limiter or SlidingWindowLimiter()
        self.breaker = breaker or CircuitBreaker()
        self.policy = policy or RetryPolicy()
        self.metrics = metrics or Metrics()
        self.route_resolver = route_resolver
        self.instance = instance
        self.clock = clock
        self.now = now

    def start(self, request: httpx.Request) -> _Call:
        """Check the request may go at all, then admit it through the breaker.

        Raises:
            InsecureURLError: Plain http to a host that is not loopback.
            RequestTooLargeError: The body exceeds the gateway's limit.
            CircuitOpenError: The breaker rejects the call.
        """
        require_secure_url(request.url)
        size = _content_length(request)
        if size > MAX_BODY_BYTES:
            raise RequestTooLargeError(
                f"request body of {size} bytes on {request.method} {request.url.path} exceeds the API's "
                f"{MAX_BODY_BYTES // (1024 * 1024)} MB limit; split it (e.g. fewer records per bulk call)",
                status_code=413,
                method=request.method,
                path=request.url.path,
            )
        self.breaker.before_call()
        return _Call(self, request)

    def settle(self, outcome: httpx.Response | BaseException) -> None:
        """Give the breaker its verdict on a finished call: its final answer, or what it raised.

        Server errors (5xx) and network failures count against the host; any other answer proves it is up;
        anything else (cancellation, programming errors, requests that could not be sent) gives no verdict.
        """
        if isinstance(outcome, httpx.Response):
            if outcome.status_code >= 500:
                self.breaker.record_failure()
            else:
                self.breaker.record_success()
        elif isinstance(outcome, APIConnectionError) and not isinstance(outcome.__cause__, _UNSENT):
            self.breaker.record_failure()
        else:
            self.breaker.release()


def _default_now() -> datetime:
    return datetime.now(UTC)


class ResilientTransport(_ResilientCore, httpx.BaseTransport):
    """Sync transport: breaker -> retries -> limiter -> ``inner``.

    Args:
        inner: The transport that does the I/O (default: `security.build_transport`).
        limiter: Rate limiter, usually the shared one for this base URL and key.
        breaker: Circuit breaker, usually the shared one for this base URL.
        policy: Retry policy.
        metrics: Where attempts are counted (share it with the async twin for one set of numbers).
        route_resolver: Maps requests to route templates for logs.
        instance: Instance name for logs and error hints.
        secrets: Where the password values of bodies are registered for redaction (the client's); None: a
            registry of the transport's own, closed with it.
        sleep: Blocking sleep between retries (injectable for tests).
        clock: Monotonic timer for latencies.
        now: Wall clock for ``Retry-After`` dates.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        limiter: SlidingWindowLimiter | None = None,
        breaker: CircuitBreaker | None = None,
        policy: RetryPolicy | None = None,
        metrics: Metrics | None = None,
        route_resolver: RouteResolver = default_route_template,
        instance: str | None = None,
        secrets: SecretRegistry | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.perf_counter,
        now: Callable[[], datetime] = _default_now,
    ) -> None:
        super().__init__(
            limiter=limiter,
            breaker=breaker,
            policy=policy,
            metrics=metrics,
            route_resolver=route_resolver,
            instance=instance,
            secrets=secrets,
            clock=clock,
            now=now,
        )
        self.inner = inner or build_transport()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` under the breaker, retry policy and limiter; return the final answer, any status.

        Raises:
            APIConnectionError: No answer came (`APITimeoutError` for a timeout), after the retries allowed.
            CircuitOpenError: The breaker rejects the call.
        """
        call = self.start(request)
        try:
            response = self._attempts(call)
        except BaseException as exc:
            self.settle(exc)
            raise
        self.settle(response)
        return response

    def _attempts(self, call: _Call) -> httpx.Response:
        while True:
            grant = self.limiter.acquire()
            call.next_attempt(grant.waited)
            started = self.clock()
            response: httpx.Response | None = None
            try:
                response = self.inner.handle_request(call.request)
                if response.status_code >= 400 or not call.request.extensions.get(STREAM_EXTENSION):
                    response.read()
            except httpx.RequestError as exc:
                self.limiter.release(grant)
                if response is not None:
                    response.close()
                delay = call.after_exception(exc, self.clock() - started)
                if delay is None:
                    error = call.error_for(exc, response)
                    if error is None:
                        raise
                    raise error from exc
            else:
                self.limiter.release(grant)
                delay = call.after_response(response, self.clock() - started)
                if delay is None:
                    return call.finish(response)
            self._sleep(delay)

    def close(self) -> None:
        """Close the inner transport (and forget the secrets, when the registry is the transport's own)."""
        self.inner.close()
        if self.owns_secrets:
            self.secrets.close()


class AsyncResilientTransport(_ResilientCore, httpx.AsyncBaseTransport):
    """Async transport: breaker -> retries -> limiter -> ``inner``; same arguments as `ResilientTransport`.

    Args:
        inner: The transport that does the I/O (default: `security.build_async_transport`).
        limiter: Rate limiter, usually the shared one for this base URL and key.
        breaker: Circuit breaker, usually the shared one for this base URL.
        policy: Retry policy.
        metrics: Where attempts are counted.
        route_resolver: Maps requests to route templates for logs.
        instance: Instance name for logs and error hints.
        secrets: Where the password values of bodies are registered for redaction (the client's); None: a
            registry of the transport's own, closed with it.
        sleep: Async sleep between retries (injectable for tests).
        clock: Monotonic timer for latencies.
        now: Wall clock for ``Retry-After`` dates.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        limiter: SlidingWindowLimiter | None = None,
        breaker: CircuitBreaker | None = None,
        policy: RetryPolicy | None = None,
        metrics: Metrics | None = None,
        route_resolver: RouteResolver = default_route_template,
        instance: str | None = None,
        secrets: SecretRegistry | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.perf_counter,
        now: Callable[[], datetime] = _default_now,
    ) -> None:
        super().__init__(
            limiter=limiter,
            breaker=breaker,
            policy=policy,
            metrics=metrics,
            route_resolver=route_resolver,
            instance=instance,
            secrets=secrets,
            clock=clock,
            now=now,
        )
        self.inner = inner or build_async_transport()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` under the breaker, retry policy and limiter; return the final answer, any status.

        Raises:
            APIConnectionError: No answer came (`APITimeoutError` for a timeout), after the retries allowed.
            CircuitOpenError: The breaker rejects the call.
        """
        call = self.start(request)
        try:
            response = await self._attempts(call)
        except BaseException as exc:
            self.settle(exc)
            raise
        self.settle(response)
        return response

    async def _attempts(self, call: _Call) -> httpx.Response:
        while True:
            grant = await self.limiter.acquire_async()
            call.next_attempt(grant.waited)
            started = self.clock()
            response: httpx.Response | None = None
            try:
                response = await self.inner.handle_async_request(call.request)
                if response.status_code >= 400 or not call.request.extensions.get(STREAM_EXTENSION):
                    await response.aread()
            except httpx.RequestError as exc:
                self.limiter.release(grant)
                if response is not None:
                    await response.aclose()
                delay = call.after_exception(exc, self.clock() - started)
                if delay is None:
                    error = call.error_for(exc, response)
                    if error is None:
                        raise
                    raise error from exc
            else:
                self.limiter.release(grant)
                delay = call.after_response(response, self.clock() - started)
                if delay is None:
                    return call.finish(response)
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the inner transport (and forget the secrets, when the registry is the transport's own)."""
        await self.inner.aclose()
        if self.owns_secrets:
            self.secrets.close()


class ClientTransport(httpx.BaseTransport):
    """The innermost transport over a caller's ``httpx.Client`` (the clients' ``http_client=``).

    Requests, already built by the SDK (base URL, key, headers, timeout), are sent with ``client.send``: what the
    given client contributes is its transport and mounts (proxies, TLS settings, connection limits, HTTP/2), its
    auth and its event hooks. Redirects are never followed (they would carry the key). Closing this transport
    leaves the client open: it is the caller's.

    Args:
        client: The caller's client.
    """

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the caller's client; the body is left for the resilient transport to read."""
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        """Leave the caller's client open."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of `ClientTransport`, over a caller's ``httpx.AsyncClient``.

    Args:
        client: The caller's client.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the caller's client (see `ClientTransport.handle_request`)."""
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        """Leave the caller's client open."""
