"""The shapes of the tools' results (each tool's output schema is built from these)."""

from __future__ import annotations

from typing import Any, Literal, NotRequired

# pydantic (which builds the output schemas) needs this TypedDict on Python 3.11 for nested ones.
from typing_extensions import TypedDict

Record = dict[str, Any]
"""A compact record: ``type``, ``id``, then its non-empty attributes (see `itglue_mcp._records.compact`)."""


class GetResult(TypedDict):
    """One record in full, and the records side-loaded with it."""

    record: Record
    included: list[Record]


class ListResult(TypedDict):
    """One page of a listing."""

    type: str
    page: int
    total: int | None
    records: list[Record]
    next_cursor: str | None


class SearchHit(TypedDict):
    """A record found by name."""

    resource: str
    id: int
    name: str | None
    organization_id: int | None
    organization_name: str | None
    match: str
    score: NotRequired[float]


class SearchResult(TypedDict):
    """Ranked hits, where they came from, and what the search could not cover."""

    source: Literal["mirror", "api"]
    hits: list[SearchHit]
    notes: list[str]


class QueryResult(TypedDict):
    """Rows of a read-only SQL query over the mirror."""

    columns: list[str]
    rows: list[list[Any]]
    row_count: int
    truncated: bool


class RelationshipsResult(TypedDict):
    """A record, its related items, and the records linked to it that its group side-loads."""

    record: Record
    related_items: list[Record]
    included: list[Record]


class WriteResult(TypedDict):
    """A write done (``record``), or what it would send (``request``, on a dry run)."""

    dry_run: bool
    request: NotRequired[dict[str, Any] | None]
    record: NotRequired[Record]


class ImportResult(TypedDict):
    """What an import did (or would do, on a dry run) to each document."""

    scope: str
    organization_id: int
    dry_run: bool
    totals: dict[str, int]
    requests: int
    seconds: float
    items: list[dict[str, Any]]


class RevealedPassword(TypedDict):
    """A password's value, as asked for."""

    id: int
    name: str | None
    username: str | None
    password: str | None


class MirrorResource(TypedDict):
    """One mirrored resource's freshness."""

    resource: str
    rows: int
    synced_seconds_ago: int | None
    stale: bool


class MirrorFreshness(TypedDict):
    """The mirror's state, if there is one."""

    available: bool
    path: NotRequired[str]
    resources: list[MirrorResource]


class RateLimit(TypedDict):
    """The client's rate budget now."""

    headroom: int
    capacity: int
    window_seconds: float


class HealthResult(TypedDict):
    """Whether the key works, the rate budget left, the mirror's freshness and what the server allows."""

    instance: str
    base_url: str
    key_valid: bool | None
    host_reachable: bool | None
    breaker_open: bool
    latency_ms: float | None
    rate_limit: RateLimit
    error: str | None
    mirror: MirrorFreshness
    writes_allowed: bool
    password_reveal_allowed: bool
