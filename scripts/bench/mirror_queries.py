"""Mirror query benchmark (not a test): the ready-made views on 1,000,000 configurations, DuckDB beside SQLite.

The DuckDB file is a real ``Mirror(path=...)`` (its tables and views), filled by SQL generation straight into
DuckDB (``INSERT ... SELECT ... FROM range(n)``): ``--configurations`` configurations and, in proportion, one
organization per 200 of them, their locations, domains, IT Glue expirations, documents, passwords (metadata
only) and flexible assets, plus the lookup tables and flexible asset types (``Backup`` among them). Dates are
placed around today, so "the next 90 days" and "older than a year" find rows.

The SQLite file gets the same tables and rows (copied across through Arrow record batches; BIGINT and BOOLEAN
become INTEGER, DOUBLE REAL, the rest TEXT, with dates as ``YYYY-MM-DD`` and times as UTC
``YYYY-MM-DD HH:MM:SS``), an index on every join key and on each column a query filters on, ``ANALYZE``, and the
same views translated where the dialects differ (see `sqlite_view`). It is read with a 1 GiB page cache and
memory-mapped I/O, so neither engine reads from disk once warm.

Each query is one entry of `QUERIES`: a label, DuckDB SQL, SQLite SQL and parameters. A round runs every query
once per engine, the engines in alternating order; after ``--warm-up`` untimed rounds, ``--runs`` rounds are
timed (a query leaves the rounds early once it has used ``--budget`` seconds and has ``--min-runs`` timings).
DuckDB is timed the way a user holding the file open runs a query: one read-only connection kept open,
``execute(...).fetchall()``; SQLite the same. Afterwards, with that connection closed, ``Mirror.sql`` is timed
per query too: it opens the file read-only for every query and returns a Polars frame.

Usage: ``uv run python scripts/bench/mirror_queries.py`` (``--quick`` for 100,000 configurations and fewer runs)
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb

from itglue_mirror import Mirror
from itglue_mirror.views import DERIVED, ORGANIZATIONS_MISSING, VIEWS

RESULTS = Path(__file__).with_name("results")
FILLED = (
    "organizations",
    "configuration_types",
    "configuration_statuses",
    "manufacturers",
    "locations",
    "contacts",
    "configurations",
    "domains",
    "expirations",
    "documents",
    "passwords",
    "flexible_asset_types",
    "flexible_assets",
)
"""The tables the generator fills (the others stay empty, in both engines)."""

SQLITE_INDEXES = (
    "organizations(name)",
    "locations(organization_id)",
    "contacts(organization_id)",
    "configurations(organization_id)",
    "configurations(configuration_type_id)",
    "configurations(configuration_status_id)",
    "configurations(location_id)",
    "configurations(manufacturer_id)",
    "configurations(warranty_expires_at)",
    "domains(organization_id)",
    "domains(expires_on)",
    "expirations(organization_id)",
    "expirations(expiration_date)",
    "documents(organization_id)",
    "documents(updated_at)",
    "passwords(organization_id)",
    "passwords(password_updated_at)",
    "flexible_assets(organization_id, flexible_asset_type_id)",
    "flexible_assets(flexible_asset_type_id)",
)
"""SQLite indexes: every join key, and the columns the queries filter or sort on (ids are primary keys)."""

SQLITE_DERIVED_INDEXES = (
    "configurations_named(organization_name)",
    "configurations_named(serial_number)",
    "_expiring(expires_on)",
    "assets_per_organization(organization_name)",
    "assets_per_organization(organization_id)",
    "_documents_named(updated_at)",
    "_passwords_named(password_updated_at)",
)
"""The same for the ready-made answer tables, which SQLite gets as tables too (the same schema)."""

# The generator's SQL. ``mix(i, k)`` is a hash of row number i for the k-th property (independent of the other
# properties' hashes), so the data is the same on every run without a random generator; ``pick`` takes a list
# element by such a number.
GENERATOR_MACROS = """
CREATE OR REPLACE TEMP MACRO mix(i, k) AS CAST(hash(i, k) % 1000000007 AS BIGINT);
CREATE OR REPLACE TEMP MACRO pick(items, n) AS items[1 + n % len(items)];
CREATE OR REPLACE TEMP MACRO ago(n) AS now() - to_seconds(CAST(n AS BIGINT));
"""

GENERATOR = """
INSERT INTO configuration_types BY NAME
SELECT i AS id, pick(['Workstation', 'Laptop', 'Server', 'Virtual Machine', 'Firewall', 'Switch',
       'Wireless Access Point', 'Printer', 'NAS', 'UPS', 'Mobile Phone'], i - 1) AS name,
       now() AS created_at, now() AS updated_at
