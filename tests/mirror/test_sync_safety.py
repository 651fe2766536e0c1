"""The mirror under pressure, against the emulator over loopback: the request budget, per-parent resources read
incrementally, readers in other processes during a sync, ``kill -9`` at several points, a file held too long,
and the Parquet export."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from itglue_emulator.app import Emulator
from itglue_mirror import Mirror, MirrorBusyError
from itglue_sdk import ITGlueClient


def python(script: str, *args: str) -> subprocess.Popen[str]:
    """Our own interpreter running a script of this file, its output piped."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and scripts
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def holding(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding ``path`` open for writing, once it says so."""
    holder = python(HOLDER, str(path), str(seconds))
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def counts(path: Path) -> tuple[int, int, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        row = con.execute(
            "SELECT (SELECT count(*) FROM organizations), (SELECT count(*) FROM contacts),"
            " (SELECT count(*) FROM _mirror_state)"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def test_per_parent_plans_that_do_not_fit_the_budget_are_skipped_and_said(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient, emulator: Emulator
) -> None:
    top = ["organizations", "configurations", "contacts"]
    listing = Mirror(path=tmp_path / "probe.duckdb").sync(client, resources=top).requests
    organizations = len(list(other.organizations.list()))
    configurations = len(list(other.configurations.list()))
    budget = listing + organizations + configurations - 1  # the folders fit, the configurations' related items not
    mirror = Mirror(path=tmp_path / "m.duckdb", request_budget=budget)
    emulator.reset()
    report = mirror.sync(client, resources=[*top, "password_folders", "related_items"])
    assert report.request_budget == budget
    assert report.requests == emulator.request_count() <= budget
    assert report.resources["password_folders"].mode == "full"
    assert report.resources["password_folders"].requests == organizations
    related = report.resources["related_items"]
    assert f"related_items of configurations: needs {configurations} requests" in related.reason
    # The contacts' related items still fitted after the configurations' were skipped: one show each.
    assert related.mode == "full"
    assert related.requests == len(list(other.contacts.list()))
    assert mirror.sql("SELECT count(*) AS n FROM related_items WHERE resource_type = 'Configuration'")["n"][0] == 0
    # A plan that was skipped leaves the resource due for a complete read next time.
    status = {entry.resource: entry for entry in mirror.status()}
    assert status["related_items"].last_full_sync is None
    assert status["password_folders"].last_full_sync is not None


def test_the_budget_share_paces_the_sync(tmp_path: Path, emulator: Emulator) -> None:
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key, rate_limit=20, rate_window=1.0) as slow:
        started = time.monotonic()
        report = Mirror(path=tmp_path / "m.duckdb", budget_share=0.25, page_size=5).sync(
            slow, resources=["configurations"]
        )
        elapsed = time.monotonic() - started
    # 5 requests a second at most: the share of 20 per second, whatever the client's own limiter allows.
    assert report.requests > 10
    assert elapsed >= (report.requests - 5) / 5 * 0.9


def test_children_of_changed_parents_only_are_read_incrementally(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient, emulator: Emulator
) -> None:
    groups = ["configurations", "related_items", "attachments"]
    mirror = Mirror(path=tmp_path / "m.duckdb")
    first = mirror.sync(client, resources=groups)
    assert first.resources["related_items"].mode == "full"
    config = next(iter(other.configurations.list()))
    other.configurations.update(config, {"name": "renamed-for-children"})
    emulator.reset()
    report = mirror.sync(client, resources=groups)
    assert report.resources["configurations"].mode == "incremental"
    assert report.resources["related_items"].mode == "incremental"
    # One page of configurations, one show for the changed one's related items, one list of its attachments.
    assert report.resources["related_items"].requests == 1
    assert report.resources["attachments"].requests == 1
    assert emulator.request_count() == report.requests == 3


def test_a_parent_re_read_loses_the_children_it_no_longer_has(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient
) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    mirror.sync(client, resources=["configurations", "attachments"])
    row = mirror.sql(
        "SELECT resource_id, id FROM attachments WHERE resource_type = 'Configuration' ORDER BY id LIMIT 1"
    ).row(0)
    config_id, attachment_id = row
    response = other.http.request(
        "DELETE",
        f"/configurations/{config_id}/relationships/attachments",
        content=f'{{"data": [{{"type": "attachments", "attributes": {{"id": {attachment_id}}}}}]}}',
        headers={"content-type": "application/vnd.api+json"},
    )
    assert response.status_code in (200, 204), response.text
    other.configurations.update(config_id, {"name": "touched"})
    report = mirror.sync(client, resources=["configurations", "attachments"])
    assert report.resources["attachments"].deleted == 1
    assert attachment_id not in mirror.sql("SELECT id FROM attachments")["id"].to_list()


READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from itglue_mirror import Mirror
    path, seconds = Path(sys.argv[1]), float(sys.argv[2])
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        row = Mirror(path=path).sql(
            "SELECT (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM contacts) AS c"
        ).row(0)
        print(row[0], row[1], flush=True)
    """
)


def test_a_reader_in_another_process_never_fails_nor_sees_half_a_sync(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient
) -> None:
    path = tmp_path / "m.duckdb"
    mirror = Mirror(path=path)
    groups = ["organizations", "contacts", "configurations", "locations", "related_items"]
    mirror.sync(client, resources=groups)
    organizations, contacts, _ = counts(path)
    reader = python(READER, str(path), "6")
    try:
        time.sleep(1.0)
        for round_number in range(3):
            made = other.organizations.create({"name": f"Reader Round {round_number}"})
            other.contacts.create({"first_name": "Round", "last_name": str(round_number), "organization_id": made.id})
            mirror.sync(client, resources=groups, full=True)
    finally:
        out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    seen = {tuple(int(value) for value in line.split()) for line in out.splitlines()}
    assert len(out.splitlines()) > 5
    # Organizations and contacts grew together, one of each per sync: a partial sync would break the difference.
    assert {pair[0] - pair[1] for pair in seen} == {organizations - contacts}
    assert (organizations + 3, contacts + 3) in seen


