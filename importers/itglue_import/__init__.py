"""Import documents into IT Glue from folders of runbooks and mailboxes, keep them in step, and export them back.

::

    from itglue_sdk import ITGlueClient
    from itglue_import import Importer

    with ITGlueClient("production") as client:
        report = Importer(client).run("runbooks/", organization_id=5, prune=True)

Sources yield `DocumentDraft` items (`FilesSource`, `EmailSource`, or a plugin registered under the entry-point
group ``itglue_sdk.importers``); `Importer` sends them through the client; `export_documents` writes an
organization's documents back as Markdown that imports again.
"""

from itglue_import._model import (
    Blob,
    DocumentDraft,
    ImportItem,
    ItemFailure,
    Section,
    SectionKind,
    Source,
)
from itglue_import._state import ImportState, default_state_path
from itglue_import.importer import Importer, ImportReport, ItemResult, Outcome, source_for
from itglue_sdk.resources.attachments import MAX_REQUEST_BYTES

__all__ = [
    "MAX_REQUEST_BYTES",
    "Blob",
    "DocumentDraft",
    "ImportItem",
    "ImportReport",
    "ImportState",
    "Importer",
    "ItemFailure",
    "ItemResult",
    "Outcome",
    "Section",
    "SectionKind",
    "Source",
    "default_state_path",
    "source_for",
]
