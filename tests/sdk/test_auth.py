from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
import httpx
import keyring
import keyring.backends.fail
import pytest

from itglue_sdk import InstanceStore, ITGlueClient
from itglue_sdk._exceptions import AuthenticationError, KeyringUnavailableError, MissingAPIKeyError
from itglue_sdk._http.auth import APIKeyAuth, KeyUsageState
from itglue_sdk._http.status import checked
from itglue_sdk._http.transport import AsyncResilientTransport, ResilientTransport
from itglue_sdk.config.keys import KEYRING_SERVICE, delete_api_key, resolve_api_key, store_api_key
from itglue_sdk.observability.redaction import redact
from tests.sdk.helpers import MemoryKeyring

BASE = "https://api.itglue.com"
KEY = "ITG.feedfacefeedfacefeedfacefeedface.c2VjcmV0LXZhbHVlLWZvci10ZXN0cw"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_precedence_argument_then_environment_then_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory_keyring.items[(KEYRING_SERVICE, "production")] = "from-keyring"
    assert resolve_api_key("production") == "from-keyring"
    monkeypatch.setenv("ITGLUE_API_KEY", "from-env")
    assert resolve_api_key("production") == "from-env"
    assert resolve_api_key("production", "from-argument") == "from-argument"
    assert resolve_api_key("production", environ={}) == "from-keyring"


def test_missing_key_names_every_way_to_provide_one(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(MissingAPIKeyError) as caught:
        resolve_api_key("sandbox")
    assert "itglue auth set" in str(caught.value)
    assert "ITGLUE_API_KEY" in str(caught.value)
    assert "'sandbox'" in str(caught.value)
    assert redact(str(caught.value)) == str(caught.value)


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_backend_gives_a_clear_error_with_alternatives() -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        resolve_api_key("production")
    message = str(caught.value)
    assert isinstance(caught.value, MissingAPIKeyError)
    assert "NoKeyringError" in message
    assert "ITGLUE_API_KEY" in message
    assert "as its api_key argument" in message
    assert redact(message) == message  # no `name=value` pair the log scrubber would blank out of the hint
    assert "dbus-run-session" in message
    with pytest.raises(KeyringUnavailableError):
        store_api_key("production", KEY)
    assert resolve_api_key("production", KEY) == KEY  # an explicit key needs no keychain


def test_store_and_delete(memory_keyring: MemoryKeyring) -> None:
    store_api_key("eu", f"  {KEY}\n")
    assert memory_keyring.items == {(KEYRING_SERVICE, "eu"): KEY}
    assert resolve_api_key("eu") == KEY
    assert delete_api_key("eu") is True
    assert delete_api_key("eu") is False
    with pytest.raises(ValueError, match="whitespace"):
        store_api_key("eu", "two words")


def test_a_clients_key_is_redacted_everywhere_until_it_closes(tmp_path: Path) -> None:
    odd_key = "plain-emulator-key-without-itg-shape"
    assert resolve_api_key("emulator", odd_key) == odd_key
    assert redact(f"header was {odd_key}") == f"header was {odd_key}"  # resolving alone keeps nothing
    store = InstanceStore(tmp_path / "instances.toml", state_root=tmp_path / "state")
    client = ITGlueClient(base_url="https://api.itglue.com", api_key=odd_key, instances=store)
    assert client.secrets.knows(odd_key)
    assert redact(f"header was {odd_key}") == "header was [REDACTED]"
    client.close()
    assert not client.secrets.knows(odd_key)
    assert redact(f"header was {odd_key}") == f"header was {odd_key}"


class Recorder:
    """Inner transport answering 200/201, or 401 to validation requests when ``reject`` is set."""

    def __init__(self, reject: bool = False, delay: float = 0.0) -> None:
        self.seen: list[httpx.Request] = []
        self.reject = reject
        self.delay = delay
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self.delay)
        with self.lock:
            self.seen.append(request)
        if request.method == "GET" and request.url.path == "/organizations" and self.reject:
            return httpx.Response(401, json={"errors": [{"status": 401, "title": "Unauthorized"}]})
        return httpx.Response(201 if request.method == "POST" else 200, json={"data": []})

    @property
    def calls(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.seen]


