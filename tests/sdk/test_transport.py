from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from itglue_sdk import AsyncITGlueClient, InstanceStore, ITGlueClient, UnexpectedResponseError
from itglue_sdk._exceptions import (
    APIConnectionError,
    APITimeoutError,
    CircuitOpenError,
    InsecureURLError,
    NotFoundError,
    RateLimitError,
    RequestTooLargeError,
    ServerError,
    ServiceUnavailableError,
)
from itglue_sdk._http.breaker import BreakerRegistry, BreakerState, CircuitBreaker
from itglue_sdk._http.ratelimit import LimiterRegistry, SlidingWindowLimiter
from itglue_sdk._http.retry import RetryPolicy
from itglue_sdk._http.tls import build_async_transport, build_transport
from itglue_sdk._http.transport import (
    AsyncResilientTransport,
    ResilientTransport,
    default_route_template,
    spec_route_resolver,
)
from tests.sdk.helpers import AMAPPED, MAPPED, Reply, ScriptedServer

BASE = "https://api.itglue.com"
POLICY = RetryPolicy(jitter=lambda: 1.0)
Answer = httpx.Response | Exception


class Sleeps(list[float]):
    """Records the waits instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


def scripted(*answers: Answer) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """An inner transport that returns or raises the given answers in order and records the requests."""
    queue = list(answers)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handler), seen


def client_for(
    *answers: Answer, base_url: str = BASE, **options: object
) -> tuple[httpx.Client, ResilientTransport, list[httpx.Request], Sleeps]:
    inner, seen = scripted(*answers)
    sleeps = Sleeps()
    options.setdefault("policy", POLICY)
    transport = ResilientTransport(inner, sleep=sleeps, **options)  # type: ignore[arg-type]
    return httpx.Client(base_url=base_url, transport=transport, event_hooks=MAPPED), transport, seen, sleeps


def ok(status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"data": {"id": "1", "type": "organizations"}})


def err(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, json={"message": "boom"}, headers={k.replace("_", "-"): v for k, v in headers.items()}
    )


def test_get_500_is_tried_four_times_with_backoff() -> None:
    client, transport, seen, sleeps = client_for(err(500), err(500), err(500), err(500))
    with pytest.raises(ServerError):
        client.get("/organizations")
    assert len(seen) == 4
    assert sleeps == [0.5, 1.0, 2.0]
    assert len({request.headers["x-request-id"] for request in seen}) == 1  # one id per logical call
    metrics = transport.metrics.snapshot()
    assert (metrics.requests, metrics.attempts) == (1, 4)
    assert metrics.retries == {"500": 3}
    assert metrics.errors_by_status == {"500": 4}


def test_get_recovers_after_server_errors() -> None:
    client, _, seen, sleeps = client_for(err(502), err(504), ok())
    assert client.get("/organizations/5").json()["data"]["id"] == "1"
    assert len(seen) == 3
    assert sleeps == [0.5, 1.0]


def test_post_is_not_retried_after_a_500() -> None:
    client, _, seen, sleeps = client_for(err(500), ok(201))
    with pytest.raises(ServerError):
        client.post("/organizations", json={"data": {"type": "organizations", "attributes": {"name": "x"}}})
    assert len(seen) == 1
    assert sleeps == []


def test_post_is_retried_after_429_and_connect_error() -> None:
    client, _, seen, sleeps = client_for(err(429), httpx.ConnectError("refused"), ok(201))
    response = client.post("/organizations", json={"data": {}})
    assert response.status_code == 201
    assert [r.method for r in seen] == ["POST"] * 3
    assert sleeps == [60.0, 0.5]  # no Retry-After and room in the local window: the 60 s fallback


@pytest.mark.parametrize("exc", [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof")])
def test_post_is_not_retried_once_it_may_have_reached_the_server(exc: Exception) -> None:
    client, _, seen, _ = client_for(exc, ok(201))
    with pytest.raises(APIConnectionError) as caught:
        client.post("/organizations", json={"data": {}})
    assert len(seen) == 1
    assert caught.value.__cause__ is exc
    assert isinstance(caught.value, APITimeoutError) == isinstance(exc, httpx.TimeoutException)


def test_get_timeouts_exhaust_into_api_timeout_error() -> None:
    client, _, seen, sleeps = client_for(*[httpx.ReadTimeout("slow")] * 4)
    with pytest.raises(APITimeoutError, match="after 4 attempt"):
        client.get("/organizations")
    assert len(seen) == 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_429_retry_after_seconds_and_date_are_honoured() -> None:
    client, _, _, sleeps = client_for(err(429, retry_after="7"), ok())
    client.get("/organizations")
    assert sleeps == [7.0]

    fixed = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    later = format_datetime(datetime(2026, 11, 25, 12, 0, 30, tzinfo=UTC), usegmt=True)
    client, _, _, sleeps = client_for(err(429, retry_after=later), ok(), now=lambda: fixed)
    client.get("/organizations")
    assert sleeps == [30.0]


def test_429_without_retry_after_waits_for_the_local_window() -> None:
    clock = [0.0]

    def advance(seconds: float) -> None:
        clock[0] += seconds
        sleeps.append(seconds)

    sleeps: list[float] = []
    limiter = SlidingWindowLimiter(2, 100.0, pace_threshold=1.0, clock=lambda: clock[0], sleep=advance)
    limiter.acquire()  # another caller used half the budget
    inner, seen = scripted(err(429), ok())
    transport = ResilientTransport(inner, limiter=limiter, policy=POLICY, sleep=advance)
    httpx.Client(base_url=BASE, transport=transport).get("/organizations")
    assert sleeps == [100.0]  # waited until the oldest request left the window, then went at once
    assert len(seen) == 2


def test_429_gives_up_after_three_retries() -> None:
    client, _, seen, sleeps = client_for(*[err(429)] * 4)
    with pytest.raises(RateLimitError):
        client.get("/organizations")
    assert len(seen) == 4
    assert sleeps == [60.0, 120.0, 240.0]


def test_503_fails_at_once_unless_retry_after() -> None:
    client, _, seen, _ = client_for(err(503), ok())
    with pytest.raises(ServiceUnavailableError):
        client.get("/organizations")
    assert len(seen) == 1

    client, _, seen, sleeps = client_for(err(503, retry_after="5"), ok())
    assert client.get("/organizations").status_code == 200
    assert sleeps == [5.0]


def test_breaker_opens_after_five_failed_calls_and_rejects_without_network() -> None:
    clock = [0.0]
    breaker = CircuitBreaker(BASE, clock=lambda: clock[0])
    client, _, seen, _ = client_for(*[err(500)] * 5, ok(), breaker=breaker, policy=RetryPolicy(server_retries=0))
    for _ in range(5):
        with pytest.raises(ServerError):
            client.get("/organizations")
    with pytest.raises(CircuitOpenError):
        client.get("/organizations")
    assert len(seen) == 5
    clock[0] = 60.0
    assert client.get("/organizations").status_code == 200  # the probe closes the circuit
    assert breaker.state is BreakerState.CLOSED


def test_client_errors_and_retried_blips_do_not_trip_the_breaker() -> None:
    breaker = CircuitBreaker(BASE)
    client, _, _, _ = client_for(*[err(404)] * 6, *[err(500), ok()] * 6, breaker=breaker)
    for _ in range(6):
        with pytest.raises(NotFoundError):
            client.get("/organizations/404")
    for _ in range(6):
        client.get("/organizations")
    assert breaker.state is BreakerState.CLOSED


def test_connection_failures_count_against_the_breaker() -> None:
    breaker = CircuitBreaker(BASE, failure_threshold=2)
    client, _, _, _ = client_for(
        *[httpx.ConnectError("refused")] * 2, breaker=breaker, policy=RetryPolicy(connection_retries=0)
    )
    for _ in range(2):
        with pytest.raises(APIConnectionError):
            client.get("/organizations")
    assert breaker.state is BreakerState.OPEN


def test_plain_http_only_to_loopback() -> None:
    client, _, seen, _ = client_for(ok(), base_url="http://api.itglue.com")
    with pytest.raises(InsecureURLError, match="only to loopback"):
        client.get("/organizations")
    assert seen == []
    for base in ("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"):
        client, _, seen, _ = client_for(ok(), base_url=base)
        assert client.get("/organizations").status_code == 200


def test_oversized_body_is_refused_before_sending() -> None:
    client, _, seen, _ = client_for(ok(201))
    with pytest.raises(RequestTooLargeError, match="10 MB"):
        client.post("/attachments", content=b"x" * (10 * 1024 * 1024 + 1))
    assert seen == []


def test_default_route_template() -> None:
    request = httpx.Request("GET", f"{BASE}/organizations/12/relationships/configurations/345?page[size]=5")
    assert default_route_template(request) == "/organizations/{id}/relationships/configurations/{id}"


# --- async twin -----------------------------------------------------------------------------------------------


def async_client_for(*answers: Answer, **options: object) -> tuple[httpx.AsyncClient, list[httpx.Request], Sleeps]:
    inner, seen = scripted(*answers)
    sleeps = Sleeps()
    options.setdefault("policy", POLICY)
    transport = AsyncResilientTransport(inner, sleep=sleeps.asleep, **options)  # type: ignore[arg-type]
    return httpx.AsyncClient(base_url=BASE, transport=transport, event_hooks=AMAPPED), seen, sleeps


@pytest.mark.anyio
async def test_async_get_500_tried_four_times() -> None:
    client, seen, sleeps = async_client_for(*[err(500)] * 4)
    with pytest.raises(ServerError):
        await client.get("/organizations")
    assert len(seen) == 4
    assert sleeps == [0.5, 1.0, 2.0]


@pytest.mark.anyio
async def test_async_post_rules() -> None:
    client, seen, _ = async_client_for(err(500))
    with pytest.raises(ServerError):
        await client.post("/organizations", json={})
    assert len(seen) == 1

    client, seen, sleeps = async_client_for(err(429, retry_after="3"), httpx.ConnectError("refused"), ok(201))
    assert (await client.post("/organizations", json={})).status_code == 201
    assert len(seen) == 3
    assert sleeps == [3.0, 0.5]

    client, seen, _ = async_client_for(httpx.ReadError("reset"))
    with pytest.raises(APIConnectionError):
        await client.post("/organizations", json={})
    assert len(seen) == 1


@pytest.mark.anyio
async def test_async_breaker_and_shared_limiter() -> None:
    breaker = CircuitBreaker(BASE, failure_threshold=2)
    limiter = SlidingWindowLimiter(100, 60.0)
    client, seen, _ = async_client_for(
        err(502), err(502), breaker=breaker, limiter=limiter, policy=RetryPolicy(server_retries=0)
    )
    for _ in range(2):
        with pytest.raises(ServerError):
            await client.get("/organizations")
    with pytest.raises(CircuitOpenError):
        await client.get("/organizations")
    assert len(seen) == 2
    assert limiter.headroom() == 98  # every attempt took a slot, the rejected call none


# --- a real server on loopback ----------------------------------------------------------------------------------


def real_client(url: str, sleeps: Callable[[float], None] | None = None, **options: object) -> httpx.Client:
    transport = ResilientTransport(sleep=sleeps or Sleeps(), policy=POLICY, **options)  # type: ignore[arg-type]
    return httpx.Client(base_url=url, transport=transport, headers={"x-api-key": "test-key"})


def test_real_server_retry_reuses_request_id(server: ScriptedServer) -> None:
    server.script = [Reply(502, b'{"message": "Internal server error"}'), Reply(200, b'{"data": []}')]
    with real_client(server.url) as client:
        assert client.get("/organizations", params={"page[size]": 5}).json() == {"data": []}
    assert [seen.path for seen in server.seen] == ["/organizations?page%5Bsize%5D=5"] * 2
    assert server.seen[0].headers["x-request-id"] == server.seen[1].headers["x-request-id"]


def test_real_server_post_dropped_after_receipt_is_sent_once(server: ScriptedServer) -> None:
    server.script = [Reply(drop=True), Reply(201)]
    with real_client(server.url) as client, pytest.raises(APIConnectionError):
        client.post("/organizations", json={"data": {"type": "organizations", "attributes": {"name": "Acme"}}})
    assert len(server.seen) == 1  # never a second create


def test_real_server_post_retried_after_429(server: ScriptedServer) -> None:
    server.script = [Reply(429, b'{"message": "Too Many Requests"}', {"Retry-After": "0"}), Reply(201)]
    with real_client(server.url) as client:
        assert client.post("/organizations", json={"data": {}}).status_code == 201
    assert [seen.method for seen in server.seen] == ["POST", "POST"]
    assert server.seen[0].body == server.seen[1].body


def test_real_connection_refused_is_retried_for_post() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before use: nothing listens there
    with real_client(f"http://127.0.0.1:{port}") as client, pytest.raises(APIConnectionError, match="ConnectError"):
        client.post("/organizations", json={})
    metrics = client._transport.metrics.snapshot()  # type: ignore[attr-defined]
    assert metrics.attempts == 4
    assert metrics.errors_by_status == {"ConnectError": 4}


@pytest.mark.anyio
async def test_real_server_async(server: ScriptedServer) -> None:
    server.script = [Reply(500, b'{"errors": [{"status": 500, "title": "oops"}]}'), Reply(200)]
    sleeps = Sleeps()
    transport = AsyncResilientTransport(sleep=sleeps.asleep, policy=POLICY)
    async with httpx.AsyncClient(base_url=server.url, transport=transport) as client:
        assert (await client.get("/organizations")).status_code == 200
    assert len(server.seen) == 2
    assert sleeps == [0.5]


@pytest.mark.anyio
async def test_cancelled_probe_is_released() -> None:
    clock = [0.0]
    breaker = CircuitBreaker(BASE, failure_threshold=1, clock=lambda: clock[0])
    breaker.before_call()
    breaker.record_failure()
    clock[0] = 60.0

    async def hang(request: httpx.Request) -> httpx.Response:
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    transport = AsyncResilientTransport(httpx.MockTransport(hang), breaker=breaker)
    async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
        with anyio.move_on_after(0.01):
            await client.get("/organizations")  # the probe, cancelled
    assert breaker.state is BreakerState.HALF_OPEN
    breaker.before_call()  # the next call may probe instead of being rejected forever


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.LocalProtocolError("illegal header value"), APIConnectionError),
        (httpx.UnsupportedProtocol("Request URL has an unsupported protocol 'ftp://'."), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
    ],
)
def test_requests_that_cannot_be_sent_are_typed_and_leave_the_breaker_alone(
    exc: Exception, cls: type[Exception]
) -> None:
    breaker = CircuitBreaker(BASE, failure_threshold=1)
    client, _, seen, _ = client_for(exc, breaker=breaker, policy=RetryPolicy(connection_retries=0))
    with pytest.raises(cls) as caught:
        client.get("/organizations")
    assert type(caught.value) is cls
    assert caught.value.__cause__ is exc
    assert len(seen) == 1
    unsent = isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol)
    assert breaker.state is (BreakerState.CLOSED if unsent else BreakerState.OPEN)


def test_undecodable_body_is_an_unexpected_response() -> None:
    garbage = httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"})
    client, transport, seen, sleeps = client_for(garbage)
    with pytest.raises(UnexpectedResponseError, match="could not be decoded") as caught:
        client.get("/organizations/5")
    assert caught.value.status_code == 200
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert (len(seen), sleeps) == (1, [])  # not retried: the same bytes would come back
    assert transport.breaker.state is BreakerState.CLOSED


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308, 300])
def test_redirects_are_raised_not_followed(status: int) -> None:
    answer = httpx.Response(status, headers={"Location": "https://login.example.net/sso?next=/organizations"})
    client, _, seen, _ = client_for(answer)
    with pytest.raises(UnexpectedResponseError) as caught:
        client.get("/organizations", headers={"x-api-key": "ITG.key"})
    assert caught.value.status_code == status
    assert "redirected to host 'login.example.net'" in str(caught.value)
    assert "sso?next" not in str(caught.value)
    assert len(seen) == 1


def test_spec_route_resolver_names_the_spec_templates() -> None:
    resolve = spec_route_resolver("https://api.itglue.com")
    nested = httpx.Request("GET", "https://api.itglue.com/organizations/5/relationships/configurations/9")
    assert resolve(nested) == "/organizations/{organization_id}/relationships/configurations/{id}"
    assert resolve(httpx.Request("PATCH", "https://api.itglue.com/passwords/12/")) == "/passwords/{id}"
    assert resolve(httpx.Request("GET", "https://api.itglue.com/organizations")) == "/organizations"
    # Not a route of the spec (a file path): the shape-based fallback.
    assert resolve(httpx.Request("GET", "https://api.itglue.com/files/7/raw")) == "/files/{id}/raw"
    prefixed = spec_route_resolver("http://127.0.0.1:8080/itglue/")
    assert prefixed(httpx.Request("GET", "http://127.0.0.1:8080/itglue/organizations/3")) == "/organizations/{id}"


@pytest.fixture
def client_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Real clients with a throw-away profile and their own breaker and limiter registries."""
    monkeypatch.setattr("itglue_sdk._client.shared_breakers", BreakerRegistry())
    monkeypatch.setattr("itglue_sdk._client.shared_limiters", LimiterRegistry())
    store = InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data", state_root=tmp_path / "state")
    return {"api_key": "ITG.transport-test-key-value", "load_plugins": False, "instances": store}


