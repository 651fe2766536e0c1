"""The mirror as a client's cache, against the emulator over loopback HTTP: cache-first hits and misses, staleness,
write-through, auto-refresh, find(name=...), the instance-config attach and the async twin.

Requests are counted by the emulator's own accounting, so "no request" means none reached the server.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from itglue_emulator.app import Emulator
from itglue_mirror import Mirror
from itglue_sdk import (
    AsyncITGlueClient,
    ConfigurationError,
    InstanceStore,
    InvalidParameterError,
    ITGlueClient,
    MemoryLookupCache,
)
from itglue_sdk._http.breaker import BreakerRegistry
from itglue_sdk._http.ratelimit import LimiterRegistry
from tests.mirror.test_mirror import _password_trait_type, written_bytes


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator.start(orgs=3, seed=7) as running:
        yield running


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> InstanceStore:
    """Clients without the developer's environment and with registries of their own."""
    for name in ("ITGLUE_API_KEY", "ITGLUE_INSTANCE", "ITGLUE_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("itglue_sdk._client.shared_breakers", BreakerRegistry())
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())
    return InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data", state_root=tmp_path / "state")


def options(emulator: Emulator, store: InstanceStore, **extra: Any) -> dict[str, Any]:
    base = {"base_url": emulator.base_url, "api_key": emulator.api_key, "load_plugins": False, "instances": store}
    return base | extra


@pytest.fixture
def other(emulator: Emulator, store: InstanceStore) -> Iterator[ITGlueClient]:
    """A client without the mirror: what the API says, and changes the mirror did not see."""
    with ITGlueClient(**options(emulator, store)) as made:
        yield made


@pytest.fixture
def mirror(tmp_path: Path, other: ITGlueClient) -> Mirror:
    synced = Mirror(path=tmp_path / "m.duckdb")
    synced.sync(other)
    return synced


def shows(emulator: Emulator, group: str) -> int:
    return emulator.request_count("GET", f"/{group}/{{id}}")


def age(mirror: Mirror, hours: int = 48) -> None:
    """Move every resource's last sync back, as if the mirror had not been synced for a while."""
    mirror.close()  # its kept reader would refuse a writing connection in this process
    with duckdb.connect(str(mirror.path)) as con:
        con.execute(
            "UPDATE _mirror_state SET last_full_sync = last_full_sync - to_hours(?),"
            " last_incremental_sync = last_incremental_sync - to_hours(?)",
            [hours, hours],
        )


def first_id(client: ITGlueClient, group: str) -> str:
    return str(next(iter(getattr(client, group).list(limit=1))).id)


# --------------------------------------------------------------------------------------------- reads


def test_the_mirror_answers_the_complete_groups_only(mirror: Mirror) -> None:
    for group in ("organizations", "configurations", "contacts", "locations", "configuration_types", "countries"):
        assert mirror.answers(group), group
    assert not mirror.answers("passwords")  # values and notes are not stored
    assert not mirror.answers("flexible_assets")  # Password-kind traits are removed
    assert not mirror.answers("logs")  # not kept
    assert not mirror.answers("domains")  # no show route to answer for


@pytest.mark.parametrize("group", ["organizations", "configuration_types", "configurations", "contacts"])
def test_records_rebuilt_from_rows_equal_the_apis(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient, group: str
) -> None:
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        for record in getattr(other, group).list():
            before = shows(emulator, group)
            cached = getattr(client, group).require(record.id)
            assert shows(emulator, group) == before  # answered by the mirror
            assert type(cached) is type(record)
            assert (cached.type_, cached.id) == (record.type_, record.id)
            assert cached.attributes == record.attributes
        assert client.metrics().cache_misses == 0
        assert client.metrics().missing_attributes == {}


