"""``itglue mcp serve``: a real server process over stdio and over streamable HTTP, and what it refuses to start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import httpx2
import pytest
from mcp.client import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from itglue_emulator import Emulator
from tests.cli.conftest import Cli

pytestmark = pytest.mark.anyio

COMMAND = "import sys; from itglue_sdk.cli import main; sys.exit(main())"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def environment(emulator: Emulator, tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "ITGLUE_API_KEY": emulator.api_key, "ITGLUE_CONFIG_DIR": str(tmp_path / "config")}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def http_server(shared_emu: Emulator, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-c", COMMAND, "mcp", "serve", "--base-url", shared_emu.base_url, "--http", str(port)]
    env = {**environment(shared_emu, tmp_path), "ITGLUE_MCP_TOKEN": "s3cret-token-for-tests"}
    with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) as process:  # noqa: S603
        url = f"http://127.0.0.1:{port}/mcp"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        try:
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


async def test_serve_over_stdio_answers_tools(shared_emu: Emulator, tmp_path: Path) -> None:
    parameters = StdioServerParameters(
        command=sys.executable,
        args=["-c", COMMAND, "mcp", "serve", "--base-url", shared_emu.base_url],
        env=environment(shared_emu, tmp_path),
    )
    async with Client(parameters) as session:
        tools = {tool.name for tool in (await session.list_tools()).tools}
        health = await session.call_tool("health", {})
        organizations = await session.call_tool("list", {"type": "organizations", "limit": 2})
        refused = await session.call_tool("create", {"type": "organizations", "attributes": {"name": "x"}})

    assert {"search", "get", "list", "query", "health", "create"} <= tools
    assert "reveal_password" not in tools
    assert health.structured_content is not None
    assert health.structured_content["key_valid"] is True
    assert health.structured_content["mirror"]["available"] is False
    assert organizations.structured_content is not None
    assert len(organizations.structured_content["records"]) == 2
    assert refused.is_error


async def test_serve_over_http_needs_its_token(http_server: str) -> None:
    anonymous = httpx.post(http_server, json={}, timeout=5)
    wrong = httpx.post(http_server, json={}, headers={"Authorization": "Bearer nope"}, timeout=5)
    authorised = httpx2.AsyncClient(headers={"Authorization": "Bearer s3cret-token-for-tests"})
    async with Client(streamable_http_client(http_server, http_client=authorised)) as session:
        tools = {tool.name for tool in (await session.list_tools()).tools}
        found = await session.call_tool("get", {"type": "organizations", "id": 999999})

    assert anonymous.status_code == 401
    assert wrong.status_code == 401
    assert "query" in tools
    assert found.is_error


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--http", "192.0.2.1:8765"], "loopback only"),
        (["--http", "8765", "--host", "192.0.2.1"], "without a token"),
        (["--host", "127.0.0.1"], "--http"),
        (["--http", "localhost:99999"], "HOST:PORT"),
    ],
)
def test_serve_refuses_to_expose_itself_without_a_token(
    reader: Cli, arguments: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ITGLUE_MCP_TOKEN", raising=False)

    result = reader("mcp", "serve", *arguments)

    assert result.code == 2
    assert message in result.err
