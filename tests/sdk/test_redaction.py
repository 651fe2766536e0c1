from __future__ import annotations

import pytest

from itglue_sdk.redaction import REDACTED, redact, redact_value, register_secret

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