def sync_client(auth: APIKeyAuth, recorder: Recorder, base: str = BASE) -> httpx.Client:
    transport = ResilientTransport(httpx.MockTransport(recorder), sleep=lambda _: None)
    return httpx.Client(base_url=base, transport=transport, auth=auth)


def test_first_write_is_preceded_by_one_cheap_get() -> None:
    recorder = Recorder()
    auth = APIKeyAuth(KEY, base_url=BASE)
    client = sync_client(auth, recorder)
    client.post("/organizations", json={"data": {}})
    client.post("/organizations", json={"data": {}})
    assert recorder.calls == ["GET /organizations", "POST /organizations", "POST /organizations"]
    assert recorder.seen[0].url.params["page[size]"] == "1"
    assert all(r.headers["x-api-key"] == KEY for r in recorder.seen)
    assert auth.validated


def test_a_first_get_is_its_own_validation() -> None:
    recorder = Recorder()
    auth = APIKeyAuth(KEY, base_url=BASE)
    sync_client(auth, recorder).get("/organizations")
    assert recorder.calls == ["GET /organizations"]
    assert auth.validated


def test_validation_uses_the_base_url_prefix() -> None:
    recorder = Recorder()
    auth = APIKeyAuth(KEY, base_url="https://proxy.example.com/itglue/")
    sync_client(auth, recorder, base="https://proxy.example.com/itglue").patch("/organizations/1", json={})
    assert recorder.calls == ["GET /itglue/organizations", "PATCH /itglue/organizations/1"]


def test_key_is_only_sent_to_the_api_origin() -> None:
    recorder = Recorder()
    client = sync_client(APIKeyAuth(KEY, base_url=BASE), recorder)
    client.get("https://files.example-storage.com/attachments/1.pdf")
    client.get("https://api.itglue.com:8443/organizations")
    client.get("https://api.itglue.com:443/organizations")
    assert [("x-api-key" in r.headers, r.url.host, r.url.port) for r in recorder.seen] == [
        (False, "files.example-storage.com", None),
        (False, "api.itglue.com", 8443),
        (True, "api.itglue.com", None),
    ]


def test_rejected_key_stops_the_write(tmp_path: Path) -> None:
    recorder = Recorder(reject=True)
    state = KeyUsageState(tmp_path / "key-state.json")
    auth = APIKeyAuth(KEY, base_url=BASE, instance="production", state=state)
    client = sync_client(auth, recorder)
    answer = client.post("/passwords", json={"data": {}})
    # The auth flow sees the rejection (the transport returns error answers) and stops: its answer is the GET's.
    assert (answer.status_code, answer.request.method, answer.request.url.path) == (401, "GET", "/organizations")
    with pytest.raises(AuthenticationError, match="wrong key or wrong region") as caught:
        checked(answer, instance="production")
    assert KEY not in str(caught.value)
    assert recorder.calls == ["GET /organizations"]
    assert not auth.validated
    assert state.last_success() is None


