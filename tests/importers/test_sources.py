"""Choosing a source for a path, loading plugin sources, and documents changed behind the importer's back."""

from __future__ import annotations

import mailbox
from importlib import metadata
from pathlib import Path

import pytest

from itglue_import import DocumentDraft, Importer, Section, plugins, source_for
from itglue_import._marker import describe
from itglue_import.files import FilesSource
from itglue_import.mail import EmailSource
from itglue_sdk import ITGlueClient
from tests.importers.test_importer import ListSource, documents_of, runbook


def test_paths_choose_their_source(tmp_path: Path) -> None:
    (tmp_path / "runbooks").mkdir()
    (tmp_path / "one.eml").write_bytes(b"Subject: x\n\nbody\n")
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    assert isinstance(source_for(tmp_path / "runbooks"), FilesSource)
    assert isinstance(source_for(tmp_path / "one.eml"), EmailSource)
    assert isinstance(source_for(tmp_path / "Maildir"), EmailSource)
    assert source_for(tmp_path / "runbooks", folder="KB").scope == "files:runbooks"


def test_built_in_sources_load_through_the_entry_point_group(tmp_path: Path) -> None:
    assert {"files", "email"} <= set(plugins.sources())
    (tmp_path / "kb").mkdir()
    assert isinstance(plugins.load_source("files", str(tmp_path / "kb")), FilesSource)


def test_unknown_and_broken_plugins_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(plugins.UnknownSourceError, match=r"no import source named 'psa'.*installed: .*email"):
        plugins.load_source("psa")
    broken = metadata.EntryPoint("broken", "builtins:dict", plugins.GROUP)
    monkeypatch.setattr(plugins, "sources", lambda: {"broken": broken})
    with pytest.raises(TypeError, match="returned dict, not a Source"):
        plugins.load_source("broken")


def test_a_document_deleted_in_it_glue_is_created_again(
    client: ITGlueClient, organization_id: int, tmp_path: Path
) -> None:
    importer = Importer(client, state=tmp_path / "state.sqlite")
    importer.run(ListSource([runbook()]), organization_id=organization_id)
    [gone] = documents_of(client, organization_id)
    client.documents.delete(gone["id"])
    report = importer.run(ListSource([runbook()]), organization_id=organization_id)
    assert report.totals()["created"] == 1
    [again] = documents_of(client, organization_id)
    assert again["id"] != gone["id"]
    assert importer.state.documents(organization_id)["test:runbooks/vpn"].document_id == again["id"]


def test_two_documents_claiming_one_key_end_as_one(client: ITGlueClient, organization_id: int, tmp_path: Path) -> None:
    draft = runbook()
    importer = Importer(client, state=tmp_path / "state.sqlite")
    importer.run(ListSource([draft]), organization_id=organization_id)
    # A second run racing the first, on another machine, made its own copy.
    client.documents.within(organization_id=organization_id).create(
        {
            "name": draft.name,
            "organization_id": organization_id,
            "description": describe(draft.key, "test:runbooks", draft.content_hash),
        }
    )
    assert len(documents_of(client, organization_id)) == 2
    report = importer.run(ListSource([draft]), organization_id=organization_id)
    assert report.totals()["unchanged"] == 1
    [kept] = documents_of(client, organization_id)
    assert len(kept["sections"]) == 4


def test_drafts_from_plugins_are_sanitised_on_the_way_out(
    client: ITGlueClient, organization_id: int, tmp_path: Path
) -> None:
    unsafe = DocumentDraft(
        "test:runbooks/unsafe",
        "Unsafe",
        sections=(
            Section.text('<p onclick="steal()">Hello</p><script>alert(1)</script>'),
            Section.step('<a href="javascript:steal()">Go</a>'),
        ),
    )
    Importer(client, state=tmp_path / "state.sqlite").run(ListSource([unsafe]), organization_id=organization_id)
    [document] = documents_of(client, organization_id)
    contents = " ".join(str(content) for _, content, _ in document["sections"])
    assert "Hello" in contents
    assert "Go" in contents
    for unsafe_markup in ("onclick", "<script", "javascript:"):
        assert unsafe_markup not in contents
