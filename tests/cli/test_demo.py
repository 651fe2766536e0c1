"""``itglue demo`` through the command line: its tables must match answers computed from the SDK's listings of an
emulator built with the same seed (the estate is deterministic), and it must not touch the keychain."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

from itglue_emulator import Emulator
from itglue_sdk import ITGlueClient
from tests.cli.conftest import Cli
from tests.sdk.helpers import MemoryKeyring, keychain

ORGS, SEED = 8, 5


def _sections(text: str) -> dict[str, list[list[str]]]:
    """Heading -> table rows (cells split on runs of two or more spaces), header row dropped."""
    sections: dict[str, list[list[str]]] = {}
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if index + 1 < len(lines) and lines[index + 1] and set(lines[index + 1]) == {"-"}:
            rows = []
            for body in lines[index + 3 :]:
                if not body.strip():
                    break
                rows.append(re.split(r"\s{2,}", body.strip()))
            sections[line] = rows
    return sections


class UntouchableKeyring(MemoryKeyring):
    """Fails the test on any use: the demo must not read or write the keychain."""

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("the demo read the keychain")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("the demo wrote to the keychain")


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10]) if isinstance(value, str) else None


def test_demo_answers_match_the_estate(cli: Cli) -> None:
    with keychain(UntouchableKeyring()):
        result = cli("demo", "--orgs", str(ORGS), "--seed", str(SEED))
    assert result.code == 0, result.err
    sections = _sections(result.out)
    today = datetime.now().astimezone().date()
    with (
        Emulator.start(orgs=ORGS, seed=SEED) as emulator,
        ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as client,
    ):
        orgs = {int(o.id): o.attributes.name for o in client.organizations.list()}
        configs = [c for c in client.configurations.list() if not c.attributes.archived]
        types = {int(t.id): t.attributes.name for t in client.flexible_asset_types.list()}
        assets = [
            a
            for type_id in types
            for a in client.flexible_assets.list(filter={"flexible_asset_type_id": type_id})
            if not a.attributes.archived
        ]
    warranties: Counter[str] = Counter()
    for config in configs:
        day = _day(config.attributes.warranty_expires_at)
        if day is not None and 0 <= (day - today).days <= 90:
            warranties[orgs[config.attributes.organization_id]] += 1
    got = {row[0]: int(row[1]) for row in sections["Warranties expiring in the next 90 days, per organization"]}
    assert warranties, "the seed should give warranties within 90 days"
    assert got == dict(warranties)

    backed_up = {a.attributes.organization_id for a in assets if types[a.attributes.flexible_asset_type_id] == "Backup"}
    missing = sorted(orgs[org] for org in set(orgs) - backed_up)
    rows = sections["Organizations without a Backup flexible asset"]
    assert [row[0] for row in rows] == (missing or ["(none)"])

    per_org = {
        name: (
            sum(1 for c in configs if c.attributes.organization_id == org),
            sum(1 for a in assets if a.attributes.organization_id == org),
        )
        for org, name in orgs.items()
    }
    got_assets = {row[0]: (int(row[1]), int(row[2])) for row in sections["Assets per organization"]}
    assert got_assets == per_org

    assert "itglue mirror sync" in result.out
    assert "itglue auth set" in result.out

    first_org = sorted(orgs.values())[0]
    # Each table is followed by its totals line, which the section parser reads as a one-cell row.
    imported, totals = (
        sections[f"Runbooks imported into {first_org}"][:-1],
        sections[f"Runbooks imported into {first_org}"][-1],
    )
    assert totals == ["3 created; 21 requests"]
    assert [(row[0], row[1]) for row in imported] == [
        ("created", "backups"),
        ("created", "network / vpn"),
        ("created", "onboarding"),
    ]
    assert "script removed" in imported[0][-1]
    *again, again_totals = sections["After editing network/vpn.md, the same import again"]
    assert again_totals[0].startswith("1 updated, 2 unchanged; ")
    assert [(row[0], row[1]) for row in again] == [
        ("unchanged", "backups"),
        ("updated", "network / vpn"),
        ("unchanged", "onboarding"),
    ]
    assert [row[2] for row in again] == [row[2] for row in imported]  # updated in place, nothing created twice
    exported = re.search(
        r"Exported (\d+) documents of .+ back to Markdown \(images: (\d+), attachments: \d+\)", result.out
    )
    assert exported is not None
    assert int(exported.group(1)) >= 3
    assert int(exported.group(2)) >= 1  # the VPN runbook's screenshot
    assert "itglue import files runbooks/" in result.out

    assistant = result.out.split("What an AI assistant sees (itglue mcp serve)\n", 1)[1].splitlines()
    tools, found, counted, refused = assistant[1:5]
    assert tools.startswith("10 tools: search, get, list, query")
    assert f"{first_org} (organizations, " in found
    assert counted == f"query: {sum(warranties.values())} warranties expire in the next 90 days"
    assert refused.startswith("update without --allow-writes: refused (writes are off")
    assert "itglue mcp serve" in result.out
