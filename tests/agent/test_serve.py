"""The HTTP app: loopback by default, a bearer token before anything else when one is set."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from itglue_mcp import Agent, build_server
from itglue_mcp.serve import BearerToken, ExposedWithoutTokenError, http_app, is_loopback
from itglue_sdk import ITGlueClient

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.3", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("192.0.2.10", False),
        ("example.com", False),
        ("::", False),
    ],
)
def test_loopback_is_this_machine_only(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_an_exposed_interface_needs_a_token(client: ITGlueClient) -> None:
    server = build_server(Agent(client))

    with pytest.raises(ExposedWithoutTokenError, match="without a token"):
        http_app(server, host="192.0.2.10", token=None)
    assert http_app(server, host="192.0.2.10", token="t0ken") is not None


async def reached(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"reached"})


async def test_requests_without_the_token_are_refused_before_the_server(client: ITGlueClient) -> None:
    assert isinstance(http_app(build_server(Agent(client)), host="127.0.0.1", token="t0ken-t0ken"), BearerToken)
    transport = httpx.ASGITransport(app=BearerToken(reached, "t0ken-t0ken"))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        missing = await http.post("/mcp", json={})
        wrong = await http.post("/mcp", json={}, headers={"Authorization": "Bearer t0ken"})
        right = await http.post("/mcp", json={}, headers={"Authorization": "Bearer t0ken-t0ken"})

    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert wrong.status_code == 401
    assert right.text == "reached"
