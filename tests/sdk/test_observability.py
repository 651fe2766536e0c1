from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from itglue_sdk._http.breaker import CircuitBreaker
from itglue_sdk._http.health import check_health, check_health_async
from itglue_sdk._http.ratelimit import SlidingWindowLimiter
from itglue_sdk._http.retry import RetryPolicy
from itglue_sdk._http.transport import AsyncResilientTransport, ResilientTransport
from itglue_sdk.observability.logs import JsonLogFormatter, RedactionFilter, configure_logging
from itglue_sdk.observability.metrics import Metrics

KEY = "ITG.0123456789abcdef0123456789abcdef.QmFzZTY0LWxvb2tpbmctc2VjcmV0LXBhcnQtb2YtdGhlLWtleQ"


class Captured:
    def __init__(self, logger_name: str) -> None:
        self.stream = io.StringIO()
        self.logger = logging.getLogger(logger_name)
        self.handler = configure_logging(logging.DEBUG, stream=self.stream, logger_name=logger_name)

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stream.getvalue().splitlines()]


@pytest.fixture
def captured(request: pytest.FixtureRequest) -> Iterator[Captured]:
    name = getattr(request, "param", "itglue_test.redaction")
    capture = Captured(name)
    yield capture
    capture.logger.removeHandler(capture.handler)
    capture.logger.setLevel(logging.NOTSET)


def test_keys_and_passwords_are_scrubbed_whatever_the_caller_logs(captured: Captured) -> None:
    log = captured.logger
    child = logging.getLogger("itglue_test.redaction.child")  # propagates to the configured handler
    log.info("using key %s", KEY)
    child.warning("headers %s", {"x-api-key": "abc123456789", "accept": "application/json"})
    log.info('body {"data": {"attributes": {"password": "S3cr3t!pass", "password-folder-id": 5}}}')
    log.info("query show_password=true&filter[name]=vpn password=hunter22")
    log.info("event", extra={"payload": {"password": "pw-value-1", "name": "ok"}, "api_key": "k-1234567"})
    try:
        raise ValueError(f"bad key {KEY}")
    except ValueError:
        log.exception("call failed")

    output = captured.stream.getvalue()
    for secret in (KEY, "abc123456789", "S3cr3t!pass", "hunter22", "pw-value-1", "k-1234567"):
        assert secret not in output
    lines = captured.lines()
    assert lines[0]["message"] == "using key [REDACTED]"
    assert lines[1]["logger"] == "itglue_test.redaction.child"
    assert "'x-api-key': '[REDACTED]'" in lines[1]["message"]
    assert "'accept': 'application/json'" in lines[1]["message"]
    assert '"password": "[REDACTED]", "password-folder-id": 5' in lines[2]["message"]
    assert lines[3]["message"] == "query show_password=true&filter[name]=vpn password=[REDACTED]"
    assert lines[4]["payload"] == {"password": "[REDACTED]", "name": "ok"}
    assert lines[4]["api_key"] == "[REDACTED]"
    assert "ValueError: bad key [REDACTED]" in lines[5]["exc"]
    assert lines[5]["level"] == "ERROR"


def test_filter_and_formatter_work_on_any_handler() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLogFormatter())
    handler.addFilter(RedactionFilter())
    log = logging.getLogger("itglue_test.plain")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("%s %d", "bad args")  # noqa: PLE1206 - a broken call still logs instead of raising
        log.warning("fine %s", KEY)
    finally:
        log.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert "bad args" in first["message"]
    assert second["message"] == "fine [REDACTED]"
    assert second["ts"].endswith("+00:00")


def test_configure_logging_replaces_its_own_handler(captured: Captured) -> None:
    configure_logging(stream=captured.stream, logger_name=captured.logger.name)
    handlers = [h for h in captured.logger.handlers if isinstance(h.formatter, JsonLogFormatter)]
    assert len(handlers) == 1
    captured.handler = handlers[0]


@pytest.mark.parametrize("captured", ["itglue_sdk.http"], indirect=True)
def test_one_structured_event_per_attempt(captured: Captured) -> None:
    answers = [
        httpx.Response(500, json={"message": "boom"}, headers={"x-amzn-RequestId": "aws-1"}),
        httpx.Response(200, json={"data": []}, headers={"x-amzn-RequestId": "aws-2"}),
    ]
    transport = ResilientTransport(
        httpx.MockTransport(lambda request: answers.pop(0)),
        policy=RetryPolicy(jitter=lambda: 1.0),
        sleep=lambda _: None,
        instance="production",
    )
    client = httpx.Client(base_url="https://api.itglue.com", transport=transport, headers={"x-api-key": KEY})
    client.get("/organizations/42/relationships/contacts")

    first, second = captured.lines()
    assert first["event"] == second["event"] == "http.attempt"
    assert (first["method"], first["route"]) == ("GET", "/organizations/{id}/relationships/contacts")
    assert (first["status"], first["attempt"], first["level"], first["retry_in_s"]) == (500, 1, "WARNING", 0.5)
    assert (second["status"], second["attempt"], second["level"], second["retry_in_s"]) == (200, 2, "INFO", None)
    assert first["request_id"] == second["request_id"]
    assert len(first["request_id"]) == 32
    assert (first["server_request_id"], second["server_request_id"]) == ("aws-1", "aws-2")
    assert first["instance"] == "production"
    assert isinstance(first["latency_ms"], float)
    assert KEY not in captured.stream.getvalue()


