"""From an HTTP answer to the SDK's typed errors: error statuses, redirects, unreadable answers."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

import httpx

from itglue_sdk._exceptions import (
    AnswerShapeError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ErrorDetail,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServerError,
    ServiceUnavailableError,
    UnexpectedResponseError,
    ValidationError,
)
from itglue_sdk._http.retry import parse_retry_after
from itglue_sdk.observability.redaction import SENSITIVE_NAMES, redact

REQUEST_ID_HEADER = "X-Request-Id"
"""The header carrying the id the SDK gives each logical request (the transport sets it, errors quote it)."""


AUTH_HINT = "wrong key or wrong region? Store the right key with `itglue auth set`"


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    413: RequestTooLargeError,
    415: BadRequestError,
    422: ValidationError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def _parse_body(response: httpx.Response) -> tuple[list[ErrorDetail], bool]:
    """Return the error entries and whether the body was a JSON:API error document."""
    try:
        body: Any = json.loads(response.content)
    except ValueError:  # HTML error page, empty body, invalid UTF-8 (UnicodeDecodeError is a ValueError)
        return [], False
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        details = []
        for entry in body["errors"]:
            if not isinstance(entry, dict):
                continue
            source = entry.get("source")
            pointer = source.get("pointer") if isinstance(source, dict) else None
            status = entry.get("status")
            details.append(
                ErrorDetail(
                    status=int(status) if isinstance(status, int | str) and str(status).isdigit() else None,
                    title=str(entry.get("title") or response.reason_phrase),
                    detail=str(entry["detail"]) if entry.get("detail") is not None else None,
                    pointer=str(pointer) if pointer else None,
                )
            )
        return details, True
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return [ErrorDetail(status=response.status_code, title=body["message"])], False
    return [], False


def _request_secrets(request: httpx.Request) -> list[str]:
    """Collect the key and any password values the request carried, so the message can never echo them."""
    secrets = [request.headers.get("x-api-key", "")]
    try:
        body: Any = json.loads(request.content) if request.content else None
    except (ValueError, httpx.RequestNotRead):
        body = None
    stack = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if str(key).lower() in SENSITIVE_NAMES and isinstance(value, str):
                    secrets.append(value)
                else:
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return [secret for secret in secrets if secret]


def error_from_response(
    request: httpx.Request,
    response: httpx.Response,
    *,
    request_id: str | None = None,
    instance: str | None = None,
    now: datetime | None = None,
) -> APIStatusError:
    """Build the typed error for an HTTP error answer.

    The response body must already be read.

    Args:
        request: The request that was answered (used for the method, the path and the secrets to scrub).
        response: The error response (status >= 400).
        request_id: The ``X-Request-Id`` the SDK sent.
        instance: Name of the instance, quoted in authentication hints.
        now: Current wall-clock time, for ``Retry-After`` HTTP dates (defaults to now).

    Returns:
        An instance of the most specific `APIStatusError` subclass.
    """
    status = response.status_code
    secrets = _request_secrets(request)
    parsed, is_document = _parse_body(response)
    details = [
        replace(d, title=redact(d.title, secrets), detail=redact(d.detail, secrets) if d.detail else None)
        for d in parsed
    ]
    cls = _STATUS_CLASSES.get(status, ServerError if status >= 500 else APIStatusError)
    if status == 403 and is_document:
        cls = PermissionDeniedError
    retry_after = parse_retry_after(response.headers.get("retry-after"), now=now)
    method, path = request.method, request.url.path

    summary = "; ".join(detail.describe() for detail in details) or response.reason_phrase
    message = f"HTTP {status} on {method} {path}: {summary}"
    if issubclass(cls, AuthenticationError) and cls is not PermissionDeniedError:
        where = f"instance {instance!r} at {request.url.scheme}://{request.url.host}" if instance else "this host"
        message += f" ({AUTH_HINT}; calls go to {where})"
    elif cls is PermissionDeniedError:
        message += f" (the key lacks this permission, e.g. Password Access; or {AUTH_HINT})"
    elif cls is ServiceUnavailableError:
        message += " (IT Glue is unavailable, possibly for maintenance)"
    if retry_after is not None:
        message += f"; retry after {retry_after:.0f} s"
    return cls(
        redact(message, secrets),
        status_code=status,
        method=method,
        path=path,
        errors=details,
        headers=response.headers,
        request_id=request_id,
        retry_after=retry_after,
    )


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, never sent
        return None


def unexpected_response(
    response: httpx.Response, problem: str, *, request_id: str | None = None
) -> UnexpectedResponseError:
    """Build the error for a successful answer the SDK cannot use.

    Args:
        response: The answer (2xx or 3xx), body read.
        problem: What is wrong with it, e.g. ``the body is not JSON``.
        request_id: The ``X-Request-Id`` the SDK sent (read from the request when omitted).

    Returns:
        The error; its message names the call and, for a write, warns that it may have taken effect.
    """
    request = _request_of(response)
    method, path = (request.method, request.url.path) if request is not None else ("?", "?")
    if request_id is None and request is not None:
        request_id = request.headers.get("x-request-id")
    secrets = _request_secrets(request) if request is not None else []
    message = f"HTTP {response.status_code} on {method} {path}: unexpected answer, {problem}"
    if method not in ("GET", "HEAD", "OPTIONS", "?") and response.is_success:
        message += f" (the {method} may have taken effect; check before repeating it)"
    return UnexpectedResponseError(
        redact(message, secrets),
        status_code=response.status_code,
        method=method,
        path=path,
        headers=response.headers,
        request_id=request_id,
    )


def redirect_error(response: httpx.Response, *, request_id: str | None = None) -> UnexpectedResponseError:
    """Build the error for a redirect from the API host, which the SDK never follows with the key.

    Args:
        response: The 3xx answer.
        request_id: The ``X-Request-Id`` the SDK sent.

    Returns:
        The error, naming the host the ``Location`` header points to (never its full URL).
    """
    location = response.headers.get("location")
    if location is None:
        where = "without a Location header"
    else:
        try:
            target = response.url.join(location) if _request_of(response) is not None else httpx.URL(location)
            where = f"to host {target.host or '(none)'!r}"
        except httpx.InvalidURL:
            where = "to an invalid Location"
    return unexpected_response(
        response,
        f"the API host redirected {where}; redirects are not followed so the API key never leaves the API "
        "host (check the base URL or region of the instance)",
        request_id=request_id,
    )


def unreadable_answer(response: httpx.Response, exc: Exception) -> UnexpectedResponseError:
    """Build the error for a successful answer whose parsing failed.

    Args:
        response: The answer, body read.
        exc: What parsing raised (`json.JSONDecodeError` for a body that is not JSON, ``KeyError`` for a
            missing member...).

    Returns:
        The error, saying what was wrong with the body (never quoting it: it may hold record data).
    """
    if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
        content_type = response.headers.get("content-type", "none")
        problem = f"the body is not JSON (content-type {content_type}, {len(response.content)} bytes)"
    elif isinstance(exc, AnswerShapeError):
        problem = f"the body is not the JSON:API document expected: {exc}"
    else:
        problem = f"the body is not the JSON:API document expected ({type(exc).__name__}: {exc})"
    return unexpected_response(response, problem)


def checked(response: httpx.Response, *, instance: str | None = None) -> httpx.Response:
    """Return a successful answer; raise the typed error for an error status or a redirect.

    Args:
        response: The final answer of the transport stack, body read.
        instance: Instance name, quoted in authentication hints.

    Returns:
        ``response``, when it is 2xx.

    Raises:
        APIStatusError: The most specific subclass for the status (`itglue_sdk._http.status.error_from_response`).
        UnexpectedResponseError: A redirect from the API host (never followed with the key).
    """
    if response.is_success:
        return response
    request_id = response.request.headers.get(REQUEST_ID_HEADER)
    if response.is_error:
        raise error_from_response(response.request, response, request_id=request_id, instance=instance)
    raise redirect_error(response, request_id=request_id)
