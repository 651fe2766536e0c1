"""Scrubbing of API keys and password values from any text the SDK may show.

Two mechanisms work together: patterns that recognise secrets by shape (IT Glue keys look like
``ITG.<32 hex>.<base64>``; ``x-api-key`` headers; ``"password": "..."`` pairs in JSON, reprs and query strings)
and the values the open clients know (each client's key, every password value it received or sent), replaced
wherever they occur.

Known values live in a `SecretRegistry`, one per client: a client's values are in its own registry only, and
`SecretRegistry.close` (called when the client closes) forgets them, so no value outlives the client that saw
it. `redact` scrubs the values of every registry still open: a log record or a traceback is not tied to one
client, and a value must not leak through another client's log line or the application's own logger.

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
import weakref
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


class SecretRegistry:
    """The secret values one client has seen, scrubbed by `redact` until the registry is closed.

    A registry is open from its creation; a closed one forgets its values and ignores new ones (a late answer
    after the client closed). One that is garbage-collected unclosed drops out of `redact` too.
    """

    def __init__(self) -> None:
        # Keyed by the first MIN_SECRET_LENGTH characters; each bucket is a tuple, longest value first, replaced
        # whole on registration so that `scrub` can read the dict without taking the lock.
        self._known: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()
        self._closed = False
        with _open_lock:
            _open.add(self)

    def register(self, value: str | None) -> None:
        """Remember a secret value so that `redact` replaces it wherever it appears while this registry is open.

        Args:
            value: The secret (an API key, a password value). ``None`` and values shorter than
                `MIN_SECRET_LENGTH` are ignored.
        """
        if not value or len(value) < MIN_SECRET_LENGTH:
            return
        head = value[:MIN_SECRET_LENGTH]
        with self._lock:
            if self._closed:
                return
            bucket = self._known.get(head, ())
            if value not in bucket:
                self._known[head] = tuple(sorted((*bucket, value), key=len, reverse=True))

    def register_in(self, document: Any) -> None:
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
                            self.register(value)
                    else:
                        stack.append(value)
            elif isinstance(item, list):
                stack.extend(item)

    def register_in_body(self, content: bytes) -> None:
        """Register the secret values of a JSON body (a request the SDK sends, an answer it reads).

        Args:
            content: The raw body; anything that is not JSON holding a secret member is ignored.
        """
        if not _may_name_a_secret(content) or not _SECRET_MEMBER.search(content):
            return
        try:
            self.register_in(json.loads(content))
        except ValueError:  # not JSON after all (UnicodeDecodeError is a ValueError too)
            return

    def knows(self, value: str) -> bool:
        """Whether ``value`` is registered here (and so scrubbed by `redact`)."""
        return value in self._known.get(value[:MIN_SECRET_LENGTH], ())

    def close(self) -> None:
        """Forget every value and stop scrubbing them; later registrations are ignored."""
        with self._lock:
            self._closed = True
            self._known = {}
        with _open_lock:
            _open.discard(self)

    def scrub(self, text: str) -> str:
        """Replace this registry's values in one left-to-right pass (the longest value wins where several start).

        Args:
            text: Any text.

        Returns:
            The text without this registry's values.
        """
        known = self._known
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


# The open registries. Weak, so that a client dropped without close() does not keep its values alive.
_open: weakref.WeakSet[SecretRegistry] = weakref.WeakSet()
_open_lock = threading.Lock()

# A JSON member named like a secret; bodies without one are not parsed at all (most are not).
_SECRET_MEMBER = re.compile(rb'"(?:password|otp[-_]secret)"\s*:\s*"', re.IGNORECASE)


def _may_name_a_secret(content: bytes) -> bool:
    """Whether ``content`` may hold a `_SECRET_MEMBER` (a cheap, exact pre-check before the regex).

    The case-insensitive regex tries each position of the body in turn (~6 us per KB); lower-casing the body
    and looking for plain substrings costs about a third of that, so listings of large pages skip it at that
    price and only bodies that mention a password or a secret somewhere pay for the regex as well.
    """
    lowered = content.lower()
    # Every match of `_SECRET_MEMBER`, lower-cased, holds one of these: a body without them cannot match.
    return b"password" in lowered or b"secret" in lowered


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
    with _open_lock:
        registries = list(_open)
    for registry in registries:
        text = registry.scrub(text)
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
