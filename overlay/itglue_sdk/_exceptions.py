"""The SDK's one exception hierarchy: API errors and usage errors.

It imports nothing of the stack (`itglue_sdk._http.status` turns answers into these errors).

```
ITGlueError
├── ConfigurationError
│   ├── InsecureURLError            plain http to a host that is not loopback
│   ├── UnknownInstanceError        no such named instance
│   └── MissingAPIKeyError          no key from argument, environment or keychain
│       └── KeyringUnavailableError no OS keychain backend (headless Linux)
├── PluginError                     an event plugin failed (strict mode only)
├── CircuitOpenError                the breaker rejects calls fast
├── APIConnectionError              network failure after retries
│   └── APITimeoutError
└── APIStatusError                  an HTTP error answer
    ├── UnexpectedResponseError     a 2xx the SDK cannot read, or a redirect from the API host
    ├── BadRequestError (400, 415)
    │   └── ValidationError (422)   with JSON:API pointers
    ├── AuthenticationError (401, 403 from the gateway: wrong key or wrong region)
    │   └── PermissionDeniedError (403 with a JSON:API error document)
    ├── NotFoundError (404)
    ├── RequestTooLargeError (413, or refused before sending)
    ├── RateLimitError (429)
    └── ServerError (5xx)
        └── ServiceUnavailableError (503)
```

Errors keep the status, route, parsed error objects and response headers, but never the request (its headers
hold the key); every message passes through `redaction.redact`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# Response headers that may carry the server's own request id (API Gateway first; the last one could be an
# echo of our own X-Request-Id).
SERVER_REQUEST_ID_HEADERS = ("x-amzn-requestid", "x-amz-apigw-id", "x-request-id")


class ITGlueError(Exception):
    """Base class of every error the SDK raises."""


class ConfigurationError(ITGlueError):
    """The SDK is configured in a way that cannot work (instance, URL, key)."""


class InsecureURLError(ConfigurationError):
    """A plain-http URL points to a host that is not loopback."""


class UnknownInstanceError(ConfigurationError):
    """No named instance has this name."""


class MissingAPIKeyError(ConfigurationError):
    """No API key was found for the instance."""


class KeyringUnavailableError(MissingAPIKeyError):
    """No OS keychain backend is available, so the key cannot be read or stored there."""


class PluginError(ITGlueError):
    """An event plugin failed while the event bus runs in strict mode."""


class CircuitOpenError(ITGlueError):
    """The circuit breaker is open: calls are rejected without touching the network.

    Attributes:
        retry_in: Seconds until the breaker lets one probe call through.
    """

    def __init__(self, message: str, *, retry_in: float) -> None:
        super().__init__(message)
        self.retry_in = retry_in


class APIConnectionError(ITGlueError):
    """The host could not be reached or the connection broke, after the retry policy gave up.

    Attributes:
        method: HTTP method of the failed call.
        path: URL path of the failed call (no query string).
    """

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """Connecting, writing or reading timed out, after the retry policy gave up."""


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of a JSON:API ``errors`` array (or a gateway ``message``).

    Attributes:
        status: The entry's status (IT Glue sends a number), if given.
        title: Short summary.
        detail: Longer explanation, if given.
        pointer: JSON pointer of the offending request member, e.g. ``/data/attributes/name``.
    """

    status: int | None
    title: str
    detail: str | None = None
    pointer: str | None = None

    def describe(self) -> str:
        """Return ``pointer: title - detail`` with the parts that are present."""
        text = self.title if not self.detail else f"{self.title} - {self.detail}"
        return f"{self.pointer}: {text}" if self.pointer else text


