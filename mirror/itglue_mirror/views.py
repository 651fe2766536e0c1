"""Ready-made answers to the common estate questions: tables kept with every sync, and views over them.

The questions join a million configurations to their lookups, or aggregate them, which takes hundreds of
milliseconds per query on a laptop; answered once per change instead, a query of them costs a scan of one table.
So most are tables (`Derived`), rebuilt inside the sync's apply transaction when a resource they read changed,
and refreshed row by row when a client writes through the mirror (`itglue_mirror.derived`). Those that depend
on today's date are views over such a table. Query them all with `itglue_mirror.Mirror.sql` (or ``itglue mirror
query``) like any table:

``configurations_named``
    Every configuration with its organization, type, status, location and manufacturer names (looked up in the
    mirrored tables, falling back on the names the record carries when a lookup row is missing).
``expirations_ahead``
    Everything that expires today or later, with ``days_left``: configuration warranties, domains, and the rows
    of IT Glue's own expirations list that are neither (its configuration and domain rows repeat those two, so
    they are left out rather than counted twice). ``kind`` says which: ``warranty``, ``domain`` or IT Glue's
    resource type name (``Application``, ``Licensing``...).
``assets_per_organization``
    Per organization, how many non-archived configurations of each configuration type (``kind`` =
    ``configuration``) and flexible assets of each flexible asset type (``kind`` = ``flexible_asset``) it has.
``configurations_without_related_items``
    Configurations that no related item links, in either direction (as complete as the related items synced:
    a sync that skipped the configurations' related items for lack of budget leaves them out of the mirror).
``stale_documents``, ``stale_passwords``
    Documents and passwords with ``days_since_update`` (calendar days from ``updated_at`` to today; passwords also
    have ``days_since_password_change``), so ``WHERE days_since_update > 365`` picks the ones not touched in a year.
    Their tables store the calendar date of each time, in the time zone of the process that computed the row (a
    sync's or a write's), so a file read in another time zone may count one day more or less until its next sync.
    Password values are never stored; these carry metadata only.
``fa_<type>``
    One view per flexible asset type with a typed column per field (`flexible_asset_type_views`).

`organizations_missing` answers "which organizations have no flexible asset of type X" as a function, because
the type name is a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from itglue_mirror.search import NAMES_TABLE, SEARCHED, names_select


@dataclass(frozen=True)
class Derived:
    """A table of answers, computed from mirrored resources and kept in step with them.

    Attributes:
        name: Table name.
        select: The query that computes it (fixed text: nothing in it comes from a caller).
        depends_on: The resources it reads.
        keys: For a resource whose change affects only some rows: ``(column of this table, columns of the
            resource)``; the rows to recompute after a write to records R are those whose column holds a value of
            those resource columns in R (before or after the write). A dependency missing here is refreshed by
            rebuilding the whole table.
        order_by: The columns a rebuild sorts the rows by (the table's most selective filter first). DuckDB keeps
            the smallest and largest value of each column per group of 122,880 rows and skips the groups a filter
            rules out, so a filter on the first of them reads a group or two instead of the whole table. Rows a
            client writes through the mirror are appended unsorted until the next rebuild: the answers stay
            right, only the skipping gets coarser.
        indexes: Columns with an index (DuckDB's ART), for point lookups on a column the order does not serve.
    """

    name: str
    select: str
    depends_on: frozenset[str]
    keys: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    order_by: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()


_BY_ORGANIZATION: Final = ("organization_id", ("id",))

DERIVED: Final[tuple[Derived, ...]] = (
    Derived(
        "configurations_named",
        """
        SELECT c.id, c.name, c.hostname, c.serial_number, c.asset_tag, c.primary_ip,
               c.organization_id, coalesce(o.name, c.organization_name) AS organization_name,
               c.configuration_type_id, coalesce(t.name, c.configuration_type_name) AS configuration_type_name,
               c.configuration_status_id,
               coalesce(s.name, c.configuration_status_name) AS configuration_status_name,
               c.location_id, coalesce(l.name, c.location_name) AS location_name,
               c.manufacturer_id, coalesce(m.name, c.manufacturer_name) AS manufacturer_name,
               c.model_name, c.operating_system_name, c.warranty_expires_at, c.archived, c.updated_at
        FROM configurations c
        LEFT JOIN organizations o ON o.id = c.organization_id
        LEFT JOIN configuration_types t ON t.id = c.configuration_type_id
        LEFT JOIN configuration_statuses s ON s.id = c.configuration_status_id
        LEFT JOIN locations l ON l.id = c.location_id
        LEFT JOIN manufacturers m ON m.id = c.manufacturer_id
        """,
        frozenset(
            {
                "configurations",
                "organizations",
                "configuration_types",
                "configuration_statuses",
                "locations",
                "manufacturers",
            }
        ),
        {
            "configurations": ("id", ("id",)),
            "organizations": _BY_ORGANIZATION,
            "configuration_types": ("configuration_type_id", ("id",)),
            "configuration_statuses": ("configuration_status_id", ("id",)),
            "locations": ("location_id", ("id",)),
            "manufacturers": ("manufacturer_id", ("id",)),
        },
        order_by=("organization_name", "organization_id", "name", "id"),
        # Measured on a million configurations: 0.5 ms a lookup instead of 16 ms for a scan of the column.
        indexes=("serial_number",),
    ),
    Derived(
        "_expiring",
        """
        SELECT 'warranty' AS kind, 'configurations' AS resource, c.id AS resource_id, c.name AS resource_name,
               c.organization_id, coalesce(o.name, c.organization_name) AS organization_name,
               c.warranty_expires_at AS expires_on
        FROM configurations c LEFT JOIN organizations o ON o.id = c.organization_id
        WHERE c.warranty_expires_at IS NOT NULL AND NOT coalesce(c.archived, false)
        UNION ALL
        SELECT 'domain', 'domains', d.id, d.name, d.organization_id,
               coalesce(o.name, d.organization_name), d.expires_on
        FROM domains d LEFT JOIN organizations o ON o.id = d.organization_id
        WHERE d.expires_on IS NOT NULL
        UNION ALL
        SELECT e.resource_type_name, 'expirations', e.resource_id, e.resource_name, e.organization_id,
               coalesce(o.name, e.organization_name), e.expiration_date
        FROM expirations e LEFT JOIN organizations o ON o.id = e.organization_id
        WHERE e.expiration_date IS NOT NULL
          AND coalesce(e.resource_type_name, '') NOT IN ('Configuration', 'Domain')
        """,
        frozenset({"configurations", "domains", "expirations", "organizations"}),
        {
            # Ids of different resources may coincide: recomputing every row with one of those ids is still right.
            "configurations": ("resource_id", ("id",)),
            "domains": ("resource_id", ("id",)),
            "organizations": _BY_ORGANIZATION,
        },
        order_by=("expires_on", "resource_name", "resource_id"),
    ),
    Derived(
        "assets_per_organization",
        """
        SELECT c.organization_id, coalesce(o.name, any_value(c.organization_name)) AS organization_name,
               'configuration' AS kind, c.configuration_type_id AS type_id,
               coalesce(t.name, any_value(c.configuration_type_name)) AS type_name, count(*) AS assets
        FROM configurations c
        LEFT JOIN organizations o ON o.id = c.organization_id
        LEFT JOIN configuration_types t ON t.id = c.configuration_type_id
        WHERE NOT coalesce(c.archived, false)
        GROUP BY c.organization_id, o.name, c.configuration_type_id, t.name
        UNION ALL
        SELECT f.organization_id, coalesce(o.name, any_value(f.organization_name)),
               'flexible_asset', f.flexible_asset_type_id, coalesce(t.name, any_value(f.flexible_asset_type_name)),
               count(*)
        FROM flexible_assets f
        LEFT JOIN organizations o ON o.id = f.organization_id
        LEFT JOIN flexible_asset_types t ON t.id = f.flexible_asset_type_id
        WHERE NOT coalesce(f.archived, false)
        GROUP BY f.organization_id, o.name, f.flexible_asset_type_id, t.name
        """,
        frozenset(
            {"configurations", "flexible_assets", "organizations", "configuration_types", "flexible_asset_types"}
        ),
        {
            # A record moved to another organization changes the counts of both: before and after are recomputed.
            "configurations": ("organization_id", ("organization_id",)),
            "flexible_assets": ("organization_id", ("organization_id",)),
            "organizations": _BY_ORGANIZATION,
            "configuration_types": ("type_id", ("id",)),
            "flexible_asset_types": ("type_id", ("id",)),
        },
        order_by=("organization_name", "organization_id", "kind", "type_name"),
    ),
    Derived(
        "configurations_without_related_items",
        """
        SELECT c.id, c.name, c.organization_id, coalesce(o.name, c.organization_name) AS organization_name,
               c.configuration_type_id, coalesce(t.name, c.configuration_type_name) AS configuration_type_name,
               c.archived, c.updated_at
        FROM configurations c
        LEFT JOIN organizations o ON o.id = c.organization_id
        LEFT JOIN configuration_types t ON t.id = c.configuration_type_id
        WHERE NOT EXISTS (
            SELECT 1 FROM related_items r
            WHERE (r.resource_type = 'Configuration' AND r.resource_id = c.id)
               OR (r.destination_type = 'Configuration' AND r.destination_id = c.id)
        )
        """,
        frozenset({"configurations", "organizations", "configuration_types", "related_items"}),
        {
            "configurations": ("id", ("id",)),
            "organizations": _BY_ORGANIZATION,
            "configuration_types": ("configuration_type_id", ("id",)),
            "related_items": ("id", ("resource_id", "destination_id")),
        },
        order_by=("organization_name", "organization_id", "name", "id"),
    ),
    Derived(
        "_documents_named",
        """
        SELECT d.id, d.name, d.organization_id, coalesce(o.name, d.organization_name) AS organization_name,
               d.archived, d.updated_at, CAST(d.updated_at AS DATE) AS updated_on
        FROM documents d LEFT JOIN organizations o ON o.id = d.organization_id
        """,
        frozenset({"documents", "organizations"}),
        {"documents": ("id", ("id",)), "organizations": _BY_ORGANIZATION},
        order_by=("updated_on", "id"),
    ),
    Derived(
        "_passwords_named",
        """
        SELECT p.id, p.name, p.username, p.url, p.password_category_name,
               p.organization_id, coalesce(o.name, p.organization_name) AS organization_name,
               p.archived, p.updated_at, p.password_updated_at,
               CAST(p.updated_at AS DATE) AS updated_on, CAST(p.password_updated_at AS DATE) AS password_updated_on
        FROM passwords p LEFT JOIN organizations o ON o.id = p.organization_id
        """,
        frozenset({"passwords", "organizations"}),
        {"passwords": ("id", ("id",)), "organizations": _BY_ORGANIZATION},
        order_by=("organization_name", "organization_id", "id"),
    ),
    Derived(
        NAMES_TABLE,
        names_select(),
        frozenset(SEARCHED),
        # Records of two resources may share an id: recomputing every name with one of those ids is still right.
        dict.fromkeys(SEARCHED, ("id", ("id",))),
        # Sorted by resource, then lower-cased name: a prefix search reads the range of row groups holding the
        # prefix in each resource's, and the candidates of `search.GRAMS_TABLE` of one resource its row groups.
        order_by=("resource", "k", "id"),
    ),
)
"""The tables of answers, in the order they are built."""


VIEWS: Final[Mapping[str, str]] = {
    "expirations_ahead": """
        SELECT *, CAST(expires_on - current_date AS BIGINT) AS days_left FROM _expiring
        WHERE expires_on >= current_date
    """,
    # Day counts subtract the calendar dates the tables store (an integer per row), rather than running a time
    # zone aware date_diff per row at each query (measured: 3.5 ms against 64 ms for 100,000 documents).
    "stale_documents": """
        SELECT id, name, organization_id, organization_name, archived, updated_at,
               CAST(current_date - updated_on AS BIGINT) AS days_since_update
        FROM _documents_named
    """,
    "stale_passwords": """
        SELECT id, name, username, url, password_category_name, organization_id, organization_name, archived,
               updated_at, password_updated_at, CAST(current_date - updated_on AS BIGINT) AS days_since_update,
               CAST(current_date - password_updated_on AS BIGINT) AS days_since_password_change
        FROM _passwords_named
    """,
}
"""The views over those tables that depend on today's date (fixed text: nothing in it comes from a caller)."""

READY_MADE: Final[Mapping[str, str]] = {**{table.name: table.select for table in DERIVED}, **VIEWS}
"""Every ready-made table and view by name, with the query it answers."""

ORGANIZATIONS_MISSING: Final = """
    SELECT o.id, o.name, o.organization_type_name, o.organization_status_name
    FROM organizations o
    WHERE NOT EXISTS (
        SELECT 1 FROM assets_per_organization a
        WHERE a.organization_id = o.id AND a.kind = 'flexible_asset' AND lower(a.type_name) = lower(?)
    )
    ORDER BY o.name, o.id
"""
"""Organizations with no (non-archived) flexible asset of the type named by the one parameter."""

TYPE_VIEW_PREFIX: Final = "fa_"
"""Views per flexible asset type are named ``fa_<type name in snake case>`` (``fa_backup``, ``fa_ssl_certificates``)."""

_BASE_COLUMNS: Final = ("id", "organization_id", "organization_name", "name", "archived", "updated_at")
_KIND_CASTS: Final[Mapping[str, str]] = {"Number": "DOUBLE", "Percent": "DOUBLE", "Date": "DATE", "Checkbox": "BOOLEAN"}
_JSON_KINDS: Final = frozenset({"Tag", "Upload"})
_NO_VALUE_KINDS: Final = frozenset({"Header", "Password"})


def snake(text: str) -> str:
    """``Backup Jobs (Veeam)`` -> ``backup_jobs_veeam``: a name usable as an SQL identifier without quotes."""
    words = "".join(character.lower() if character.isalnum() else " " for character in text).split()
    name = "_".join(words) or "unnamed"
    return name if not name[0].isdigit() else f"_{name}"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def flexible_asset_type_views(types: list[tuple[int, str]], fields: list[tuple[int, str, str]]) -> dict[str, str]:
    """One view per flexible asset type, with a typed column per field read out of the ``traits`` JSON.

    Number and Percent fields are DOUBLE, Date fields DATE, Checkbox fields BOOLEAN, Tag and Upload fields JSON,
    the others text; Header fields hold no value and Password fields are never stored, so neither has a column.

    Args:
        types: ``(id, name)`` of each flexible asset type.
        fields: ``(flexible_asset_type_id, name_key, kind)`` of each field, in display order.

    Returns:
        View name -> its SELECT. Two types whose names give the same view name are told apart by their ids.
    """
    names = [snake(name) for _, name in types]
    views: dict[str, str] = {}
    for (type_id, _), name in zip(types, names, strict=True):
        view = TYPE_VIEW_PREFIX + (name if names.count(name) == 1 else f"{name}_{type_id}")
        columns = [f"f.{column}" for column in _BASE_COLUMNS]
        taken = set(_BASE_COLUMNS)
        for owner, key, kind in fields:
            if owner != type_id or kind in _NO_VALUE_KINDS or not key:
                continue
            column = snake(key)
            while column in taken:
                column += "_field"
            taken.add(column)
            path = _literal("$." + '"' + key.replace('"', '\\"') + '"')
            if kind in _JSON_KINDS:
                columns.append(f'json_extract(f.traits, {path}) AS "{column}"')
            else:
                value = f"json_extract_string(f.traits, {path})"
                cast = _KIND_CASTS.get(kind)
                columns.append(f'{f"TRY_CAST({value} AS {cast})" if cast else value} AS "{column}"')
        # Every name is quoted or a literal, and the id an int (S608).
        views[view] = (
            f"SELECT {', '.join(columns)} FROM flexible_assets f "  # noqa: S608
            f"WHERE f.flexible_asset_type_id = {int(type_id)}"
        )
    return views