def test_a_miss_asks_the_api_and_is_counted(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    created_elsewhere = other.organizations.create({"name": "After The Sync"})
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        known = first_id(other, "organizations")
        before = shows(emulator, "organizations")
        assert client.organizations.get(known) is not None
        found = client.organizations.get(created_elsewhere.id)
        assert found is not None
        assert found.attributes.name == "After The Sync"
        assert client.organizations.get(999_999) is None
        assert shows(emulator, "organizations") == before + 2
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (1, 2)
        # A miss is not stored: reads never write to the mirror.
        assert mirror.sql("SELECT count(*) FROM organizations WHERE id = ?", [int(created_elsewhere.id)]).item() == 0
        client.organizations.get(known, include=["adapters_resources"])  # include= always asks the API
        assert shows(emulator, "organizations") == before + 3


def test_a_stale_resource_is_a_miss_until_synced(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    organization_id = first_id(other, "organizations")
    age(mirror, hours=25)
    assert {status.resource: status.stale for status in mirror.status()}["organizations"]
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        before = shows(emulator, "organizations")
        assert client.organizations.get(organization_id) is not None
        assert shows(emulator, "organizations") == before + 1
        assert client.metrics().cache_misses == 1
        mirror.sync(client, resources=["organizations"])
        assert client.organizations.get(organization_id) is not None
        assert shows(emulator, "organizations") == before + 1
        assert client.metrics().cache_hits == 1


def test_stale_after_is_configurable(tmp_path: Path, emulator: Emulator, store: InstanceStore) -> None:
    with ITGlueClient(**options(emulator, store)) as client:
        mirror = Mirror(path=tmp_path / "short.duckdb", stale_after=timedelta(0))
        mirror.sync(client, resources=["organizations"])
        assert all(status.stale for status in mirror.status())
        assert mirror.get("organizations", first_id(client, "organizations")) is None


# --------------------------------------------------------------------------------------------- write-through


def test_creates_updates_and_deletes_go_through(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        # The mirror's sync read related items with shows: count only the shows from here on.
        before, configuration_shows = shows(emulator, "organizations"), shows(emulator, "configurations")
        created = client.organizations.create({"name": "Written Through", "description": "new"})
        read = client.organizations.get(created.id)
        assert read is not None
        assert read.attributes == created.attributes

        updated = client.organizations.update(created.id, {"description": "changed"})
        read = client.organizations.get(created.id)
        assert read is not None
        assert read.attributes.description == "changed"
        assert read.attributes == updated.attributes
        assert shows(emulator, "organizations") == before  # both answered by the mirror

        [bulk] = client.configurations.bulk_update({first_id(other, "configurations"): {"name": "Bulk"}})
        cached_configuration = client.configurations.get(bulk.id)
        assert cached_configuration is not None
        assert cached_configuration.attributes.name == "Bulk"
        assert shows(emulator, "configurations") == configuration_shows

        client.organizations.delete(created.id)
        assert mirror.sql("SELECT count(*) FROM organizations WHERE id = ?", [int(created.id)]).item() == 0
        assert client.organizations.get(created.id) is None  # gone from the mirror: the API says so too
        assert shows(emulator, "organizations") == before + 1
        rows = {status.resource: status.rows for status in mirror.status()}
        assert rows["organizations"] == len(list(other.organizations.list()))


def test_written_secrets_never_reach_the_mirror(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    organization_id = int(first_id(other, "organizations"))
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        password = client.passwords.create(
            {"name": "Router", "password": "Sup3r-s3cret-value", "organization_id": organization_id}
        )
        client.passwords.update(password.id, {"password": "An0ther-s3cret-value"})
        row = mirror.sql("SELECT * FROM passwords WHERE id = ?", [int(password.id)])
        assert row.height == 1
        assert row["name"].item() == "Router"
        assert "s3cret" not in str(mirror.sql("SELECT * FROM passwords").rows())
    assert b"s3cret" not in written_bytes(mirror.path)


def test_written_flexible_assets_lose_their_password_traits(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    organization_id = int(first_id(other, "organizations"))
    type_id, secret_key, text_key = _password_trait_type(other)
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        created = client.flexible_assets.create(
            {
                "organization_id": organization_id,
                "flexible_asset_type_id": type_id,
                "traits": {text_key: "Kept Text", secret_key: "WT-TRAIT-SECRET"},
            }
        )
        client.flexible_assets.update_traits(created.id, {text_key: "Changed Text"})
        traits = mirror.sql("SELECT traits FROM flexible_assets WHERE id = ?", [int(created.id)]).item()
        assert json.loads(traits)[text_key] == "Changed Text"
        assert secret_key not in json.loads(traits)
        assert not {status.resource: status.stale for status in mirror.status()}["flexible_assets"]

        # A type the mirror has not seen: which traits are secret is unknown, so nothing is stored.
        vault = other.flexible_asset_types.create(
            {"name": "Vault"},
            relationships={
                "flexible_asset_fields": [
                    {"name": "Label", "kind": "Text", "use_for_title": True, "show_in_list": True},
                    {"name": "Secret", "kind": "Password"},
                ]
            },
        )
        unseen = client.flexible_assets.create(
            {
                "organization_id": organization_id,
                "flexible_asset_type_id": int(vault.id),
                "traits": {"label": "Vault 1", "secret": "WT-UNSEEN-SECRET"},
            }
        )
        assert mirror.sql("SELECT count(*) FROM flexible_assets WHERE id = ?", [int(unseen.id)]).item() == 0
        assert {status.resource: status.stale for status in mirror.status()}["flexible_assets"]
    written = written_bytes(mirror.path)
    assert b"WT-TRAIT-SECRET" not in written
    assert b"WT-UNSEEN-SECRET" not in written


def test_a_write_the_mirror_cannot_take_does_not_fail_the_call(
    emulator: Emulator,
    store: InstanceStore,
    mirror: Mirror,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def refuse(resource: str, records: object) -> None:
        raise duckdb.IOException("Could not set lock on file: held by another process")

    with ITGlueClient(**options(emulator, store, mirror=mirror, strict_plugins=True)) as client:
        organization_id = first_id(client, "organizations")
        with monkeypatch.context() as patched, caplog.at_level(logging.WARNING):
            patched.setattr(mirror, "apply", refuse)
            updated = client.organizations.update(organization_id, {"name": "Renamed While Locked"})
        assert updated.attributes.name == "Renamed While Locked"
        assert "did not reach the mirror" in caplog.text
        assert "Renamed While Locked" not in caplog.text
        assert {status.resource: status.stale for status in mirror.status()}["organizations"]

        before = shows(emulator, "organizations")
        read = client.organizations.get(organization_id)  # the old row is not served
        assert read is not None
        assert read.attributes.name == "Renamed While Locked"
        assert shows(emulator, "organizations") == before + 1

        mirror.sync(client, resources=["organizations"], full=True)
        read = client.organizations.get(organization_id)
        assert read is not None
        assert read.attributes.name == "Renamed While Locked"
        assert shows(emulator, "organizations") == before + 1


# --------------------------------------------------------------------------------------------- auto-refresh


def test_auto_refresh_syncs_a_stale_resource_before_a_lookup(
    tmp_path: Path, emulator: Emulator, store: InstanceStore, other: ITGlueClient
) -> None:
    mirror = Mirror(path=tmp_path / "auto.duckdb", auto_refresh=True)
    mirror.sync(other)
    organization_id = first_id(other, "organizations")
    other.organizations.update(organization_id, {"name": "Changed Elsewhere"})
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        fresh = client.organizations.get(organization_id)
        assert fresh is not None
        assert fresh.attributes.name != "Changed Elsewhere"  # fresh: the mirror answers what it holds
        age(mirror)
        lists = emulator.request_count("GET", "/organizations")
        before = shows(emulator, "organizations")
        refreshed = client.organizations.get(organization_id)
        assert refreshed is not None
        assert refreshed.attributes.name == "Changed Elsewhere"
        assert shows(emulator, "organizations") == before  # the refresh's listing answered it
        assert emulator.request_count("GET", "/organizations") == lists + 1  # incremental, one page
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (2, 0)
        assert not {status.resource: status.stale for status in mirror.status()}["organizations"]
        assert {status.resource: status.stale for status in mirror.status()}["configurations"]  # that one only


def test_auto_refresh_syncs_what_a_query_reads(
    tmp_path: Path, emulator: Emulator, store: InstanceStore, other: ITGlueClient
) -> None:
    mirror = Mirror(path=tmp_path / "auto.duckdb", auto_refresh=True)
    mirror.sync(other)
    configuration = next(iter(other.configurations.list(limit=1)))
    other.configurations.update(configuration.id, {"name": "Renamed Elsewhere"})
    age(mirror)
    query = "SELECT name FROM configurations_named WHERE id = ?"
    assert mirror.sql(query, [int(configuration.id)]).item() != "Renamed Elsewhere"  # no client attached yet
    with ITGlueClient(**options(emulator, store, mirror=mirror)):
        assert mirror.sql(query, [int(configuration.id)]).item() == "Renamed Elsewhere"
        assert "Renamed Elsewhere" in mirror.frame("configurations").collect()["name"].to_list()
    stale = {status.resource for status in mirror.status() if status.stale}
    assert "configurations" not in stale
    assert "contacts" in stale


def test_a_failed_auto_refresh_falls_back_to_the_api(
    tmp_path: Path, emulator: Emulator, store: InstanceStore, caplog: pytest.LogCaptureFixture
) -> None:
    mirror = Mirror(path=tmp_path / "auto.duckdb", auto_refresh=True)
    with ITGlueClient(**options(emulator, store, mirror=mirror, max_retries=0)) as client:
        mirror.sync(client, resources=["organizations"])
        organization_id = first_id(client, "organizations")
        age(mirror)
        emulator.script_fault("GET", "/organizations", 500)
        with caplog.at_level(logging.WARNING):
            read = client.organizations.get(organization_id)
        assert read is not None  # the refresh failed, the API answered the lookup
        assert "auto-refresh of organizations failed (ServerError)" in caplog.text
        assert client.metrics().cache_misses == 1
        assert mirror.sql("SELECT count(*) FROM organizations").item() == 3  # the rows it had stay


def test_without_auto_refresh_a_stale_lookup_only_asks_the_api(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    age(mirror)
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        lists = emulator.request_count("GET", "/organizations")
        assert client.organizations.get(first_id(other, "organizations")) is not None
        assert emulator.request_count("GET", "/organizations") == lists + 1  # first_id's listing; no sync
    assert {status.resource: status.stale for status in mirror.status()}["organizations"]


# --------------------------------------------------------------------------------------------- find(name=...)


def test_find_by_name_from_the_mirror_and_from_the_api(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    organization = next(iter(other.organizations.list(limit=1)))
    name = organization.attributes.name
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        lists = emulator.request_count("GET", "/organizations")
        found = client.organizations.find(name=name.swapcase())
        assert found is not None
        assert found.id == organization.id
        assert found.attributes == organization.attributes
        assert emulator.request_count("GET", "/organizations") == lists
        assert client.metrics().cache_hits == 1

        assert client.organizations.find(name="No Such Organization") is None  # a miss asks the API
        assert emulator.request_count("GET", "/organizations") == lists + 1
        assert client.metrics().cache_misses == 1

    from_api = other.organizations.find(name=name.swapcase())
    assert from_api is not None
    assert from_api.attributes == organization.attributes
    assert other.organizations.find(name="No Such Organization") is None
    with pytest.raises(InvalidParameterError, match="contacts cannot be found by name at top level"):
        other.contacts.find(name="Ann")
    nested = other.configurations.within(organization_id=organization.id)
    with pytest.raises(InvalidParameterError, match=f"within organization_id={organization.id}: its listing has no"):
        nested.find(name="Server")


def test_find_picks_the_lowest_id_of_several_on_both_paths(
    tmp_path: Path, emulator: Emulator, store: InstanceStore, other: ITGlueClient
) -> None:
    first = other.organizations.create({"name": "Twin Ltd"})
    other.organizations.create({"name": "TWIN LTD"})
    mirror = Mirror(path=tmp_path / "twins.duckdb")
    mirror.sync(other, resources=["organizations"])
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        from_mirror = client.organizations.find(name="twin ltd")
        assert from_mirror is not None
        assert client.metrics().cache_hits == 1
    from_api = other.organizations.find(name="twin ltd")
    assert from_api is not None
    assert from_mirror.id == from_api.id == first.id


# --------------------------------------------------------------------------------------------- attaching


def test_the_instance_config_attaches_its_default_mirror(
    tmp_path: Path, emulator: Emulator, store: InstanceStore
) -> None:
    store.path.write_text(
        f'[instances.emu]\nbase_url = "{emulator.base_url}"\ndata_dir = "{tmp_path / "mirrors"}"\nmirror = true\n'
    )
    assert store.get("emu").mirror
    with ITGlueClient("emu", api_key=emulator.api_key, load_plugins=False, instances=store) as client:
        attached = client.mirror
        assert isinstance(attached, Mirror)
        assert attached.path == (tmp_path / "mirrors" / "emu.duckdb").resolve()
        attached.sync(client, resources=["organizations"])
        organization_id = first_id(client, "organizations")
        before = shows(emulator, "organizations")
        assert client.organizations.get(organization_id) is not None
        assert shows(emulator, "organizations") == before
    with ITGlueClient("emu", api_key=emulator.api_key, load_plugins=False, instances=store, mirror=False) as client:
        assert client.mirror is None
    memory = MemoryLookupCache()
    with ITGlueClient("emu", api_key=emulator.api_key, load_plugins=False, instances=store, cache=memory) as client:
        assert client.mirror is None  # an explicit cache wins over the profile
    with ITGlueClient(**options(emulator, store, mirror=True)) as client:
        assert isinstance(client.mirror, Mirror)  # True: the instance's default, whatever the profile says


def test_a_cache_and_a_mirror_together_are_refused(emulator: Emulator, store: InstanceStore, mirror: Mirror) -> None:
    with pytest.raises(InvalidParameterError, match="a cache or a mirror, not both"):
        ITGlueClient(**options(emulator, store, mirror=mirror, cache=MemoryLookupCache()))


def test_no_mirror_package_is_a_clear_error(
    emulator: Emulator, store: InstanceStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("itglue_sdk.resources.cache.importlib.metadata.entry_points", lambda group: [])
    with pytest.raises(ConfigurationError, match=r"'itglue_sdk\.mirrors' entry point"):
        ITGlueClient(**options(emulator, store, mirror=True))


def test_the_async_client_reads_and_writes_through_the_mirror(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    organization = next(iter(other.organizations.list(limit=1)))

    async def main() -> None:
        async with AsyncITGlueClient(**options(emulator, store, mirror=mirror)) as client:
            cached = await client.organizations.get(organization.id)
            assert cached is not None
            assert cached.attributes == organization.attributes
            named = await client.organizations.find(name=organization.attributes.name)
            assert named is not None
            assert named.id == organization.id
            await client.organizations.update(organization.id, {"name": "Async Renamed"})
            renamed = await client.organizations.require(organization.id)
            assert renamed.attributes.name == "Async Renamed"
            assert shows(emulator, "organizations") == 0
            assert (client.metrics().cache_hits, client.metrics().cache_misses) == (3, 0)

    asyncio.run(main())
    age(mirror)
    auto = Mirror(path=mirror.path, auto_refresh=True)

    async def stale() -> None:
        async with AsyncITGlueClient(**options(emulator, store, mirror=auto)) as client:
            assert await client.organizations.get(organization.id) is not None  # not refreshed: asked instead
            assert client.metrics().cache_misses == 1

    asyncio.run(stale())
    assert shows(emulator, "organizations") == 1


def test_writes_through_keep_the_ready_made_answers_current(
    emulator: Emulator, store: InstanceStore, mirror: Mirror, other: ITGlueClient
) -> None:
    organizations = [int(record.id) for record in other.organizations.list()]
    config = next(iter(other.configurations.list(filter={"organization_id": organizations[0]})))

    def assets(organization_id: int) -> int:
        return int(
            mirror.sql(
                "SELECT coalesce(sum(assets), 0) FROM assets_per_organization"
                " WHERE organization_id = ? AND kind = 'configuration'",
                [organization_id],
            ).item()
        )

    counts = {organization_id: assets(organization_id) for organization_id in organizations[:2]}
    assert counts[organizations[0]] > 0
    with ITGlueClient(**options(emulator, store, mirror=mirror)) as client:
        client.configurations.update(config.id, {"name": "moved-fw", "organization_id": organizations[1]})
        named = mirror.sql("SELECT name, organization_id FROM configurations_named WHERE id = ?", [int(config.id)])
        assert named.rows() == [("moved-fw", organizations[1])]
        # Both organizations' counts moved: the one it left and the one it joined.
        assert assets(organizations[0]) == counts[organizations[0]] - 1
        assert assets(organizations[1]) == counts[organizations[1]] + 1
        client.organizations.update(organizations[1], {"name": "Renamed Holdings"})
        renamed = mirror.sql(
            "SELECT DISTINCT organization_name FROM configurations_named WHERE organization_id = ?", [organizations[1]]
        )
        assert renamed["organization_name"].to_list() == ["Renamed Holdings"]
        # Search sees the written name at once, a close spelling of it too (its words were added).
        assert mirror.search("Renamed Holdings", resources=["organizations"])["match"].to_list() == ["exact"]
        found = mirror.search("Renamd Holdings", resources=["organizations"])
        assert found.filter(found["id"] == organizations[1])["match"].to_list() == ["similar"]
        client.configurations.delete(config.id)
        assert mirror.sql("SELECT count(*) FROM configurations_named WHERE id = ?", [int(config.id)]).item() == 0
        assert assets(organizations[1]) == counts[organizations[1]]