SYNC_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from itglue_mirror import Mirror
    from itglue_sdk import ITGlueClient
    path, base_url, key, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    die = lambda: os.kill(os.getpid(), signal.SIGKILL)
    if point == "applying":
        merge = Mirror._merge
        def dying_merge(self, con, item):
            report = merge(self, con, item)
            if item.name == "contacts":
                die()
            return report
        Mirror._merge = dying_merge
    if point == "applied":
        apply = Mirror._apply
        def dying_apply(self, staged):
            apply(self, staged)
            die()
        Mirror._apply = dying_apply
    def progress(resource, done, total):
        if point == "reading" and resource == "contacts" and done and done == total:
            die()
    with ITGlueClient(base_url=base_url, api_key=key) as client:
        Mirror(path=path).sync(client, resources=["organizations", "contacts", "configurations"], full=True,
                               progress=progress)
    """
)


@pytest.mark.parametrize("point", ["reading", "applying", "applied"])
def test_a_sync_killed_leaves_the_previous_mirror_and_the_next_one_converges(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient, emulator: Emulator, point: str
) -> None:
    path = tmp_path / "m.duckdb"
    mirror = Mirror(path=path)
    mirror.sync(client, resources=["organizations", "contacts", "configurations"])
    before = counts(path)
    made = other.organizations.create({"name": "Killed Sync Ltd"})
    other.contacts.create({"first_name": "Kill", "last_name": "Nine", "organization_id": made.id})
    child = python(SYNC_AND_DIE, str(path), emulator.base_url, emulator.api_key, point)
    _, err = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, err
    assert mirror.staging_path.exists()  # the killed sync did not get to clean up
    after = counts(path)
    if point == "applied":
        assert after == (before[0] + 1, before[1] + 1, before[2])
    else:
        assert after == before  # nothing of the killed sync is visible, not even the organizations it merged
    report = Mirror(path=path).sync(client, resources=["organizations", "contacts", "configurations"])
    assert report.resources["organizations"].rows == len(list(other.organizations.list()))
    assert counts(path)[:2] == (before[0] + 1, before[1] + 1)
    assert not mirror.staging_path.exists()


HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
    """
)


def test_a_file_held_by_another_process_is_waited_for_then_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    mirror = Mirror(path=path, lock_timeout=0.3)
    holder = holding(path, 20)
    try:
        started = time.monotonic()
        with pytest.raises(MirrorBusyError, match="locked by another process") as caught:
            mirror.sql("SELECT count(*) FROM organizations")
        assert caught.value.waited >= 0.3
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.communicate()
    brief = holding(path, 0.5)
    try:
        patient = Mirror(path=path, lock_timeout=30)
        assert patient.sql("SELECT count(*) AS n FROM organizations")["n"][0] == 0
    finally:
        brief.communicate()


def test_a_second_sync_of_the_same_mirror_is_refused(tmp_path: Path, client: ITGlueClient) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    holder = holding(mirror.staging_path, 20)
    try:
        with pytest.raises(MirrorBusyError):
            mirror.sync(client, resources=["organizations"])
    finally:
        holder.kill()
        holder.communicate()
    assert mirror.sync(client, resources=["organizations"]).resources["organizations"].rows > 0


def test_export_writes_one_parquet_file_per_table(tmp_path: Path, client: ITGlueClient) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    mirror.sync(client)
    written = mirror.export_parquet(tmp_path / "export")
    assert {file.stem for file in written} == set(mirror.tables)
    for file in written:
        exported = pl.read_parquet(file)
        stored = mirror.sql(f'SELECT * FROM "{file.stem}" ORDER BY id')  # noqa: S608 - a table name of ours
        # Equal rows (JSON as text, times as the same instants), in the same order.
        assert exported.to_dicts() == stored.to_dicts(), file.stem
    assert pl.read_parquet(tmp_path / "export" / "organizations.parquet").height > 0


IDLE_READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from itglue_mirror import Mirror
    mirror = Mirror(path=Path(sys.argv[1]), keep_open=float(sys.argv[2]))
    mirror.sql("SELECT count(*) FROM organizations")
    print("read", flush=True)
    time.sleep(float(sys.argv[3]))
    print(mirror.sql("SELECT count(*) AS n FROM organizations")["n"][0], flush=True)
    """
)


@pytest.mark.parametrize(("keep_open", "idle"), [(1.0, 20.0), (60.0, 3.0)])
def test_a_reader_keeping_its_connection_lets_a_writer_in(
    tmp_path: Path, client: ITGlueClient, other: ITGlueClient, keep_open: float, idle: float
) -> None:
    path = tmp_path / "m.duckdb"
    mirror = Mirror(path=path, lock_timeout=30)
    mirror.sync(client, resources=["organizations"])
    before = counts(path)[0]
    reader = python(IDLE_READER, str(path), str(keep_open), str(idle))
    try:
        assert reader.stdout is not None
        assert reader.stdout.readline().strip() == "read"
        other.organizations.create({"name": "Written While Read"})
        started = time.monotonic()
        mirror.sync(client, resources=["organizations"], full=True)
        waited = time.monotonic() - started
        out, err = reader.communicate(timeout=60)
    finally:
        reader.kill()
    assert reader.returncode == 0, err
    # An idle reader closes within keep_open; a busy one (keep_open 60 s) hands over at its next query.
    assert waited < min(keep_open, idle) + 5
    assert int(out.strip()) == before + 1  # the reader's next query sees the sync, not a stale snapshot
