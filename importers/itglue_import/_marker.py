"""The source marker every imported document carries in its description, so the importer can find it again.

The marker ends the description: ``[itglue-import key=files%3Arunbooks%2Fvpn.md scope=files%3Arunbooks
sha256=<hex>|pending]``. Values are percent-encoded, so keys may hold any character. ``pending`` means an import
of the document began and did not finish; the next run completes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

PENDING = "pending"

_MARKER = re.compile(r"\[itglue-import key=(\S+) scope=(\S+) sha256=([0-9a-f]{64}|pending)\]")


@dataclass(frozen=True)
class Marker:
    """What a document's description says about its source.

    Attributes:
        key: The source item's key.
        scope: The scope of the source that made it.
        content_hash: Hash of the last complete import, or None while one is unfinished.
    """

    key: str
    scope: str
    content_hash: str | None


def describe(key: str, scope: str, content_hash: str | None) -> str:
    """The description of an imported document: a line for people, then the marker."""
    marker = f"[itglue-import key={quote(key, safe='')} scope={quote(scope, safe='')} sha256={content_hash or PENDING}]"
    return f"Imported from {key} by itglue import; edits made in IT Glue are replaced on the next import. {marker}"


def parse(description: object) -> Marker | None:
    """The marker in a document's description, or None for a document the importer did not make."""
    if not isinstance(description, str):
        return None
    found = _MARKER.search(description)
    if found is None:
        return None
    content_hash = found.group(3)
    return Marker(unquote(found.group(1)), unquote(found.group(2)), None if content_hash == PENDING else content_hash)
