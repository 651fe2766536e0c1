"""Cache-first lookups: the in-memory cache, and the clients against the emulator, counted by its request log."""

from __future__ import annotations

import asyncio
import threading

import httpx

from itglue_emulator.app import Emulator
from itglue_sdk import AsyncITGlueClient, InstanceStore, ITGlueClient, MemoryLookupCache
from itglue_sdk._spec.index import load_spec
from itglue_sdk.resources.cache import LOOKUP_GROUPS, CachedLookups
from itglue_sdk.resources.catalog import ResourceCatalog
from itglue_sdk.resources.service import ResourceCalls, ResourceDef, Scope

from .conftest import client_options

SHOW = ("GET", "/configuration_types/{id}")


def record(type_: str, id_: str, name: str = "x") -> dict[str, object]:
    return {"type": type_, "id": id_, "attributes": {"name": name}}


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------------------------- the cache


def test_memory_cache_expires_evicts_and_copies() -> None:
    clock = Clock()
    cache = MemoryLookupCache(ttl=10, max_entries=2, clock=clock)
    original = record("countries", "1", "Peru")
    cache.put([original, record("countries", "2"), {"id": "9"}])  # a record without a type is skipped
    original["attributes"] = {"name": "changed by the caller"}
    assert cache.get("countries", "1") == record("countries", "1", "Peru")
    cache.put([record("countries", "3")])  # evicts the least recently used: 2 (1 was just read)
    assert cache.get("countries", "2") is None
    assert cache.get("countries", "1") is not None
    assert len(cache) == 2
    cache.invalidate("countries", "1")
    assert cache.get("countries", "1") is None
    clock.now += 10
    assert cache.get("countries", "3") is None  # expired
    assert len(cache) == 0


def test_memory_cache_is_thread_safe() -> None:
    cache = MemoryLookupCache(max_entries=50)

    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(500):
                cache.put([record("models", str(offset + i))])
                cache.get("models", str(offset + i // 2))
                cache.invalidate("models", str(offset + i - 400))
        except BaseException as exc:  # pragma: no cover - what the test is looking for
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n * 1000,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) == 50  # bounded: the least recently used went first


def test_lookup_groups_are_groups_with_a_top_level_get() -> None:
    spec = load_spec()
    for name in LOOKUP_GROUPS:
        assert ("get", None) in spec.group(name).operations, name


def test_deletes_invalidate_the_cached_record() -> None:
    """No lookup group can be deleted through the API today; the write-through still forgets deleted ids."""
    cache = MemoryLookupCache()
    cache.put([record("passwords", "7"), record("organizations", "8")])
    member = ResourceCalls(ResourceDef.load("passwords", cache=CachedLookups(cache)), Scope()).delete(7)
    member.parse(httpx.Response(204))
    assert cache.get("passwords", "7") is None
    bulk = ResourceCalls(ResourceDef.load("organizations", cache=CachedLookups(cache)), Scope()).delete(8)
    bulk.parse(httpx.Response(200, json={"data": [record("organizations", "8")]}))
    assert cache.get("organizations", "8") is None


# --------------------------------------------------------------------------------------------- the clients


def show_count(emulator: Emulator) -> int:
    return emulator.request_count(*SHOW)


def test_lookups_are_cache_first_and_writes_go_through(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    cache = MemoryLookupCache()
    with ITGlueClient(**client_options(emulator, isolated_clients, cache=cache)) as client:
        type_id = next(client.configuration_types.list(limit=1)).id
        before = show_count(emulator)
        first = client.configuration_types.get(type_id)
        again = client.configuration_types.get(type_id)
        assert first is not None
        assert again == first
        assert show_count(emulator) == before + 1
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (1, 1)

        updated = client.configuration_types.update(type_id, {"name": "Renamed"})
        assert updated.attributes.name == "Renamed"
        read_back = client.configuration_types.get(type_id)
        assert read_back is not None
        assert read_back.attributes.name == "Renamed"
        created = client.configuration_types.create({"name": "Drone"})
        assert client.configuration_types.get(created.id) == created
        assert show_count(emulator) == before + 1  # both answered by the write-through
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (3, 1)

        manufacturer = next(client.manufacturers.list(limit=1))
        model = client.models.within(manufacturer_id=manufacturer).create({"name": "X1"})
        [bulk] = client.models.bulk_update({model.id: {"name": "X2"}})
        cached_model = client.models.get(model.id)
        assert cached_model is not None
        assert cached_model.attributes.name == bulk.attributes.name == "X2"
        assert emulator.request_count("GET", "/models/{id}") == 0

        assert client.configuration_types.get(999_999) is None  # a miss, and nothing cached for it
        assert client.configuration_types.get(999_999) is None
        assert show_count(emulator) == before + 3
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (4, 3)

        org = next(client.organizations.list(limit=1))
        client.organizations.get(org.id)
        client.organizations.get(org.id)  # not a lookup group: always asked
        assert emulator.request_count("GET", "/organizations/{id}") == 2
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (4, 3)


def test_cached_records_expire(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    clock = Clock()
    options = client_options(emulator, isolated_clients, cache=MemoryLookupCache(ttl=60, clock=clock))
    with ITGlueClient(**options) as client:
        country = next(client.countries.list(limit=1))
        client.countries.get(country.id)
        client.countries.get(country.id)
        clock.now += 60
        client.countries.get(country.id)
        assert emulator.request_count("GET", "/countries/{id}") == 2
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (1, 2)


def test_no_cache_by_default(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    with ITGlueClient(**client_options(emulator, isolated_clients)) as client:
        type_id = next(client.configuration_types.list(limit=1)).id
        client.configuration_types.get(type_id)
        client.configuration_types.get(type_id)
        assert show_count(emulator) == 2
        assert (client.metrics().cache_hits, client.metrics().cache_misses) == (0, 0)


def test_async_client_shares_the_cache_protocol(emulator: Emulator, isolated_clients: InstanceStore) -> None:
    cache = MemoryLookupCache()

    async def main() -> None:
        async with AsyncITGlueClient(**client_options(emulator, isolated_clients, cache=cache)) as client:
            status = await anext(client.configuration_statuses.list(limit=1))
            assert await client.configuration_statuses.get(status.id) == await client.configuration_statuses.get(
                status.id
            )
            renamed = await client.configuration_statuses.update(status, {"name": "Spare"})
            assert await client.configuration_statuses.get(status.id) == renamed
            assert emulator.request_count("GET", "/configuration_statuses/{id}") == 1
            assert (client.metrics().cache_hits, client.metrics().cache_misses) == (2, 1)
            stored = cache.get("configuration-statuses", status.id)
            assert stored is not None
            assert stored["attributes"]["name"] == "Spare"

    asyncio.run(main())


def test_catalog_takes_a_cache_too(shared_emulator: Emulator) -> None:
    cache = MemoryLookupCache()
    counted: list[bool] = []
    headers = {"x-api-key": shared_emulator.api_key}
    with httpx.Client(base_url=shared_emulator.base_url, headers=headers, timeout=10) as http:
        from itglue_sdk._http.requester import HttpxRequester

        catalog = ResourceCatalog(HttpxRequester(http), CachedLookups(cache, counted.append))
        platform = next(catalog.platforms.list(limit=1))
        catalog.platforms.get(platform.id)
        catalog.platforms.get(platform)
    assert counted == [False, True]
