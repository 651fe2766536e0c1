from __future__ import annotations

import gc
import secrets
import time
from collections.abc import Iterator

import pytest

from itglue_sdk.observability.redaction import MIN_SECRET_LENGTH, REDACTED, SecretRegistry, redact, redact_value

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


@pytest.fixture
def registry() -> Iterator[SecretRegistry]:
    """A registry of the test's own, as a client has (closed at the end, as a client closes it)."""
    made = SecretRegistry()
    yield made
    made.close()


def test_registered_and_extra_secrets(registry: SecretRegistry) -> None:
    registry.register("emulator-key-0001")
    registry.register("abc")  # too short to be worth scrubbing
    registry.register(None)
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


def test_short_values_are_not_registered_and_do_not_mangle_lines(registry: SecretRegistry) -> None:
    assert MIN_SECRET_LENGTH == 6
    for short in ("a", "ab", "abc", "1234", "12345"):
        registry.register(short)
    line = "GET /organizations/12345 -> 200 in 3 ms (attempt 1); a b abc"
    assert redact(line) == line
    registry.register("123456")  # the minimum length is registered
    assert redact("id 1234567") == f"id {REDACTED}7"


def test_the_longest_registered_value_wins_and_several_are_found_in_one_line(registry: SecretRegistry) -> None:
    registry.register("shared-prefix")
    registry.register("shared-prefix-and-more")
    registry.register("other-secret")
    text = "a shared-prefix-and-more b shared-prefix c other-secretother-secret d"
    assert redact(text) == f"a {REDACTED} b {REDACTED} c {REDACTED}{REDACTED} d"


def test_thousands_of_registered_values_cost_one_pass_per_line(registry: SecretRegistry) -> None:
    line = "GET /organizations/{id} -> 200 in 12 ms (attempt 1), request 4f1c2a, some ordinary words " * 2
    started = time.perf_counter()
    values = [secrets.token_urlsafe(16) for _ in range(20_000)]
    for value in values:
        registry.register(value)
    assert time.perf_counter() - started < 1.0  # registering is a dict insert, nothing is recompiled
    started = time.perf_counter()
    for _ in range(500):
        assert redact(line) == line
    # One pass costs ~20 us per line whatever the count; replacing 20 000 values one by one costs ~2.5 ms.
    assert time.perf_counter() - started < 0.25
    assert redact(f"x {values[12_345]} y {values[-1]}") == f"x {REDACTED} y {REDACTED}"


def test_secret_members_of_json_bodies_are_registered(registry: SecretRegistry) -> None:
    registry.register_in_body(
        b'{"data": [{"type": "passwords", "attributes": {"name": "vpn", "password": "body-value-1"}},'
        b' {"attributes": {"otp-secret": "JBSWY3DPEHPK3PXP", "password-folder-id": 5}}]}'
    )
    registry.register_in_body(b'"password": "not json at all')  # ignored, no error
    assert redact("body-value-1 JBSWY3DPEHPK3PXP vpn") == f"{REDACTED} {REDACTED} vpn"


def test_each_registry_holds_its_own_values_and_forgets_them_on_close() -> None:
    first, second = SecretRegistry(), SecretRegistry()
    first.register("first-client-value")
    second.register("second-client-value")
    assert first.knows("first-client-value")
    assert not first.knows("second-client-value")
    assert second.knows("second-client-value")
    assert not second.knows("first-client-value")
    # Any text is scrubbed of the values of every open registry: a log line is not tied to one client.
    assert redact("first-client-value second-client-value") == f"{REDACTED} {REDACTED}"
    first.close()
    assert not first.knows("first-client-value")
    assert redact("first-client-value second-client-value") == f"first-client-value {REDACTED}"
    first.register("registered-after-close")  # a late answer after close is not kept either
    assert redact("registered-after-close") == "registered-after-close"
    second.close()


def test_a_registry_dropped_without_close_stops_holding_values() -> None:
    SecretRegistry().register("value-of-a-dropped-client")
    gc.collect()
    assert redact("value-of-a-dropped-client") == "value-of-a-dropped-client"


def test_the_pre_check_of_bodies_is_exact_whatever_the_case_of_the_member(registry: SecretRegistry) -> None:
    registry.register_in_body(b'{"attributes": {"PassWord": "mixed-case-value"}}')
    registry.register_in_body(b'{"attributes": {"OTP_Secret": "JBSWY3DPEHPK3PXQ"}}')
    registry.register_in_body(b'{"attributes": {"name": "no secret member here", "notes": "nothing-to-see"}}')
    assert registry.knows("mixed-case-value")
    assert registry.knows("JBSWY3DPEHPK3PXQ")
    assert not registry.knows("nothing-to-see")
