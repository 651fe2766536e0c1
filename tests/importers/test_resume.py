"""An import killed with SIGKILL at any point, and resumed, ends with exactly one copy of everything."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_import import Importer
from itglue_import.files import FilesSource
from itglue_sdk import ITGlueClient
from tests.importers.estate import make_runbooks
from tests.importers.test_end_to_end import snapshot

IMPORT_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from itglue_import import Importer
    from itglue_import.files import FilesSource
    from itglue_sdk import ITGlueClient
    base_url, key, state, folder, organization, die_after = sys.argv[1:7]
    writes = 0
    def count(event):
        global writes
        writes += 1
        if writes == int(die_after):
            os.kill(os.getpid(), signal.SIGKILL)
    with ITGlueClient(base_url=base_url, api_key=key) as client:
        client.register_plugin(count, "*")
        Importer(client, state=state).run(FilesSource(folder), organization_id=int(organization), publish=True)
    print(writes)
    """
)


def import_in_a_child(emulator: Emulator, state: Path, folder: Path, organization_id: int, die_after: int) -> int:
    """Run the import in another process, killed right after its ``die_after``-th write reached IT Glue.

    Returns:
        The child's exit status (``-SIGKILL`` when it was killed), or the writes it made when it finished.
    """
    child = subprocess.run(  # noqa: S603 - our own interpreter and script
        [
            sys.executable,
            "-c",
            IMPORT_AND_DIE,
            emulator.base_url,
            emulator.api_key,
            str(state),
            str(folder),
            str(organization_id),
            str(die_after),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if child.returncode == 0:
        return int(child.stdout.strip())
    assert child.returncode == -signal.SIGKILL, child.stderr
    return child.returncode


@pytest.fixture
def organizations(client: ITGlueClient) -> tuple[int, int]:
    first, second = (int(o.id) for o in client.organizations.list(limit=2))
    return first, second


@pytest.mark.parametrize(
    ("die_after", "lose_state"),
    [(1, False), (2, False), (5, False), (9, True), (14, False), (22, False), (30, True), (37, False)],
)
def test_a_run_killed_and_resumed_ends_with_exactly_one_copy(
    *,
    client: ITGlueClient,
    emulator: Emulator,
    organizations: tuple[int, int],
    tmp_path: Path,
    die_after: int,
    lose_state: bool,
) -> None:
    killed_org, clean_org = organizations
    folder = make_runbooks(tmp_path)
    clean = Importer(client, state=tmp_path / "clean.sqlite")
    clean.run(FilesSource(folder), organization_id=clean_org, publish=True)
    expected = snapshot(client, emulator, clean_org)

    state = tmp_path / "killed.sqlite"
    assert import_in_a_child(emulator, state, folder, killed_org, die_after) == -signal.SIGKILL
    if lose_state:
        state.unlink()
    resumed = Importer(client, state=state).run(FilesSource(folder), organization_id=killed_org, publish=True)
    assert resumed.count("created") + resumed.count("updated") + resumed.count("unchanged") == len(expected)

    def comparable(documents: dict[str, dict[str, object]]) -> dict[str, object]:
        return {name: {**document, "id": None} for name, document in documents.items()}

    assert comparable(snapshot(client, emulator, killed_org)) == comparable(expected)
    names = [
        d["attributes"]["name"]
        for d in emulator.store.records("documents")
        if d["attributes"].get("organization-id") == killed_org
    ]
    assert len(names) == len(set(names))  # no second copy of any document, marked or not
    orphans = [
        record
        for kind in ("document-images", "attachments")
        for record in emulator.store.records(kind)
        if emulator.store.get(record["parent"]["type"], record["parent"]["id"]) is None
    ]
    assert orphans == []
    assert Importer(client, state=state).run(FilesSource(folder), organization_id=killed_org).count("unchanged") == len(
        expected
    )


def test_the_kill_points_cover_the_whole_run(
    client: ITGlueClient, emulator: Emulator, organizations: tuple[int, int], tmp_path: Path
) -> None:
    """The last kill point above is still inside the run (37 writes: the last one is the last marker)."""
    writes = import_in_a_child(emulator, tmp_path / "s.sqlite", make_runbooks(tmp_path), organizations[0], 10**6)
    assert writes >= 37
