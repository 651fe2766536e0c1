"""Find records in the mirror by name: `search`, which `itglue_mirror.Mirror.search` and ``itglue search`` call.

What is searched. The name of organizations, configurations, contacts (``name``, else first and last name),
passwords (metadata only: the mirror never stores a value), flexible assets and documents. Configurations are
searched by ``name`` only, not ``hostname``: the issue asks for names, the emulator's hostnames are the names in
lower case, and a second column would double the scan of the largest table (look hostnames up with
``itglue mirror query``). Archived records are found too; search is for finding things.

Ranking. Matching ignores case. A result is an ``exact`` match (the whole name), a ``prefix`` (the name starts
with the text), ``contains`` (the text is inside the name), or ``similar``: one typo away (one character left
out, added, replaced, or two neighbours swapped) from the start of a word of the name, so ``recepton`` finds
"Reception PC" and ``mifflni`` finds "Dunder Mifflin". Results come in that order; within a kind, higher
``score`` first, then shorter names, then name, resource and id. ``score`` is 1.0 for exact matches, between
0.75 and 1 for prefixes and between 0.5 and 0.75 for contained text (the more of the name the text covers, the
higher), and at most 0.5 for similar names (half their Jaro-Winkler similarity to the text).

Cost. The text is a bound parameter, always: ``%`` and ``_`` in it match themselves. Exact, prefix and
contained matches take one ``ILIKE`` pass over each table's names. Similar names are looked for only when those
found fewer than ``limit`` results and the text has `SIMILAR_MIN_LENGTH` to `SIMILAR_MAX_LENGTH` characters:
every string one edit from the text is written into one regular expression, anchored at word starts, and a
cheap ``ILIKE`` prefilter runs first. Every one-edit variant keeps one of two fixed pieces of the text intact
(the first half less its last character, or the second half less its first), so rows holding neither piece
cannot match and are dropped before the regular expression runs.

```python
from itglue_mirror import Mirror

Mirror("production").search("acme", resources=["organizations", "configurations"], limit=10)
```
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import polars as pl

SEARCHED: Final[Mapping[str, str]] = {
    "organizations": "name",
    "configurations": "name",
    "contacts": "coalesce(name, nullif(concat_ws(' ', first_name, last_name), ''))",
    "passwords": "name",
    "flexible_assets": "name",
    "documents": "name",
}
"""Resource -> the SQL expression of the name it is found by (fixed text: nothing in it comes from a caller)."""

MATCHES: Final = ("exact", "prefix", "contains", "similar")
"""The kinds of match, best first."""

RESULT_SCHEMA: Final[Mapping[str, pl.DataType]] = {
    "resource": pl.String(),
    "id": pl.Int64(),
    "name": pl.String(),
    "organization_id": pl.Int64(),
    "organization_name": pl.String(),
    "match": pl.String(),
    "score": pl.Float64(),
}
"""The columns of a search result, in order."""

SIMILAR_MIN_LENGTH: Final = 4
"""Shorter texts are one edit away from too much (``ws0`` from every ``ws1``...) to look for similar names."""

SIMILAR_MAX_LENGTH: Final = 40
"""Longer texts are not looked up by similarity (the regular expression grows with the text)."""

Runner = Callable[[str, Sequence[Any]], pl.DataFrame]
"""Runs one read-only query with bound parameters (`itglue_mirror.Mirror.sql`)."""

_ORGANIZATION: Final[Mapping[str, tuple[str, str]]] = {
    # resource -> (its organization id, the organization name the record carries)
    "organizations": ("id", "name"),
}
_DEFAULT_ORGANIZATION: Final = ("organization_id", "organization_name")


class SearchTextError(ValueError):
    """The text to search for is empty (or only blanks)."""


def searched_resources(resources: Iterable[str] | None = None) -> tuple[str, ...]:
    """The resources a search covers.

    Args:
        resources: Names of `SEARCHED` (``flexible-assets`` is taken for ``flexible_assets``); None for all.

    Returns:
        The names, in `SEARCHED`'s order, each once.

    Raises:
        KeyError: A name is not searchable; the message lists the ones that are.
    """
    if resources is None:
        return tuple(SEARCHED)
    wanted = {name.replace("-", "_") for name in resources}
    unknown = sorted(wanted - set(SEARCHED))
    if unknown:
        raise KeyError(f"cannot search {', '.join(map(repr, unknown))}; searchable: {', '.join(SEARCHED)}")
    if not wanted:
        raise KeyError(f"no resource to search; searchable: {', '.join(SEARCHED)}")
    return tuple(name for name in SEARCHED if name in wanted)


def _regex_literal(char: str) -> str:
    # Letters and digits of any script stand for themselves; everything else by code point, so no character of
    # the user's text can act as regular expression syntax.
    return char if char.isalnum() else f"\\x{{{ord(char):x}}}"


def one_edit_pattern(text: str) -> str:
    """A case-insensitive RE2 pattern matching, at a word start, every string one edit away from ``text``.

    An edit is one character deleted, replaced or inserted, or two neighbours swapped.

    Args:
        text: The searched text.

    Returns:
        The pattern.
    """
    chars = [_regex_literal(char) for char in text]
    variants: set[str] = set()
    for i in range(len(chars)):
        variants.add("".join(chars[:i] + chars[i + 1 :]))
        variants.add("".join([*chars[:i], ".", *chars[i + 1 :]]))
    for i in range(len(chars) + 1):
        variants.add("".join([*chars[:i], ".", *chars[i:]]))
    for i in range(len(chars) - 1):
        variants.add("".join([*chars[:i], chars[i + 1], chars[i], *chars[i + 2 :]]))
    variants.discard("")
    return "(?i)(?:^|[^\\pL\\pN])(?:" + "|".join(sorted(variants)) + ")"


def intact_pieces(text: str) -> tuple[str, str]:
    """Two pieces of ``text`` such that every string one edit away from it contains one of them.

    The first half less its last character and the second half less its first: an edit inside one half leaves
    the other whole, and swapping the two characters around the middle leaves both pieces whole.
    """
    half = len(text) // 2
    return text[: half - 1], text[half + 1 :]


def _union(resources: Sequence[str], where: str) -> str:
    selects = []
    for resource in resources:
        name = SEARCHED[resource]
        organization_id, organization_name = _ORGANIZATION.get(resource, _DEFAULT_ORGANIZATION)
        # Names come from SEARCHED and _ORGANIZATION, never from a caller (S608).
        selects.append(
            f"SELECT * FROM (SELECT '{resource}' AS resource, id, {name} AS name, lower({name}) AS k,"  # noqa: S608
            f" {organization_id} AS organization_id, {organization_name} AS record_organization_name"
            f' FROM "{resource}") WHERE {where}'
        )
    return "\n    UNION ALL ".join(selects)


_RESULT = """
SELECT s.resource, s.id, s.name, s.organization_id,
       coalesce(o.name, s.record_organization_name) AS organization_name, s.match, s.score
