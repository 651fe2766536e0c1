"""The whole job against the emulator over loopback: a folder tree and a mailbox imported, checked through the
API; a second run, an edit, a deletion with prune; export and re-import into another organization."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from itglue_emulator.app import Emulator
from itglue_import import Importer, ImportReport
from itglue_import._marker import parse
from itglue_import.export import export_documents
from itglue_import.files import FilesSource
from itglue_import.mail import EmailSource
from itglue_sdk import ITGlueClient
from tests.importers.estate import PDF, PNG, make_mailbox, make_runbooks

UNSAFE = re.compile(r"<script|onclick|onmouseover|javascript:|tracker\.example\.com", re.IGNORECASE)


def snapshot(client: ITGlueClient, emulator: Emulator, organization_id: int) -> dict[str, dict[str, Any]]:
    """Each imported document of an organization by name: sections in order, gallery images, attachments."""
    documents: dict[str, dict[str, Any]] = {}
    for document in client.documents.within(organization_id=organization_id).list():
        if parse(document.attributes.description) is None:
            continue
        sections = sorted(
            client.document_sections.within(document_id=document.id).list(),
            key=lambda s: (s.attributes.sort or 0, int(s.id)),
        )
        documents[str(document.attributes.name)] = {
            "id": int(document.id),
            "sections": [
                (
                    s.attributes.resource_type,
                    s.attributes.content if s.attributes.resource_type != "Document::Gallery" else None,
                    s.attributes.level if s.attributes.resource_type == "Document::Heading" else None,
                    sorted(
                        (str(i["attributes"]["file-name"]), bytes(i["content"]))
                        for i in emulator.store.records("document-images")
                        if i["parent"] == {"type": "document-sections", "id": int(s.id)}
                    ),
                )
                for s in sections
            ],
            "attachments": sorted(
                (str(a.attributes.attachment_file_name), int(a.attributes.attachment_file_size or 0))
                for a in client.attachments.within(document_id=document.id).list()
            ),
        }
    return documents


def run_all(importer: Importer, folder: Path, mail: Path, organization_id: int, **options: Any) -> ImportReport:
    report = importer.run(FilesSource(folder), organization_id=organization_id, **options)
    for source in (EmailSource(mail / "inbox.mbox"), EmailSource(mail / "fax.msg")):
        report.merge(importer.run(source, organization_id=organization_id, **options))
    return report


@pytest.fixture
def estate(tmp_path: Path) -> tuple[Path, Path]:
    return make_runbooks(tmp_path), make_mailbox(tmp_path)


def test_a_folder_tree_and_a_mailbox_import_end_to_end(
    client: ITGlueClient, emulator: Emulator, organization_id: int, tmp_path: Path, estate: tuple[Path, Path]
) -> None:
    folder, mail = estate
    created_events: list[str] = []
    client.register_plugin(lambda event: created_events.append(event.type), "document.created")
    importer = Importer(client, state=tmp_path / "state.sqlite")
    before = emulator.request_count()
    report = run_all(importer, folder, mail, organization_id)

    failed = {item.name: str(item.reason) for item in report.failed}
    assert set(failed) == {"broken.md", "archive.iso", "inbox.mbox#5"}
    assert "img/missing.png" in failed["broken.md"]
    assert "10,485,760-byte limit" in failed["archive.iso"]
    assert "no headers" in failed["inbox.mbox#5"]
    assert report.count("created") == 11
    assert len(created_events) == 11
    assert report.requests == emulator.request_count() - before

    documents = snapshot(client, emulator, organization_id)
    assert sorted(documents) == sorted(
        [
            "network / vpn",
            "network / wifi / guest",
            "onboarding",
            "legacy",
            "policies / handbook",
            "contracts / msa.pdf",
            "Printer down",
            "New firewall rules",
            "Contract renewal",
            "Grüße aus München",
            "Fax machine retired",
        ]
    )
    vpn = documents["network / vpn"]["sections"]
    assert [(kind, level) for kind, _, level, _ in vpn] == [
        ("Document::Heading", 1),
        ("Document::Text", None),
        ("Document::Heading", 2),
        ("Document::Step", None),
        ("Document::Step", None),
        ("Document::Gallery", None),
    ]
    assert vpn[3][1] == "Open the client"
    assert vpn[5][3] == [("diagram.png", PNG)]
    assert documents["legacy"]["sections"][0][1] == "<p>Café crème: the old server's notes.</p>"
    handbook = documents["policies / handbook"]["sections"]
    assert [kind for kind, *_ in handbook] == [
        "Document::Heading",
        "Document::Text",
        "Document::Step",
        "Document::Step",
        "Document::Gallery",
    ]
    assert documents["contracts / msa.pdf"] == {
        **documents["contracts / msa.pdf"],
        "attachments": [("msa.pdf", len(PDF))],
    }
    rules = documents["New firewall rules"]["sections"]
    assert rules[-1][3] == [("rules.png", PNG)]
    assert "<strong>Cc:</strong> Bob &lt;bob@example.com&gt;" in str(rules[1][1])
    assert documents["Contract renewal"]["attachments"] == [("prices.csv", 8), ("renewal.pdf", len(PDF))]
    assert "Schöne Grüße" in str(documents["Grüße aus München"]["sections"][2][1])
    assert documents["Fax machine retired"]["attachments"] == [("retirement.pdf", len(PDF))]

    every_html = " ".join(str(content) for d in documents.values() for _, content, _, _ in d["sections"])
    assert UNSAFE.search(every_html) is None
    assert "Create the account." in every_html


def test_second_run_edit_and_prune_keep_the_documents_in_step(
    client: ITGlueClient, emulator: Emulator, organization_id: int, tmp_path: Path, estate: tuple[Path, Path]
) -> None:
    folder, mail = estate
    importer = Importer(client, state=tmp_path / "state.sqlite")
    run_all(importer, folder, mail, organization_id)
    first = snapshot(client, emulator, organization_id)

    again = run_all(importer, folder, mail, organization_id)
    assert again.count("created") == 0
    assert again.count("updated") == 0
    assert again.count("unchanged") == 11
    assert again.requests == 3  # one listing per source
    assert snapshot(client, emulator, organization_id) == first

    (folder / "network/vpn.md").write_text("# VPN\n\nRetired: use the zero-trust client.\n")
    (folder / "legacy.txt").unlink()
    dry = importer.run(FilesSource(folder), organization_id=organization_id, prune=True, dry_run=True)
    assert {item.name: item.outcome for item in dry.items if item.outcome in ("updated", "pruned")} == {
        "network / vpn": "updated",
        "legacy": "pruned",
    }
    assert snapshot(client, emulator, organization_id) == first

    edited = importer.run(FilesSource(folder), organization_id=organization_id, prune=True)
    assert edited.totals()["updated"] == 1
    assert edited.totals()["pruned"] == 1
    after = snapshot(client, emulator, organization_id)
    assert "legacy" not in after
    assert after["network / vpn"]["id"] == first["network / vpn"]["id"]
    assert [content for _, content, _, _ in after["network / vpn"]["sections"]] == [
        "VPN",
        "<p>Retired: use the zero-trust client.</p>",
    ]
    # The failed items (a missing image, a file over the limit) were not pruned: their keys were seen. The image
    # the edit stopped referencing is a file of the folder like any other now.
    assert set(after) == (set(first) - {"legacy"}) | {"network / img / diagram.png"}
    assert after["network / img / diagram.png"]["attachments"] == [("diagram.png", len(PNG))]
    # The old gallery's image went with its section.
    orphans = [
        image
        for image in emulator.store.records("document-images")
        if emulator.store.get(image["parent"]["type"], image["parent"]["id"]) is None
    ]
    assert orphans == []


def test_export_then_reimport_into_another_organization_reproduces_the_documents(
    client: ITGlueClient, emulator: Emulator, tmp_path: Path, estate: tuple[Path, Path]
) -> None:
    folder, mail = estate
    first_org, second_org = (int(o.id) for o in client.organizations.list(limit=2))
    importer = Importer(client, state=tmp_path / "state.sqlite")
    run_all(importer, folder, mail, first_org)
    original = snapshot(client, emulator, first_org)

    exported = export_documents(client, first_org, tmp_path / "backup")
    assert exported.documents >= len(original)
    assert not exported.failed
    report = importer.run(FilesSource(tmp_path / "backup"), organization_id=second_org)
    assert report.ok, report.failed
    copy = snapshot(client, emulator, second_org)

    def without_ids(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
        return {name: {**document, "id": None} for name, document in documents.items()}

    # The estate's own documents of the first organization were exported too; compare the imported ones.
    assert {name: without_ids(copy)[name] for name in original} == without_ids(original)
