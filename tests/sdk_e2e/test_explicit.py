"""What a client does without being asked, made explicit: key validation on first use, per-URL instance names.

Requests are observed where they leave the SDK for the socket (`Wire`), over real HTTP to the emulator.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import httpx
import pytest

from itglue_api.api.organizations import get_organization
from itglue_api.models import ErrorDocument, GatewayError
from itglue_emulator.app import Emulator
from itglue_emulator.faults import Latency
from itglue_sdk import APITimeoutError, AuthenticationError, InstanceStore, ITGlueClient, ITGlueError, ServerError
from itglue_sdk._http.auth import KeyUsageState
from itglue_sdk._http.status import checked
from itglue_sdk._http.transport import ResilientTransport
from itglue_sdk.resources.pagination import PageMeta
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


# --- per-call timeout and extra headers; constructor timeout, max_retries and http_client -----------------------

TRACE = {"X-Trace-Id": "per-call-7"}


def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    """The timeouts httpx's connection pool applies to a request (per phase)."""
    timeouts: dict[str, float | None] = request.extensions["timeout"]
    return timeouts


async def test_per_call_timeout_and_headers_reach_the_wire(h: Harness) -> None:
    wire = Wire()
    api = h.wired(wire)
    org = await api.run(lambda c: c.organizations.create({"name": "Traced Ltd"}, timeout=4, extra_headers=TRACE))
    await api.run(lambda c: c.countries.list(limit=1))
    await api.run(lambda c: c.countries.list(limit=1, timeout=2.5, extra_headers=TRACE))
    await api.run(lambda c: c.organizations.delete(org.id, extra_headers={"X-Trace-Id": "delete-1"}))
    validation, created, plain, listed, deleted = wire.requests
    assert timeout_of(plain) == {"connect": 30.0, "read": 60.0, "write": 60.0, "pool": 60.0}  # the instance's
    assert "x-trace-id" not in plain.headers
    assert timeout_of(listed) == dict.fromkeys(("connect", "read", "write", "pool"), 2.5)
    assert listed.headers["x-trace-id"] == "per-call-7"
    assert listed.headers["x-api-key"] == h.emulator.api_key  # the SDK's own headers stay
    assert timeout_of(validation)["read"] == 4  # the key check made for this call runs under its timeout
    assert (created.method, created.headers["x-trace-id"], timeout_of(created)["read"]) == ("POST", "per-call-7", 4)
    assert created.headers["content-type"] == "application/vnd.api+json"
    assert (deleted.method, deleted.headers["x-trace-id"]) == ("DELETE", "delete-1")


async def test_per_call_options_reach_every_request_of_a_multi_request_operation(h: Harness) -> None:
    api = h.client()
    asset_type = (await api.run(lambda c: c.flexible_asset_types.list(limit=1)))[0]
    [asset] = await api.run(
        lambda c: c.flexible_assets.list(filter={"flexible_asset_type_id": int(asset_type.id)}, limit=1)
    )
    wire = Wire()
    traced = h.wired(wire)
    await traced.run(lambda c: c.countries.list(limit=1))  # the key check, out of the way
    await traced.run(lambda c: c.flexible_assets.update_traits(asset.id, {}, timeout=3, extra_headers=TRACE))
    steps = wire.requests[1:]
    assert [r.method for r in steps] == ["GET", "PATCH"]  # read, then write back
    assert all(r.headers["x-trace-id"] == "per-call-7" and timeout_of(r)["read"] == 3 for r in steps)


async def test_a_per_call_timeout_is_honoured(h: Harness) -> None:
    h.emulator.set_faults(latency=Latency("fixed", 0.3))
    api = h.client()
    with pytest.raises(APITimeoutError, match="ReadTimeout on GET /countries"):
        await api.run(lambda c: c.countries.list(limit=1, timeout=0.05))
    assert len(await api.run(lambda c: c.countries.list(limit=1))) == 1  # the client's own timeout waits


async def test_the_constructor_timeout_replaces_the_instances(h: Harness) -> None:
    wire = Wire()
    await h.wired(wire, timeout=httpx.Timeout(7, connect=2)).run(lambda c: c.countries.list(limit=1))
    assert timeout_of(wire.requests[0]) == {"connect": 2, "read": 7, "write": 7, "pool": 7}


@pytest.mark.parametrize("max_retries", [0, 1, 5])
async def test_max_retries_is_honoured(h: Harness, max_retries: int) -> None:
    h.emulator.script_fault("GET", "/countries", 500, count=10)
    with pytest.raises(ServerError):
        await h.client(max_retries=max_retries).run(lambda c: c.countries.list(limit=1))
    assert h.emulator.request_count("GET", "/countries") == 1 + max_retries


async def test_a_users_http_client_sends_the_requests(h: Harness) -> None:
    seen: list[httpx.Request] = []
    ignored = {"X-Default-Of-The-Given-Client": "not-sent"}
    user: httpx.Client | httpx.AsyncClient
    if h.flavour == "async":

        async def record(request: httpx.Request) -> None:
            seen.append(request)

        user = httpx.AsyncClient(event_hooks={"request": [record]}, headers=ignored)
    else:
        user = httpx.Client(event_hooks={"request": [seen.append]}, headers=ignored)
    h.emulator.script_fault("GET", "/countries", 502, count=1)
    api = h.client(http_client=user)
    countries = await api.run(lambda c: c.countries.list(limit=1))
    assert len(countries) == 1
    # Both attempts (the 502 was retried by the SDK) went through the user's client, built by the SDK.
    assert [(r.method, r.url.path) for r in seen] == [("GET", "/countries")] * 2
    assert str(seen[0].url).startswith(h.emulator.base_url)
    assert seen[0].headers["x-api-key"] == h.emulator.api_key
    assert seen[0].headers["accept"] == "application/vnd.api+json"
    assert "x-default-of-the-given-client" not in seen[0].headers
    await api.close()
    assert not user.is_closed  # the caller's client stays the caller's
    if isinstance(user, httpx.AsyncClient):
        await user.aclose()
    else:
        user.close()


def test_a_transport_and_an_http_client_are_exclusive(emulator: Emulator, store: InstanceStore) -> None:
    with httpx.Client() as user, pytest.raises(ValueError, match="not both"):
        ITGlueClient(
            base_url=emulator.base_url,
            api_key=emulator.api_key,
            instances=store,
            http_client=user,
            transport=httpx.HTTPTransport(),
        )


async def test_per_call_options_reach_uploads_and_streamed_downloads(h: Harness, tmp_path: Path) -> None:
    api = h.client()
    [config, *_] = await api.run(lambda c: c.configurations.list(limit=1))
    source = tmp_path / "runbook.pdf"
    source.write_bytes(bytes(range(256)) * 10)
    wire = Wire()
    traced = h.wired(wire)
    await traced.run(lambda c: c.countries.list(limit=1))  # the key check, out of the way

    def files(client: Any) -> Any:
        return client.attachments.within(configuration_id=config)

    attachment = await traced.run(lambda c: files(c).upload(source, extra_headers=TRACE, timeout=9))
    out = await traced.run(lambda c: files(c).download(attachment.id, tmp_path / "copy.pdf", extra_headers=TRACE))
    assert out.read_bytes() == source.read_bytes()
    steps = wire.requests[1:]
    assert [r.method for r in steps] == ["POST", "GET", "GET"]  # upload; the record, then its file, streamed
    assert all(r.headers["x-trace-id"] == "per-call-7" for r in steps)
    assert timeout_of(steps[0])["read"] == 9
