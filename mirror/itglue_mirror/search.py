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

Cost. The text is a bound parameter, always: ``%`` and ``_`` in it match themselves. The searched names are kept
lower-cased in `NAMES_TABLE`, sorted by resource and that key, with `GRAMS_TABLE` beside them: every three
characters of every name (hashed), sorted, with `COUNTS_TABLE` saying how many names hold each. A name holding
the text holds each of its pieces, so a text of `GRAM_LENGTH` characters or more is looked for among the names
holding its two rarest pieces only, found from a row group or two; a name similar to it (`SIMILAR_MIN_LENGTH`
to `SIMILAR_MAX_LENGTH` characters) has a one-edit variant of the text at a word start, which keeps all of the
text's pieces but `LOST` (so one of its `LOST` + 1 rarest) and one of its halves (`intact_pieces`). One query then
joins those candidates to their names: the text decides which contain it and one regular expression, every
string one edit from the text anchored at word starts, which are similar. When exact and prefix matches fill the
limit (the first query counts them), a range of the sorted names gives them instead.

What the piece table cannot serve is searched by passes over the names (so is a file without it, until it is
migrated): texts of one or two characters, and short texts whose similar names the piece table cannot narrow.
There, exact and prefix matches come first from a range of the sorted names; then one pass finds contained text
and similar names. For those, the mirror keeps `WORDS_TABLE`, the distinct lower-cased words of every searched
name, and `KEYS_TABLE`, each word under a few three-character keys (`word_keys`). When the text starts with a word
of `SIMILAR_MIN_LENGTH` characters or more, the words sharing a key with it are the only candidates for a close
spelling of it; the regular expression runs on those (`close_pieces_query`) and yields a few lower-cased pieces,
at least one of which every similar name contains, or none, when no name can be similar. A short text looks its
candidates up by those pieces in the piece table when they are long enough; the pass runs the regular expression
only on the names holding a piece, or, when the words give too many pieces, on those holding a half of the text.
Every table is added to by the sync and by writes through the mirror (`refresh_words`, `add_words`).

```python
from itglue_mirror import Mirror

Mirror("production").search("acme", resources=["organizations", "configurations"], limit=10)
```
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import duckdb
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

WORDS_TABLE: Final = "_search_words"
"""The table of distinct lower-cased words of the searched names, in the mirror file (`refresh_words`)."""

KEYS_TABLE: Final = "_search_keys"
"""Each word of `WORDS_TABLE` under its `KEY_LENGTH`-character keys (`word_keys`), sorted by key: the words that
start with a one-edit variant of a text are among those sharing a key with it, found without reading every word."""

MAX_PIECES: Final = 4
"""Beyond this many pieces, looking for them in every name costs more than the prefilter of `intact_pieces`."""

GRAMS_TABLE: Final = "_search_grams"
"""Every `GRAM_LENGTH`-character piece of every name of `NAMES_TABLE` (hashed to an integer, ``g``) beside the
name's ``ref``, sorted by ``g``: a name holding a text holds each of its pieces, so the names holding the text's
two rarest pieces are the only candidates, found from a row group or two instead of a pass over every name."""

COUNTS_TABLE: Final = "_search_gram_counts"
"""How many rows of `GRAMS_TABLE` hold each piece (``g``, ``n``; a piece added since the last rebuild has a row per
batch, summed when read): which pieces of a text are rarest, known without reading their rows."""

GRAM_LENGTH: Final = 3
"""Texts (and pieces) of fewer characters have no piece to look up: they are searched by a pass over the names."""

MAX_INDEXED_PIECES: Final = 8
"""Beyond this many pieces of close words (of a text too short for `intact_pieces`), the pass over the names."""

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


_WORD_SEPARATORS: Final = r"[^\pL\pN]+"
"""What splits a name into words: anything but letters and digits, as at the word starts of `one_edit_pattern`."""


def _words_of(resources: Iterable[str], database: str | None = None) -> str:
    """A SELECT of the distinct lower-cased words of the resources' names (in ``database``, else the file's)."""
    prefix = f'"{database}".' if database else ""
    # Names come from SEARCHED and the database name from our caller, never from a user (S608).
    splits = " UNION ALL ".join(
        f"SELECT unnest(string_split_regex(lower({SEARCHED[resource]}), '{_WORD_SEPARATORS}')) AS word"  # noqa: S608
        f' FROM {prefix}"{resource}"'
        for resource in resources
    )
    return f"SELECT DISTINCT word FROM ({splits}) WHERE word <> ''"  # noqa: S608


