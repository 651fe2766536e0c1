"""``itglue import files|email|NAME`` and ``itglue export documents``: documents in and out of IT Glue.

The import package (`itglue_import`) is loaded only when one of these commands runs. Exit status: 0 when every
item made it, 1 when some failed (the others were imported all the same) or the API failed, 2 for a wrong
command line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from itglue_sdk.cli.context import EXIT_FAILURE, EXIT_OK, Command, CommandLineError, Group, fail, note, state
from itglue_sdk.cli.render import TableWriter, out, progress, render_json

if TYPE_CHECKING:
    from itglue_import import ImportReport, ItemResult, Source
    from itglue_sdk import ITGlueClient

_WOULD = {"created": "would create", "updated": "would update", "pruned": "would prune"}


def organization_id(client: ITGlueClient, organization: str) -> int:
    """The id of ``--org``: a number is taken as an id, anything else as an organization's exact name.

    Raises:
        CommandLineError: No organization has that name.
    """
    if organization.isdigit():
        return int(organization)
    found = client.organizations.find(name=organization)
    if found is None:
        raise CommandLineError(f"no organization is named {organization!r}; give its name exactly, or its id")
    return int(found.id)


def run_import(
    sources: Sequence[Source],
    *,
    organization: str,
    publish: bool,
    prune: bool,
    dry_run: bool,
    as_json: bool,
    state_file: Path | None,
) -> int:
    """Import each source in turn with a progress bar on stderr, then print one summary.

    Returns:
        The exit status: 1 when an item failed.
    """
    from itglue_import import Importer  # noqa: PLC0415 - the import package loads only for these commands

    with state().client() as client:
        importer = Importer(client, state=state_file)
        target = organization_id(client, organization)
        report: ImportReport | None = None
        with progress("importing" if not dry_run else "planning") as task:

            def advance(_: ItemResult) -> None:
                task.advance()

            for source in sources:
                done = importer.run(
                    source, organization_id=target, publish=publish, prune=prune, dry_run=dry_run, progress=advance
                )
                if report is None:
                    report = done
                else:
                    report.merge(done)
    assert report is not None  # click requires at least one source
    print_report(report, as_json=as_json)
    return EXIT_OK if report.ok else EXIT_FAILURE


def print_report(report: ImportReport, *, as_json: bool) -> None:
    """The items that changed or failed as a table (or everything as JSON), and the totals on stderr."""
    if as_json:
        out(render_json(report.as_dict()))
        return
    rows = [
        {
            "outcome": _WOULD.get(item.outcome, item.outcome) if report.dry_run else item.outcome,
            "name": item.name,
            "document": item.document_id,
            "reason": item.reason or "; ".join(item.warnings) or None,
        }
        for item in report.items
        if item.outcome != "unchanged" or item.warnings
    ]
    TableWriter(["outcome", "name", "document", "reason"]).write(rows)
    totals = ", ".join(f"{count} {outcome}" for outcome, count in report.totals().items())
    prefix = "dry run, nothing sent: " if report.dry_run else ""
    note(f"{prefix}{totals}; {report.requests} requests in {report.seconds:.1f} s")


def _common(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every import command takes."""
    for option in reversed(
        [
            click.option("--org", "organization", required=True, metavar="ORG", help="Organization id or exact name."),
            click.option("--publish", is_flag=True, help="Publish each created or updated document."),
            click.option("--prune", is_flag=True, help="Delete documents whose source item is gone."),
            click.option(
                "--dry-run", is_flag=True, help="Show what would be created, updated or pruned; send nothing."
            ),
            click.option("--json", "as_json", is_flag=True, help="Print the report as JSON."),
            click.option(
                "--state",
                "state_file",
                type=click.Path(dir_okay=False, path_type=Path),
                help="The import state file (default: beside the instance's mirror).",
            ),
        ]
    ):
        command = option(command)
    return command


_PATHS = click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))


