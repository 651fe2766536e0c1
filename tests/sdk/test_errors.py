from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest

from itglue_sdk._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServerError,
    ServiceUnavailableError,
    ValidationError,
)
from itglue_sdk._http.retry import parse_retry_after
from itglue_sdk._http.status import error_from_response

KEY = "ITG.0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz"


def _error(
    status: int,
    body: object = None,
    *,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    request_json: object = None,
) -> APIStatusError:
    request = httpx.Request(
        method, "https://api.itglue.com/organizations/7?page[size]=5", headers={"x-api-key": KEY}, json=request_json
    )
    content = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    response = httpx.Response(status, content=content, headers=headers, request=request)
    return error_from_response(request, response, request_id="rid-1", instance="production")


def test_validation_error_keeps_pointers_and_details() -> None:
    error = _error(
        422,
        {
            "errors": [
                {"status": 422, "title": "Unprocessable Entity", "detail": "must exist",
                 "source": {"pointer": "/data/attributes/configuration-type"}},
                {"status": "422", "title": "Valid organization_id is required",
                 "source": {"pointer": "data/attributes/organization_id"}},
            ]
        },
        method="POST",
    )  # fmt: skip
    assert type(error) is ValidationError
    assert isinstance(error, BadRequestError)
    assert error.pointers == ["/data/attributes/configuration-type", "data/attributes/organization_id"]
    assert error.errors[0].detail == "must exist"
    assert error.errors[1].status == 422
    assert str(error).startswith("HTTP 422 on POST /organizations/7: /data/attributes/configuration-type: ")
    assert "page[size]" not in str(error)
    assert error.request_id == "rid-1"


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (401, {"errors": [{"status": 401, "title": "Unauthorized"}]}, AuthenticationError),
        (403, {"message": "Forbidden"}, AuthenticationError),
        (403, {"errors": [{"status": 403, "title": "Forbidden", "detail": "no password access"}]},
         PermissionDeniedError),
        (404, b"<html><body><h1>The page you were looking for doesn't exist.</h1></body></html>", NotFoundError),
        (400, {"errors": [{"status": 400, "title": "Bad Request"}]}, BadRequestError),
        (415, {"message": "Unsupported Media Type"}, BadRequestError),
        (413, {"message": "Request Too Long"}, RequestTooLargeError),
        (429, {"message": "Too Many Requests"}, RateLimitError),
        (500, {"errors": [{"status": 500, "title": "Internal Server Error"}]}, ServerError),
        (502, {"message": "Internal server error"}, ServerError),
        (503, {"message": "Service Unavailable"}, ServiceUnavailableError),
        (504, {"message": "Endpoint request timed out"}, ServerError),
        (409, {"errors": [{"status": 409, "title": "Conflict"}]}, APIStatusError),
    ],
)  # fmt: skip
def test_status_maps_to_class(status: int, body: object, cls: type[APIStatusError]) -> None:
    error = _error(status, body)
    assert type(error) is cls
    assert error.status_code == status


def test_authentication_errors_name_the_likely_causes_and_the_fix() -> None:
    for error in (_error(401, {"errors": [{"status": 401, "title": "Unauthorized"}]}), _error(403, {"message": "x"})):
        assert "wrong key or wrong region" in str(error)
        assert "itglue auth set" in str(error)
        assert "'production' at https://api.itglue.com" in str(error)
    permission = _error(403, {"errors": [{"status": 403, "title": "Forbidden"}]})
    assert isinstance(permission, PermissionDeniedError)
    assert "permission" in str(permission)
    assert "wrong key or wrong region" in str(permission)  # 403 with a document: the same hint as any 403
    assert "`itglue auth set`" in str(permission)


def test_html_404_does_not_dump_the_page() -> None:
    error = _error(404, b"<html><body>nope</body></html>", headers={"content-type": "text/html"})
    assert str(error) == "HTTP 404 on GET /organizations/7: Not Found"


def test_no_key_or_password_in_error_text() -> None:
    secret_password = "Tr0ub4dor&3-horse"
    error = _error(
        422,
        {"errors": [{"status": 422, "title": f"key {KEY} rejected", "detail": f"password {secret_password} too weak"}]},
        method="POST",
        request_json={"data": {"type": "passwords", "attributes": {"name": "n", "password": secret_password}}},
    )
    text = str(error) + repr(error.errors) + repr(vars(error))
    assert KEY not in text
    assert secret_password not in text
    assert "[REDACTED]" in str(error)


def test_retry_after_and_server_request_id_are_kept() -> None:
    error = _error(503, {"message": "maintenance"}, headers={"Retry-After": "120", "x-amzn-RequestId": "aws-42"})
    assert isinstance(error, ServiceUnavailableError)
    assert error.retry_after == 120
    assert error.server_request_id == "aws-42"
    assert "retry after 120 s" in str(error)


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7", now=now) == 7
    assert parse_retry_after(" 1.5 ", now=now) == 1.5
    assert parse_retry_after("Wed, 25 Nov 2026 12:00:30 GMT", now=now) == 30
    assert parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", now=now) == 0  # in the past
    assert parse_retry_after("-3", now=now) == 0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("nan", now=now) is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
