"""Records as an assistant reads them: compact and without secrets.

A JSON:API record becomes one flat mapping: ``type`` and ``id``, then the fields that identify a record (name,
organization, hostname...), then the rest in the API's order. Empty values are left out, long texts are cut
(the caller can ask for the record in full with ``get``), and nothing named like a secret survives: the
``password`` attribute, ``otp-secret``, and the traits of Password-kind flexible asset fields.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Final

from itglue_sdk.observability.redaction import REDACTED, SENSITIVE_NAMES

LEADING: Final = (
    "name",
    "title",
    "subject",
    "hostname",
    "organization-id",
    "organization-name",
    "configuration-type-name",
    "configuration-status-name",
    "primary-ip",
    "serial-number",
    "username",
    "url",
    "kind",
    "status",
    "expiration-date",
    "warranty-expires-at",
    "archived",
    "updated-at",
)
"""Attributes shown first, when a record has them: what an assistant needs to tell records apart."""

CUT_MARK: Final = " [...]"
"""Ends a text that was cut to the compact length."""


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


def _cut(value: Any, text_chars: int | None) -> Any:
    if text_chars is not None and isinstance(value, str) and len(value) > text_chars:
        return value[:text_chars] + CUT_MARK
    return value


def hide_traits(traits: Mapping[str, Any], hidden: Collection[str]) -> dict[str, Any]:
    """Replace the values of the ``hidden`` traits (Password-kind fields) by ``[REDACTED]``."""
    return {key: REDACTED if key in hidden else value for key, value in traits.items()}


def compact(
    record: Mapping[str, Any], *, text_chars: int | None = 400, hidden_traits: Collection[str] = ()
) -> dict[str, Any]:
    """Flatten a wire record for an assistant.

    Args:
        record: A JSON:API resource object (``type``, ``id``, ``attributes``...).
        text_chars: Cut texts longer than this (None: keep them whole).
        hidden_traits: Trait keys whose values are secrets (Password-kind fields of a flexible asset type).

    Returns:
        ``{"type", "id", <leading attributes>, <other attributes>}`` with empty values left out and secrets
        removed.
    """
    attributes: Mapping[str, Any] = record.get("attributes") or {}
    ordered = [name for name in LEADING if name in attributes]
    ordered += [name for name in attributes if name not in LEADING]
    flat: dict[str, Any] = {"type": record.get("type"), "id": record.get("id")}
    for name in ordered:
        value = attributes[name]
        if str(name).lower() in SENSITIVE_NAMES or _empty(value):
            continue
        if name == "traits" and isinstance(value, Mapping):
            value = hide_traits(value, hidden_traits)
        flat[name] = _cut(value, text_chars)
    return flat
