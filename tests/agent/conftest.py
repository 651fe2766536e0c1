"""An emulated estate over loopback, its mirror, and MCP client sessions to servers built on them."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp.client import Client
from mcp_types import CallToolResult

from itglue_emulator.app import Emulator
from itglue_mcp import Agent, Permissions, build_server
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator.start(orgs=3, seed=11) as running:
        yield running


@pytest.fixture(scope="module")
def client(emulator: Emulator) -> Iterator[ITGlueClient]:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as made:
        yield made


@pytest.fixture(scope="module")
def mirror(client: ITGlueClient, tmp_path_factory: pytest.TempPathFactory) -> Mirror:
    synced = Mirror(path=tmp_path_factory.mktemp("mirror") / "estate.duckdb")
    synced.sync(client)
    return synced


class Session:
    """One MCP client session: tool calls answer their structured result, or their error text."""

    def __init__(self, connected: Client) -> None:
        self.mcp = connected

    async def call(self, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
        result = await self.mcp.call_tool(name, arguments or {})
        assert not result.is_error, text_of(result)
        assert result.structured_content is not None
        return result.structured_content

    async def refused(self, name: str, arguments: dict[str, Any] | None = None) -> str:
        result = await self.mcp.call_tool(name, arguments or {})
        assert result.is_error, f"{name} succeeded: {result.structured_content}"
        return text_of(result)


def text_of(result: CallToolResult) -> str:
    return "\n".join(getattr(block, "text", "") for block in result.content)


def dumped(result: Any) -> str:
    return json.dumps(result, default=str)


async def open_session(agent: Agent) -> AsyncIterator[Session]:
    async with Client(build_server(agent)) as connected:
        yield Session(connected)


@pytest.fixture
async def reader(client: ITGlueClient, mirror: Mirror) -> AsyncIterator[Session]:
    """A read-only server with the mirror (the default permissions)."""
    async for session in open_session(Agent(client, mirror=mirror)):
        yield session


@pytest.fixture
async def writer(client: ITGlueClient, mirror: Mirror, tmp_path: Path) -> AsyncIterator[Session]:
    """A server started with --allow-writes, --allow-password-reveal and --import-from the test's folder."""
    permissions = Permissions(allow_writes=True, allow_password_reveal=True, import_roots=(tmp_path,))
    async for session in open_session(Agent(client, mirror=mirror, permissions=permissions)):
        yield session


def first_id(client: ITGlueClient, group: str, **filters: Any) -> int:
    service: Any = getattr(client, group)
    record = next(iter(service.list(filter=filters or None, limit=1)))
    return int(record.id)