def test_metrics_snapshot() -> None:
    metrics = Metrics(latency_samples=100)
    for ms in range(1, 151):  # only the last 100 samples count: 51..150 ms
        metrics.record_attempt(latency=ms / 1000, status=200)
    metrics.record_request()
    metrics.record_attempt(latency=0.2, status=429)
    metrics.record_attempt(latency=0.2, status=None, error="ConnectError")
    metrics.record_retry("429")
    metrics.record_throttle(0.25)
    metrics.record_throttle(0.5)
    metrics.record_cache(hit=True)
    metrics.record_cache(hit=True)
    metrics.record_cache(hit=False)
    snapshot = metrics.snapshot(breaker_state="closed")
    assert snapshot.latency_ms == {"p50": 102.0, "p90": 142.0, "p99": 200.0}
    assert (snapshot.requests, snapshot.attempts) == (1, 152)
    assert snapshot.errors_by_status == {"429": 1, "ConnectError": 1}
    assert snapshot.retries == {"429": 1}
    assert (snapshot.throttle_waits, snapshot.throttle_seconds) == (2, 0.75)
    assert (snapshot.cache_hits, snapshot.cache_misses, snapshot.breaker_state) == (2, 1, "closed")
    assert json.loads(json.dumps(snapshot.as_dict()))["latency_ms"]["p50"] == 102.0
    assert Metrics().snapshot().latency_ms == {}


def _health(answer: httpx.Response | Exception) -> tuple[Any, SlidingWindowLimiter]:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/organizations"
        if isinstance(answer, Exception):
            raise answer
        return answer

    limiter = SlidingWindowLimiter(100, 300.0)
    transport = ResilientTransport(
        httpx.MockTransport(handler),
        limiter=limiter,
        policy=RetryPolicy(server_retries=0, connection_retries=0),
    )
    client = httpx.Client(base_url="https://api.itglue.com", transport=transport)
    return check_health(client, limiter, clock=iter([1.0, 1.25]).__next__), limiter


def test_health_check_pieces() -> None:
    report, _ = _health(httpx.Response(200, json={"data": []}))
    assert report.healthy
    assert (report.host_reachable, report.key_valid, report.latency_ms) == (True, True, 250.0)
    assert (report.rate_limit_headroom, report.rate_limit_capacity) == (99, 100)

    report, _ = _health(httpx.Response(403, json={"message": "Forbidden"}))
    assert (report.host_reachable, report.key_valid, report.healthy) == (True, False, False)
    assert report.error is not None
    assert "wrong key or wrong region" in report.error

    report, _ = _health(httpx.Response(403, json={"errors": [{"status": 403, "title": "Forbidden"}]}))
    assert report.key_valid is True  # a permission problem, but the key itself works

    report, _ = _health(httpx.Response(500, json={"message": "boom"}))
    assert (report.host_reachable, report.key_valid) == (True, None)

    report, _ = _health(httpx.ConnectError("refused"))
    assert (report.host_reachable, report.key_valid, report.latency_ms) == (False, None, None)
    assert report.breaker_open is False


def test_health_check_reports_an_open_breaker_as_such() -> None:
    breaker = CircuitBreaker("https://api.itglue.com", failure_threshold=1, clock=lambda: 0.0)
    breaker.before_call()
    breaker.record_failure()
    sent: list[httpx.Request] = []
    limiter = SlidingWindowLimiter(100, 300.0)
    transport = ResilientTransport(
        httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(200)),
        limiter=limiter,
        breaker=breaker,
    )
    client = httpx.Client(base_url="https://api.itglue.com", transport=transport)
    report = check_health(client, limiter)
    assert sent == []  # the breaker rejected the check before it reached the host
    assert report.breaker_open is True
    assert (report.host_reachable, report.key_valid, report.latency_ms) == (None, None, None)
    assert not report.healthy
    assert report.error is not None
    assert "circuit" in report.error.lower()


def test_the_library_logger_has_a_null_handler_and_configure_logging_still_works() -> None:
    sdk = logging.getLogger("itglue_sdk")
    assert any(type(handler) is logging.NullHandler for handler in sdk.handlers)
    stream = io.StringIO()
    handler = configure_logging(logging.INFO, stream=stream)
    try:
        logging.getLogger("itglue_sdk.http").warning("through the root handler")
    finally:
        logging.getLogger().removeHandler(handler)
    [line] = [json.loads(text) for text in stream.getvalue().splitlines()]
    assert (line["logger"], line["message"]) == ("itglue_sdk.http", "through the root handler")


@pytest.mark.anyio
async def test_async_health_check() -> None:
    limiter = SlidingWindowLimiter(10, 300.0)
    transport = AsyncResilientTransport(
        httpx.MockTransport(lambda request: httpx.Response(200, json={"data": []})), limiter=limiter
    )
    async with httpx.AsyncClient(base_url="https://api.itglue.com", transport=transport) as client:
        report = await check_health_async(client, limiter)
    assert report.healthy
    assert report.rate_limit_headroom == 9


@pytest.mark.parametrize("captured", ["itglue_sdk.http"], indirect=True)
def test_request_ids_are_distinct_hex_and_unlogged_attempts_cost_no_log_record(captured: Captured) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-request-id"])
        return httpx.Response(200, json={"data": []})

    transport = ResilientTransport(httpx.MockTransport(answer))
    client = httpx.Client(base_url="https://api.itglue.com", transport=transport, headers={"x-api-key": KEY})
    for _ in range(3):
        client.get("/organizations")
    assert len(set(seen)) == 3
    assert all(len(value) == 32 and int(value, 16) >= 0 for value in seen)
    assert seen[0][:16] == seen[1][:16]  # one random prefix per process, then a counter
    assert len(captured.lines()) == 3
    captured.logger.setLevel(logging.WARNING)
    client.get("/organizations")
    assert len(captured.lines()) == 3  # an INFO attempt under a WARNING level writes nothing
