"""Answers the API should never give, over real loopback HTTP: every one surfaces as a typed SDK error.

Successful answers that cannot be read (not JSON, no ``data``, ``data: null``), redirects from the API host
(never followed with the key), bodies that cannot be decoded, and the key-less file client's settings and
failures.
"""

from __future__ import annotations

import gzip
import socket
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from itglue_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncITGlueClient,
    InsecureURLError,
    InstanceStore,
    ITGlueClient,
    UnexpectedResponseError,
)
from itglue_sdk._exceptions import APIStatusError
from itglue_sdk._http.breaker import BreakerRegistry
from itglue_sdk._http.ratelimit import LimiterRegistry
from itglue_sdk._http.requester import Download, HttpxRequester, Plan, run
from tests.sdk.helpers import Reply, ScriptedServer

pytestmark = pytest.mark.anyio

KEY = "ITG.0123456789abcdef0123456789abcdef.answers-test-key-value"
ORG = b'{"data": {"id": "5", "type": "organizations", "attributes": {"name": "Acme"}}}'
JSON_API = {"Content-Type": "application/vnd.api+json"}


@pytest.fixture(autouse=True)
def _fresh_registries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's loopback server may reuse a port: no breaker or limiter carried over."""
    monkeypatch.setattr("itglue_sdk._client.shared_breakers", BreakerRegistry())
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())


@pytest.fixture
def store(tmp_path: Path) -> InstanceStore:
    return InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data", state_root=tmp_path / "state")


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, server: ScriptedServer, store: InstanceStore) -> Callable[..., Any]:
    """Run ``operation(client)`` with a sync or an async client of ``server``."""
    options: dict[str, Any] = {"base_url": server.url, "api_key": KEY, "load_plugins": False, "instances": store}

    async def perform(operation: Callable[[Any], Any]) -> Any:
        if request.param == "sync":
            with ITGlueClient(**options) as client:
                return operation(client)
        async with AsyncITGlueClient(**options) as client:
            return await operation(client)

    return perform


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (Reply(body=b"<html>Sign in to the proxy</html>", headers={"Content-Type": "text/html"}), "not JSON"),
        (Reply(body=b"", headers={}), "not JSON"),
        (Reply(body=b'{"meta": {}}'), "no JSON:API `data`"),
        (Reply(body=b'["not", "a", "document"]'), "no JSON:API `data`"),
        (Reply(body=b'{"data": null}'), "`data` is null"),
        (Reply(body=b'{"data": {"type": "organizations"}}'), "KeyError"),
        (Reply(body=b'{"data": [1, 2]}'), "a record is a JSON list"),
        # The generated parser's TypeError on a wrong JSON type is the answer's fault, and reported as such.
        (Reply(body=b'{"data": {"id": "5", "type": "organizations", "attributes": {"created-at": 5}}}'),
         "Organization cannot read (TypeError"),
    ],
)  # fmt: skip
async def test_unreadable_record_answers_raise_a_typed_error(
    call: Callable[..., Any], server: ScriptedServer, reply: Reply, problem: str
) -> None:
    server.script = [reply]
    with pytest.raises(UnexpectedResponseError) as caught:
        await call(lambda c: c.organizations.get(5))
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert (error.status_code, error.method, error.path) == (200, "GET", "/organizations/5")
    assert problem in str(error)
    assert "Sign in" not in str(error)  # the body is described, never quoted


async def test_unreadable_list_page_and_write_answers(call: Callable[..., Any], server: ScriptedServer) -> None:
    server.script = [Reply(body=b'{"data": null, "meta": {}}')]
    with pytest.raises(UnexpectedResponseError, match="records"):
        await call(lambda c: _drain(c.organizations.list()))
    # The first write of a key is preceded by its validation GET.
    server.script = [Reply(), Reply(status=201, body=b"<html>ok</html>", headers={"Content-Type": "text/html"})]
    with pytest.raises(UnexpectedResponseError, match=r"not JSON.*the POST may have taken effect"):
        await call(lambda c: c.organizations.create({"name": "Acme"}))