def test_last_success_is_remembered_without_the_key_and_throttled(tmp_path: Path) -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    path = tmp_path / "state" / "key-state.json"
    auth = APIKeyAuth(KEY, base_url=BASE, state=KeyUsageState(path), now=lambda: now[0])
    client = sync_client(auth, Recorder())
    client.get("/organizations")
    assert json.loads(path.read_text()) == {"last_success": "2026-01-01T00:00:00+00:00"}
    assert KEY not in path.read_text()
    now[0] += timedelta(minutes=30)
    client.get("/organizations")
    assert KeyUsageState(path).last_success() == datetime(2026, 1, 1, tzinfo=UTC)  # not rewritten yet
    now[0] += timedelta(hours=1)
    client.get("/organizations")
    assert KeyUsageState(path).last_success() == datetime(2026, 1, 1, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(("idle_days", "warned"), [(81, True), (10, False)])
def test_idle_key_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture, idle_days: int, warned: bool) -> None:
    now = datetime(2026, 6, 1, tzinfo=UTC)
    path = tmp_path / "key-state.json"
    path.write_text(json.dumps({"last_success": (now - timedelta(days=idle_days)).isoformat()}))
    auth = APIKeyAuth(KEY, base_url=BASE, instance="eu", state=KeyUsageState(path), now=lambda: now)
    caplog.set_level(logging.WARNING, logger="itglue_sdk._http.auth")
    client = sync_client(auth, Recorder())
    client.get("/organizations")
    client.get("/organizations")
    messages = [r.getMessage() for r in caplog.records if r.name == "itglue_sdk._http.auth"]
    if warned:
        assert len(messages) == 1
        assert f"{idle_days} days" in messages[0]
        assert "itglue auth set" in messages[0]
    else:
        assert messages == []


def test_unreadable_state_counts_as_never_used(tmp_path: Path) -> None:
    path = tmp_path / "key-state.json"
    path.write_text("not json")
    assert KeyUsageState(path).last_success() is None


def test_concurrent_first_writes_validate_once() -> None:
    recorder = Recorder(delay=0.02)
    client = sync_client(APIKeyAuth(KEY, base_url=BASE), recorder)
    threads = [threading.Thread(target=client.post, args=("/organizations",), kwargs={"json": {}}) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert recorder.calls.count("GET /organizations") == 1
    assert recorder.calls.count("POST /organizations") == 6


@pytest.mark.anyio
async def test_async_flow_validates_once_and_rejects_bad_keys() -> None:
    recorder = Recorder()
    transport = AsyncResilientTransport(httpx.MockTransport(recorder))
    client = httpx.AsyncClient(base_url=BASE, transport=transport, auth=APIKeyAuth(KEY, base_url=BASE))
    async with client, anyio.create_task_group() as group:
        for _ in range(5):
            group.start_soon(client.delete, "/organizations/1")
    assert recorder.calls.count("GET /organizations") == 1
    assert recorder.calls.count("DELETE /organizations/1") == 5

    bad = Recorder(reject=True)
    transport = AsyncResilientTransport(httpx.MockTransport(bad))
    async with httpx.AsyncClient(base_url=BASE, transport=transport, auth=APIKeyAuth(KEY, base_url=BASE)) as client:
        assert (await client.post("/organizations", json={})).status_code == 401
    assert bad.calls == ["GET /organizations"]


class InFlight:
    """Answers every request after ``delay`` seconds and keeps the most requests it held at once."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.now = 0
        self.most = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.now -= 1
        return httpx.Response(201 if request.method == "POST" else 200, json={"data": []})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.enter()
        time.sleep(self.delay)
        return self.leave(request)

    async def answer(self, request: httpx.Request) -> httpx.Response:
        self.enter()
        await anyio.sleep(self.delay)
        return self.leave(request)


def test_requests_queued_behind_the_validation_go_on_in_parallel() -> None:
    server = InFlight(delay=0.05)
    transport = ResilientTransport(httpx.MockTransport(server), sleep=lambda _: None)
    client = httpx.Client(base_url=BASE, transport=transport, auth=APIKeyAuth(KEY, base_url=BASE))
    threads = [threading.Thread(target=client.post, args=("/organizations",), kwargs={"json": {}}) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert server.most >= 3  # one at a time until the key is known good, then together


@pytest.mark.anyio
async def test_async_requests_queued_behind_the_validation_go_on_in_parallel() -> None:
    server = InFlight(delay=0.05)
    transport = AsyncResilientTransport(httpx.MockTransport(server.answer))
    client = httpx.AsyncClient(base_url=BASE, transport=transport, auth=APIKeyAuth(KEY, base_url=BASE))
    async with client, anyio.create_task_group() as group:
        for _ in range(6):
            group.start_soon(client.delete, "/organizations/1")

    assert server.most >= 3
