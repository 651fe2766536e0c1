"""User code, written the natural way, type-checks under mypy --strict and runs against the emulator.

`user_code/` holds what users write (reads, writes, passwords, traits, async); `misuse.py` holds what mypy must
refuse. One mypy run checks both with the project's configuration.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from mypy import api

from itglue_emulator.app import Emulator
from itglue_sdk import AsyncITGlueClient, ITGlueClient
from tests.typing.user_code import async_reads, reads, writes

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
MISUSE = HERE / "misuse.py"


@pytest.fixture(scope="module")
def mypy_errors() -> dict[str, list[tuple[int, str, str]]]:
    """mypy's errors by file name: (line, message, code)."""
    stdout, stderr, _ = api.run(
        [
            *("--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache")),
            *(str(path) for path in [*sorted((HERE / "user_code").glob("*.py")), MISUSE]),
        ]
    )
    assert not stderr
    found: dict[str, list[tuple[int, str, str]]] = {}
    for match in re.finditer(r"^(?:.*/)?([\w.]+\.py):(\d+): error: (.*)  \[([\w-]+)\]$", stdout, re.MULTILINE):
        found.setdefault(match.group(1), []).append((int(match.group(2)), match.group(3), match.group(4)))
    return found


def test_natural_user_code_checks_clean(mypy_errors: dict[str, list[tuple[int, str, str]]]) -> None:
    assert {name: errors for name, errors in mypy_errors.items() if name != "misuse.py"} == {}


def test_misspelt_sort_filter_write_key_and_a_missing_name_are_type_errors(
    mypy_errors: dict[str, list[tuple[int, str, str]]],
) -> None:
    expected = {
        number: match.group(1)
        for number, line in enumerate(MISUSE.read_text().splitlines(), start=1)
        if (match := re.search(r"# expect: ([\w-]+)$", line))
    }
    errors = mypy_errors["misuse.py"]
    assert {line: code for line, _, code in errors} == expected
    messages = {line: message for line, message, _ in errors}
    lines = MISUSE.read_text().splitlines()
    # Each message names what was wrong and what the call takes.
    checks = {
        "sort=": ("\"Literal['nmae']\"", "'-name'"),
        "filter=": ('"dict[str, int]"', '"ConfigurationFilters | None"'),
        '"shortname"': ('"dict[str, str]"', '"OrganizationCreateParams | OrganizationWriteAttributes"'),
        '"no name"': ('"dict[str, str]"', '"OrganizationCreateParams | OrganizationWriteAttributes"'),
        "update(": ('"dict[str, int]"', '"OrganizationUpdateParams | OrganizationWriteAttributes"'),
        "include=": ("\"Literal['attachmnets']\"", "'attachments'"),
        "countries": ('has no attribute "create"',),
        "timeout=": ('"str"', '"float | Timeout | None"'),
        "extra_headers=": ('"str": "int"', '"str": "str"'),
    }
    for number in expected:
        wanted = next(parts for marker, parts in checks.items() if marker in lines[number - 1])
        for part in wanted:
            assert part in messages[number], (number, messages[number])


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator.start(orgs=3, seed=11) as running:
        yield running


def _client(emulator: Emulator) -> ITGlueClient:
    return ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key, load_plugins=False)


def test_reads_run_as_typed(emulator: Emulator) -> None:
    with _client(emulator) as client:
        names = reads.organization_names(client)
        assert names == sorted(names)
        assert all(name == name.upper() for name in names)
        assert len(names) == 3
        dates = reads.creation_dates(client)
        assert dates == sorted(dates, reverse=True)
        assert all(isinstance(day, date) for day in dates)
        first = reads.first_organization(client)
        assert reads.describe(first).startswith(first.attributes.name)
        organization_id = int(first.id)
        configurations = reads.configurations_of(client, organization_id)
        assert configurations
        assert all(c.attributes.organization_id == organization_id for c in configurations)
        assert all(not c.attributes.archived for c in configurations)
        assert set(reads.hostnames(client, organization_id)) <= {
            c.attributes.name for c in client.configurations.list()
        }
        others = reads.other_organizations(client, first.attributes.name)
        assert organization_id not in others
        assert reads.is_missing(client, 999_999_999)
        assert not reads.is_missing(client, organization_id)
        shown = reads.with_attachments(client, int(configurations[0].id))
        assert shown is not None
        assert shown.record.id == configurations[0].id
        assert reads.by_name(client, first.attributes.name.lower()) == first
        assert reads.by_name(client, "no such organization") is None


def test_reads_through_a_mirror_run_as_typed(emulator: Emulator, tmp_path: Path) -> None:
    found, hits = reads.through_mirror(tmp_path / "m.duckdb", emulator.base_url, emulator.api_key)
    assert found is not None
    assert hits == 1


def test_writes_passwords_and_traits_run_as_typed(emulator: Emulator) -> None:
    with _client(emulator) as client:
        organization = writes.new_organization(client, "Typed Code Ltd")
        assert organization.attributes.name == "Typed Code Ltd"
        assert organization.attributes.description == "made by typed code"
        assert organization.attributes.quick_notes == "patched from typed code"
        location = writes.new_location(client, organization)
        assert location.attributes.organization_id == int(organization.id)
        assert location.attributes.city == "Leeds"
        assert writes.password_round_trip(client, organization) == "s3cret!"
        asset = next(iter(client.flexible_assets.list(filter={"flexible_asset_type_id": _asset_type(client)})))
        key = next(iter(asset.attributes.traits.additional_properties))
        patched = writes.patch_traits(client, asset, key, "patched")
        assert patched.attributes.traits.additional_properties[key] == "patched"
        assert set(patched.attributes.traits.additional_properties) == set(
            asset.attributes.traits.additional_properties
        )


def _asset_type(client: ITGlueClient) -> int:
    for asset_type in client.flexible_asset_types.list():
        if next(
            iter(client.flexible_assets.list(filter={"flexible_asset_type_id": int(asset_type.id)}, limit=1)), None
        ):
            return int(asset_type.id)
    raise AssertionError("the estate has no flexible assets")


def test_async_reads_run_as_typed(emulator: Emulator) -> None:
    async def scenario() -> None:
        async with AsyncITGlueClient(
            base_url=emulator.base_url, api_key=emulator.api_key, load_plugins=False
        ) as client:
            recent = await async_reads.recent_names(client)
            assert [stamp for _, stamp in recent] == sorted((stamp for _, stamp in recent), reverse=True)
            first = await async_reads.first(client)
            assert first.attributes.name
            assert await async_reads.by_name(client, first.attributes.name) == first

    asyncio.run(scenario())
