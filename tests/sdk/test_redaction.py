from __future__ import annotations

import secrets
import time

import pytest

from itglue_sdk import redaction
from itglue_sdk.redaction import (
    MIN_SECRET_LENGTH,
    REDACTED,
    redact,
    redact_value,
    register_secret,
    register_secrets_in_body,
)

KEY = "ITG.0123456789abcdef0123456789abcdef.QmFzZTY0LWxvb2tpbmctc2VjcmV0LXBhcnQ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"key={KEY}", "key=[REDACTED]"),
        (f"Bearer-ish {KEY} trailing", "Bearer-ish [REDACTED] trailing"),
        ("x-api-key: plainkey123", "x-api-key: [REDACTED]"),
        ("X-API-KEY=plainkey123&a=1", "X-API-KEY=[REDACTED]&a=1"),
        ('{"password":"a\\"b c"}', '{"password":"[REDACTED]"}'),
        ("{'password': 'p4ss w0rd'}", "{'password': '[REDACTED]'}"),
        ('"otp-secret": "JBSWY3DPEHPK3PXP"', '"otp-secret": "[REDACTED]"'),
        ("show_password=true", "show_password=true"),
        ('"password-folder-id": 5, "password-category-name": "x"',) * 2,
        ("the password was changed", "the password was changed"),
    ],
)  # fmt: skip
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(redact(text)) == expected  # idempotent: several handlers may scrub the same record


def test_registered_and_extra_secrets() -> None:
    register_secret("emulator-key-0001")
    register_secret("abc")  # too short to be worth scrubbing
    register_secret(None)
    assert redact("sent emulator-key-0001 and abc") == f"sent {REDACTED} and abc"
    assert redact("pw hunter2-long here", ["hunter2-long"]) == f"pw {REDACTED} here"


def test_redact_value_walks_structures() -> None:
    value = {"attributes": {"password": "x", "name": f"n {KEY}"}, "list": [{"api_key": 1}], "tuple": ("ok",), "n": 3}
    assert redact_value(value) == {
        "attributes": {"password": REDACTED, "name": f"n {REDACTED}"},
        "list": [{"api_key": REDACTED}],
        "tuple": ("ok",),
        "n": 3,
    }


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty process-wide registry for the test (the real one keeps what other tests registered)."""
    monkeypatch.setattr(redaction, "_known", {})


@pytest.mark.usefixtures("fresh_registry")
def test_short_values_are_not_registered_and_do_not_mangle_lines() -> None:
    assert MIN_SECRET_LENGTH == 6
    for short in ("a", "ab", "abc", "1234", "12345"):
        register_secret(short)
    line = "GET /organizations/12345 -> 200 in 3 ms (attempt 1); a b abc"
    assert redact(line) == line
    register_secret("123456")  # the minimum length is registered
    assert redact("id 1234567") == f"id {REDACTED}7"


@pytest.mark.usefixtures("fresh_registry")
def test_the_longest_registered_value_wins_and_several_are_found_in_one_line() -> None:
    register_secret("shared-prefix")
    register_secret("shared-prefix-and-more")
    register_secret("other-secret")
    text = "a shared-prefix-and-more b shared-prefix c other-secretother-secret d"
    assert redact(text) == f"a {REDACTED} b {REDACTED} c {REDACTED}{REDACTED} d"


@pytest.mark.usefixtures("fresh_registry")
def test_thousands_of_registered_values_cost_one_pass_per_line() -> None:
    line = "GET /organizations/{id} -> 200 in 12 ms (attempt 1), request 4f1c2a, some ordinary words " * 2
    started = time.perf_counter()
    values = [secrets.token_urlsafe(16) for _ in range(20_000)]
    for value in values:
        register_secret(value)
    assert time.perf_counter() - started < 1.0  # registering is a dict insert, nothing is recompiled
    started = time.perf_counter()
    for _ in range(500):
        assert redact(line) == line
    # One pass costs ~20 us per line whatever the count; replacing 20 000 values one by one costs ~2.5 ms.
    assert time.perf_counter() - started < 0.25
    assert redact(f"x {values[12_345]} y {values[-1]}") == f"x {REDACTED} y {REDACTED}"


@pytest.mark.usefixtures("fresh_registry")
def test_secret_members_of_json_bodies_are_registered() -> None:
    register_secrets_in_body(
        b'{"data": [{"type": "passwords", "attributes": {"name": "vpn", "password": "body-value-1"}},'
        b' {"attributes": {"otp-secret": "JBSWY3DPEHPK3PXP", "password-folder-id": 5}}]}'
    )
    register_secrets_in_body(b'"password": "not json at all')  # ignored, no error
    assert redact("body-value-1 JBSWY3DPEHPK3PXP vpn") == f"{REDACTED} {REDACTED} vpn"
