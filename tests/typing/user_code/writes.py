"""Writes, passwords and traits written the natural way."""

from __future__ import annotations

from itglue_sdk import (
    FlexibleAsset,
    ITGlueClient,
    Location,
    Organization,
    OrganizationCreateParams,
    PasswordRecord,
    Secret,
)


def new_organization(client: ITGlueClient, name: str) -> Organization:
    """Create with a TypedDict built ahead, update with a literal."""
    attributes: OrganizationCreateParams = {"name": name}
    attributes["description"] = "made by typed code"
    created = client.organizations.create(attributes)
    return client.organizations.update(created.id, {"quick_notes": "patched from typed code"})


def new_location(client: ITGlueClient, organization: Organization) -> Location:
    """Foreign keys are ints."""
    return client.locations.create({"organization_id": int(organization.id), "name": "Head office", "city": "Leeds"})


def password_round_trip(client: ITGlueClient, organization: Organization) -> str:
    """The value goes in as a `Secret` and comes back in one, only when asked for."""
    created = client.passwords.create(
        {"organization_id": int(organization.id), "name": "router admin", "password": Secret("s3cret!")}
    )
    shown: PasswordRecord = client.passwords.require(created.id, show_password=True)
    return shown.secret.reveal() if shown.secret is not None else ""


def patch_traits(client: ITGlueClient, asset: FlexibleAsset, key: str, value: str) -> FlexibleAsset:
    """Traits are keyed by the field's name-key; the others are kept."""
    return client.flexible_assets.update_traits(asset.id, {key: value})