async def test_a_create_answered_without_a_record_is_typed(call: Callable[..., Any], server: ScriptedServer) -> None:
    server.script = [Reply(), Reply(status=201, body=b'{"data": []}')]
    with pytest.raises(UnexpectedResponseError, match=r"holds no record.*the POST may have taken effect"):
        await call(lambda c: c.organizations.create({"name": "Acme"}))


def _drain(pager: Any) -> Any:
    """A list of the pager's records (a coroutine for the async pager)."""
    if hasattr(pager, "__aiter__"):

        async def collect() -> list[Any]:
            return [item async for item in pager]

        return collect()
    return list(pager)


async def test_redirect_from_the_api_host_is_not_followed(call: Callable[..., Any], server: ScriptedServer) -> None:
    server.script = [Reply(status=301, body=b"", headers={"Location": "https://elsewhere.example/organizations/5"})]
    with pytest.raises(UnexpectedResponseError) as caught:
        await call(lambda c: c.organizations.get(5))
    assert caught.value.status_code == 301
    assert "redirected to host 'elsewhere.example'" in str(caught.value)
    assert "elsewhere.example/organizations" not in str(caught.value)  # the host, not the URL
    assert len(server.seen) == 1  # nothing followed


async def test_undecodable_body_raises_a_typed_error(call: Callable[..., Any], server: ScriptedServer) -> None:
    server.script = [Reply(body=b"definitely not gzip", headers={**JSON_API, "Content-Encoding": "gzip"})]
    with pytest.raises(UnexpectedResponseError, match="could not be decoded") as caught:
        await call(lambda c: c.organizations.get(5))
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    server.script = [Reply(body=gzip.compress(ORG), headers={**JSON_API, "Content-Encoding": "gzip"})]
    record = await call(lambda c: c.organizations.get(5))  # a well-formed gzip body still reads
    assert record.attributes.name == "Acme"


# -- the key-less file client -------------------------------------------------------------------------------


@pytest.fixture
def files() -> Iterator[ScriptedServer]:
    """A second loopback server: another origin, like the storage host IT Glue serves files from."""
    with ScriptedServer() as running:
        yield running


def download(url: str, destination: Path) -> Plan[Path]:
    """A plan of one download."""
    written: Path = yield Download(url, destination)
    return written


def api_requester(server: ScriptedServer, *, read: float = 60.0) -> HttpxRequester:
    api = httpx.Client(base_url=server.url, timeout=httpx.Timeout(read, connect=30.0))
    return HttpxRequester(api)


def test_file_client_uses_the_instance_timeouts_and_tls_12(
    server: ScriptedServer, files: ScriptedServer, tmp_path: Path
) -> None:
    files.script = [Reply(body=b"file content", headers={"Content-Type": "application/octet-stream"})]
    requester = api_requester(server)
    target = tmp_path / "out.bin"
    assert run(requester, download(f"{files.url}/bucket/file.bin", target)) == target
    assert target.read_bytes() == b"file content"
    assert "x-api-key" not in files.seen[0].headers
    file_client = requester._file_client
    assert file_client is not None
    timeout = file_client.timeout
    assert (timeout.connect, timeout.read) == (30.0, 60.0)
    context = file_client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2


def test_file_download_failures_are_typed(server: ScriptedServer, files: ScriptedServer, tmp_path: Path) -> None:
    files.script = [Reply(drop=True)]
    requester = api_requester(server)
    with pytest.raises(APIConnectionError) as caught:
        run(requester, download(f"{files.url}/bucket/file.bin", tmp_path / "out.bin"))
    assert caught.value.path == "/bucket/file.bin"
    assert not list(tmp_path.iterdir())  # no partial file left behind

    files.script = [Reply(status=302, body=b"", headers={"Location": "http://storage.example/file.bin"})]
    with pytest.raises(InsecureURLError):  # a redirect hop to plain http on another host is refused
        run(requester, download(f"{files.url}/bucket/file.bin", tmp_path / "out.bin"))


def test_file_download_timeout_is_typed(server: ScriptedServer, tmp_path: Path) -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        requester = api_requester(server, read=0.2)
        with pytest.raises(APITimeoutError):
            run(requester, download(f"http://127.0.0.1:{silent.getsockname()[1]}/f.bin", tmp_path / "f.bin"))