class ImportGroup(Group):
    """``itglue import``: the built-in sources, then every source a package registers (``itglue_sdk.importers``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Built-in commands first, then the installed plugins' names."""
        from itglue_import.plugins import sources  # noqa: PLC0415

        builtin = super().list_commands(ctx)
        return [*builtin, *sorted(name for name in sources() if name not in builtin)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """A built-in command, or a generic one for a plugin source."""
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        from itglue_import.plugins import sources  # noqa: PLC0415

        return plugin_command(cmd_name) if cmd_name in sources() else None


@click.group(name="import", cls=ImportGroup)
def import_() -> None:
    """Import documents into IT Glue, kept in step with their source (a second run creates nothing twice)."""


@import_.command(cls=Command)
@_PATHS
@click.option("--folder", metavar="NAME", help="Put the documents under NAME (their names start `NAME / `).")
@click.option(
    "--attachments",
    type=click.Choice(["per-file", "per-folder"]),
    default="per-file",
    show_default=True,
    help="Other files (PDF, spreadsheets, ...): a document each, or one document per folder holding them.",
)
@click.option("--no-steps", is_flag=True, help="Keep numbered lists as text instead of step sections.")
@_common
def files(
    paths: tuple[Path, ...],
    folder: str | None,
    attachments: Literal["per-file", "per-folder"],
    no_steps: bool,
    **options: Any,
) -> int:
    """Import folders (or files) of Markdown, HTML, text and Word documents; other files become attachments.

    A folder keeps its shape in the document names (`net / vpn / setup`). Each file is found again by its path
    within the folder, so editing a file updates its document, and `--prune` removes documents of deleted files.
    """
    from itglue_import.files import FilesSource  # noqa: PLC0415

    sources = [FilesSource(path, folder=folder, attachments=attachments, steps=not no_steps) for path in paths]
    return run_import(sources, **options)


@import_.command(cls=Command)
@_PATHS
@_common
def email(paths: tuple[Path, ...], **options: Any) -> int:
    """Import e-mails (.eml, .mbox, Maildir, Outlook .msg): a document per message, found again by Message-ID.

    Each document has the subject as heading, the sender, recipients and date, the body (HTML sanitised, inline
    images as a gallery) and the attachments.
    """
    from itglue_import.mail import EmailSource  # noqa: PLC0415

    return run_import([EmailSource(path) for path in paths], **options)


def plugin_command(name: str) -> click.Command:
    """A command for a plugin source: its positional arguments and ``--option key=value`` go to its factory."""

    @click.command(name=name, cls=Command, help=f"Import from the {name!r} source a package registered.")
    @click.argument("arguments", nargs=-1)
    @click.option("--option", "pairs", multiple=True, metavar="KEY=VALUE", help="Keyword argument; repeatable.")
    @_common
    def command(arguments: tuple[str, ...], pairs: tuple[str, ...], **options: Any) -> int:
        from itglue_import.plugins import load_source  # noqa: PLC0415

        keywords: dict[str, str] = {}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            if not sep or not key:
                raise CommandLineError(f"--option wants KEY=VALUE, not {pair!r}")
            keywords[key.replace("-", "_")] = value
        try:
            source = load_source(name, *arguments, **keywords)
        except TypeError as exc:
            raise CommandLineError(f"the {name!r} source cannot be built from these arguments: {exc}") from None
        return run_import([source], **options)

    return command


@click.group(cls=Group)
def export() -> None:
    """Write IT Glue content out as files."""


@export.command(cls=Command)
@click.option("--org", "organization", required=True, metavar="ORG", help="Organization id or exact name.")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def documents(organization: str, directory: Path, as_json: bool) -> int:
    """Write an organization's documents as Markdown, one file per document, images and attachments beside it.

    The folder imports again (`itglue import files DIR --org OTHER`) into the same documents: section types,
    order and text.
    """
    from itglue_import.export import export_documents  # noqa: PLC0415

    with state().client() as client:
        report = export_documents(client, organization_id(client, organization), directory)
    failed = [{"document": name, "reason": reason} for name, reason in report.failed]
    if as_json:
        out(
            render_json(
                {
                    "directory": str(report.directory),
                    "documents": report.documents,
                    "images": report.images,
                    "attachments": report.attachments,
                    "requests": report.requests,
                    "files": [str(path) for path in report.files],
                    "failed": failed,
                }
            )
        )
    else:
        for row in failed:
            fail(f"itglue export documents: {row['document']}: {row['reason']}", EXIT_FAILURE)
        note(
            f"{report.documents} documents, {report.images} images and {report.attachments} attachments written to "
            f"{report.directory} in {report.requests} requests"
        )
    return EXIT_FAILURE if failed else EXIT_OK
