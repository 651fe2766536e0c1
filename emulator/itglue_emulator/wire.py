"""Wire-format helpers: name spellings, timestamps and query value parsing."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_ESCAPED_COMMA_SPLIT = re.compile(r"(?<!\\),")

WEB_APP_BASE = "https://emulator.itglue.local"
"""Host of the web-app URLs (``resource-url``) the emulator writes."""


def kebab(name: str) -> str:
    """Return the kebab-case spelling of a snake or kebab name.

    Args:
        name: A name such as ``organization_id`` or ``organization-id``.

    Returns:
        The name with underscores turned into hyphens.
    """
    return name.replace("_", "-")


def snake(name: str) -> str:
    """Return the snake_case spelling of a kebab or snake name.

    Args:
        name: A name such as ``flexible-asset-types``.

    Returns:
        The name with hyphens turned into underscores.
    """
    return name.replace("-", "_")


def pluralize(word: str) -> str:
    """Return the English plural used by IT Glue resource types.

    Args:
        word: A singular kebab word such as ``password-category``.

    Returns:
        The plural, e.g. ``password-categories``, ``configuration-statuses``.
    """
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "sh", "ch")):
        return word + "es"
    return word + "s"


def singularize(word: str) -> str:
    """Return the singular of an IT Glue plural resource type.

    Args:
        word: A plural kebab word such as ``password-categories``.

    Returns:
        The singular, e.g. ``password-category``.
    """
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "shes", "ches")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def timestamp(moment: datetime | None = None) -> str:
    """Format a moment the way IT Glue does (UTC, second precision, ``.000`` milliseconds, ``Z``).

    IT Glue stores seconds only, so its milliseconds always read ``000``.

    Args:
        moment: The moment to format; now when omitted.

    Returns:
        A string such as ``2019-06-11T23:57:04.000Z``.
    """
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_moment(text: str, *, end_of_day: bool = False) -> datetime | None:
    """Parse a filter date or timestamp (RFC 3339; time and zone may be omitted).

    Args:
        text: ``2024-09-23``, ``2024-09-23T10:00:00Z`` or ``2019-06-11T23:57:04.000Z``.
        end_of_day: For a date without time, return the last instant of that day
            (makes the upper end of a date range inclusive).

    Returns:
        An aware UTC datetime, or None when the text is not a date.
    """
    text = text.strip()
    if len(text) < 10 or text[4:5] != "-" or text[7:8] != "-":
        return None
    try:
        if len(text) == 10:
            day = datetime.fromisoformat(text).replace(tzinfo=UTC)
            return day.replace(hour=23, minute=59, second=59, microsecond=999999) if end_of_day else day
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def split_values(raw: str) -> list[str]:
    r"""Split a filter value on commas, honouring backslash-escaped commas.

    Args:
        raw: A value such as ``Kub\, Reynolds and Gibson,Acme``.

    Returns:
        The unescaped parts, stripped of surrounding blanks.
    """
    return [part.replace("\\,", ",").strip() for part in _ESCAPED_COMMA_SPLIT.split(raw)]


def parse_bool(raw: str) -> bool | None:
    """Parse a query boolean the way Rails does (``true/false/1/0``).

    Args:
        raw: The query value.

    Returns:
        The boolean, or None when the value is not a boolean spelling.
    """
    lowered = raw.strip().lower()
    if lowered in ("true", "1", "t", "yes"):
        return True
    if lowered in ("false", "0", "f", "no"):
        return False
    return None
