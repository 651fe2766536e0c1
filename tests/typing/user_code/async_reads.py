"""The async client, the same names with ``await`` and ``async for``."""

from __future__ import annotations

from datetime import datetime

from itglue_sdk import AsyncITGlueClient, Organization


async def recent_names(client: AsyncITGlueClient) -> list[tuple[str, datetime]]:
    """``async for`` over typed records."""
    return [
        (org.attributes.name, org.attributes.updated_at)
        async for org in client.organizations.list(sort="-updated_at", limit=3)
    ]


async def first(client: AsyncITGlueClient) -> Organization:
    """`require` awaited."""
    async for org in client.organizations.list(limit=1):
        return await client.organizations.require(org.id)
    raise LookupError("the estate has no organizations")


async def by_name(client: AsyncITGlueClient, name: str) -> Organization | None:
    """`find(name=...)` awaited."""
    return await client.organizations.find(name=name)
