"""Scrubbing of API keys and password values from any text the SDK may show.

Two mechanisms work together: patterns that recognise secrets by shape (IT Glue keys look like
``ITG.<32 hex>.<base64>``; ``x-api-key`` headers; ``"password": "..."`` pairs in JSON, reprs and query strings)
and a process-wide set of known secret values (the keys the SDK resolved, every password value it received or
sent), replaced wherever they occur.

Known values are found in one pass whatever their number: they are bucketed by their first `MIN_SECRET_LENGTH`
characters, and the scan looks each window of the text up in that dict. Registering is a dict insert (nothing
is recompiled), and a log line costs the same with one registered value as with tens of thousands. Values
shorter than `MIN_SECRET_LENGTH` are not registered: scrubbing every "abc" or "1234" would mangle log lines
(ids, timestamps, words) while hiding next to nothing; such values are still caught by the name patterns.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[REDACTED]"

MIN_SECRET_LENGTH = 6
"""Known secret values shorter than this are not registered (see the module docstring)."""

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

# Known values keyed by their first MIN_SECRET_LENGTH characters; each bucket is a tuple, longest value first,
# replaced whole on registration so that `redact` can read the dict without taking the lock.
_known: dict[str, tuple[str, ...]] = {}
_known_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Remember a secret value so that `redact` replaces it wherever it appears, for the rest of the process.

    Args:
        value: The secret (an API key, a password value). ``None`` and values shorter than `MIN_SECRET_LENGTH`
            are ignored.
    """
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    head = value[:MIN_SECRET_LENGTH]
    with _known_lock:
        bucket = _known.get(head, ())
        if value not in bucket:
            _known[head] = tuple(sorted((*bucket, value), key=len, reverse=True))


def register_secrets_in(document: Any) -> None:
    """Register every string found under a sensitive name (``password``, ``otp-secret``...) in parsed JSON.

    Args:
        document: A parsed JSON value (request or response body).
    """
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            for key, value in item.items():
                if isinstance(value, str):
                    if str(key).lower() in SENSITIVE_NAMES:
                        register_secret(value)
                else:
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)


# A JSON member named like a secret; bodies without one are not parsed at all (most are not).
_SECRET_MEMBER = re.compile(rb'"(?:password|otp[-_]secret)"\s*:\s*"', re.IGNORECASE)


def register_secrets_in_body(content: bytes) -> None:
    """Register the secret values of a JSON body (a request the SDK sends, an answer it reads).

    Args:
        content: The raw body; anything that is not JSON holding a secret member is ignored.
    """
    if not _SECRET_MEMBER.search(content):
        return
    try:
        register_secrets_in(json.loads(content))
    except ValueError:  # not JSON after all (UnicodeDecodeError is a ValueError too)
        return


def _scrub_known(text: str) -> str:
    """Replace registered values in one left-to-right pass (the longest value wins where several start)."""
    known = _known
    if not known:
        return text
    width = MIN_SECRET_LENGTH
    # A comprehension finds the candidate starts quickly; most lines have none.
    starts = [index for index in range(len(text) - width + 1) if text[index : index + width] in known]
    if not starts:
        return text
    parts: list[str] = []
    done = 0
    for index in starts:
        if index < done:  # inside a value already replaced
            continue
        value = next((v for v in known.get(text[index : index + width], ()) if text.startswith(v, index)), None)
        if value is not None:
            parts += (text[done:index], REDACTED)
            done = index + len(value)
    parts.append(text[done:])
    return "".join(parts)


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
    # Longest first, so a secret containing another is removed whole.
    for literal in sorted({s for s in extra_secrets if len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True):
        text = text.replace(literal, REDACTED)
    text = _scrub_known(text)
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
