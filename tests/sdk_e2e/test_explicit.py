"""What a client does without being asked, made explicit: key validation on first use, per-URL instance names.

Requests are observed where they leave the SDK for the socket (`Wire`), over real HTTP to the emulator.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest

from itglue_api.api.organizations import get_organization
from itglue_api.models import ErrorDocument, GatewayError
from itglue_emulator.app import Emulator
from itglue_sdk import AuthenticationError, InstanceStore, ITGlueClient, ITGlueError
from itglue_sdk.auth import KeyUsageState
from itglue_sdk.errors import checked
from itglue_sdk.pagination import PageMeta
from itglue_sdk.transport import ResilientTransport
from tests.sdk_e2e.harness import FAST_RETRIES, Harness, Wire

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


# --- error statuses reach httpx auth flows and the generated client; the requester maps them -------------------


class SeeingAuth(httpx.Auth):
    """An httpx auth flow that sends a key and records the status of every answer it is given."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.statuses: list[int] = []

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self.key
        response = yield request
        self.statuses.append(response.status_code)


def test_an_auth_flow_on_the_resilient_transport_sees_error_answers(emulator: Emulator) -> None:
    auth = SeeingAuth("ITG.ffffffffffffffffffffffffffffffff.not-a-key-at-all")
    transport = ResilientTransport(policy=FAST_RETRIES, sleep=lambda _: None)
    with httpx.Client(base_url=emulator.base_url, transport=transport, auth=auth) as http:
        answer = http.get("/organizations")
        with pytest.raises(AuthenticationError, match="wrong key or wrong region"):
            checked(answer)  # what the SDK's requester does with it
    assert auth.statuses == [403]  # the emulator's gateway answers an unknown key with 403
    assert answer.status_code == 403


def test_the_generated_client_returns_its_error_branches(emulator: Emulator, store: InstanceStore) -> None:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key, instances=store) as client:
        missing = get_organization.sync_detailed(999_999_999, client=client.generated)
        assert missing.status_code == 404
        assert isinstance(missing.parsed, ErrorDocument)
        assert missing.parsed.errors[0].status == 404
    wrong = "ITG.ffffffffffffffffffffffffffffffff.not-a-key-at-all"
    with ITGlueClient(base_url=emulator.base_url, api_key=wrong, instances=store) as client:
        denied = get_organization.sync_detailed(1, client=client.generated)
        assert denied.status_code == 403
        assert isinstance(denied.parsed, GatewayError)
        with pytest.raises(AuthenticationError):  # the facade still raises the typed error
            client.organizations.get(1)


async def test_a_bug_inside_a_parse_surfaces_as_itself(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(meta: object, *, requested_page: int) -> PageMeta:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")  # as an SDK bug would

    monkeypatch.setattr(PageMeta, "from_wire", buggy)
    with pytest.raises(TypeError, match="unsupported operand") as caught:
        await h.client().run(lambda c: c.organizations.list(limit=1))
    assert not isinstance(caught.value, ITGlueError)
