"""``itglue demo``: the mirror's main job, end to end, on the local emulator; no API key or instance needed.

It starts the emulator in this process on a free loopback port, syncs a mirror of it (into a temporary folder,
or ``--path``) with the usual progress bars, answers a few estate questions from the mirror's ready-made views,
and says how to do the same against a real instance. The emulator's own key is handed to the client directly,
so the keychain and the instances file are never read or written.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from itglue_sdk.cli.context import EXIT_OK, Command, note
from itglue_sdk.cli.render import out

if TYPE_CHECKING:
    from itglue_mirror import Mirror

BACKUP_TYPE: Final = "Backup"

QUESTIONS: Final[tuple[tuple[str, str], ...]] = (
    (
        "Warranties expiring in the next 90 days, per organization",
        "SELECT organization_name, count(*) AS warranties, min(days_left) AS soonest_in_days"
        " FROM expirations_ahead WHERE kind = 'warranty' AND days_left <= 90"
        " GROUP BY organization_name ORDER BY warranties DESC, organization_name",
    ),
    (
        "Passwords not changed in a year: the ten organizations with the most",
        "SELECT organization_name, count(*) AS passwords, max(days_since_password_change) AS oldest_in_days"
        " FROM stale_passwords WHERE days_since_password_change > 365 AND NOT coalesce(archived, false)"
        " GROUP BY organization_name ORDER BY passwords DESC, organization_name LIMIT 10",
    ),
    (
        "Assets per organization",
        "SELECT organization_name,"
        " sum(assets) FILTER (WHERE kind = 'configuration')::BIGINT AS configurations,"
        " sum(assets) FILTER (WHERE kind = 'flexible_asset')::BIGINT AS flexible_assets"
        " FROM assets_per_organization GROUP BY organization_name ORDER BY organization_name",
    ),
)
"""Title and SQL of each question the demo answers from the views (the Backup question is a function call)."""

NEXT_STEPS: Final = """
The same against your IT Glue instance:
  itglue instances add production --region us      # or --url https://api.eu.itglue.com
  itglue instances use production                   # make it the default
  itglue auth set                                   # the API key, into the OS keychain (hidden prompt)
  itglue mirror sync                                # full the first time, incremental afterwards
  itglue mirror query "SELECT * FROM expirations_ahead WHERE days_left <= 90 ORDER BY days_left"
  itglue mirror query "SELECT * FROM stale_passwords WHERE days_since_password_change > 365" --format csv
"""


def _heading(text: str) -> None:
    out(f"\n{text}\n{'-' * len(text)}\n")


def answer_questions(mirror: Mirror) -> None:
    """Print the demo's questions and their answers from a synced mirror."""
    from itglue_sdk.cli.mirror import print_frame  # noqa: PLC0415 - loads polars-facing code only when run

    answers = [(title, mirror.sql(sql)) for title, sql in QUESTIONS]
    missing = mirror.organizations_missing(BACKUP_TYPE).select("name", "organization_type_name")
    # The Backup question goes second: expiring warranties first, then what is not backed up at all.
    answers.insert(1, (f"Organizations without a {BACKUP_TYPE} flexible asset", missing))
    for title, frame in answers:
        _heading(title)
        if frame.height:
            print_frame(frame)
        else:
            out("(none)\n")


@click.command(cls=Command)
@click.option("--orgs", type=click.IntRange(min=1), default=30, show_default=True, help="Organizations to generate.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the emulated estate.")
@click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the mirror in this file (default: a temporary folder, removed afterwards).",
)
def demo(orgs: int, seed: int, path: Path | None) -> int:
    """Mirror an emulated estate and answer estate questions from it offline (no API key needed)."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - lazy: only this command runs the emulator
    from itglue_mirror import Mirror  # noqa: PLC0415
    from itglue_sdk._client import ITGlueClient  # noqa: PLC0415
    from itglue_sdk.cli.mirror import run_sync  # noqa: PLC0415

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="itglue-demo-") as folder, Emulator.start(orgs=orgs, seed=seed) as emu:
        note(f"emulator with {orgs} organizations at {emu.base_url}")
        target = path or Path(folder) / "demo.duckdb"
        # The emulator's key goes straight to the client: the demo never reads or writes the keychain.
        with ITGlueClient(base_url=emu.base_url, api_key=emu.api_key) as client:
            mirror = Mirror(path=target)
            report = run_sync(mirror, client)
        synced = sum(item.rows for item in report.resources.values() if item.mode != "skipped")
        out(
            f"Mirrored {synced} records of {len(report.resources) - len(report.skipped)} resources in "
            f"{report.requests} requests ({time.monotonic() - started:.1f} s)"
            + (f", kept at {target}" if path else "")
            + ".\n"
        )
        answer_questions(mirror)
    out(NEXT_STEPS)
    return EXIT_OK
