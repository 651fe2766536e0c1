"""Reads written the way a user writes them: no narrowing, nothing imported from the generated package."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from itglue_mirror import Mirror
from itglue_sdk import (
    Configuration,
    ConfigurationFilters,
    ITGlueClient,
    NotFoundError,
    Organization,
    OrganizationSort,
    Shown,
)


def organization_names(client: ITGlueClient, sort: OrganizationSort = "name") -> list[str]:
    """The first three names, upper-cased: ``name`` is a ``str``."""
    return [org.attributes.name.upper() for org in client.organizations.list(sort=sort, limit=3)]


def creation_dates(client: ITGlueClient) -> list[date]:
    """``created_at`` is a ``datetime``."""
    return [org.attributes.created_at.date() for org in client.organizations.list(sort="-created_at", limit=3)]


def describe(organization: Organization) -> str:
    """``description`` is ``str | None``: one ``or`` and done."""
    return f"{organization.attributes.name}: {organization.attributes.description or 'no description'}"


def configurations_of(client: ITGlueClient, organization_id: int) -> list[Configuration]:
    """A typed filter built up in steps, then used."""
    filters: ConfigurationFilters = {"organization_id": organization_id}
    filters["archived"] = False
    return list(client.configurations.list(filter=filters, sort="name", limit=5))


def hostnames(client: ITGlueClient, organization_id: int) -> dict[str, str | None]:
    """Filters inline; attributes that may be empty are ``X | None``."""
    found = client.configurations.list(filter={"organization_id": [organization_id]}, limit=5)
    return {config.attributes.name: config.attributes.hostname for config in found}


def other_organizations(client: ITGlueClient, name: str) -> list[int]:
    """An exclude and a range inside the filter, typed too."""
    found = client.organizations.list(
        filter={"exclude": {"name": name}, "range": {"my_glue_account_id": (None, None)}}, sort="id"
    )
    return [int(org.id) for org in found]


def first_organization(client: ITGlueClient) -> Organization:
    """`require` reads a record that must exist, without ``| None``."""
    first = next(iter(client.organizations.list(limit=1)))
    return client.organizations.require(first.id)


def is_missing(client: ITGlueClient, organization_id: int) -> bool:
    """`get` gives None for a record that does not exist; `require` raises."""
    if client.organizations.get(organization_id) is not None:
        return False
    try:
        client.organizations.require(organization_id)
    except NotFoundError:
        return True
    return False


def with_attachments(client: ITGlueClient, organization_id: int) -> Shown[Configuration] | None:
    """Includes are typed by the group's ``<Model>Include``."""
    return client.configurations.show(organization_id, include=["attachments"])


def by_name(client: ITGlueClient, name: str) -> Organization | None:
    """`find(name=...)` is typed like `get`."""
    return client.organizations.find(name=name)


def through_mirror(path: Path, base_url: str, api_key: str) -> tuple[Organization | None, int]:
    """A `Mirror` is what ``mirror=`` takes: sync it, then read cache-first."""
    mirror = Mirror(path=path)
    with ITGlueClient(base_url=base_url, api_key=api_key, load_plugins=False, mirror=mirror) as client:
        mirror.sync(client, resources=["organizations"])
        first = next(iter(client.organizations.list(limit=1)))
        found = client.organizations.find(name=first.attributes.name)
        return found, client.metrics().cache_hits
