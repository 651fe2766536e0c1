"""The API Gateway in front of the app: key check, size and media-type limits, rate limit, routing."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from itglue_emulator.engine import ApiRequest, Engine
from itglue_emulator.errors import NOT_FOUND_HTML, ApiError, gateway_body
from itglue_emulator.keys import ApiKey, KeyRing
from itglue_emulator.ratelimit import RateLimiter, retry_after_header
from itglue_emulator.router import Match

logger = logging.getLogger("itglue_emulator")

MAX_BODY_BYTES = 10 * 1024 * 1024
"""Amazon API Gateway's payload limit in front of IT Glue."""

JSON_API = "application/vnd.api+json; charset=utf-8"
_ACCEPTED_MEDIA_TYPES = ("application/vnd.api+json", "application/json")
_WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


USER_SESSION = ApiKey("user-session", "", password_access=True)
"""The caller of a user-session route that sent a bearer token: any non-empty token is a session, since the
emulator cannot verify IT Glue's JWT signatures. Rate-limited and counted under its own name."""

SESSION_REQUIRED_DETAIL = "This resource needs a user session (JWT bearer token); API keys are not accepted"


def _has_bearer_token(header: str | None) -> bool:
    scheme, _, token = (header or "").strip().partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())


@dataclass
class HttpResponse:
    """A response ready for the socket.

    Attributes:
        status: HTTP status.
        body: Encoded body.
        content_type: ``Content-Type`` header, if a body is sent.
        headers: Further headers.
    """

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, body: Any, content_type: str = JSON_API, **headers: str) -> HttpResponse:
        """Build a JSON response.

        Args:
            status: HTTP status.
            body: JSON-able body.
            content_type: Media type.
            **headers: Further headers.

        Returns:
            The response.
        """
        return cls(status, json.dumps(body, separators=(",", ":")).encode(), content_type, dict(headers))

    @classmethod
    def gateway(cls, status: int, **headers: str) -> HttpResponse:
        """Build a gateway answer (``{"message": ...}``, ``application/json``).

        Args:
            status: HTTP status.
            **headers: Further headers.

        Returns:
            The response.
        """
        return cls.json(status, gateway_body(status), "application/json", **headers)


@dataclass(frozen=True)
class Incoming:
    """A request as read from the socket.

    Attributes:
        method: HTTP method.
        path: Path without query.
        params: Query pairs.
        headers: Header values by lower-case name.
        body: Raw body.
        base_url: Scheme and host the client used.
    """

    method: str
    path: str
    params: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    base_url: str


class Gateway:
    """Admission and routing in front of the engine."""

    def __init__(self, keys: KeyRing, limiter: RateLimiter, engine: Engine) -> None:
        """Wire the gateway.

        Args:
            keys: Accepted keys.
            limiter: Per-key rate limiter.
            engine: JSON:API engine.
        """
        self.keys = keys
        self.limiter = limiter
        self.engine = engine

    def serve(self, incoming: Incoming, match: Match | None) -> tuple[HttpResponse, ApiKey | None]:
        """Answer one API request.

        Args:
            incoming: The request.
            match: The route it matched (None for an unknown route).

        Returns:
            The response and the caller's key (None when the key was rejected).
        """
        needs_session = match is not None and match.operation.needs_user_session
        session = needs_session and _has_bearer_token(incoming.headers.get("authorization"))
        key = USER_SESSION if session else self.keys.find(incoming.headers.get("x-api-key"))
        if key is None:
            return HttpResponse.gateway(403), None
        wait = self.limiter.admit(key.name)
        if wait is not None:
            headers = {"Retry-After": retry_after_header(wait)} if self.limiter.config.retry_after else {}
            return HttpResponse.gateway(429, **headers), key
        if match is None:
            return HttpResponse(404, NOT_FOUND_HTML.encode(), "text/html; charset=utf-8"), key
        if needs_session and not session:
            return HttpResponse.json(401, ApiError(401, "Unauthorized", SESSION_REQUIRED_DETAIL, False).body), key
        body: Any = None
        if incoming.body and incoming.method in _WRITE_METHODS:
            media_type = incoming.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if media_type not in _ACCEPTED_MEDIA_TYPES:
                return HttpResponse.gateway(415), key
            try:
                body = json.loads(incoming.body)
            except (UnicodeDecodeError, json.JSONDecodeError):
                return HttpResponse.json(
                    422, ApiError(422, "Unprocessable Entity", "body is not valid JSON", None).body
                ), key
        request = ApiRequest(incoming.method, incoming.path, incoming.params, body, key, incoming.base_url)
        try:
            answer = self.engine.handle(match, request)
        except ApiError as error:
            return HttpResponse.json(error.status, error.body), key
        except Exception:
            # The traceback names the operation only; request headers (the key) never reach the log.
            logger.exception("unhandled error in %s", match.operation.operation_id)
            return HttpResponse.json(500, ApiError(500).body), key
        if answer.body is None:
            return HttpResponse(answer.status, headers=answer.headers), key
        return HttpResponse.json(answer.status, answer.body, **answer.headers), key