FROM (SELECT * FROM scored ORDER BY rank, score DESC, length(name), name, resource, id LIMIT $limit) s
LEFT JOIN organizations o ON o.id = s.organization_id
ORDER BY s.rank, s.score DESC, length(s.name), s.name, s.resource, s.id
"""


_DIRECT = """
WITH hits AS (
    {hits}
), scored AS (
    SELECT *,
        CASE WHEN k = lower($text) THEN 0 WHEN starts_with(k, lower($text)) THEN 1 ELSE 2 END AS rank,
        CASE WHEN k = lower($text) THEN 'exact' WHEN starts_with(k, lower($text)) THEN 'prefix' ELSE 'contains' END
            AS match,
        CAST(CASE WHEN k = lower($text) THEN 1.0
                  WHEN starts_with(k, lower($text)) THEN 0.75 + 0.25 * length($text) / length(name)
                  ELSE 0.5 + 0.25 * length($text) / length(name) END AS DOUBLE) AS score
    FROM hits
)
{result}"""

_SIMILAR = """
WITH hits AS (
    {hits}
), scored AS (
    SELECT *, 3 AS rank, 'similar' AS match,
        CAST(0.5 * jaro_winkler_similarity(k, lower($text)) AS DOUBLE) AS score
    FROM hits
)
{result}"""


def direct_query(text: str, resources: Sequence[str], limit: int) -> tuple[str, dict[str, Any]]:
    """The query for exact, prefix and contained matches, and its parameters.

    Args:
        text: The searched text (not blank).
        resources: Resources to search (see `searched_resources`).
        limit: Most rows.

    Returns:
        SQL and its named parameters.
    """
    hits = _union(resources, "contains(k, lower($text))")
    sql = _DIRECT.format(hits=hits, result=_RESULT)
    return sql, {"text": text, "limit": limit}


def similar_query(text: str, resources: Sequence[str], limit: int) -> tuple[str, dict[str, Any]]:
    """The query for names one typo away from ``text`` (and not containing it), and its parameters.

    Args:
        text: The searched text, `SIMILAR_MIN_LENGTH` to `SIMILAR_MAX_LENGTH` characters.
        resources: Resources to search.
        limit: Most rows.

    Returns:
        SQL and its named parameters.
    """
    parameters: dict[str, Any] = {"text": text, "pattern": one_edit_pattern(text), "limit": limit}
    condition = "regexp_matches(name, $pattern) AND NOT contains(k, lower($text))"
    first, second = intact_pieces(text)
    if min(len(first), len(second)) >= 2:
        # Single characters would keep nearly every row; then the regular expression alone decides.
        parameters |= {"first": first, "second": second}
        condition = "(contains(k, lower($first)) OR contains(k, lower($second))) AND " + condition
    sql = _SIMILAR.format(hits=_union(resources, condition), result=_RESULT)
    return sql, parameters


def search(run: Runner, text: str, *, resources: Iterable[str] | None = None, limit: int = 20) -> pl.DataFrame:
    """Find records by name, best matches first (see the module's docstring for the ranking).

    Args:
        run: Runs a read-only query with parameters (`itglue_mirror.Mirror.sql`).
        text: What to look for; blanks around it are ignored.
        resources: Only these resources (default: all of `SEARCHED`).
        limit: Most rows to return.

    Returns:
        Columns `RESULT_SCHEMA`: resource, id, name, organization_id, organization_name, match, score.

    Raises:
        SearchTextError: ``text`` is blank.
        KeyError: A resource is not searchable.
        ValueError: ``limit`` is below 1.
    """
    wanted = text.strip()
    if not wanted:
        raise SearchTextError("nothing to search for: the text is empty")
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    covered = searched_resources(resources)
    found = _typed(run(*_positional(*direct_query(wanted, covered, limit))))
    if found.height >= limit or not SIMILAR_MIN_LENGTH <= len(wanted) <= SIMILAR_MAX_LENGTH:
        return found
    similar = _typed(run(*_positional(*similar_query(wanted, covered, limit - found.height))))
    return pl.concat([found, similar])


def _positional(sql: str, parameters: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """Turn ``$name`` parameters into DuckDB's numbered ``$1`` ones (`Mirror.sql` binds a sequence)."""
    order = list(parameters)
    numbered = re.sub(r"\$([a-z]+)", lambda found: f"${order.index(found[1]) + 1}", sql)
    return numbered, [parameters[name] for name in order]


def _typed(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select(pl.col(column).cast(dtype) for column, dtype in RESULT_SCHEMA.items())
