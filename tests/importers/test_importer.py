"""The importer engine against the emulator over loopback: create, idempotence, update in place, prune, state
rebuilt from IT Glue, dry runs, per-item failures, events and the requests it reports."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_import import Blob, DocumentDraft, Importer, ImportItem, ItemFailure, Section
from itglue_import._marker import parse
from itglue_sdk import ITGlueClient

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@dataclass
class ListSource:
    """A source whose items the test sets."""

    drafts: list[ImportItem] = field(default_factory=list)
    scope: str = "test:runbooks"

    def items(self) -> Iterator[ImportItem]:
        yield from self.drafts


def runbook(key: str = "test:runbooks/vpn", *, text: str = "<p>Connect first.</p>", files: int = 1) -> DocumentDraft:
    return DocumentDraft(
        key=key,
        name=f"Runbook {key.rsplit('/', 1)[-1]}",
        sections=(
            Section.heading("VPN", 2),
            Section.text(text),
            Section.step("<p>Open the client</p>", duration=5),
            Section.gallery(Blob("screen.png", PNG)),
        ),
        attachments=tuple(Blob(f"notes-{n}.txt", f"notes {n}".encode()) for n in range(files)),
    )


@pytest.fixture
def importer(client: ITGlueClient, tmp_path: Path) -> Importer:
    return Importer(client, state=tmp_path / "state.sqlite")


def documents_of(client: ITGlueClient, organization_id: int) -> list[dict[str, object]]:
    """What IT Glue holds for the imported documents: name, sections in order, image and attachment names."""
    found = []
    for document in client.documents.within(organization_id=organization_id).list():
        if parse(document.attributes.description) is None:
            continue
        sections = sorted(
            client.document_sections.within(document_id=document.id).list(), key=lambda s: s.attributes.sort or 0
        )
        attachments = client.attachments.within(document_id=document.id).list()
        found.append(
            {
                "id": int(document.id),
                "name": document.attributes.name,
                "sections": [(s.attributes.resource_type, s.attributes.content, s.attributes.level) for s in sections],
                "attachments": sorted(str(a.attributes.name) for a in attachments),
            }
        )
    return found


def test_a_draft_becomes_a_document_with_its_sections_images_and_attachments(
    client: ITGlueClient, importer: Importer, organization_id: int, emulator: Emulator
) -> None:
    created: list[str] = []
    client.register_plugin(lambda event: created.append(event.type), "document.created")
    report = importer.run(ListSource([runbook()]), organization_id=organization_id, publish=True)

    assert report.totals()["created"] == 1
    assert report.ok
    [document] = documents_of(client, organization_id)
    assert document["name"] == "Runbook vpn"
    assert document["sections"] == [
        ("Document::Heading", "VPN", 2),
        ("Document::Text", "<p>Connect first.</p>", None),
        ("Document::Step", "<p>Open the client</p>", None),
        ("Document::Gallery", None, None),
    ]
    assert document["attachments"] == ["notes-0.txt"]
    shown = client.documents.get(document["id"])
    assert shown.attributes.published is True
    marker = parse(shown.attributes.description)
    assert marker is not None
    assert marker.content_hash == runbook().content_hash
    assert created == ["document.created"]
    # The listing, the document, 4 sections, 1 image, the upload, publish and the final marker: a new document has
    # no attachments to ask for.
    assert report.requests == 10


def test_a_second_run_sends_nothing_but_the_listing(
    client: ITGlueClient, importer: Importer, organization_id: int
) -> None:
    importer.run(ListSource([runbook()]), organization_id=organization_id)
    again = importer.run(ListSource([runbook()]), organization_id=organization_id)
    assert again.totals()["unchanged"] == 1
    assert again.totals()["created"] == 0
    assert again.requests == 1
    assert len(documents_of(client, organization_id)) == 1


def test_a_changed_draft_updates_its_document_in_place(
    client: ITGlueClient, importer: Importer, organization_id: int
) -> None:
    importer.run(ListSource([runbook(files=2)]), organization_id=organization_id)
    [before] = documents_of(client, organization_id)
    report = importer.run(
        ListSource([runbook(text="<p>Connect with MFA.</p>", files=1)]), organization_id=organization_id
    )
    assert report.totals()["updated"] == 1
    [after] = documents_of(client, organization_id)
    assert after["id"] == before["id"]
    assert after["sections"][1] == ("Document::Text", "<p>Connect with MFA.</p>", None)
    assert len(after["sections"]) == 4
    assert after["attachments"] == ["notes-0.txt"]


def test_prune_removes_documents_whose_source_is_gone_but_keeps_failed_ones(
    client: ITGlueClient, importer: Importer, organization_id: int
) -> None:
    importer.run(
        ListSource([runbook("test:runbooks/a"), runbook("test:runbooks/b"), runbook("test:runbooks/c")]),
        organization_id=organization_id,
    )
    source = ListSource([runbook("test:runbooks/a"), ItemFailure("test:runbooks/b", "b.md", "unreadable")])
    dry = importer.run(source, organization_id=organization_id, prune=True, dry_run=True)
    assert [(item.key, item.outcome) for item in dry.items if item.outcome == "pruned"] == [
        ("test:runbooks/c", "pruned")
    ]
    assert len(documents_of(client, organization_id)) == 3

    report = importer.run(source, organization_id=organization_id, prune=True)
    assert report.totals() == {"created": 0, "updated": 0, "unchanged": 1, "skipped": 0, "failed": 1, "pruned": 1}
    assert not report.ok
    assert sorted(d["name"] for d in documents_of(client, organization_id)) == ["Runbook a", "Runbook b"]


def test_prune_leaves_other_scopes_and_documents_made_by_hand(
    client: ITGlueClient, importer: Importer, organization_id: int
) -> None:
    importer.run(ListSource([runbook("other:x")], scope="other"), organization_id=organization_id)
    client.documents.within(organization_id=organization_id).create(
        {"name": "By hand", "organization_id": organization_id}
    )
    report = importer.run(ListSource([], scope="test:runbooks"), organization_id=organization_id, prune=True)
    assert report.count("pruned") == 0
    names = [d.attributes.name for d in client.documents.within(organization_id=organization_id).list()]
    assert "By hand" in names
    assert "Runbook other:x" in names


def test_a_lost_state_is_rebuilt_from_the_markers(client: ITGlueClient, organization_id: int, tmp_path: Path) -> None:
    Importer(client, state=tmp_path / "first.sqlite").run(ListSource([runbook()]), organization_id=organization_id)
    fresh = Importer(client, state=tmp_path / "second.sqlite")
    report = fresh.run(ListSource([runbook()]), organization_id=organization_id)
    assert report.totals()["unchanged"] == 1
    assert fresh.state.documents(organization_id)["test:runbooks/vpn"].content_hash == runbook().content_hash
    # The lost state knew no attachment ids: a change replaces the attachments rather than guessing.
    changed = fresh.run(ListSource([runbook(text="<p>new</p>")]), organization_id=organization_id)
    assert changed.totals()["updated"] == 1
    [document] = documents_of(client, organization_id)
    assert document["attachments"] == ["notes-0.txt"]


def test_an_unfinished_import_is_completed_with_one_copy_of_everything(
    client: ITGlueClient, importer: Importer, organization_id: int, emulator: Emulator
) -> None:
    """A document left pending (sections half sent) is rebuilt by the next run, not duplicated."""
    draft = runbook()
    document = client.documents.within(organization_id=organization_id).create(
        {"name": draft.name, "organization_id": organization_id, "description": describe_pending(draft.key)}
    )
    client.documents.add_section(document, "heading", content="VPN", level=2)
    client.attachments.within(document_id=document.id).create(
        {"attachment": {"content": base64.b64encode(b"notes 0").decode(), "file_name": "notes-0.txt"}}
    )
    report = importer.run(ListSource([draft]), organization_id=organization_id)
    assert report.totals()["updated"] == 1
    [after] = documents_of(client, organization_id)
    assert after["id"] == int(document.id)
    assert [s[0] for s in after["sections"]] == [
        "Document::Heading",
        "Document::Text",
        "Document::Step",
        "Document::Gallery",
    ]
    assert after["attachments"] == ["notes-0.txt"]


def describe_pending(key: str) -> str:
    from itglue_import._marker import describe

    return describe(key, "test:runbooks", None)


def test_an_item_over_the_gateway_limit_fails_alone(
    client: ITGlueClient, importer: Importer, organization_id: int
) -> None:
    big = DocumentDraft("test:runbooks/big", "Big", attachments=(Blob("dump.bin", b"\0" * (8 * 1024 * 1024)),))
    report = importer.run(ListSource([big, runbook()]), organization_id=organization_id)
    failed = report.failed
    assert [item.key for item in failed] == ["test:runbooks/big"]
    assert "10,485,760-byte limit" in str(failed[0].reason)
    assert "dump.bin" in str(failed[0].reason)
    assert [d["name"] for d in documents_of(client, organization_id)] == ["Runbook vpn"]


def test_a_dry_run_sends_no_write(client: ITGlueClient, importer: Importer, organization_id: int) -> None:
    report = importer.run(ListSource([runbook()]), organization_id=organization_id, dry_run=True)
    assert report.dry_run
    assert report.totals()["created"] == 1
    assert report.requests == 1
    assert documents_of(client, organization_id) == []


def test_a_key_yielded_twice_is_skipped(client: ITGlueClient, importer: Importer, organization_id: int) -> None:
    report = importer.run(ListSource([runbook(), runbook()]), organization_id=organization_id)
    assert [item.outcome for item in report.items] == ["created", "skipped"]


def test_the_api_refusing_one_item_fails_it_the_run_goes_on_and_the_next_run_completes_it(
    client: ITGlueClient, importer: Importer, organization_id: int, emulator: Emulator
) -> None:
    emulator.script_fault("POST", "/documents/*/relationships/sections", 422, count=1)
    first, second = runbook("test:runbooks/first"), runbook("test:runbooks/second")
    report = importer.run(ListSource([first, second]), organization_id=organization_id)
    outcomes = {item.key: (item.outcome, item.reason) for item in report.items}
    assert outcomes["test:runbooks/second"] == ("created", None)
    assert outcomes["test:runbooks/first"][0] == "failed"
    assert "IT Glue refused it" in str(outcomes["test:runbooks/first"][1])

    again = importer.run(ListSource([first, second]), organization_id=organization_id)
    assert {item.key: item.outcome for item in again.items} == {
        "test:runbooks/first": "updated",
        "test:runbooks/second": "unchanged",
    }
    documents = documents_of(client, organization_id)
    assert sorted(d["name"] for d in documents) == ["Runbook first", "Runbook second"]
    assert all(len(d["sections"]) == 4 for d in documents)


def test_a_large_import_stays_inside_the_rate_limit(emulator: Emulator, tmp_path: Path) -> None:
    """With the key's budget scaled down to 25 requests per 2 s, an import of ~70 requests meets no 429."""
    from itglue_emulator.ratelimit import RateLimitConfig

    emulator.set_rate_limit(RateLimitConfig(budget=25, window=2.0))
    drafts: list[ImportItem] = [runbook(f"test:runbooks/{n}", files=0) for n in range(8)]
    with ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key, rate_limit=25, rate_window=2.0) as paced:
        organization_id = int(next(iter(paced.organizations.list(limit=1))).id)
        report = Importer(paced, state=tmp_path / "s.sqlite").run(ListSource(drafts), organization_id=organization_id)
        throttled = paced.metrics().throttle_waits
    assert report.totals()["created"] == 8
    assert report.requests > 50
    statuses = emulator.stats()["statuses"]
    assert "429" not in statuses
    assert sum(statuses.values()) == report.requests + 1  # every request the import made, and the listing first
    assert throttled > 0  # the client's limiter did the pacing, not the server's refusals
