from __future__ import annotations

import httpx
import pytest

from itglue_sdk._http.retry import RetryPolicy, RetryState, is_replayable

POLICY = RetryPolicy(jitter=lambda: 1.0)  # jitter at its maximum: delays are exactly the exponential value


def _answer(status: int, retry_after: str | None = None) -> httpx.Response:
    return httpx.Response(status, headers={"Retry-After": retry_after} if retry_after is not None else {})


def _delays(state: RetryState, method: str, response: httpx.Response, local_wait: float = 0.0) -> list[float]:
    """Feed the same answer until the policy stops; return the waits it chose."""
    delays = []
    while (decision := state.after_response(method, response, local_wait=local_wait)) is not None:
        delays.append(decision.delay)
    return delays


def test_backoff_is_exponential_capped_and_jittered_within_half() -> None:
    assert [POLICY.backoff(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    low = RetryPolicy(jitter=lambda: 0.0)
    assert [low.backoff(n) for n in (1, 2, 3)] == [0.25, 0.5, 1.0]


@pytest.mark.parametrize("status", [500, 502, 504])
def test_server_errors_retry_three_times_for_get(status: int) -> None:
    assert _delays(POLICY.start(), "GET", _answer(status)) == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_never_retried_after_a_server_answer(status: int) -> None:
    assert _delays(POLICY.start(), "POST", _answer(status, "5")) == []


def test_patch_and_delete_are_retried() -> None:
    assert len(_delays(POLICY.start(), "PATCH", _answer(500))) == 3
    assert len(_delays(POLICY.start(), "DELETE", _answer(502))) == 3
    assert is_replayable("get")
    assert not is_replayable("post")


def test_503_fails_at_once_unless_retry_after() -> None:
    assert _delays(POLICY.start(), "GET", _answer(503)) == []
    assert _delays(POLICY.start(), "GET", _answer(503, "30")) == [30, 30, 30]


def test_server_retry_after_replaces_backoff() -> None:
    assert _delays(POLICY.start(), "GET", _answer(500, "4")) == [4, 4, 4]


def test_429_fallback_waits_then_gives_up() -> None:
    assert _delays(POLICY.start(), "POST", _answer(429)) == [60.0, 120.0, 240.0]


def test_429_honours_retry_after_then_local_window() -> None:
    assert _delays(POLICY.start(), "POST", _answer(429, "12"), local_wait=50) == [12, 12, 12]
    assert _delays(POLICY.start(), "GET", _answer(429), local_wait=33.5) == [33.5, 33.5, 33.5]


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    assert _delays(POLICY.start(), "GET", _answer(429, "3600")) == []
    assert _delays(POLICY.start(), "GET", _answer(503, "301")) == []


def test_success_and_client_errors_are_final() -> None:
    for status in (200, 201, 204, 400, 401, 403, 404, 409, 413, 422):
        assert POLICY.start().after_response("GET", _answer(status), local_wait=0) is None


def test_budgets_are_separate_per_kind() -> None:
    state = POLICY.start()
    assert len(_delays(state, "GET", _answer(500))) == 3
    assert len(_delays(state, "GET", _answer(429))) == 3  # 429s still have their own budget
    assert state.after_exception("GET", httpx.ConnectError("refused")) is not None


REQUEST = httpx.Request("POST", "https://api.itglue.com/organizations")


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused", request=REQUEST), httpx.ConnectTimeout("slow", request=REQUEST),
            httpx.PoolTimeout("pool", request=REQUEST)],
)  # fmt: skip
def test_unsent_failures_retry_even_for_post(exc: Exception) -> None:
    state = POLICY.start()
    reasons = []
    while (decision := state.after_exception("POST", exc)) is not None:
        reasons.append(decision.reason)
    assert reasons == [type(exc).__name__] * 3


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("slow", request=REQUEST), httpx.ReadError("reset", request=REQUEST),
            httpx.RemoteProtocolError("closed", request=REQUEST), httpx.WriteError("broken", request=REQUEST)],
)  # fmt: skip
def test_failures_after_sending_retry_except_post(exc: Exception) -> None:
    assert POLICY.start().after_exception("POST", exc) is None
    state = POLICY.start()
    assert [state.after_exception("GET", exc) is not None for _ in range(4)] == [True, True, True, False]


def test_programming_errors_are_not_retried() -> None:
    assert POLICY.start().after_exception("GET", httpx.UnsupportedProtocol("ftp")) is None


def test_max_retries_sets_every_budget() -> None:
    policy = RetryPolicy(rate_limit_waits=(1.0, 2.0))
    assert policy.with_max_retries(0) == RetryPolicy(server_retries=0, connection_retries=0, rate_limit_waits=())
    five = policy.with_max_retries(5)
    assert (five.server_retries, five.connection_retries) == (5, 5)
    assert five.rate_limit_waits == (1.0, 2.0, 2.0, 2.0, 2.0)  # beyond the configured waits, the last repeats
    assert RetryPolicy(rate_limit_waits=()).with_max_retries(1).rate_limit_waits == (60.0,)
    with pytest.raises(ValueError, match="zero or more"):
        policy.with_max_retries(-1)
