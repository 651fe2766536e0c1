"""``itglue demo``: the main jobs, end to end, on the local emulator; no API key or instance needed.

It starts the emulator in this process on a free loopback port, syncs a mirror of it (into a temporary folder,
or ``--path``) with the usual progress bars, answers a few estate questions from the mirror's ready-made views,
imports a small folder of runbooks as documents (then edits one and imports again, which updates only that one),
exports them back to Markdown, lets an AI assistant's MCP session search and query the mirror (and be refused a
write), and says how to do the same against a real instance. The emulator's own key is
handed to the client directly, so the keychain and the instances file are never read or written; the import's
state lives in the temporary folder.
"""

from __future__ import annotations

import base64
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from itglue_sdk.cli.context import EXIT_OK, Command, note
from itglue_sdk.cli.render import out

if TYPE_CHECKING:
    from itglue_import import ImportReport
    from itglue_mirror import Mirror
    from itglue_sdk._client import ITGlueClient

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

ASSISTANT_QUERY: Final = "SELECT count(*) FROM expirations_ahead WHERE kind = 'warranty' AND days_left <= 90"
"""The question the demo's assistant asks with the MCP ``query`` tool."""

RUNBOOKS: Final[dict[str, bytes]] = {
    "network/vpn.md": b"# VPN\n\nFor staff working from home.\n\n1. Install the client\n2. Sign in with MFA\n\n"
    b"![The client](vpn.png)\n",
    "network/vpn.png": base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    ),
    "onboarding.md": b"# Onboarding\n\n## Accounts\n\nCreate the user, then add them to *Staff*.\n",
    "backups.html": b"<h1>Backups</h1><p onclick='steal()'>Nightly at 02:00.</p><script>steal()</script>",
}
"""The demo's folder of runbooks: Markdown with a procedure and an image, and HTML the sanitiser must clean."""

NEXT_STEPS: Final = """
The same against your IT Glue instance:
  itglue instances add production --region us      # or --url https://api.eu.itglue.com
  itglue instances use production                   # make it the default
  itglue auth set                                   # the API key, into the OS keychain (hidden prompt)
  itglue mirror sync                                # full the first time, incremental afterwards
  itglue mirror query "SELECT * FROM expirations_ahead WHERE days_left <= 90 ORDER BY days_left"
  itglue mirror query "SELECT * FROM stale_passwords WHERE days_since_password_change > 365" --format csv
  itglue import files runbooks/ --org "Acme Ltd" --dry-run     # then without --dry-run; --prune, --publish
  itglue import email inbox.mbox --org "Acme Ltd"
  itglue export documents --org "Acme Ltd" backup/
  itglue mcp serve                                  # an AI assistant's tools (its configuration: see the README)
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


def assistant_session(client: ITGlueClient, mirror: Mirror) -> None:
    """What an AI assistant sees through ``itglue mcp serve``: a few tool calls over an in-process MCP session."""
    import anyio  # noqa: PLC0415 - lazy: the MCP SDK loads only when the demo gets here
    from mcp.client import Client  # noqa: PLC0415

    from itglue_mcp import Agent, build_server  # noqa: PLC0415

    organization = next(iter(client.organizations.list(sort="name", limit=1)))
    prefix = str(organization.attributes.name).split()[0]

    async def session() -> None:
        async with Client(build_server(Agent(client, mirror=mirror))) as assistant:
            tools = [tool.name for tool in (await assistant.list_tools()).tools]
            found = await assistant.call_tool("search", {"text": prefix, "limit": 3})
            counted = await assistant.call_tool("query", {"sql": ASSISTANT_QUERY})
            refused = await assistant.call_tool(
                "update", {"type": "organizations", "id": int(organization.id), "attributes": {"name": "x"}}
            )
        hits = (found.structured_content or {}).get("hits", [])
        rows = (counted.structured_content or {}).get("rows", [[0]])
        out(f"{len(tools)} tools: {', '.join(tools)}\n")
        out(
            f'search("{prefix}"), from the mirror: '
            + "; ".join(f"{hit['name']} ({hit['resource']}, {hit['match']})" for hit in hits)
            + "\n"
        )
        out(f"query: {rows[0][0]} warranties expire in the next 90 days\n")
        reason = " ".join(getattr(block, "text", "") for block in refused.content)
        reason = reason.removeprefix("Error executing tool update: ")
        out(f"update without --allow-writes: refused ({reason})\n")

    _heading("What an AI assistant sees (itglue mcp serve)")
    anyio.run(session)


def _print_import(title: str, report: ImportReport) -> None:
    from itglue_sdk.cli.render import TableWriter  # noqa: PLC0415

    _heading(title)
    rows = [
        {"outcome": item.outcome, "document": item.name, "id": item.document_id, "notes": "; ".join(item.warnings)}
        for item in report.items
    ]
    TableWriter(["outcome", "document", "id", "notes"]).write(rows)
    totals = ", ".join(f"{count} {outcome}" for outcome, count in report.totals().items() if count)
    out(f"{totals}; {report.requests} requests\n")


def import_runbooks(client: ITGlueClient, folder: Path) -> None:
    """Import the demo's runbooks into the first organization, edit one, import again, and export them back."""
    from itglue_import import Importer  # noqa: PLC0415 - lazy: the import package loads only when used
    from itglue_import.export import export_documents  # noqa: PLC0415

    root = folder / "runbooks"
    for relative, data in RUNBOOKS.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(data)
    organization = next(iter(client.organizations.list(sort="name", limit=1)))
    importer = Importer(client, state=folder / "imports.sqlite")
    first = importer.run(root, organization_id=int(organization.id), publish=True)
    _print_import(f"Runbooks imported into {organization.attributes.name}", first)
    vpn = root / "network" / "vpn.md"
    vpn.write_text(vpn.read_text(encoding="utf-8") + "3. Test the connection\n", encoding="utf-8")
    _print_import(
        "After editing network/vpn.md, the same import again", importer.run(root, organization_id=int(organization.id))
    )
    exported = export_documents(client, int(organization.id), folder / "export")
    out(
        f"\nExported {exported.documents} documents of {organization.attributes.name} back to Markdown "
        f"(images: {exported.images}, attachments: {exported.attachments}) in {exported.requests} requests.\n"
    )


@click.command(cls=Command)
@click.option("--orgs", type=click.IntRange(min=1), default=30, show_default=True, help="Organizations to generate.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the emulated estate.")
@click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the mirror in this file (default: a temporary folder, removed afterwards).",
)
def demo(orgs: int, seed: int, path: Path | None) -> int:
    """Mirror an emulated estate, answer questions from it offline, import runbooks (no API key needed)."""
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
            synced_in = time.monotonic() - started
        synced = sum(item.rows for item in report.resources.values() if item.mode != "skipped")
        out(
            f"Mirrored {synced} records of {len(report.resources) - len(report.skipped)} resources in "
            f"{report.requests} requests ({synced_in:.1f} s)" + (f", kept at {target}" if path else "") + ".\n"
        )
        answer_questions(mirror)
        with ITGlueClient(base_url=emu.base_url, api_key=emu.api_key) as client:
            import_runbooks(client, Path(folder))
            assistant_session(client, mirror)
    out(NEXT_STEPS)
    return EXIT_OK