def word_keys(word: str) -> str:
    """The SQL list of the keys of the lower-cased word ``word`` (an SQL expression), as `KEYS_TABLE` holds them.

    A word ``w`` is kept under ``w[:3]`` and under ``(w with character i left out)[:3]`` for i = 0, 1, 2. If ``w``
    starts with a string one edit away from a word ``q`` of four characters or more, the two share a key: an edit
    from the fourth character on leaves ``w[:3] == q[:3]``; one in the first three leaves the first three
    characters equal once the edited character is left out of one or both (a swap of the third and fourth: ``w[:3]``
    is ``q`` less its third character). So looking up ``q``'s four keys finds every such word, and few others.
    """
    return (
        f"[left({word}, 3), substr({word}, 2, 3), left({word}, 1) || substr({word}, 3, 2),"
        f" left({word}, 2) || substr({word}, 4, 1)]"
    )


# Not DISTINCT: a word whose keys coincide (``aaaa``) is kept under one key more than once, which only repeats a
# piece the close-pieces query keeps once, while making the keys distinct took a quarter of the table's rebuild.
_KEYS_OF = f"SELECT key, word FROM (SELECT word, unnest({word_keys('word')}) AS key FROM {{words}})"  # noqa: S608


def _present(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(
        con.execute(
            "SELECT 1 FROM duckdb_tables() WHERE database_name = current_database()"
            " AND schema_name = 'main' AND table_name = ?",
            [table],
        ).fetchall()
    )


def _gram(text: str, position: str) -> str:
    """The SQL of the hashed piece of ``text`` (an SQL string) at ``position``, as `GRAMS_TABLE` holds it."""
    # A hash, not the piece itself: integers sort and compare faster, and a collision only adds candidates,
    # which the text itself then rules out.
    return f"CAST(hash(substr({text}, {position}, {GRAM_LENGTH})) >> 33 AS INTEGER)"


def _grams_of(where: str) -> str:
    """A SELECT of the pieces (``g``, ``ref``) of the names of `NAMES_TABLE` the condition ``where`` keeps."""
    # The condition is ours (a fixed text with placeholders), never a caller's (S608).
    return (
        f"SELECT {_gram('k', 'i')} AS g, ref FROM (SELECT ref, k, unnest(range(1, length(k) - {GRAM_LENGTH - 2}))"  # noqa: S608
        f" AS i FROM {NAMES_TABLE} WHERE {where}) ORDER BY g"
    )


def _add_grams(con: duckdb.DuckDBPyConnection, where: str, parameters: Sequence[Any]) -> None:
    """Add the pieces of some names to `GRAMS_TABLE`, sorted among themselves.

    Pieces of a name's earlier spelling, or of a deleted record, stay until the next rebuild: they only add a
    candidate that the text itself rules out (or that no longer joins a name). A batch is sorted, so a large
    one keeps its row groups narrow; a small one is a row group of its own, read at every look-up (a fraction
    of a millisecond).
    """
    con.execute(f"CREATE OR REPLACE TEMP TABLE _new_grams AS {_grams_of(where)}", list(parameters))
    con.execute(f"INSERT INTO {GRAMS_TABLE} SELECT g, ref FROM _new_grams")  # noqa: S608 - our tables
    con.execute(f"INSERT INTO {COUNTS_TABLE} SELECT g, count(*) FROM _new_grams GROUP BY g ORDER BY g")  # noqa: S608
    con.execute("DROP TABLE _new_grams")


def _rebuild_grams(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild `GRAMS_TABLE` and `COUNTS_TABLE` from every name of `NAMES_TABLE`."""
    con.execute(f"CREATE OR REPLACE TABLE {GRAMS_TABLE} AS {_grams_of('true')}")
    con.execute(
        f"CREATE OR REPLACE TABLE {COUNTS_TABLE} AS SELECT g, count(*) AS n FROM {GRAMS_TABLE} GROUP BY g ORDER BY g"  # noqa: S608
    )


def refresh_words(
    con: duckdb.DuckDBPyConnection, *, staged: Iterable[str] | None = None, staged_database: str = "staged"
) -> None:
    """Rebuild `WORDS_TABLE`, `KEYS_TABLE` and `GRAMS_TABLE`, or add what the rows a sync applies bring.

    Runs inside the caller's transaction, if one is open, after `NAMES_TABLE` is current. Words no name has any
    more may stay after an added batch: they only cost `search` a look at the names holding them, and the next
    rebuild drops them (so do pieces, see `_add_grams`). A rebuild sorts the tables (by word, key, piece), so
    their look-ups read a row group or two.

    Args:
        con: A writable connection to the mirror file.
        staged: Resources (any names; the searched ones count) whose new and changed rows are in the attached
            ``staged_database``: their words and pieces are added (the pieces are rebuilt instead when those rows
            are a quarter of the names or more: a full sync's). None rebuilds the tables from every searched
            table, as does a file that lacks one of them.
        staged_database: The database ``staged`` names are read from.
    """
    tables = (WORDS_TABLE, KEYS_TABLE, GRAMS_TABLE, COUNTS_TABLE)
    if staged is None or not all(_present(con, table) for table in tables):
        con.execute(f"CREATE OR REPLACE TABLE {WORDS_TABLE} AS {_words_of(SEARCHED)} ORDER BY word")
        con.execute(f"CREATE OR REPLACE TABLE {KEYS_TABLE} AS {_KEYS_OF.format(words=WORDS_TABLE)} ORDER BY key")
        _rebuild_grams(con)
        return
    wanted = set(staged)
    changed = [resource for resource in SEARCHED if resource in wanted]
    if not changed:
        return
    _add_new_words(con, f"SELECT word FROM ({_words_of(changed, staged_database)})", [])  # noqa: S608
    # The resource names come from SEARCHED and the database name from our caller (S608).
    staged_rows = " OR ".join(
        f'(resource = \'{resource}\' AND id IN (SELECT id FROM "{staged_database}"."{resource}"))'  # noqa: S608
        for resource in changed
    )
    counted = con.execute(
        f"SELECT (SELECT count(*) FROM {NAMES_TABLE} WHERE {staged_rows}), (SELECT count(*) FROM {NAMES_TABLE})"  # noqa: S608
    ).fetchall()
    added, names = counted[0]
    if added * 4 >= names:
        _rebuild_grams(con)
    elif added:
        _add_grams(con, staged_rows, [])


def _add_new_words(con: duckdb.DuckDBPyConnection, words: str, parameters: Sequence[Any]) -> None:
    """Add to `WORDS_TABLE` the words of the query ``words`` it lacks, and their keys to `KEYS_TABLE`."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _new_words AS SELECT DISTINCT word FROM ({words})"  # noqa: S608 - our SQL
        f" WHERE word <> '' AND word NOT IN (SELECT word FROM {WORDS_TABLE})",
        list(parameters),
    )
    con.execute(f"INSERT INTO {WORDS_TABLE} SELECT word FROM _new_words")  # noqa: S608 - our table
    con.execute(f"INSERT INTO {KEYS_TABLE} {_KEYS_OF.format(words='_new_words')}")
    con.execute("DROP TABLE _new_words")


def add_words(con: duckdb.DuckDBPyConnection, resource: str, ids: Sequence[int]) -> None:
    """Add what some records' names bring to `WORDS_TABLE`, `KEYS_TABLE` and `GRAMS_TABLE` (a client's write).

    Called after `NAMES_TABLE` has the records' new rows.

    Args:
        con: A writable connection, inside the write's transaction.
        resource: The written resource (nothing happens for one that is not searched).
        ids: The written records.
    """
    if resource not in SEARCHED or not ids:
        return
    name = SEARCHED[resource]
    # The name expression and table come from SEARCHED, never from a caller (S608).
    _add_new_words(
        con,
        f"SELECT unnest(string_split_regex(lower({name}), '{_WORD_SEPARATORS}')) AS word"  # noqa: S608
        f' FROM "{resource}" WHERE id IN (SELECT unnest(?::BIGINT[]))',
        [list(ids)],
    )
    _add_grams(con, "resource = ? AND id IN (SELECT unnest(?::BIGINT[]))", [resource, list(ids)])


def _regex_literal(char: str) -> str:
    # Letters and digits of any script stand for themselves; everything else by code point, so no character of
    # the user's text can act as regular expression syntax.
    return char if char.isalnum() else f"\\x{{{ord(char):x}}}"


def _one_edit_variants(text: str) -> str:
    """The alternation of every string one edit from ``text``, as RE2 syntax (``.`` for any character)."""
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
    return "|".join(sorted(variants))


def one_edit_pattern(text: str) -> str:
    """A case-insensitive RE2 pattern matching, at a word start, every string one edit away from ``text``.

    An edit is one character deleted, replaced or inserted, or two neighbours swapped.

    Args:
        text: The searched text.

    Returns:
        The pattern.
    """
    return "(?i)(?:^|[^\\pL\\pN])(?:" + _one_edit_variants(text) + ")"


def intact_pieces(text: str) -> tuple[str, str]:
    """Two pieces of ``text`` such that every string one edit away from it contains one of them.

    The first half less its last character and the second half less its first: an edit inside one half leaves
    the other whole, and swapping the two characters around the middle leaves both pieces whole.
    """
    half = len(text) // 2
    return text[: half - 1], text[half + 1 :]


def leading_word(text: str) -> str:
    """The letters and digits ``text`` starts with (case kept), up to its first other character."""
    end = next((i for i, char in enumerate(text) if not char.isalnum()), len(text))
    return text[:end]


_CLOSE_PIECES = f"""
WITH near AS (
    -- A word that starts with a one-edit variant of the leading word: that start is in every name holding it.
    -- Such words share a key with the leading word (`word_keys`), and every variant keeps one of two pieces of
    -- the word whole (`intact_pieces`): cheap filters before the RE.
    SELECT regexp_extract(word, $near) AS piece FROM {KEYS_TABLE}
    WHERE key IN (SELECT unnest({word_keys("lower($word)")}))
      AND CASE WHEN contains(word, $first) OR contains(word, $second) THEN regexp_matches(word, $near) END
), splits AS (
    -- The typo a separator inside the leading word: the whole word before it (j characters), then a word
    -- starting with the rest (from the replaced character's successor, or from the character itself).
    SELECT j, lower(substr($word, 1, j)) AS head, lower(substr($word, j + 1 + skip)) AS tail
    FROM range(1, length($word) - 1) AS a(j), (VALUES (0), (1)) AS b(skip)
), split AS (
    SELECT CASE WHEN j >= length(tail) THEN head ELSE tail END AS piece FROM splits
    -- The words equal to a head, found by probing the few heads: hashing a million words would cost more.
    WHERE head IN (SELECT word FROM {WORDS_TABLE} WHERE word IN (SELECT unnest($heads)))
      -- A word starting with the tail is under the tail's first three characters in the key table: a join on
      -- the key reads a row group or two, where starts_with alone would compare every word with every tail.
      -- A shorter tail is kept unchecked (nearly every such start is some word's).
      AND (length(tail) < 3
           OR EXISTS (SELECT 1 FROM {KEYS_TABLE} WHERE key = left(tail, 3) AND starts_with(word, tail)))
), intact AS (
    -- Text beyond the leading word, the typo there: the name holds the leading word itself.
    SELECT lower($word) AS piece WHERE length($word) < length($text)
      AND EXISTS (SELECT 1 FROM {WORDS_TABLE} WHERE starts_with(word, lower($word)))
)
SELECT DISTINCT piece FROM (FROM near UNION ALL FROM split UNION ALL FROM intact)
WHERE NOT contains(piece, lower($text))
ORDER BY piece
"""  # noqa: S608 - the table name is ours


def close_pieces_query(text: str) -> tuple[str, dict[str, Any]]:
    """The query, on `WORDS_TABLE`, of the pieces one of which every name similar to ``text`` contains.

    Every one-edit match at a word start either leaves the text's leading word whole (when the text goes on
    beyond it) or puts a one-edit variant of it at the start of a word, or, when the edit is a separator, splits
    it into a whole word and the start of the next one. Each case leaves a piece of a word of the name in the
    table; the regular expression over the names then decides. Pieces holding the text are left out: names with
    them contain the text, so they are not similar but better matches.

    Args:
        text: The searched text; its `leading_word` has `SIMILAR_MIN_LENGTH` characters or more.

    Returns:
        SQL (one column, ``piece``, lower-cased) and its named parameters.
    """
    word = leading_word(text)
    first, second = intact_pieces(word.lower())
    heads = [word[:j].lower() for j in range(1, len(word) - 1)]
    # Pieces of one character are in nearly every word: then the filter passes everything, as it must.
    return _CLOSE_PIECES, {
        "near": "(?i)^(?:" + _one_edit_variants(word) + ")",
        "word": word,
        "text": text,
        "first": first if len(first) >= 2 else "",
        "second": second if len(second) >= 2 else "",
        "heads": heads,
    }


REF_SHIFT: Final = 56
"""A name's ``ref`` is its record's id plus its resource's place in `SEARCHED` shifted this far: one integer to
join on, whose values for one resource form a range (the names are sorted by resource first, so a resource's
candidates are read from its row groups only)."""

NAMES_TABLE: Final = "_search_names"
"""The searched names, lower-cased once per change rather than once per search (an answer table, kept like the
others by `itglue_mirror.derived`)."""


def names_select() -> str:
    """The query `NAMES_TABLE` holds: every searched record's name, lower-cased, with its organization."""
    selects = []
    for code, (resource, name) in enumerate(SEARCHED.items()):
        organization_id, organization_name = _ORGANIZATION.get(resource, _DEFAULT_ORGANIZATION)
        # Names come from SEARCHED and _ORGANIZATION, never from a caller (S608).
        selects.append(
            f"SELECT '{resource}' AS resource, id, {name} AS name, lower({name}) AS k,"  # noqa: S608
            f" {organization_id} AS organization_id, {organization_name} AS record_organization_name,"
            f' id + {code << REF_SHIFT} AS ref FROM "{resource}"'
        )
    return "\n    UNION ALL ".join(selects)


def _union(resources: Sequence[str], where: str) -> str:
    chosen = "" if len(resources) == len(SEARCHED) else f"resource IN ({', '.join(map(repr, resources))}) AND "
    # The resource names come from SEARCHED (searched_resources checked them), never from a caller (S608).
    return f"SELECT * FROM {NAMES_TABLE} WHERE {chosen}({where})"  # noqa: S608


_RESULT = """
SELECT s.resource, s.id, s.name, s.organization_id,
       coalesce(o.name, s.record_organization_name) AS organization_name, s.match, s.score
FROM (SELECT * FROM scored ORDER BY rank, score DESC, length(name), name, resource, id LIMIT $limit) s
LEFT JOIN organizations o ON o.id = s.organization_id
ORDER BY s.rank, s.score DESC, length(s.name), s.name, s.resource, s.id
"""


_SCORED_DIRECT = """
    SELECT *,
        CASE WHEN k = lower($text) THEN 0 WHEN starts_with(k, lower($text)) THEN 1 ELSE 2 END AS rank,
        CASE WHEN k = lower($text) THEN 'exact' WHEN starts_with(k, lower($text)) THEN 'prefix' ELSE 'contains' END
            AS match,
        CAST(CASE WHEN k = lower($text) THEN 1.0
                  WHEN starts_with(k, lower($text)) THEN 0.75 + 0.25 * length($text) / length(name)
                  ELSE 0.5 + 0.25 * length($text) / length(name) END AS DOUBLE) AS score
    FROM {source}"""

_SCORED_SIMILAR = """
    SELECT *, 3 AS rank, 'similar' AS match,
        CAST(0.5 * jaro_winkler_similarity(k, lower($text)) AS DOUBLE) AS score
    FROM {source}"""

_DIRECT = f"""
WITH hits AS (
    {{hits}}
), scored AS ({_SCORED_DIRECT.format(source="hits")}
)
{{result}}"""

_SIMILAR = f"""
WITH hits AS (
    {{hits}}
), scored AS ({_SCORED_SIMILAR.format(source="hits")}
)
{{result}}"""

_SCORED_ANY = """
    SELECT *,
        CASE WHEN k = lower($text) THEN 0 WHEN starts_with(k, lower($text)) THEN 1
             WHEN contains(k, lower($text)) THEN 2 ELSE 3 END AS rank,
        CASE WHEN k = lower($text) THEN 'exact' WHEN starts_with(k, lower($text)) THEN 'prefix'
             WHEN contains(k, lower($text)) THEN 'contains' ELSE 'similar' END AS match,
        CAST(CASE WHEN k = lower($text) THEN 1.0
                  WHEN starts_with(k, lower($text)) THEN 0.75 + 0.25 * length($text) / length(name)
                  WHEN contains(k, lower($text)) THEN 0.5 + 0.25 * length($text) / length(name)
                  ELSE 0.5 * jaro_winkler_similarity(k, lower($text)) END AS DOUBLE) AS score
    FROM {source}"""

_ANY = f"""
WITH hits AS (
    {{hits}}
), scored AS ({_SCORED_ANY.format(source="hits")}
)
{{result}}"""

# One pass over the names for every kind of match: the regular expression runs on the rows holding a piece. The
# best matches come first whatever the pass finds, so its first `limit` rows are the direct matches' and, if
# they leave room, the similar ones' (what a pass for each would give, for the cost of one).


def prefix_query(text: str, resources: Sequence[str], limit: int) -> tuple[str, dict[str, Any]]:
    """The query for exact and prefix matches only: a range of the names sorted by lower-cased name.

    `NAMES_TABLE` is sorted by ``k``, so DuckDB turns ``starts_with`` into a range and reads only the row groups
    the range touches (a few milliseconds, not a pass over every name). When it fills the limit, no contained or
    similar name can rank among the results.

    Args:
        text: The searched text (not blank).
        resources: Resources to search.
        limit: Most rows.

    Returns:
        SQL and its named parameters.
    """
    hits = _union(resources, "starts_with(k, lower($text))")
    return _DIRECT.format(hits=hits, result=_RESULT), {"text": text, "limit": limit}


def any_query(
    text: str, pieces: Sequence[str] | None, resources: Sequence[str], limit: int
) -> tuple[str, dict[str, Any]]:
    """One pass for exact, prefix, contained and similar names together.

    Args:
        text: The searched text, `SIMILAR_MIN_LENGTH` to `SIMILAR_MAX_LENGTH` characters.
        pieces: What `pieces_query` takes, or None for `similar_query`'s prefilter.
        resources: Resources to search.
        limit: Most rows.

    Returns:
        SQL and its named parameters.
    """
    condition, parameters = _similar_condition(text, pieces)
    hits = _union(resources, f"contains(k, lower($text)) OR ({condition})")
    return _ANY.format(hits=hits, result=_RESULT), parameters | {"limit": limit}


def _similar_condition(text: str, pieces: Sequence[str] | None) -> tuple[str, dict[str, Any]]:
    """The condition that a name is similar to ``text`` (and does not contain it), and its parameters."""
    parameters: dict[str, Any] = {"text": text, "pattern": one_edit_pattern(text)}
    if pieces is not None:
        parameters |= {f"piece{number}": piece for number, piece in enumerate(pieces)}
        holding = " OR ".join(f"contains(k, $piece{number})" for number in range(len(pieces)))
        # CASE, because DuckDB would otherwise run the regular expression on every name, not just those the cheap
        # tests keep (measured: 114 ms against 51 on a million configurations).
        return f"CASE WHEN ({holding}) AND NOT contains(k, lower($text)) THEN regexp_matches(name, $pattern) END", (
            parameters
        )
    condition = "regexp_matches(name, $pattern) AND NOT contains(k, lower($text))"
    first, second = intact_pieces(text)
    if min(len(first), len(second)) >= 2:
        # Single characters would keep nearly every row; then the regular expression alone decides.
        parameters |= {"first": first, "second": second}
        condition = f"CASE WHEN contains(k, lower($first)) OR contains(k, lower($second)) THEN {condition} END"
    return condition, parameters


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
    condition, parameters = _similar_condition(text, None)
    return _SIMILAR.format(hits=_union(resources, condition), result=_RESULT), parameters | {"limit": limit}


def pieces_query(text: str, pieces: Sequence[str], resources: Sequence[str], limit: int) -> tuple[str, dict[str, Any]]:
    """The query for names one typo away from ``text``, among the names holding one of ``pieces``.

    It returns what `similar_query` would, looking at far fewer names: those holding a piece of a close word.

    Args:
        text: The searched text, `SIMILAR_MIN_LENGTH` to `SIMILAR_MAX_LENGTH` characters.
        pieces: Lower-cased letters and digits one of which every similar name holds (`close_pieces_query`).
        resources: Resources to search.
        limit: Most rows.

    Returns:
        SQL and its named parameters.
    """
    condition, parameters = _similar_condition(text, pieces)
    return _SIMILAR.format(hits=_union(resources, condition), result=_RESULT), parameters | {"limit": limit}


_GRAM_COUNTS = f"""
WITH texts AS (
    SELECT number, lower(text) AS text FROM (SELECT unnest($texts) AS text, generate_subscripts($texts, 1) AS number)
), wanted AS (
    SELECT DISTINCT number, {_gram("text", "i")} AS g
    FROM (SELECT number, text, unnest(range(1, length(text) - {GRAM_LENGTH - 2})) AS i FROM texts)
)
SELECT w.number, w.g, coalesce(sum(c.n), 0) AS names FROM wanted w LEFT JOIN {COUNTS_TABLE} c ON c.g = w.g
GROUP BY w.number, w.g
{{prefixed}}
ORDER BY number, names, g
"""  # noqa: S608 - the table name is ours
"""Per text (numbered from 1), its pieces and how many rows of `GRAMS_TABLE` hold each; with ``prefixed``, first a
row numbered 0 of how many names (up to the limit) start with the text."""

_PREFIXED = """UNION ALL SELECT 0, NULL, count(*) FROM (
    SELECT 1 FROM {names} WHERE {chosen}starts_with(k, lower($text)) LIMIT $limit
)"""


Holder = tuple[tuple[int, ...], bool]
"""Hashed pieces (``g`` of `GRAMS_TABLE`) and whether a candidate name holds every one of them (the rarest pieces
of a text it holds) or any one (`_pigeonhole`)."""

LOST: Final = 4
"""The most pieces of a text one edit changes: swapping two neighbours touches the four pieces holding either."""


def _counts(
    run: Runner, texts: Sequence[str], prefixed: tuple[Sequence[str], int] | None = None
) -> tuple[list[list[tuple[int, int]]], int]:
    """Per text (`GRAM_LENGTH` characters or more), its distinct pieces and the rows holding each, rarest first.

    With ``prefixed`` (resources and a limit), also how many names of those resources, up to the limit, start
    with the first text (else 0).
    """
    parameters: dict[str, Any] = {"texts": list(texts)}
    extra = ""
    if prefixed is not None:
        resources, limit = prefixed
        chosen = "" if len(resources) == len(SEARCHED) else f"resource IN ({', '.join(map(repr, resources))}) AND "
        extra = _PREFIXED.format(names=NAMES_TABLE, chosen=chosen)
        parameters |= {"text": texts[0], "limit": limit}
    counts: list[list[tuple[int, int]]] = [[] for _ in texts]
    started = 0
    for number, gram, names in run(*_positional(_GRAM_COUNTS.format(prefixed=extra), parameters)).iter_rows():
        if number == 0:
            started = int(names)
        else:
            counts[number - 1].append((int(gram), int(names)))
    return counts, started


def _every(counts: Sequence[tuple[int, int]]) -> Holder | None:
    """The candidates for holding a text: the names holding its two rarest pieces (None: a piece is in none)."""
    if not counts or counts[0][1] == 0:
        return None
    return tuple(gram for gram, _ in counts[:2]), True


def _pigeonhole(counts: Sequence[tuple[int, int]]) -> tuple[int, ...] | None:
    """Pieces of a text one of which every name similar to it holds; None when it has too few pieces to tell.

    A one-edit variant of the text keeps all its pieces but `LOST` at most, so a similar name holds all but `LOST`
    of the text's distinct pieces, and so one of any `LOST` + 1 of them: the rarest. Pieces no name holds count
    among those lost (none left to choose: nothing is similar).
    """
    if len(counts) <= LOST:
        return None
    held = [gram for gram, names in counts if names > 0]
    return tuple(held[: max(0, len(held) - len(counts) + LOST + 1)])


def _holders(holder: Holder) -> str:
    """A SELECT of the distinct refs of the names holding the pieces of ``holder``."""
    grams, every = holder
    listed = ", ".join(str(int(gram)) for gram in grams)
    if not every or len(grams) == 1:
        return f"SELECT DISTINCT ref FROM {GRAMS_TABLE} WHERE g IN ({listed})"  # noqa: S608 - integers
    return (
        f"SELECT ref FROM {GRAMS_TABLE} WHERE g IN ({listed}) GROUP BY ref"  # noqa: S608 - integers
        f" HAVING count(DISTINCT g) = {len(grams)}"
    )


def indexed_query(
    text: str,
    contained: Holder | None,
    similar: Sequence[Sequence[Holder]] | None,
    resources: Sequence[str],
    limit: int,
) -> tuple[str, dict[str, Any]]:
    """Every kind of match in one query, reading only the candidate names `GRAMS_TABLE` gives.

    The text decides which candidates contain it, and the regular expression which are similar, as in
    `any_query`: the same rows, found without a pass over every name.

    Args:
        text: The searched text, `GRAM_LENGTH` characters or more.
        contained: The candidates for holding the text (None: no name holds it).
        similar: None to look for contained text only; else conditions every similar name meets, each the names
            of any of its holders (at least one condition, none empty).
        resources: Resources to search.
        limit: Most rows.

    Returns:
        SQL and its named parameters.
    """
    parameters: dict[str, Any] = {"text": text}
    condition = "contains(n.k, c.t)"
    sources = [] if contained is None else [_holders(contained)]
    if similar is not None:
        parameters["pattern"] = one_edit_pattern(text)
        # c.t, not the parameter: a condition on both sides of the join stays above it, so neither test runs on
        # every name before the join has kept the candidates.
        condition = "CASE WHEN contains(n.k, c.t) THEN true ELSE regexp_matches(n.name, $pattern) END"
        met = [f"SELECT ref FROM ({' UNION '.join(map(_holders, holders))})" for holders in similar]  # noqa: S608
        sources.append(f"SELECT ref FROM ({' INTERSECT '.join(met)})")  # noqa: S608 - ours
    candidates = " UNION ".join(sources)
    chosen = "" if len(resources) == len(SEARCHED) else f"n.resource IN ({', '.join(map(repr, resources))}) AND "
    # The resource names come from SEARCHED (searched_resources checked them), never from a caller (S608).
    sql = f"""
WITH hits AS (
    -- The candidates' rows first (a scan of the ref column alone), then their names by rowid (only the row groups
    -- holding them): joining the candidates to the whole rows would read every column of every row group.
    SELECT n.*, c.t FROM {NAMES_TABLE} n JOIN (
        SELECT m.rowid AS r, c.t FROM {NAMES_TABLE} m
        JOIN (SELECT ref, lower($text) AS t FROM ({candidates})) c ON m.ref = c.ref
    ) c ON n.rowid = c.r
    WHERE {chosen}({condition})
), scored AS ({_SCORED_ANY.format(source="hits")}
)
{_RESULT}"""  # noqa: S608
    return sql, parameters | {"limit": limit}


def _halves(text: str) -> tuple[str, ...]:
    """The halves of ``text`` (`intact_pieces`) when both are long enough to be looked up, else none."""
    halves = intact_pieces(text)
    return halves if min(map(len, halves)) >= GRAM_LENGTH else ()


def _similar_conditions(
    run: Runner, text: str, counts: Sequence[Sequence[tuple[int, int]]]
) -> list[list[Holder]] | None:
    """Conditions every name similar to ``text`` meets (one empty: none is); None when the table cannot tell.

    Each is met by the names of any of its holders: the rarest `LOST` + 1 pieces (`_pigeonhole`), the halves
    (`intact_pieces`, ``counts[1:]`` when both are long enough), both when there are; for a text with neither,
    the pieces of the close words (`close_pieces_query`).
    """
    conditions: list[list[Holder]] = []
    pigeonhole = _pigeonhole(counts[0])
    if pigeonhole is not None:
        conditions.append([(pigeonhole, False)] if pigeonhole else [])
    if len(counts) > 1:
        conditions.append([holder for holder in map(_every, counts[1:]) if holder is not None])
    if conditions:
        return conditions
    close = _close_pieces(run, text)
    if close is None or len(close) > MAX_INDEXED_PIECES or any(len(piece) < GRAM_LENGTH for piece in close):
        return None
    return [[holder for holder in map(_every, _counts(run, close)[0] if close else []) if holder is not None]]


def _indexed(run: Runner, text: str, covered: Sequence[str], limit: int) -> pl.DataFrame | None:
    """`search` through `GRAMS_TABLE`, one query once the candidates are known; None when it cannot serve."""
    similar = SIMILAR_MIN_LENGTH <= len(text) <= SIMILAR_MAX_LENGTH
    counts, started = _counts(run, [text, *(_halves(text) if similar else ())], (covered, limit))
    if started >= limit:
        # Exact and prefix matches fill the limit: nothing else can rank, and a range of the sorted names has them.
        return run(*_positional(*prefix_query(text, covered, limit)))
    contained = _every(counts[0])
    conditions = _similar_conditions(run, text, counts) if similar else []
    if conditions is None:
        return None
    close = None if not conditions or not all(conditions) else conditions
    if contained is None and close is None:
        return pl.DataFrame(schema=dict(RESULT_SCHEMA))  # no name holds the text, nor anything similar
    return run(*_positional(*indexed_query(text, contained, close, covered, limit)))


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
    if len(wanted) >= GRAM_LENGTH:
        try:
            found = _indexed(run, wanted, covered, limit)
        except duckdb.CatalogException:
            found = None  # a file made before the table existed, until its next sync: the passes below
        if found is not None:
            return _typed(found)
    return _scanned(run, wanted, covered, limit)


def _scanned(run: Runner, wanted: str, covered: Sequence[str], limit: int) -> pl.DataFrame:
    """`search` by passes over the names, for what `GRAMS_TABLE` cannot serve (and files without it)."""
    # Exact and prefix matches first, from a range of the sorted names: when they fill the limit, nothing else
    # can rank among the results.
    found = _typed(run(*_positional(*prefix_query(wanted, covered, limit))))
    if found.height >= limit:
        return found
    if not SIMILAR_MIN_LENGTH <= len(wanted) <= SIMILAR_MAX_LENGTH:
        return _typed(run(*_positional(*direct_query(wanted, covered, limit))))
    pieces = _close_pieces(run, wanted)
    if pieces == []:
        # No word of any name is close to the text's first word: nothing is similar.
        return _typed(run(*_positional(*direct_query(wanted, covered, limit))))
    chosen = None if pieces is None or len(pieces) > MAX_PIECES else pieces
    return _typed(run(*_positional(*any_query(wanted, chosen, covered, limit))))


def _close_pieces(run: Runner, text: str) -> list[str] | None:
    """The pieces similar names hold (none: no name is similar), or None when the word table cannot tell."""
    word = leading_word(text)
    # Lower-casing a dotted capital I makes two characters, which (?i) does not take for it: the scan decides.
    if len(word) < SIMILAR_MIN_LENGTH or len(word.lower()) != len(word):
        return None
    try:
        found = run(*_positional(*close_pieces_query(text)))
    except duckdb.CatalogException:
        return None  # a file made before the table existed, until its next sync
    pieces = sorted(found["piece"].to_list(), key=len)
    # A row holding a longer piece that contains a shorter one holds the shorter one too.
    return [piece for number, piece in enumerate(pieces) if not any(shorter in piece for shorter in pieces[:number])]


def _positional(sql: str, parameters: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """Turn ``$name`` parameters into DuckDB's numbered ``$1`` ones (`Mirror.sql` binds a sequence)."""
    order = list(parameters)
    numbered = re.sub(r"\$([a-z]\w*)", lambda found: f"${order.index(found[1]) + 1}", sql)
    return numbered, [parameters[name] for name in order]


def _typed(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select(pl.col(column).cast(dtype) for column, dtype in RESULT_SCHEMA.items())
