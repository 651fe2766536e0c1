"""Secrets never leave the server unless revealed on purpose, and an assistant in a loop stays inside the budget."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_mcp import Agent, Permissions
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient
from tests.agent.conftest import Session, dumped, first_id, open_session

pytestmark = pytest.mark.anyio

PASSWORD_CANARY = "canary-Pw-7Q2x-9fLm"
NEW_PASSWORD_CANARY = "canary-New-4Rt8-0zKa"
TRAIT_CANARY = "canary-Trait-5Hn3-8wYc"


def secret_field(client: ITGlueClient) -> tuple[int, int, str, str]:
    """A flexible asset type with a Password-kind field and a plain text one: (type id, asset id, keys)."""
    for asset_type in client.flexible_asset_types.list():
        fields = list(client.flexible_asset_fields.within(flexible_asset_type_id=asset_type.id).list())
        secret = next((f for f in fields if f.attributes.kind == "Password"), None)
        text = next((f for f in fields if f.attributes.kind == "Text"), None)
        assets = list(client.flexible_assets.list(filter={"flexible_asset_type_id": int(asset_type.id)}, limit=1))
        if secret and text and assets:
            return int(asset_type.id), int(assets[0].id), str(secret.attributes.name_key), str(text.attributes.name_key)
    raise AssertionError("the estate has no flexible asset type with a Password field")


@pytest.fixture(scope="module")
def planted(client: ITGlueClient, mirror: Mirror) -> dict[str, Any]:
    """Canary values in a password and in a Password-kind trait, with the mirror synced after them."""
    password_id = first_id(client, "passwords")
    client.passwords.update(password_id, {"password": PASSWORD_CANARY})
    type_id, asset_id, secret_key, text_key = secret_field(client)
    client.flexible_assets.update_traits(asset_id, {secret_key: TRAIT_CANARY})
    mirror.sync(client)
    return {"password": password_id, "type": type_id, "asset": asset_id, "secret_key": secret_key, "text_key": text_key}


@pytest.fixture
def every_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


async def test_no_secret_reaches_a_tool_result_an_error_or_a_log(
    writer: Session, planted: dict[str, Any], emulator: Emulator, every_log: pytest.LogCaptureFixture
) -> None:
    password, asset = planted["password"], planted["asset"]
    calls: list[tuple[str, dict[str, Any]]] = [
        ("get", {"type": "passwords", "id": password}),
        ("get", {"type": "passwords", "id": password, "include": ["related_items"]}),
        ("list", {"type": "passwords", "limit": 50}),
        ("get", {"type": "flexible_assets", "id": asset}),
        ("list", {"type": "flexible_assets", "filter": {"flexible_asset_type_id": planted["type"]}}),
        ("relationships", {"type": "flexible_assets", "id": asset}),
        ("relationships", {"type": "passwords", "id": password}),
        ("search", {"text": "a", "types": ["passwords", "flexible_assets"]}),
        ("query", {"sql": "SELECT * FROM passwords"}),
        ("query", {"sql": "SELECT * FROM flexible_assets"}),
        ("query", {"sql": "SELECT * FROM stale_passwords"}),
        (
            "update",
            {
                "type": "flexible_assets",
                "id": asset,
                "attributes": {"traits": {planted["text_key"]: "x"}},
                "dry_run": True,
            },
        ),
        (
            "update",
            {"type": "passwords", "id": password, "attributes": {"password": NEW_PASSWORD_CANARY}, "dry_run": True},
        ),
        (
            "create",
            {"type": "passwords", "attributes": {"name": "n", "password": NEW_PASSWORD_CANARY}, "dry_run": True},
        ),
        ("health", {}),
    ]
    texts = []
    for name, arguments in calls:
        result = await writer.mcp.call_tool(name, arguments)
        assert not result.is_error, (name, result.content)
        texts.append(dumped(result.structured_content))
        texts.append(dumped([block.model_dump() for block in result.content]))
    for name, arguments in [("get", {"type": "passwords", "id": 999999}), ("query", {"sql": "SELECT password"})]:
        refused = await writer.mcp.call_tool(name, arguments)
        assert refused.is_error
        texts.append(dumped([block.model_dump() for block in refused.content]))

    everything = "\n".join(texts) + every_log.text
    for canary in (PASSWORD_CANARY, NEW_PASSWORD_CANARY, TRAIT_CANARY, emulator.api_key):
        assert canary not in everything
    flexible = next(text for text in texts if planted["secret_key"] in text)
    assert "[REDACTED]" in flexible  # the trait is there, its value is not


async def test_reveal_is_off_by_default_and_logged_without_the_value(
    reader: Session, writer: Session, planted: dict[str, Any], every_log: pytest.LogCaptureFixture
) -> None:
    tools = {tool.name for tool in (await reader.mcp.list_tools()).tools}
    refused = await reader.mcp.call_tool("reveal_password", {"id": planted["password"]})

    revealed = await writer.call("reveal_password", {"id": planted["password"]})

    assert "reveal_password" not in tools
    assert refused.is_error
    assert revealed["password"] == PASSWORD_CANARY
    audit = [record for record in every_log.records if record.name == "itglue_mcp.audit"]
    assert any(str(planted["password"]) in record.getMessage() for record in audit)
    assert PASSWORD_CANARY not in every_log.text


async def test_a_loop_of_500_calls_stays_inside_the_rate_budget() -> None:
    budget, window = 100, 2.0
    with Emulator.start(orgs=2, seed=3) as emulator:
        emulator.set_rate_limit(RateLimitConfig(budget=budget, window=window))
        with ITGlueClient(
            base_url=emulator.base_url, api_key=emulator.api_key, rate_limit=budget, rate_window=window
        ) as client:
            organization_id = first_id(client, "organizations")
            before = emulator.request_count()
            async for session in open_session(Agent(client, permissions=Permissions())):
                for _ in range(500):
                    await session.call("get", {"type": "organizations", "id": organization_id})
            statuses = emulator.stats()["statuses"]
            sent = emulator.request_count() - before

    assert sent == 500
    assert statuses.get("429", 0) == 0
