"""What a client does without being asked, made explicit: key validation on first use, per-URL instance names.

Requests are observed where they leave the SDK for the socket (`Wire`), over real HTTP to the emulator.
"""

from __future__ import annotations

import pytest

from itglue_emulator.app import Emulator
from itglue_sdk.auth import KeyUsageState
from tests.sdk_e2e.harness import Harness, Wire

pytestmark = pytest.mark.anyio


async def test_the_first_write_is_preceded_by_one_organizations_get(h: Harness) -> None:
    wire = Wire()
    api = h.wired(wire)
    await api.run(lambda c: c.organizations.create({"name": "Validated Ltd"}))
    await api.run(lambda c: c.organizations.create({"name": "Second Ltd"}))
    validation, *writes = wire.requests
    assert (validation.method, validation.url.path, dict(validation.url.params)) == (
        "GET",
        "/organizations",
        {"page[size]": "1"},
    )
    assert validation.headers["x-api-key"] == h.emulator.api_key
    assert [(r.method, r.url.path) for r in writes] == [("POST", "/organizations")] * 2  # validated once
    assert h.emulator.request_count("GET", "/organizations") == 1


async def test_a_first_read_is_its_own_validation(h: Harness) -> None:
    wire = Wire()
    await h.wired(wire).run(lambda c: c.countries.list(limit=1))
    assert [r.url.path for r in wire.requests] == ["/countries"]


async def test_base_url_clients_get_their_own_name_and_key_state(h: Harness) -> None:
    with Emulator.start(orgs=1, seed=2) as other:
        first = h.client()
        second = h.client(base_url=other.base_url, api_key=other.api_key)
        again = h.client()
        names = [api.client.instance.name for api in (first, second, again)]
        assert names[0] == names[2] != names[1]  # stable for one URL, distinct between URLs
        assert names[0] == f"custom-127-0-0-1-{h.emulator.base_url.rsplit(':', 1)[1]}"
        for api in (first, second):
            await api.run(lambda c: c.countries.list(limit=1))
        paths = [h.store.key_state_path(api.client.instance) for api in (first, second)]
        assert paths[0] != paths[1]
        assert all(KeyUsageState(path).last_success() is not None for path in paths)
