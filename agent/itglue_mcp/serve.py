"""Running the server: over stdio (what assistants start as a subprocess), or streamable HTTP on one interface.

HTTP is served on loopback unless the caller names another interface together with a token; a token, when
set, is required on every request as ``Authorization: Bearer <token>`` (compared in constant time).
"""

from __future__ import annotations

import hmac
import ipaddress
from typing import Any, Final

import uvicorn
from mcp.server.mcpserver import MCPServer

MCP_PATH: Final = "/mcp"
TOKEN_ENV: Final = "ITGLUE_MCP_TOKEN"  # noqa: S105 - the variable's name


class ExposedWithoutTokenError(ValueError):
    """Serving HTTP beyond loopback was asked for without an auth token."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (``127.0.0.0/8``, ``::1``, ``localhost``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class BearerToken:
    """ASGI middleware: HTTP requests without ``Authorization: Bearer <token>`` get a 401, nothing else."""

    def __init__(self, app: Any, token: str) -> None:
        self._app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Answer 401 to an HTTP request without the token; pass everything else on."""
        if scope["type"] == "http":
            given = dict(scope.get("headers") or ()).get(b"authorization", b"")
            if not hmac.compare_digest(given, self._expected):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [(b"content-type", b"text/plain"), (b"www-authenticate", b"Bearer")],
                    }
                )
                await send({"type": "http.response.body", "body": b"a bearer token is required\n"})
                return
        await self._app(scope, receive, send)


def check_exposure(host: str, token: str | None) -> None:
    """Refuse to serve on ``host`` when it reaches beyond this machine and no token guards it.

    Raises:
        ExposedWithoutTokenError: ``host`` is not loopback and no token is given.
    """
    if not is_loopback(host) and not token:
        raise ExposedWithoutTokenError(
            f"refusing to serve on {host}, beyond this machine, without a token: set --token (or ${TOKEN_ENV})"
        )


def http_app(server: MCPServer, *, host: str, token: str | None) -> Any:
    """The ASGI app serving ``server`` at `MCP_PATH` for ``host`` (behind `BearerToken` when a token is set).

    Raises:
        ExposedWithoutTokenError: See `check_exposure`.
    """
    check_exposure(host, token)
    app = server.streamable_http_app(streamable_http_path=MCP_PATH, host=host)
    return BearerToken(app, token) if token else app


def serve_http(server: MCPServer, *, host: str, port: int, token: str | None = None) -> None:
    """Serve streamable HTTP until interrupted (see `http_app` for what is refused)."""
    uvicorn.run(http_app(server, host=host, token=token), host=host, port=port, log_level="warning")


def serve_stdio(server: MCPServer) -> None:
    """Serve over stdin/stdout until the client closes them."""
    server.run("stdio")
