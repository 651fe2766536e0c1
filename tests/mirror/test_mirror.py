"""The mirror against the emulator over loopback HTTP: storage, secrets at rest, full and incremental sync,
reconcile, queries."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from itglue_emulator.app import Emulator
from itglue_mirror import Mirror, ReadOnlyQueryError, default_path
from itglue_mirror.schema import spec_version
from itglue_sdk import InstanceStore, ITGlueClient, Secret
from itglue_sdk.config.instances import make_instance


def wire_ids(client: ITGlueClient, group: str, **params: Any) -> set[int]:
    return {int(record.id) for record in getattr(client, group).list(**params)}


def mirror_ids(mirror: Mirror, table: str) -> set[int]:
    return set(mirror.frame(table).select("id").collect()["id"].to_list())


def test_full_sync_equals_the_emulator(tmp_path: Path, client: ITGlueClient, other: ITGlueClient) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    report = mirror.sync(client)
    for group in ("organizations", "configurations", "contacts", "passwords", "locations", "domains", "countries"):
        assert mirror_ids(mirror, group) == wire_ids(other, group), group
        assert report.resources[group].mode == "full"
        assert report.resources[group].rows == len(wire_ids(other, group))
    types = wire_ids(other, "flexible_asset_types")
    assets = set().union(
        *(wire_ids(other, "flexible_assets", filter={"flexible_asset_type_id": type_id}) for type_id in types)
    )
    assert assets
    assert mirror_ids(mirror, "flexible_assets") == assets
    configurations = {int(c.id): c.attributes for c in other.configurations.list()}
    rows = mirror.sql("SELECT id, name, hostname, organization_id, archived FROM configurations").rows()
    for config_id, name, hostname, organization_id, archived in rows:
        wire = configurations[config_id]
        assert (name, hostname, organization_id, archived) == (
            wire.name,
            wire.hostname,
            wire.organization_id,
            wire.archived,
        )
    assert report.resources["organizations"].requests == 1
    assert "never stored" in report.skipped["document_sections"]


def side_loaded_ids(client: ITGlueClient, path: str, wire_type: str, **params: str) -> set[int]:
    document = client.http.get(path, params=params).json()
    return {int(item["id"]) for item in document.get("included", []) if item["type"] == wire_type}


def listed_ids(client: ITGlueClient, path: str) -> set[int]:
    return {int(item["id"]) for item in client.http.get(path, params={"page[size]": 1000}).json()["data"]}


def test_per_parent_resources_equal_the_emulator(tmp_path: Path, client: ITGlueClient, other: ITGlueClient) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    report = mirror.sync(client)
    configurations = wire_ids(other, "configurations")
    related = set().union(
        *(
            side_loaded_ids(other, f"/configurations/{c}", "related-items", include="related_items")
            for c in configurations
        )
    )
    assert related
    mirrored = mirror.sql("SELECT id FROM related_items WHERE resource_type = 'Configuration'")["id"].to_list()
    assert set(mirrored) == related
    attachments = set().union(
        *(listed_ids(other, f"/configurations/{c}/relationships/attachments") for c in configurations)
    )
    assert attachments
    mirrored = mirror.sql("SELECT id FROM attachments WHERE resource_type = 'Configuration'")["id"].to_list()
    assert set(mirrored) == attachments
    folders = set().union(
        *(
            listed_ids(other, f"/organizations/{o}/relationships/password_folders")
            for o in wire_ids(other, "organizations")
        )
    )
    assert mirror_ids(mirror, "password_folders") == folders
    assert report.resources["related_items"].mode == "full"
    assert report.resources["related_items"].reason == ""
    # One show per parent record that has related items at all.
    assert report.resources["related_items"].requests >= len(configurations)


def test_concurrent_pages_cover_every_record(tmp_path: Path, client: ITGlueClient, emulator: Emulator) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb", page_size=7, workers=3)
    emulator.reset()
    report = mirror.sync(client, resources=["configurations"])
    sent = emulator.request_count("GET", "/configurations")
    total = len(wire_ids(client, "configurations"))
    pages = -(-total // 7)
    assert pages > 2
    assert report.resources["configurations"].requests == pages
    assert sent == pages
    assert report.resources["configurations"].rows == total


def test_columns_are_typed_from_the_spec(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    Mirror(path=path)
    with duckdb.connect(str(path), read_only=True) as con:
        types = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main'"
            ).fetchall()
        )
        primary = con.execute(
            "SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = 'organizations'"
            " AND constraint_type = 'PRIMARY KEY'"
        ).fetchone()
    assert types["organizations.id"] == "BIGINT"
    assert primary == (["id"],)
    assert types["configurations.organization_id"] == "BIGINT"
    assert types["configurations.archived"] == "BOOLEAN"
    assert types["configurations.updated_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["configurations.name"] == "VARCHAR"
    assert types["flexible_assets.traits"] == "JSON"
    assert "passwords.password" not in types
    assert "passwords.notes" not in types
    assert "passwords.username" in types


def test_an_older_file_gains_the_missing_columns_and_tables(tmp_path: Path, client: ITGlueClient) -> None:
    path = tmp_path / "m.duckdb"
    Mirror(path=path).sync(client, resources=["configurations"])
    with duckdb.connect(str(path)) as con:
        con.execute("ALTER TABLE configurations DROP COLUMN hostname")
        con.execute("DROP TABLE regions")
        con.execute("UPDATE _mirror_meta SET value = 'old' WHERE key = 'spec_version'")
    mirror = Mirror(path=path)
    assert mirror.meta()["spec_version"] == spec_version() != "old"
    assert mirror.meta()["duckdb_version"] == "v" + duckdb.__version__
    kept = mirror.sql("SELECT count(*) AS n, count(hostname) AS h FROM configurations")
    assert kept["n"][0] > 0  # the rows stayed: no re-download
    assert kept["h"][0] == 0  # the new column is empty until the next sync fills it
    assert mirror.sql("SELECT count(*) AS n FROM regions")["n"][0] == 0
    mirror.sync(client, resources=["configurations"], full=True)
    assert mirror.sql("SELECT count(hostname) AS h FROM configurations")["h"][0] > 0


def _password_trait_type(client: ITGlueClient) -> tuple[int, str, str]:
    """A flexible asset type with a Password field: its id, that field's key and a Text field's key."""
    for asset_type in client.flexible_asset_types.list():
        fields = list(client.flexible_asset_fields.within(flexible_asset_type_id=asset_type).list())
        secret = [f.attributes.name_key for f in fields if f.attributes.kind == "Password"]
        text = [f.attributes.name_key for f in fields if f.attributes.kind == "Text" and f.attributes.required]
        if secret and text:
            return int(asset_type.id), str(secret[0]), str(text[0])
    raise AssertionError("the estate has no flexible asset type with a Password field")


def written_bytes(path: Path) -> bytes:
    files = [path, path.with_name(path.name + ".wal")]
    temp = path.with_name(path.name + ".tmp")
    files += list(temp.rglob("*")) if temp.exists() else []
    return b"".join(file.read_bytes() for file in files if file.is_file())


@pytest.mark.parametrize("notes", [False, True])
def test_no_secret_reaches_the_disk(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient, notes: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = int(next(iter(other.organizations.list())).id)
    other.passwords.create(
        {
            "name": "PLANTED-NAME-0",
            "username": "PLANTED-USER-0",
            "password": Secret("PLANTED-VALUE-1"),
            "otp_secret": "PLANTEDOTPSECRET2",
            "notes": "PLANTED-NOTE-3",
            "organization_id": org,
        }
    )
    type_id, secret_key, text_key = _password_trait_type(other)
    other.flexible_assets.create(
        {
            "organization_id": org,
            "flexible_asset_type_id": type_id,
            "traits": {text_key: "PLANTED-TRAIT-TEXT-0", secret_key: "PLANTED-TRAIT-SECRET-4"},
        }
    )
    path = tmp_path / "m.duckdb"
    mirror = Mirror(path=path, store_password_notes=notes)
    staged: list[bytes] = []
    apply = Mirror._apply

    def keep_staging_bytes(self: Mirror, items: Any) -> Any:
        # The staging file is removed after the sync: its bytes are read just before they are applied.
        staged.append(written_bytes(self.staging_path))
        return apply(self, items)

    monkeypatch.setattr(Mirror, "_apply", keep_staging_bytes)
    mirror.sync(client)
    exported = mirror.export_parquet(tmp_path / "export")
    stored = mirror.sql(
        "SELECT traits FROM flexible_assets WHERE traits->>? = 'PLANTED-TRAIT-TEXT-0'", [text_key]
    ).rows()
    assert len(stored) == 1
    assert secret_key not in stored[0][0]
    on_disk = written_bytes(path) + b"".join(staged) + b"".join(file.read_bytes() for file in exported)
    assert b"PLANTED-NAME-0" in staged[0]
    # The controls: metadata is stored, and readable in the bytes, so the absence checks below can fail.
    assert b"PLANTED-NAME-0" in on_disk
    assert b"PLANTED-USER-0" in on_disk
    assert b"PLANTED-TRAIT-TEXT-0" in on_disk
    for secret in (b"PLANTED-VALUE-1", b"PLANTEDOTPSECRET2", b"PLANTED-TRAIT-SECRET-4"):
        assert secret not in on_disk
    assert (b"PLANTED-NOTE-3" in on_disk) is notes


def test_incremental_sync_converges_at_the_cost_of_the_change(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient, emulator: Emulator
) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb", page_size=5)
    groups = ["organizations", "configurations", "contacts"]
    emulator.reset()
    full = mirror.sync(client, resources=groups)
    full_cost = emulator.request_count()
    assert full.requests == full_cost
    org = int(next(iter(other.organizations.list())).id)
    created = other.organizations.create({"name": "Brand New Pty Ltd"})
    config = next(iter(other.configurations.list()))
    other.configurations.update(config, {"name": "renamed-fw"})
    other.contacts.create({"first_name": "Ada", "last_name": "Lovelace", "organization_id": org})
    emulator.reset()
    report = mirror.sync(client, resources=groups)
    cost = emulator.request_count()
    assert {r.mode for r in report.resources.values()} == {"incremental"}
    assert cost == report.requests == len(groups)  # one page each: the change fits on the first
    assert full_cost > 3 * cost
    for group in groups:
        assert mirror_ids(mirror, group) == wire_ids(other, group), group
    assert int(created.id) in mirror_ids(mirror, "organizations")
    renamed = mirror.sql("SELECT name FROM configurations WHERE id = ?", [int(config.id)])
    assert renamed["name"].to_list() == ["renamed-fw"]
    state = {s.resource: s for s in mirror.status()}
    assert state["configurations"].last_incremental_sync is not None
    assert state["configurations"].requests == 1
    assert state["configurations"].rows == len(wire_ids(other, "configurations"))


def test_deletions_are_reconciled_on_full_and_when_due(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient
) -> None:
    path = tmp_path / "m.duckdb"
    Mirror(path=path).sync(client, resources=["contacts", "configurations"])
    contact, config = next(iter(other.contacts.list())), next(iter(other.configurations.list()))
    other.contacts.delete(contact)
    other.configurations.delete(config)
    mirror = Mirror(path=path)
    incremental = mirror.sync(client, resources=["contacts"])
    assert incremental.resources["contacts"].mode == "incremental"
    assert int(contact.id) in mirror_ids(mirror, "contacts")  # no change feed: an incremental read cannot see it
    forced = mirror.sync(client, resources=["contacts"], full=True)
    assert forced.resources["contacts"].deleted == 1
    assert mirror_ids(mirror, "contacts") == wire_ids(other, "contacts")
    due = Mirror(path=path, reconcile_interval=timedelta(0)).sync(client, resources=["configurations"])
    assert due.resources["configurations"].mode == "full"
    assert due.resources["configurations"].reason == "reconcile due"
    assert mirror_ids(mirror, "configurations") == wire_ids(other, "configurations")


def test_queries_are_read_only_and_typed(tmp_path: Path, client: ITGlueClient) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    mirror.sync(client, resources=["organizations"])
    frame = mirror.sql("SELECT id, name FROM organizations ORDER BY name")
    assert isinstance(frame, pl.DataFrame)
    assert frame.height == 3
    lazy = mirror.frame("organizations")
    assert isinstance(lazy, pl.LazyFrame)
    assert lazy.select(pl.len()).collect().item() == 3
    for statement in ("DELETE FROM organizations", "SELECT 1; DROP TABLE organizations", "ATTACH 'x.db'", ""):
        with pytest.raises(ReadOnlyQueryError):
            mirror.sql(statement)
    assert mirror.sql("SELECT count(*) AS n FROM organizations")["n"][0] == 3
    with pytest.raises(duckdb.CatalogException):
        mirror.sql("SELECT * FROM no_such_table")
    with pytest.raises(KeyError, match="no table"):
        mirror.frame("no_such_table")


def test_status_flags_stale_resources(tmp_path: Path, client: ITGlueClient) -> None:
    path = tmp_path / "m.duckdb"
    Mirror(path=path).sync(client, resources=["organizations", "countries"])
    fresh = {s.resource: s for s in Mirror(path=path).status()}
    assert set(fresh) == {"organizations", "countries"}
    assert not fresh["organizations"].stale
    assert fresh["organizations"].rows == 3
    assert fresh["organizations"].last_full_sync is not None
    assert fresh["organizations"].watermark is not None
    stale = Mirror(path=path, stale_after=timedelta(0)).status()
    assert all(s.stale for s in stale)


def test_the_file_lives_per_instance(tmp_path: Path) -> None:
    store = InstanceStore(tmp_path / "instances.toml", data_root=tmp_path / "data")
    store.add(make_instance("sandbox", base_url="https://sandbox.example", data_dir=tmp_path / "sandbox-data"))
    assert default_path("sandbox", store) == tmp_path / "sandbox-data" / "sandbox.duckdb"
    production = default_path("production", store)
    assert production.parts[-2:] == ("mirrors", "production.duckdb")
    assert default_path("custom-127-0-0-1-8080", store).name == "custom-127-0-0-1-8080.duckdb"
    assert production.parent.parent.name == "itglue-sdk"
