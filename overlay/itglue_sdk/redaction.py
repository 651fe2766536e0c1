"""Scrubbing of API keys and password values from any text the SDK may show.

Two mechanisms work together: patterns that recognise secrets by shape (IT Glue keys look like
``ITG.<32 hex>.<base64>``; ``x-api-key`` headers; ``"password": "..."`` pairs in JSON, reprs and query strings)
and a process-wide set of known secret values (the keys the SDK resolved), replaced wherever they occur.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[REDACTED]"

# Known secret values shorter than this are not registered: replacing every "abc" in a log line would
# destroy the line and reveal nothing worth hiding.
_MIN_SECRET_LENGTH = 6

SENSITIVE_NAMES = frozenset({"password", "otp-secret", "otp_secret", "x-api-key", "api-key", "api_key", "apikey"})

_KEY_SHAPE = re.compile(r"ITG\.[0-9A-Fa-f]{16,}\.[A-Za-z0-9_\-+/=]{8,}")
# A sensitive name (not part of a longer identifier such as ``show_password`` or ``password-folder-id``),
# an optional closing quote, ``:`` or ``=``, then a quoted or bare value.
_PAIR = re.compile(
    r"""(?P<prefix>(?<![\w-])["']?(?:password|otp[-_]secret|x-api-key|api[-_]?key)["']?\s*[:=]\s*)"""
    r"""(?!["']?\[REDACTED\])"""  # already redacted: keeps `redact` idempotent
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s"',;&}\]\)]+)""",
    re.IGNORECASE,
)

_known: set[str] = set()
_known_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Remember a secret value so that `redact` replaces it wherever it appears.

    Args:
        value: The secret (for example a resolved API key). ``None`` and very short values are ignored.
    """
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _known_lock:
            _known.add(value)


def _replace_pair(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[0] in "\"'" else ""
    return f"{match.group('prefix')}{quote}{REDACTED}{quote}"


def redact(text: str, extra_secrets: Iterable[str] = ()) -> str:
    """Return ``text`` with every recognisable secret replaced by ``[REDACTED]``.

    Args:
        text: Any text: a log message, an exception message, a serialised body.
        extra_secrets: Additional literal values to remove (for example the password sent in a request).

    Returns:
        The scrubbed text.
    """
    with _known_lock:
        literals = sorted({*_known, *(s for s in extra_secrets if len(s) >= _MIN_SECRET_LENGTH)}, key=len)
    for literal in reversed(literals):  # longest first, so a secret containing another is removed whole
        text = text.replace(literal, REDACTED)
    text = _KEY_SHAPE.sub(REDACTED, text)
    return _PAIR.sub(_replace_pair, text)


def redact_value(value: Any) -> Any:
    """Scrub a structured value: strings are redacted, values under sensitive keys are replaced.

    Args:
        value: A string, mapping, list/tuple or any other object (returned unchanged).

    Returns:
        A scrubbed copy for strings and containers; other objects as they are.
    """
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {
            key: REDACTED if str(key).lower() in SENSITIVE_NAMES else redact_value(item) for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_value(item) for item in value]
    if isinstance(value, tuple):
        return tuple(redact_value(item) for item in value)
    return value