class APIStatusError(ITGlueError):
    """The API answered with an HTTP error status.

    Attributes:
        status_code: HTTP status.
        method: HTTP method of the call.
        path: URL path of the call (no query string).
        errors: Parsed error entries.
        headers: Response headers (never the request's).
        request_id: The ``X-Request-Id`` the SDK sent.
        server_request_id: The server's request id header, if any.
        retry_after: Seconds the server asked to wait (``Retry-After``), if any.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        path: str,
        errors: Sequence[ErrorDetail] = (),
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.path = path
        self.errors = tuple(errors)
        self.headers: dict[str, str] = {k.lower(): v for k, v in (headers or {}).items()}
        self.request_id = request_id
        self.server_request_id = next(
            (self.headers[name] for name in SERVER_REQUEST_ID_HEADERS if name in self.headers), None
        )
        self.retry_after = retry_after


class UnexpectedResponseError(APIStatusError):
    """The host answered, but not the way the API does (an unusable 2xx, or a redirect).

    That is a 2xx whose body is not JSON, has no ``data`` or a null one where a record is expected, or cannot
    be decoded; or a 3xx.

    It is an `APIStatusError` because the host did answer with a status: the status, headers and request ids
    are there to report, the circuit breaker counts the host as up (a wrong base URL or a proxy page is not an
    outage to back off from), and the retry policy does not repeat the call (the same answer would come back,
    and a write may already have taken effect). Redirects are never followed, so the API key never travels to
    the host the ``Location`` names; the message names that host.
    """


class BadRequestError(APIStatusError):
    """400 or 415: the request was malformed."""


class ValidationError(BadRequestError):
    """422: the API rejected the submitted attributes."""

    @property
    def pointers(self) -> list[str]:
        """JSON pointers of the rejected members, in the order the API listed them."""
        return [error.pointer for error in self.errors if error.pointer]


class AuthenticationError(APIStatusError):
    """401, or the gateway's bare 403: the key is wrong, revoked or meant for another region."""


class PermissionDeniedError(AuthenticationError):
    """403 with an error document: the key is valid but lacks a permission (e.g. password access)."""


class NotFoundError(APIStatusError):
    """404: no such record or route."""


class RequestTooLargeError(APIStatusError):
    """413, or a body over the gateway's 10 MB limit refused before sending."""


class RateLimitError(APIStatusError):
    """429 after the retry policy gave up."""


class ServerError(APIStatusError):
    """5xx after the retry policy gave up."""


class ServiceUnavailableError(ServerError):
    """503: IT Glue is down for maintenance or overloaded."""


class AnswerShapeError(ValueError):
    """A successful answer's JSON is not the document or record expected.

    Raised by the parsers inside the SDK, which `unreadable_answer` turns into `UnexpectedResponseError`; it never
    reaches user code. It exists so that the requester catches exactly what a wrong answer causes, and a
    ``TypeError`` of the SDK's own making surfaces as itself.
    """


class UsageError(ITGlueError):
    """The SDK was called in a way the spec does not allow; nothing was sent."""


class InvalidParameterError(UsageError, ValueError):
    """A filter, sort, include, attribute or parameter value the operation does not accept.

    Attributes:
        parameter: What was wrong, in the API's vocabulary (``filter[exclude][name]``, ``sort``, ``include``,
            ``attributes.name``...).
        allowed: The values the spec allows there (empty when the problem is the value's form).
    """

    def __init__(self, message: str, *, parameter: str, allowed: Iterable[str] = ()) -> None:
        self.parameter = parameter
        self.allowed = tuple(allowed)
        if self.allowed:
            message = f"{message}; allowed: {', '.join(self.allowed)}"
        super().__init__(message)


class UnsupportedOperationError(UsageError, TypeError):
    """The resource group has no such operation (at this scope: top level or within a parent).

    Attributes:
        group: Resource group, e.g. ``countries``.
        action: The missing action, e.g. ``delete``.
        available: Actions the group offers at this scope.
    """

    def __init__(self, message: str, *, group: str, action: str, available: Iterable[str]) -> None:
        self.group = group
        self.action = action
        self.available = tuple(available)
        super().__init__(message)
