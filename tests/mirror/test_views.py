"""The mirror's ready-made views and its progress callback, checked against answers computed from the SDK's own
listings of an emulator estate (never from the mirror's tables)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from itglue_emulator.app import Emulator
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient


@pytest.fixture(scope="module")
def estate() -> Iterator[tuple[Emulator, ITGlueClient]]:
    with (
        Emulator.start(orgs=6, seed=11) as emulator,
        ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as client,
    ):
        yield emulator, client


@pytest.fixture(scope="module")
def mirror(estate: tuple[Emulator, ITGlueClient], tmp_path_factory: pytest.TempPathFactory) -> Mirror:
    made = Mirror(path=tmp_path_factory.mktemp("views") / "m.duckdb")
    made.sync(estate[1])
    return made


def _day(value: Any) -> date | None:
    if value is None or not hasattr(value, "isoformat"):
        return None if value is None or not isinstance(value, str) else date.fromisoformat(value[:10])
    return value if type(value) is date else value.date()


def _names(client: ITGlueClient, group: str) -> dict[int, str]:
    return {int(record.id): record.attributes.name for record in getattr(client, group).list()}


def _flexible(client: ITGlueClient) -> list[Any]:
    return [
        asset
        for type_id in _names(client, "flexible_asset_types")
        for asset in client.flexible_assets.list(filter={"flexible_asset_type_id": type_id})
    ]


def test_configurations_named_resolves_every_lookup(estate: tuple[Emulator, ITGlueClient], mirror: Mirror) -> None:
    client = estate[1]
    orgs, types = _names(client, "organizations"), _names(client, "configuration_types")
    statuses, locations = _names(client, "configuration_statuses"), _names(client, "locations")
    makers = _names(client, "manufacturers")
    expected = {}
    for config in client.configurations.list():
        a = config.attributes

        def look(table: dict[int, str], key: Any) -> str | None:
            return table.get(int(key)) if isinstance(key, int) else None

        expected[int(config.id)] = (
            a.name,
            look(orgs, a.organization_id),
            look(types, a.configuration_type_id),
            look(statuses, a.configuration_status_id),
            look(locations, a.location_id),
            look(makers, a.manufacturer_id),
        )
    rows = mirror.sql(
        "SELECT id, name, organization_name, configuration_type_name, configuration_status_name, location_name,"
        " manufacturer_name FROM configurations_named"
    ).rows()
    got = {row[0]: row[1:] for row in rows}
    assert got == expected
    assert any(value[5] for value in got.values()), "the estate should have manufacturers to resolve"


def test_expirations_ahead_has_warranties_and_domains_with_days_left(
    estate: tuple[Emulator, ITGlueClient], mirror: Mirror
) -> None:
    client = estate[1]
    today = datetime.now().astimezone().date()
    warranties = {}
    for config in client.configurations.list():
        day = _day(config.attributes.warranty_expires_at)
        if day is not None and day >= today and not config.attributes.archived:
            warranties[int(config.id)] = (day - today).days
    domains = {}
    for domain in client.domains.list():
        day = _day(domain.attributes.expires_on)
        if day is not None and day >= today:
            domains[int(domain.id)] = (day - today).days
    frame = mirror.sql("SELECT kind, resource_id, days_left FROM expirations_ahead")
    got: dict[str, dict[int, int]] = {}
    for kind, resource_id, days_left in frame.rows():
        got.setdefault(kind, {})[resource_id] = days_left
    assert warranties
    assert got["warranty"] == warranties
    assert got.get("domain", {}) == domains
    # IT Glue's own list repeats configurations and domains; the view keeps only its other kinds.
    assert not {"Configuration", "Domain"} & set(got)
    assert min(frame["days_left"]) >= 0


def test_assets_per_organization_counts(estate: tuple[Emulator, ITGlueClient], mirror: Mirror) -> None:
    client = estate[1]
    types = _names(client, "configuration_types")
    flexible_types = _names(client, "flexible_asset_types")
    expected: Counter[tuple[int, str, str]] = Counter()
    for config in client.configurations.list():
        if not config.attributes.archived:
            expected[
                (config.attributes.organization_id, "configuration", types[config.attributes.configuration_type_id])
            ] += 1
    for asset in _flexible(client):
        if not asset.attributes.archived:
            expected[
                (
                    asset.attributes.organization_id,
                    "flexible_asset",
                    flexible_types[asset.attributes.flexible_asset_type_id],
                )
            ] += 1
    rows = mirror.sql("SELECT organization_id, kind, type_name, assets FROM assets_per_organization").rows()
    assert {(org, kind, name): count for org, kind, name, count in rows} == dict(expected)


def test_stale_views_give_age_in_days(estate: tuple[Emulator, ITGlueClient], mirror: Mirror) -> None:
    client = estate[1]
    now = datetime.now(UTC)
    old_passwords = {int(p.id) for p in client.passwords.list() if (now - p.attributes.updated_at).days > 365}
    assert old_passwords
    got = mirror.sql("SELECT id FROM stale_passwords WHERE days_since_update > 365")["id"].to_list()
    assert set(got) == old_passwords
    documents = {int(d.id): (now - d.attributes.updated_at).days for d in client.documents.list()}
    rows = mirror.sql("SELECT id, days_since_update FROM stale_documents").rows()
    # date_diff counts midnights crossed, Python whole 24 h periods: they differ by at most one day.
    assert {row[0] for row in rows} == set(documents)
    assert all(abs(days - documents[doc_id]) <= 1 for doc_id, days in rows)


def test_organizations_missing_a_flexible_asset_type(estate: tuple[Emulator, ITGlueClient], mirror: Mirror) -> None:
    client = estate[1]
    orgs = _names(client, "organizations")
    flexible_types = _names(client, "flexible_asset_types")
    having: dict[str, set[int]] = {name: set() for name in flexible_types.values()}
    for asset in _flexible(client):
        if not asset.attributes.archived:
            having[flexible_types[asset.attributes.flexible_asset_type_id]].add(asset.attributes.organization_id)
    # A type some organizations have and some lack: the answer is neither everything nor nothing.
    name = next(name for name, owners in having.items() if 0 < len(owners) < len(orgs))
    missing = mirror.organizations_missing(name.upper())
    assert set(missing["id"].to_list()) == set(orgs) - having[name]
    with pytest.raises(KeyError, match="no flexible asset type"):
        mirror.organizations_missing("No Such Type")


def test_progress_callback_reports_every_page(estate: tuple[Emulator, ITGlueClient], tmp_path: Path) -> None:
    client = estate[1]
    calls: list[tuple[str, int, int | None]] = []
    lock = threading.Lock()

    def progress(resource: str, done: int, total: int | None) -> None:
        with lock:
            calls.append((resource, done, total))

    mirror = Mirror(path=tmp_path / "p.duckdb", page_size=5, workers=3)
    report = mirror.sync(client, resources=["configurations", "organizations"], progress=progress)
    for name in ("configurations", "organizations"):
        mine = [call for call in calls if call[0] == name]
        pages = report.resources[name].requests
        assert mine[0] == (name, 0, None)
        assert mine[-1] == (name, pages, pages)
        assert sorted(done for _, done, _ in mine[1:-1]) == list(range(1, pages + 1))
        assert all(total == pages for _, _, total in mine[1:-1])
    assert report.resources["configurations"].requests > 2


def test_a_view_per_flexible_asset_type_types_each_field(estate: tuple[Emulator, ITGlueClient], mirror: Mirror) -> None:
    client = estate[1]
    types = _names(client, "flexible_asset_types")
    views = set(mirror.sql("SELECT view_name FROM duckdb_views() WHERE starts_with(view_name, 'fa_')")["view_name"])
    assert len(views) == len(types)
    backup = next(type_id for type_id, name in types.items() if name == "Backup")
    assert "fa_backup" in views
    fields = list(client.flexible_asset_fields.within(flexible_asset_type_id=backup).list())
    frame = mirror.sql("SELECT * FROM fa_backup ORDER BY id")
    expected_columns = {
        field.attributes.name_key.replace("-", "_")
        for field in fields
        if field.attributes.kind not in ("Header", "Password")
    }
    assert expected_columns <= set(frame.columns)
    for field in fields:
        if field.attributes.kind == "Password":
            assert field.attributes.name_key.replace("-", "_") not in frame.columns
    assets = {int(asset.id): asset for asset in client.flexible_assets.list(filter={"flexible_asset_type_id": backup})}
    assert set(frame["id"]) == set(assets)
    compared: Counter[str] = Counter()
    for row in frame.to_dicts():
        traits = assets[row["id"]].attributes.traits.to_dict()
        for field in fields:
            column, kind = field.attributes.name_key.replace("-", "_"), field.attributes.kind
            if kind in ("Header", "Password", "Tag", "Upload") or column not in row:
                continue
            wire = traits.get(field.attributes.name_key)
            compared[kind] += wire is not None
            if kind == "Date":
                assert row[column] == (date.fromisoformat(wire) if wire else None), column
            elif kind in ("Number", "Percent"):
                assert row[column] == (float(wire) if wire is not None else None), column
            else:
                assert row[column] == wire, column
    assert compared["Date"] > 0
    assert compared["Number"] + compared["Checkbox"] + compared["Select"] + compared["Text"] > 0


def test_stale_day_counts_equal_date_diff(mirror: Mirror) -> None:
    # The tables store calendar dates; the views' day counts are what date_diff gives per row in this session.
    for view, source, pairs in (
        ("stale_documents", "documents", [("days_since_update", "updated_at")]),
        (
            "stale_passwords",
            "passwords",
            [("days_since_update", "updated_at"), ("days_since_password_change", "password_updated_at")],
        ),
    ):
        for days, column in pairs:
            differing = mirror.sql(
                f"SELECT count(*) FROM {view} v JOIN {source} r USING (id)"  # noqa: S608 - names of the test's own
                f" WHERE v.{days} IS DISTINCT FROM date_diff('day', r.{column}, now())"
            ).item()
            assert differing == 0, (view, days)
            assert mirror.sql(f"SELECT count({days}) FROM {view}").item() > 0  # noqa: S608


def test_answer_tables_are_sorted_and_indexed(mirror: Mirror) -> None:
    from itglue_mirror.derived import index_name
    from itglue_mirror.views import DERIVED

    for table in DERIVED:
        if not table.order_by:
            continue
        first = table.order_by[0]
        # Stored order (rowid) never goes back on the first sort key.
        unsorted = mirror.sql(
            f'SELECT count(*) FROM (SELECT "{first}" AS v, lag("{first}") OVER (ORDER BY rowid) AS before'  # noqa: S608
            f' FROM "{table.name}") WHERE before > v'
        ).item()
        assert mirror.sql(f'SELECT count(*) FROM "{table.name}"').item() > 0, table.name  # noqa: S608
        assert unsorted == 0, table.name
    named = next(table for table in DERIVED if table.name == "configurations_named")
    indexes = mirror.sql("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'configurations_named'")
    assert indexes["index_name"].to_list() == [index_name(named, "serial_number")]
    serial, expected = mirror.sql(
        "SELECT serial_number, id FROM configurations WHERE serial_number IS NOT NULL ORDER BY id LIMIT 1"
    ).row(0)
    found = mirror.sql("SELECT id FROM configurations_named WHERE serial_number = ?", [serial])["id"].to_list()
    assert expected in found