def test_the_client_logs_spec_route_templates(caplog: pytest.LogCaptureFixture, client_options: dict[str, Any]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": []}))
    with (
        caplog.at_level(logging.INFO, logger="itglue_sdk.http"),
        ITGlueClient(base_url=BASE, transport=transport, **client_options) as client,
    ):
        client.http.get("/organizations/5/relationships/contacts")
    [record] = [r for r in caplog.records if getattr(r, "event", None) == "http.attempt"]
    assert record.route == "/organizations/{organization_id}/relationships/contacts"


def test_tls_12_is_the_minimum_and_plain_http_is_refused_for_remote_hosts(client_options: dict[str, Any]) -> None:
    for transport in (build_transport(), build_async_transport()):
        assert transport._pool._ssl_context.minimum_version == ssl.TLSVersion.TLSv1_2
    with ITGlueClient(base_url=BASE, **client_options) as client:
        stack = client.http._transport
        assert isinstance(stack, ResilientTransport)
        assert isinstance(stack.inner, httpx.HTTPTransport)
        assert stack.inner._pool._ssl_context.minimum_version == ssl.TLSVersion.TLSv1_2
    for url in ("http://api.itglue.com", "http://10.0.0.5:8080", "ftp://api.itglue.com"):
        with pytest.raises(InsecureURLError):
            ITGlueClient(base_url=url, **client_options)
        with pytest.raises(InsecureURLError):
            AsyncITGlueClient(base_url=url, **client_options)