FROM range(1, 12) g(i);

INSERT INTO configuration_statuses BY NAME
SELECT i AS id, pick(['Active', 'Inactive', 'Retired', 'In Repair', 'Spare'], i - 1) AS name,
       now() AS created_at, now() AS updated_at
FROM range(1, 6) g(i);

INSERT INTO manufacturers BY NAME
SELECT i AS id, pick(['Dell', 'HP', 'Lenovo', 'Apple', 'Cisco', 'Ubiquiti', 'Fortinet', 'Synology', 'APC',
       'Microsoft', 'VMware', 'Brother', 'Samsung', 'Netgear', 'Meraki'], i - 1) AS name,
       now() AS created_at, now() AS updated_at
FROM range(1, 16) g(i);

INSERT INTO organizations BY NAME
SELECT i + 1 AS id,
       pick(['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Soylent', 'Tyrell',
             'Cyberdyne', 'Aperture', 'Vandelay', 'Pied Piper', 'Massive', 'Oscorp', 'Gringotts', 'Nakatomi',
             'Monarch', 'Dunder'], i)
         || ' ' || pick(['Dental', 'Law', 'Logistics', 'Bakery', 'Clinic', 'Builders', 'Accounting', 'Media',
                         'Motors', 'Farms'], i // 20)
         || ' ' || (i // 200 + 1) AS name,
       'Customer' AS organization_type_name, 1 AS organization_type_id,
       CASE WHEN i % 10 = 9 THEN 'Inactive' ELSE 'Active' END AS organization_status_name,
       CASE WHEN i % 10 = 9 THEN 2 ELSE 1 END AS organization_status_id,
       i = 0 AS "primary", 'O' || (i + 1) AS short_name,
       ago(mix(i, 1) % 94608000 + 31536000) AS created_at, ago(mix(i, 2) % 31536000) AS updated_at
FROM range($organizations) g(i);

INSERT INTO locations BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name,
       CASE WHEN i % 3 = 0 THEN 'Head Office' ELSE 'Branch ' || (i % 3) END AS name, i % 3 = 0 AS "primary",
       pick(['Springfield', 'Shelbyville', 'Ogdenville', 'Capital City'], mix(i, 1)) AS city,
       ago(mix(i, 2) % 94608000) AS created_at, ago(mix(i, 3) % 31536000) AS updated_at
FROM range($organizations * 3) g(i) JOIN organizations o ON o.id = i // 3 + 1;

INSERT INTO contacts BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name,
       pick(['Ann', 'Bob', 'Carla', 'Dev', 'Erin', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jon'], mix(i, 2)) AS first_name,
       pick(['Smith', 'Garcia', 'Okafor', 'Nguyen', 'Schmidt', 'Rossi', 'Kowalski', 'Tanaka'], mix(i, 3))
         AS last_name,
       first_name || ' ' || last_name AS name, pick(['Owner', 'IT contact', 'Office manager'], mix(i, 4)) AS title,
       ago(mix(i, 5) % 94608000) AS created_at, ago(mix(i, 6) % 31536000) AS updated_at
FROM range($organizations * 10) g(i) JOIN organizations o ON o.id = 1 + mix(i, 1) % $organizations;

INSERT INTO configurations BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name, o.short_name AS organization_short_name,
       t.id AS configuration_type_id, t.name AS configuration_type_name,
       s.id AS configuration_status_id, s.name AS configuration_status_name,
       m.id AS manufacturer_id, m.name AS manufacturer_name,
       (o.id - 1) * 3 + 1 + mix(i, 4) % 3 AS location_id,
       o.short_name || '-' || upper(left(t.name, 3)) || (i + 1) AS name,
       lower(o.short_name || '-' || left(t.name, 3) || (i + 1)) AS hostname,
       upper(left(md5(CAST(i AS VARCHAR)), 10)) AS serial_number,
       '10.' || (o.id % 250) || '.' || (mix(i, 5) % 250) || '.' || (mix(i, 6) % 250) AS primary_ip,
       m.name || ' ' || pick(['Pro', 'Max', 'Mini', 'X1', '5000', 'G9'], mix(i, 7)) AS model_name,
       pick(['Windows 11', 'Windows Server 2022', 'macOS 15', 'Ubuntu 24.04', 'iOS 18'], mix(i, 8))
         AS operating_system_name,
       current_date + CAST(mix(i, 9) % 1800 AS INTEGER) - 600 AS warranty_expires_at,
       s.name = 'Retired' AND mix(i, 10) % 2 = 0 AS archived, false AS restricted,
       ago(mix(i, 11) % 94608000 + 15552000) AS created_at, ago(mix(i, 12) % 15552000) AS updated_at
FROM range($configurations) g(i)
JOIN organizations o ON o.id = 1 + mix(i, 1) % $organizations
JOIN configuration_types t ON t.id = 1 + mix(i, 2) % 11
JOIN configuration_statuses s ON s.id = CASE WHEN mix(i, 3) % 20 < 16 THEN 1 ELSE mix(i, 3) % 20 - 14 END
JOIN manufacturers m ON m.id = 1 + mix(i, 13) % 15;

INSERT INTO domains BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name,
       lower(replace(o.name, ' ', '')) || pick(['.com', '.net', '.org', '.io'], i) AS name,
       pick(['GoDaddy', 'Namecheap', 'Gandi', 'Cloudflare'], mix(i, 2)) AS registrar_name,
       current_date + CAST(mix(i, 3) % 730 AS INTEGER) - 100 AS expires_on,
       ago(mix(i, 4) % 94608000) AS created_at, ago(mix(i, 5) % 31536000) AS updated_at
FROM range($organizations * 4) g(i) JOIN organizations o ON o.id = i // 4 + 1;

INSERT INTO expirations BY NAME
SELECT i + 1 AS id, pick(['Configuration', 'Domain', 'SslCertificate', 'Application', 'Licensing'], i)
         AS resource_type_name,
       1 + mix(i, 2) % $configurations AS resource_id, 'Item ' || (i + 1) AS resource_name,
       o.id AS organization_id, o.name AS organization_name,
       current_date + CAST(mix(i, 3) % 1000 AS INTEGER) - 300 AS expiration_date,
       ago(mix(i, 4) % 94608000) AS created_at, ago(mix(i, 5) % 31536000) AS updated_at
FROM range($organizations * 20) g(i) JOIN organizations o ON o.id = 1 + mix(i, 1) % $organizations;

INSERT INTO documents BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name,
       pick(['Backup procedure', 'Onboarding', 'Network diagram', 'Disaster recovery', 'Printer setup'], i)
         || ' ' || (i + 1) AS name,
       mix(i, 2) % 15 = 0 AS archived, true AS published, false AS restricted, false AS public,
       '<p>Steps for ' || o.name || '</p>' AS content,
       ago(mix(i, 3) % 94608000 + 31536000) AS created_at, ago(mix(i, 4) % 94608000) AS updated_at
FROM range($organizations * 20) g(i) JOIN organizations o ON o.id = 1 + mix(i, 1) % $organizations;

INSERT INTO passwords BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name,
       pick(['Domain admin', 'Firewall', 'Wi-Fi', 'Microsoft 365', 'Backup console', 'Router'], i)
         || ' ' || (i + 1) AS name,
       pick(['admin', 'administrator', 'root', 'backup'], mix(i, 2)) AS username,
       'https://' || lower(o.short_name) || '.example/' || (i + 1) AS url,
       1 + mix(i, 3) % 6 AS password_category_id,
       pick(['Active Directory', 'Network', 'Cloud', 'Application', 'Vendor', 'Other'], mix(i, 3))
         AS password_category_name,
       mix(i, 4) % 25 = 0 AS archived, false AS restricted, false AS my_glue, false AS otp_enabled,
       ago(mix(i, 5) % 94608000) AS password_updated_at,
       ago(mix(i, 6) % 94608000 + 31536000) AS created_at, ago(mix(i, 7) % 94608000) AS updated_at
FROM range($organizations * 40) g(i) JOIN organizations o ON o.id = 1 + mix(i, 1) % $organizations;

INSERT INTO flexible_asset_types BY NAME
SELECT i AS id, pick(['Backup', 'Email', 'File Sharing', 'Active Directory', 'LAN', 'Wireless',
       'Applications', 'Licensing'], i - 1) AS name, true AS enabled, true AS show_in_menu,
       now() AS created_at, now() AS updated_at
FROM range(1, 9) g(i);

-- Every seventh organization has no Backup asset (its would-be Backup assets become Email ones), so
-- organizations_missing('Backup') has an answer of about a seventh of the organizations.
INSERT INTO flexible_assets BY NAME
SELECT i + 1 AS id, o.id AS organization_id, o.name AS organization_name,
       t.id AS flexible_asset_type_id, t.name AS flexible_asset_type_name, t.name || ' ' || (i + 1) AS name,
       '{"notes": "' || t.name || ' for ' || o.name || '"}' AS traits,
       mix(i, 3) % 30 = 0 AS archived, false AS restricted, false AS my_glue,
       ago(mix(i, 4) % 94608000) AS created_at, ago(mix(i, 5) % 31536000) AS updated_at
FROM range($organizations * 20) g(i)
JOIN organizations o ON o.id = 1 + mix(i, 1) % $organizations
JOIN flexible_asset_types t
  ON t.id = CASE WHEN mix(i, 2) % 8 = 0 AND o.id % 7 = 0 THEN 2 ELSE 1 + mix(i, 2) % 8 END;
"""

SQLITE_TYPES = {"BIGINT": "INTEGER", "BOOLEAN": "INTEGER", "DOUBLE": "REAL"}

# DuckDB constructs of the views and their SQLite equivalents. Day counts go through date(), so they count
# calendar-day boundaries (UTC) as DuckDB's date_diff('day', ...) and date subtraction do.
SQLITE_REWRITES: tuple[tuple[str, str], ...] = (
    (r"any_value\(", "max("),
    # SQLite 3.40 has no concat_ws: the contacts' name expression of `itglue_mirror.search.SEARCHED`, rewritten.
    (
        re.escape("nullif(concat_ws(' ', first_name, last_name), '')"),
        "nullif(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), '')",
    ),
    (
        r"CAST\(expires_on - current_date AS BIGINT\)",
        "CAST(julianday(expires_on) - julianday(date('now')) AS INTEGER)",
    ),
    (r"date_diff\('day', ([\w.]+), now\(\)\)", r"CAST(julianday(date('now')) - julianday(date(\1)) AS INTEGER)"),
    # The calendar dates the answer tables store, and the day counts the views take from them.
    (r"CAST\(([\w.]+) AS DATE\)", r"date(\1)"),
    (r"CAST\(current_date - (\w+) AS BIGINT\)", r"CAST(julianday(date('now')) - julianday(\1) AS INTEGER)"),
)


def sqlite_view(select: str) -> str:
    """A view's DuckDB SELECT translated to SQLite (``any_value``, date arithmetic).

    Args:
        select: The DuckDB text from `itglue_mirror.views.VIEWS`.

    Returns:
        The SQLite text.
    """
    for pattern, replacement in SQLITE_REWRITES:
        select = re.sub(pattern, replacement, select)
    return select


@dataclass(frozen=True)
class Query:
    """One benchmarked query.

    Attributes:
        label: Short name for the tables.
        duckdb: DuckDB SQL.
        sqlite: The same question in SQLite SQL (often the same text).
        parameters: Values for the ``?`` placeholders.
        search: For a search entry, the text: DuckDB runs ``itglue_mirror.search.search`` (the SQL
            ``Mirror.search`` runs), SQLite `sqlite_search`; ``duckdb`` and ``sqlite`` are unused.
    """

    label: str
    duckdb: str
    sqlite: str
    parameters: tuple[Any, ...] = ()
    search: str | None = None


def queries(organization_name: str, serial_number: str) -> list[Query]:
    """The benchmarked queries, a user's typical questions of each view, then organizations_missing.

    Args:
        organization_name: An organization the per-organization queries ask about.
        serial_number: A configuration's serial number, for the lookup.

    Returns:
        The queries.
    """
    same = [
        Query(
            "configurations_named: one organization's",
            "SELECT name, hostname, configuration_type_name, configuration_status_name, location_name,"
            " manufacturer_name FROM configurations_named WHERE organization_name = ? ORDER BY name",
            "",
            (organization_name,),
        ),
        Query(
            "configurations_named: serial number lookup",
            "SELECT name, organization_name, warranty_expires_at FROM configurations_named WHERE serial_number = ?",
            "",
            (serial_number,),
        ),
        Query(
            "expirations_ahead: next 90 days, first 500",
            "SELECT kind, resource_name, organization_name, expires_on, days_left FROM expirations_ahead"
            " WHERE days_left <= 90 ORDER BY expires_on, resource_name LIMIT 500",
            "",
        ),
        Query(
            "assets_per_organization: one organization's",
            "SELECT kind, type_name, assets FROM assets_per_organization WHERE organization_name = ?"
            " ORDER BY kind, type_name",
            "",
            (organization_name,),
        ),
        Query(
            "assets_per_organization: top 20 by assets",
            "SELECT organization_name, sum(assets) AS assets FROM assets_per_organization"
            " GROUP BY organization_id, organization_name ORDER BY assets DESC, organization_name LIMIT 20",
            "",
        ),
        Query(
            "stale_documents: > 365 days, oldest 100",
            "SELECT name, organization_name, days_since_update FROM stale_documents"
            " WHERE days_since_update > 365 AND NOT archived ORDER BY days_since_update DESC, id LIMIT 100",
            "",
        ),
        Query(
            "stale_passwords: changed > 365 days ago, per organization",
            "SELECT organization_name, count(*) AS passwords FROM stale_passwords"
            " WHERE days_since_password_change > 365 AND NOT archived"
            " GROUP BY organization_name ORDER BY passwords DESC, organization_name LIMIT 20",
            "",
        ),
        Query("organizations_missing('Backup')", ORGANIZATIONS_MISSING, "", ("Backup",)),
    ]
    return [Query(query.label, query.duckdb, query.sqlite or query.duckdb, query.parameters) for query in same]


def search_queries(exact_name: str) -> list[Query]:
    """The search entries: an exact name, a prefix, a substring and two misspellings (limit 20, all resources).

    Args:
        exact_name: A configuration's whole name.

    Returns:
        The queries.
    """
    texts = {
        "exact": exact_name,
        "prefix": "Stark Law",
        "substring": "recovery",
        "misspelt (one letter left out)": "Gringots",
        "misspelt (one letter replaced)": "Kowalsky",
    }
    return [Query(f"search {kind}: {text!r}", "", "", search=text) for kind, text in texts.items()]


def load_search(path: Path | None) -> ModuleType | None:
    """``itglue_mirror.search`` when the package has it, else the file at ``path`` (a branch not merged yet).

    Args:
        path: A ``search.py`` to load when the installed package has none.

    Returns:
        The module, or None when there is neither.
    """
    try:
        return importlib.import_module("itglue_mirror.search")
    except ModuleNotFoundError:
        if path is None:
            return None
    spec = importlib.util.spec_from_file_location("itglue_mirror_search_from_file", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SQLITE_SEARCH = """
WITH hits AS (
    {hits}
), scored AS (
    SELECT *, {ranking} FROM hits WHERE {condition}
)
SELECT s.resource, s.id, s.name, s.organization_id, coalesce(o.name, s.record_organization_name), s.score
FROM (SELECT * FROM scored ORDER BY rank, score DESC, length(name), name, resource, id LIMIT :limit) s
LEFT JOIN organizations o ON o.id = s.organization_id
ORDER BY s.rank, s.score DESC, length(s.name), s.name, s.resource, s.id
"""
"""SQLite's search: the same ranking, with ``instr`` for DuckDB's ``contains`` (literal, as there: no LIKE
wildcards). Similar names are found by `one_edit_at_word_start`, a Python function; SQLite has no Jaro-Winkler,
so similar matches all score 0.5 and are ordered by length and name only."""

SQLITE_DIRECT_RANKING = """
    CASE WHEN k = lower(:text) THEN 0 WHEN substr(k, 1, length(:text)) = lower(:text) THEN 1 ELSE 2 END AS rank,
    CASE WHEN k = lower(:text) THEN 1.0
         WHEN substr(k, 1, length(:text)) = lower(:text) THEN 0.75 + 0.25 * length(:text) / length(name)
         ELSE 0.5 + 0.25 * length(:text) / length(name) END AS score"""


def within_one_edit(word: str, text: str) -> bool:
    """Whether ``word`` is ``text`` or one edit from it (one character left out, added, replaced, or swapped)."""
    if len(word) == len(text):
        differing = [index for index in range(len(text)) if word[index] != text[index]]
        if len(differing) <= 1:
            return True
        first, second = differing[0], differing[-1]
        return (
            len(differing) == 2 and second == first + 1 and (word[first], word[second]) == (text[second], text[first])
        )
    shorter, longer = sorted((word, text), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    index = 0
    while index < len(shorter) and shorter[index] == longer[index]:
        index += 1
    return shorter[index:] == longer[index + 1 :]


def one_edit_at_word_start(name: str, text: str) -> bool:
    """Whether some word of ``name`` starts with a string within one edit of ``text`` (both lower case)."""
    starts = [index for index in range(len(name)) if index == 0 or not name[index - 1].isalnum()]
    return any(
        within_one_edit(name[start : start + length], text)
        for start in starts
        for length in (len(text) - 1, len(text), len(text) + 1)
    )


def sqlite_search(lite: sqlite3.Connection, module: ModuleType, text: str, limit: int = 20) -> list[Any]:
    """Search the SQLite copy as ``module.search`` searches the mirror: direct matches, then similar ones if room."""
    # The same table of lower-cased names as the mirror's (an answer table of the same schema).
    hits = f"SELECT * FROM {module.NAMES_TABLE}"  # noqa: S608 - a table name of the mirror
    wanted = text.strip()
    found = lite.execute(
        SQLITE_SEARCH.format(hits=hits, ranking=SQLITE_DIRECT_RANKING, condition="instr(k, lower(:text)) > 0"),
        {"text": wanted, "limit": limit},
    ).fetchall()
    if len(found) >= limit or not module.SIMILAR_MIN_LENGTH <= len(wanted) <= module.SIMILAR_MAX_LENGTH:
        return found
    first, second = module.intact_pieces(wanted)
    prefilter = "instr(k, lower(:text)) = 0"
    if min(len(first), len(second)) >= 2:
        prefilter += " AND (instr(k, lower(:first)) > 0 OR instr(k, lower(:second)) > 0)"
    # CASE fixes the order: SQLite would otherwise call the Python function on every row before the cheap terms.
    condition = f"CASE WHEN {prefilter} THEN one_edit_at_word_start(k, lower(:text)) ELSE 0 END"
    similar = lite.execute(
        SQLITE_SEARCH.format(hits=hits, ranking="3 AS rank, 0.5 AS score", condition=condition),
        {"text": wanted, "first": first, "second": second, "limit": limit - len(found)},
    ).fetchall()
    return found + similar


def build_duckdb(path: Path, configurations: int) -> Mirror:
    """Create a real mirror file at ``path`` and fill it by SQL generation; return its `Mirror`."""
    mirror = Mirror(path=path)
    generator = GENERATOR.replace("$organizations", str(max(1, configurations // 200))).replace(
        "$configurations", str(configurations)
    )
    with duckdb.connect(str(path)) as con:
        con.execute(GENERATOR_MACROS)
        con.execute(generator)
        con.execute("CHECKPOINT")
    # What a sync's apply does after loading: the ready-made answer tables and the search's word table.
    mirror.refresh_answers()
    mirror.close()
    return mirror


def build_sqlite(path: Path, source: Path, mirror: Mirror, *, indexed: bool) -> None:
    """Copy every filled table of the DuckDB file at ``source`` into a new SQLite file, with its views.

    Args:
        path: The SQLite file to make.
        source: The DuckDB mirror file.
        mirror: Its `Mirror` (the tables' columns).
        indexed: Add secondary indexes on every join key and filtered column (the mirror itself has none: without
            them SQLite has the very same schema, primary keys only).
    """
    target = sqlite3.connect(path)
    target.execute("PRAGMA journal_mode = OFF")
    target.execute("PRAGMA synchronous = OFF")
    with duckdb.connect(str(source), read_only=True) as con:
        for name, table in mirror.tables.items():
            columns = ", ".join(
                f'"{column.name}" {SQLITE_TYPES.get(column.sql_type, "TEXT")}' for column in table.columns
            )
            target.execute(f'CREATE TABLE "{name}" (id INTEGER PRIMARY KEY, {columns})')
            if name not in FILLED:
                continue
            selected = ", ".join(["id", *(_as_sqlite(column.name, column.sql_type) for column in table.columns)])
            marks = ", ".join("?" * (len(table.columns) + 1))
            reader = con.sql(f'SELECT {selected} FROM "{name}" ORDER BY id').to_arrow_reader(100_000)  # noqa: S608
            assert reader is not None
            for batch in reader:
                rows = zip(*(column.to_pylist() for column in batch.columns), strict=True)
                target.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)  # noqa: S608
    for answers in DERIVED:
        target.execute(f'CREATE TABLE "{answers.name}" AS {sqlite_view(answers.select)}')
    for number, index in enumerate((*SQLITE_INDEXES, *SQLITE_DERIVED_INDEXES) if indexed else ()):
        target.execute(f"CREATE INDEX index_{number} ON {index}")
    for view, select in VIEWS.items():
        target.execute(f'CREATE VIEW "{view}" AS {sqlite_view(select)}')
    target.commit()
    target.execute("ANALYZE")
    target.close()


def _as_sqlite(name: str, sql_type: str) -> str:
    """The SELECT expression that turns one DuckDB column into its SQLite value."""
    if sql_type == "DATE":
        return f'CAST("{name}" AS VARCHAR)'
    if sql_type == "TIMESTAMPTZ":
        # Through epoch microseconds: no time zone setting of the session can shift the UTC text.
        return f"strftime(make_timestamp(epoch_us(\"{name}\")), '%Y-%m-%d %H:%M:%S')"
    if sql_type == "JSON":
        return f'CAST("{name}" AS VARCHAR)'
    return f'"{name}"'


def open_sqlite(path: Path) -> sqlite3.Connection:
    """A read-only SQLite connection with a 1 GiB page cache and memory-mapped reads (warm, no disk reads)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("PRAGMA cache_size = -1048576")
    connection.execute(f"PRAGMA mmap_size = {2**30}")
    return connection


def percentile(timings: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile of ``timings`` (nearest rank)."""
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def timed(action: Callable[..., Any], *arguments: Any) -> tuple[float, Any]:
    """Seconds ``action(*arguments)`` took, and what it returned."""
    started = time.perf_counter()
    result = action(*arguments)
    return time.perf_counter() - started, result


def main() -> None:
    """Build both files, run the queries interleaved, print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--configurations", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30, help="timed rounds")
    parser.add_argument("--warm-up", type=int, default=2, help="untimed rounds first")
    parser.add_argument("--min-runs", type=int, default=10, help="timings a query gets even past its budget")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per query (both engines) for rounds")
    parser.add_argument("--mirror-sql-runs", type=int, default=10, help="timed Mirror.sql calls per query")
    parser.add_argument("--quick", action="store_true", help="100,000 configurations, 10 runs")
    parser.add_argument(
        "--search-module", type=Path, help="a search.py to load when itglue_mirror has no search module (yet)"
    )
    parser.add_argument("--save", type=Path, help="also write the printed figures to this file")
    args = parser.parse_args()
    if args.quick:
        args.configurations, args.runs, args.min_runs, args.mirror_sql_runs = 100_000, 10, 5, 5

    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    with tempfile.TemporaryDirectory() as folder:
        duck_path, lite_path = Path(folder) / "mirror.duckdb", Path(folder) / "mirror.sqlite"
        seconds, mirror = timed(build_duckdb, duck_path, args.configurations)
        say(f"DuckDB mirror built in {seconds:.1f}s ({duck_path.stat().st_size / 2**20:.0f} MiB)")
        seconds, _ = timed(functools.partial(build_sqlite, indexed=False), lite_path, duck_path, mirror)
        say(f"SQLite copy built in {seconds:.1f}s ({lite_path.stat().st_size / 2**20:.0f} MiB, the same schema)")
        indexed_path = Path(folder) / "indexed.sqlite"
        seconds, _ = timed(functools.partial(build_sqlite, indexed=True), indexed_path, duck_path, mirror)
        size = indexed_path.stat().st_size / 2**20
        say(f"indexed SQLite copy built in {seconds:.1f}s ({size:.0f} MiB, secondary indexes and ANALYZE)")

        duck = duckdb.connect(str(duck_path), read_only=True, config={"temp_directory": str(mirror.temp_directory)})
        lites = {name: open_sqlite(file) for name, file in (("sqlite", lite_path), ("indexed", indexed_path))}
        counts = {name: duck.execute(f'SELECT count(*) FROM "{name}"').fetchone() for name in FILLED}  # noqa: S608
        say("rows: " + ", ".join(f"{name} {row[0]:,}" for name, row in counts.items() if row))
        organization = duck.execute("SELECT name FROM organizations WHERE id = 42").fetchone()
        serial = duck.execute("SELECT serial_number FROM configurations ORDER BY id DESC LIMIT 1").fetchone()
        assert organization is not None
        assert serial is not None
        plan = queries(str(organization[0]), str(serial[0]))
        search = load_search(args.search_module)
        if search is None:
            say("search: left out (itglue_mirror has no search module and no --search-module was given)")
        else:
            say(f"search: {search.__file__}")
            exact = duck.execute("SELECT name FROM configurations WHERE id = 4242").fetchone()
            assert exact is not None
            plan += search_queries(str(exact[0]))
            for connection in lites.values():
                connection.create_function("one_edit_at_word_start", 2, one_edit_at_word_start, deterministic=True)

        def duck_frame(sql: str, parameters: Sequence[Any]) -> Any:
            return duck.sql(sql, params=list(parameters)).pl()

        def run_duckdb(query: Query) -> Any:
            if query.search is not None:
                assert search is not None
                return search.search(duck_frame, query.search)
            return duck.execute(query.duckdb, list(query.parameters)).fetchall()

        def sqlite_runner(connection: sqlite3.Connection) -> Callable[[Query], Any]:
            def run_sqlite(query: Query) -> Any:
                if query.search is not None:
                    assert search is not None
                    return sqlite_search(connection, search, query.search)
                return connection.execute(query.sqlite, query.parameters).fetchall()

            return run_sqlite

        engines: dict[str, Callable[[Query], Any]] = {
            "duckdb": run_duckdb,
            **{name: sqlite_runner(connection) for name, connection in lites.items()},
        }
        timings: dict[tuple[str, str], list[float]] = {(q.label, e): [] for q in plan for e in engines}
        rows: dict[tuple[str, str], int] = {}
        active = list(plan)
        for number in range(args.warm_up + args.runs):
            # Rotated each round, so no engine always runs first (or right after another).
            names = list(engines)
            order = names[number % len(names) :] + names[: number % len(names)]
            for query in list(active):
                for engine in order:
                    seconds, result = timed(engines[engine], query)
                    rows[query.label, engine] = len(result)
                    if number >= args.warm_up:
                        timings[query.label, engine].append(seconds)
                spent = sum(sum(timings[query.label, engine]) for engine in engines)
                if spent > args.budget and len(timings[query.label, "duckdb"]) >= args.min_runs:
                    active.remove(query)
        duck.close()
        for connection in lites.values():
            connection.close()

        mirror_sql: dict[str, list[float]] = {}
        for query in plan:
            if query.search is not None:
                assert search is not None
                action: Callable[..., Any] = search.search
                arguments: list[Any] = [mirror.sql, query.search]
            else:
                action, arguments = mirror.sql, [query.duckdb, list(query.parameters)]
            action(*arguments)
            mirror_sql[query.label] = [timed(action, *arguments)[0] for _ in range(args.mirror_sql_runs)]

    def ms(engine: str, label: str) -> str:
        times = timings[label, engine]
        return f"{statistics.median(times) * 1000:.1f} / {percentile(times, 0.95) * 1000:.1f}"

    def ratio(engine: str, label: str) -> float:
        return percentile(timings[label, engine], 0.95) / percentile(timings[label, "duckdb"], 0.95)

    say("")
    say(
        "| query | rows | DuckDB p50 / p95 ms | SQLite, same schema p50 / p95 ms | ratio at p95 "
        "| SQLite + indexes p50 / p95 ms | ratio at p95 | Mirror.sql p50 ms | runs |"
    )
    say("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for query in plan:
        counted = {rows[query.label, engine] for engine in engines}
        shown_rows = f"{rows[query.label, 'duckdb']:,}" + ("" if len(counted) == 1 else f" (differ: {counted}!)")
        say(
            f"| {query.label} | {shown_rows} | {ms('duckdb', query.label)} "
            f"| {ms('sqlite', query.label)} | {ratio('sqlite', query.label):.1f}x "
            f"| {ms('indexed', query.label)} | {ratio('indexed', query.label):.1f}x "
            f"| {statistics.median(mirror_sql[query.label]) * 1000:.1f} | {len(timings[query.label, 'duckdb'])} |"
        )
    worst = max(percentile(timings[query.label, "duckdb"], 0.95) for query in plan)
    same_schema = min(ratio("sqlite", query.label) for query in plan)
    indexed = min(ratio("indexed", query.label) for query in plan)
    say("")
    say(
        f"worst DuckDB p95 {worst * 1000:.1f} ms (target < 100 ms: {'met' if worst < 0.1 else 'MISSED'}); "
        f"smallest SQLite/DuckDB p95 ratio, same schema {same_schema:.1f}x (target >= 10x: "
        f"{'met' if same_schema >= 10 else 'MISSED'}), with SQLite's extra indexes {indexed:.1f}x"
    )
    if args.save is not None:
        args.save.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
