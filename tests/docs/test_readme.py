"""Every Python block of README.md runs as written against the emulator, and passes mypy --strict."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mypy import api

from itglue_emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_its_python_blocks() -> None:
    assert len(BLOCKS) == 4


def test_every_block_passes_mypy_strict(tmp_path: Path) -> None:
    paths = []
    for number, block in enumerate(BLOCKS):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(str(path))
    stdout, stderr, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), *paths]
    )
    assert (status, stderr) == (0, ""), stdout


@pytest.fixture
def emulator_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """The README's setting: the ``emulator`` instance (here on a free port) and its key in ITGLUE_API_KEY."""
    with Emulator.start(orgs=3, seed=1) as emulator:
        (tmp_path / "instances.toml").write_text(f'[instances.emulator]\nbase_url = "{emulator.base_url}"\n')
        monkeypatch.setenv("ITGLUE_CONFIG_DIR", str(tmp_path))
        monkeypatch.setenv("ITGLUE_API_KEY", emulator.api_key)
        yield emulator


def test_the_sdk_block_runs_against_the_emulator(emulator_instance: Emulator) -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(BLOCKS[0], "README.md", "exec"), {"__name__": "readme"})  # noqa: S102 - our own README
    lines = printed.getvalue().splitlines()
    names = [line.split(" ")[1] for line in lines[:3]]
    assert len(names) == 3
    assert lines.count("organization.updated") == 1  # the plugin was registered after the create
    assert "********" in lines
    assert "s3" not in printed.getvalue().split()
    assert lines[-1].startswith("MetricsSnapshot(")
    with _client(emulator_instance) as client:
        acme = next(iter(client.organizations.list(filter={"name": "Acme Ltd"})))
        assert acme.attributes.quick_notes == "Patched from the SDK"
        application = next(iter(client.flexible_asset_types.list(filter={"name": "Application"})))
        assets = client.flexible_assets.list(filter={"flexible_asset_type_id": int(application.id)}, limit=1)
        assert next(iter(assets)).attributes.traits.additional_properties["notes"] == "patched"


def test_the_fixture_block_runs_as_a_test(emulator_instance: Emulator) -> None:
    namespace: dict[str, Any] = {"__name__": "readme"}
    exec(compile(BLOCKS[1], "README.md", "exec"), namespace)  # noqa: S102 - our own README
    namespace["test_my_automation"](emulator_instance)


def _client(emulator: Emulator) -> Any:
    from itglue_sdk import ITGlueClient

    return ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key, load_plugins=False)


def test_the_import_block_runs_against_the_emulator(
    emulator_instance: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "runbooks").mkdir()
    (tmp_path / "runbooks" / "vpn.md").write_text("# VPN\n\n1. Open the client\n2. Sign in\n", encoding="utf-8")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(BLOCKS[2], "README.md", "exec"), {"__name__": "readme"})  # noqa: S102 - our own README
    assert printed.getvalue().startswith("{'created': 1, 'updated': 0, 'unchanged': 0")
    with _client(emulator_instance) as client:
        first = next(iter(client.organizations.list(sort="name", limit=1)))
        names = [d.attributes.name for d in client.documents.within(organization_id=first.id).list()]
    assert "vpn" in names
    assert (tmp_path / "data" / "itglue-sdk" / "mirrors" / "emulator.imports.sqlite").exists()


def test_the_plugin_block_is_a_source_the_importer_runs(emulator_instance: Emulator, tmp_path: Path) -> None:
    from itglue_import import Importer, Source

    namespace: dict[str, Any] = {"__name__": "readme"}
    exec(compile(BLOCKS[3], "README.md", "exec"), namespace)  # noqa: S102 - our own README
    export = tmp_path / "closed.json"
    tickets = [
        {"id": 7, "company": "Acme", "summary": "Switch rebooting", "resolution": "<p>Replaced the PSU.</p>"},
        {"id": 8, "company": "Acme", "summary": "Printer", "resolution": ""},
    ]
    export.write_text(__import__("json").dumps(tickets), encoding="utf-8")
    source = namespace["ClosedTickets"](str(export), board="Network")
    assert isinstance(source, Source)
    with _client(emulator_instance) as client:
        organization = int(next(iter(client.organizations.list(limit=1))).id)
        report = Importer(client, state=tmp_path / "state.sqlite").run(source, organization_id=organization)
        assert [(item.name, item.outcome) for item in report.items] == [
            ("Acme: Switch rebooting", "created"),
            ("ticket 8", "failed"),
        ]
        assert report.items[1].reason == "closed without a resolution"
