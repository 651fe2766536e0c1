"""Gateway behaviour over the wire: keys, payload and media-type limits, rate limit."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.ratelimit import RateLimitConfig, RateLimiter
from tests.emulator.helpers import body


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "ITG.wrong"}])
def test_missing_or_wrong_key_is_403(emu: Emulator, headers: dict[str, str]) -> None:
    response = httpx.get(f"{emu.base_url}/organizations", headers=headers)
    assert response.status_code == 403
    assert response.json() == {"message": "Forbidden"}
    assert emu.stats()["keys"] == {"invalid" if headers else "anonymous": 1}


def test_key_header_name_is_case_insensitive(emu: Emulator) -> None:
    assert httpx.get(f"{emu.base_url}/organizations", headers={"X-API-KEY": emu.api_key}).status_code == 200


def test_body_over_10_mb_is_413(client: httpx.Client) -> None:
    response = client.post(
        "/organizations", content=b"x" * (10 * 1024 * 1024 + 1), headers={"content-type": "application/vnd.api+json"}
    )
    assert response.status_code == 413
    assert response.json() == {"message": "Request Too Long"}


@pytest.mark.parametrize(
    "content_type",
    [
        "application/vnd.api+json",
        "application/json",
        "application/vnd.api+json; charset=utf-8",
        "application/json;charset=UTF-8",
    ],
)
def test_accepted_content_types(client: httpx.Client, content_type: str) -> None:
    payload = json.dumps(body("organizations", name="New")).encode()
    response = client.post("/organizations", content=payload, headers={"content-type": content_type})
    assert response.status_code == 201


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", ""])
def test_wrong_content_type_is_415(client: httpx.Client, content_type: str) -> None:
    payload = json.dumps(body("organizations", name="New")).encode()
    response = client.post("/organizations", content=payload, headers={"content-type": content_type})
    assert response.status_code == 415
    assert response.json() == {"message": "Unsupported Media Type"}


def test_rate_limit_per_key_with_optional_retry_after(emu: Emulator) -> None:
    emu.set_rate_limit(RateLimitConfig(budget=3, window=60, retry_after=True))
    admin = {"x-api-key": emu.api_key}
    statuses = [httpx.get(f"{emu.base_url}/organizations", headers=admin).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = httpx.get(f"{emu.base_url}/organizations", headers=admin)
    assert limited.json() == {"message": "Too Many Requests"}
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    other = {"x-api-key": emu.key_without_password_access()}
    assert httpx.get(f"{emu.base_url}/organizations", headers=other).status_code == 200
    emu.set_rate_limit(RateLimitConfig(budget=1, window=60, retry_after=False))
    httpx.get(f"{emu.base_url}/organizations", headers=admin)
    assert "retry-after" not in httpx.get(f"{emu.base_url}/organizations", headers=admin).headers


def test_sliding_window_frees_slots_as_time_passes() -> None:
    now = [0.0]
    limiter = RateLimiter(RateLimitConfig(budget=2, window=10), clock=lambda: now[0])
    assert limiter.admit("k") is None
    now[0] = 5
    assert limiter.admit("k") is None
    assert limiter.admit("k") == pytest.approx(5)
    now[0] = 10.5
    assert limiter.admit("k") is None
    assert limiter.admit("k") == pytest.approx(4.5)


def test_keep_alive_connection_is_reused(client: httpx.Client) -> None:
    first = client.get("/organizations/1")
    second = client.get("/organizations/2")
    assert first.http_version == "HTTP/1.1"
    assert first.headers.get("connection", "keep-alive").lower() != "close"
    assert second.status_code == 200


def _raw_exchange(emu: Emulator, head: str, payload: bytes) -> bytes:
    """Send a hand-written request over a plain socket; return everything the server sends before closing."""
    host, port = emu.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(head.replace("\n", "\r\n").encode() + payload)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    return received


def test_chunked_body_over_10_mb_is_413_without_reading_it(emu: Emulator) -> None:
    # One chunk announced as 10 MiB + 1 byte: the gateway answers from the size line, before any body arrives.
    head = (
        "POST /organizations HTTP/1.1\nHost: x\nContent-Type: application/vnd.api+json\n"
        f"x-api-key: {emu.api_key}\nTransfer-Encoding: chunked\n\n{10 * 1024 * 1024 + 1:x}\n"
    )
    answer = _raw_exchange(emu, head, b"")
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 413 Request Entity Too Large"
    headers, _, content = rest.partition(b"\r\n\r\n")
    assert b"Connection: close" in headers
    assert json.loads(content) == {"message": "Request Too Long"}
    assert emu.store.counts()["organizations"] == 3


def test_chunked_bodies_add_up_towards_the_limit(emu: Emulator) -> None:
    size = 6 * 1024 * 1024
    two_chunks = f"{size:x}\r\n".encode() + b" " * size + b"\r\n" + f"{size:x}\r\n".encode()
    head = (
        "POST /organizations HTTP/1.1\nHost: x\nContent-Type: application/vnd.api+json\n"
        f"x-api-key: {emu.api_key}\nTransfer-Encoding: chunked\n\n"
    )
    assert _raw_exchange(emu, head, two_chunks).startswith(b"HTTP/1.1 413 ")


def test_chunked_body_within_the_limit_is_served(client: httpx.Client) -> None:
    payload = json.dumps(body("organizations", name="Chunked Ltd")).encode()

    def chunks() -> Iterator[bytes]:
        yield payload[:10]
        yield payload[10:]

    response = client.post("/organizations", content=chunks(), headers={"content-type": "application/vnd.api+json"})
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert response.status_code == 201
    assert response.json()["data"]["attributes"]["name"] == "Chunked Ltd"
