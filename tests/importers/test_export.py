"""`export_documents` against the emulator over loopback: the Markdown, the files beside it, the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_import.export import export_documents
from itglue_sdk import ITGlueClient


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    source = tmp_path / "source"
    source.mkdir(exist_ok=True)
    path = source / name
    path.write_bytes(data)
    return path


def _clear(client: ITGlueClient, organization_id: int) -> None:
    """Delete the estate's generated documents, so each test sees only its own."""
    for document in list(client.documents.within(organization_id=organization_id).list()):
        client.documents.delete(document)


def _document(client: ITGlueClient, organization_id: int, name: str, **attributes: object) -> str:
    return client.documents.within(organization_id=organization_id).create({"name": name, **attributes}).id


def test_every_kind_of_section_images_and_attachments(
    client: ITGlueClient, organization_id: int, tmp_path: Path
) -> None:
    _clear(client, organization_id)
    doc = _document(client, organization_id, "Onboarding")
    client.documents.add_section(doc, "heading", content="Onboarding")
    client.documents.add_section(doc, "heading", content="Accounts\nand\r\n  access", level=2)
    client.documents.add_section(doc, "text", content="<p>Create the user in <strong>AD</strong>.</p>")
    client.documents.add_section(doc, "step", content="<p>Open the console</p>", duration=5)
    client.documents.add_section(doc, "step", content="<p>Check mail</p>")
    gallery = client.documents.add_section(doc, "gallery")
    client.documents.add_image(_file(tmp_path, "screen.png", b"\x89PNG-1"), gallery=gallery)
    client.documents.add_image(_file(tmp_path, "Screen.PNG", b"\x89PNG-2"), gallery=gallery)
    client.documents.add_section(doc, "gallery")
    # Written last, sorted first: sort decides, not creation.
    client.document_sections.within(document_id=doc).create(
        {"resource_type": "Document::Text", "content": "\n<p>First</p>\n", "sort": 0}
    )
    client.attachments.within(document_id=doc).upload(_file(tmp_path, "report.pdf", b"%PDF-1.7"))
    client.attachments.within(document_id=doc).upload(_file(tmp_path, "a [b].txt", b"text"))

    out = tmp_path / "out"
    report = export_documents(client, organization_id, out)

    markdown = out / "Onboarding.md"
    assert markdown.read_text(encoding="utf-8") == (
        "<!-- itglue:text -->\n<p>First</p>\n\n"
        "<!-- itglue:heading -->\n# Onboarding\n\n"
        "<!-- itglue:heading -->\n## Accounts and access\n\n"
        "<!-- itglue:text -->\n<p>Create the user in <strong>AD</strong>.</p>\n\n"
        "<!-- itglue:step duration=5 -->\n<p>Open the console</p>\n\n"
        "<!-- itglue:step -->\n<p>Check mail</p>\n\n"
        "<!-- itglue:gallery -->\n"
        "![screen.png](<Onboarding.files/screen.png>)\n"
        "![Screen.PNG](<Onboarding.files/Screen (2).PNG>)\n\n"
        "<!-- itglue:gallery -->\n\n"
        "<!-- itglue:attachments -->\n"
        "- [report.pdf](<Onboarding.files/attachments/report.pdf>)\n"
        "- [a \\[b\\].txt](<Onboarding.files/attachments/a [b].txt>)\n"
    )
    assert (out / "Onboarding.files" / "screen.png").read_bytes() == b"\x89PNG-1"
    assert (out / "Onboarding.files" / "Screen (2).PNG").read_bytes() == b"\x89PNG-2"
    assert (out / "Onboarding.files" / "attachments" / "report.pdf").read_bytes() == b"%PDF-1.7"
    assert (out / "Onboarding.files" / "attachments" / "a [b].txt").read_bytes() == b"text"
    assert report.directory == out
    assert (report.documents, report.files, report.images, report.attachments) == (1, (markdown,), 2, 2)
    assert report.failed == ()
    # One index page, then per document one page of sections and one of attachments, then one GET per file.
    assert report.requests == 1 + 2 + 2 + 2
    assert not list(out.rglob(".*"))  # no temporary download files left behind


def test_paths_from_names_hostile_names_and_clashes(client: ITGlueClient, organization_id: int, tmp_path: Path) -> None:
    _clear(client, organization_id)
    names = ["net / vpn / setup", "../../evil", "net / vpn / Setup", "net / vpn / setup", "TCP/IP", "..", " / x", ""]
    ids = [_document(client, organization_id, name) for name in names]
    client.documents.add_section(ids[0], "text", content="<p>first</p>")
    client.documents.add_section(ids[3], "text", content="<p>third</p>")

    out = tmp_path / "out"
    report = export_documents(client, organization_id, out)

    expected = [
        "net/vpn/setup.md",
        "_.._evil.md",
        "net/vpn/Setup (2).md",
        "net/vpn/setup (3).md",
        "TCP_IP.md",
        f"document-{ids[5]}.md",
        f"document-{ids[6]}/x.md",
        f"document-{ids[7]}.md",
    ]
    assert [p.relative_to(out).as_posix() for p in report.files] == expected
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == sorted(expected)
    assert not (tmp_path / "evil.md").exists()
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
    assert (out / "net/vpn/setup.md").read_text() == "<!-- itglue:text -->\n<p>first</p>\n"
    assert (out / "net/vpn/setup (3).md").read_text() == "<!-- itglue:text -->\n<p>third</p>\n"
    assert (out / "_.._evil.md").read_text() == ""  # a document without sections still gets its file
    assert report.documents == len(names)


def test_only_attachments_and_hostile_file_names(client: ITGlueClient, organization_id: int, tmp_path: Path) -> None:
    _clear(client, organization_id)
    doc = _document(client, organization_id, "Files")
    attachments = client.attachments.within(document_id=doc)
    attachments.upload(_file(tmp_path, "report.pdf", b"one"))
    attachments.upload(_file(tmp_path, "report.pdf", b"two"), name="Report")
    gallery = client.documents.add_section(doc, "gallery")
    # An image may not take the attachments folder's name, nor climb out through its own.
    client.documents.add_image(_file(tmp_path, "attachments", b"img"), gallery=gallery)
    client.documents.add_image(_file(tmp_path, "..evil.png", b"evil"), gallery=gallery)

    out = tmp_path / "out"
    report = export_documents(client, organization_id, out)

    assert (out / "Files.md").read_text() == (
        "<!-- itglue:gallery -->\n"
        "![attachments](<Files.files/attachments (2)>)\n"
        "![..evil.png](<Files.files/evil.png>)\n\n"
        "<!-- itglue:attachments -->\n"
        "- [report.pdf](<Files.files/attachments/report.pdf>)\n"
        "- [report.pdf](<Files.files/attachments/report (2).pdf>)\n"
    )
    assert (out / "Files.files" / "attachments (2)").read_bytes() == b"img"
    assert (out / "Files.files" / "evil.png").read_bytes() == b"evil"
    assert (out / "Files.files" / "attachments" / "report (2).pdf").read_bytes() == b"two"
    assert (report.images, report.attachments) == (2, 2)


def test_a_failing_download_is_reported_and_the_export_goes_on(
    client: ITGlueClient, emulator: Emulator, organization_id: int, tmp_path: Path
) -> None:
    _clear(client, organization_id)
    broken = _document(client, organization_id, "Broken")
    gallery = client.documents.add_section(broken, "gallery")
    client.documents.add_image(_file(tmp_path, "kept.png", b"kept"), gallery=gallery)
    lost = client.documents.add_image(_file(tmp_path, "lost.png", b"lost"), gallery=gallery)
    gone = int(client.attachments.within(document_id=broken).upload(_file(tmp_path, "gone.pdf", b"gone")).id)
    fine = _document(client, organization_id, "Fine")
    client.documents.add_section(fine, "text", content="<p>ok</p>")
    # The image's and the attachment's stored files vanish: their URLs are still shown and answer 404.
    with emulator.store.lock:
        for record in (emulator.store.get("document-images", int(lost.id)), emulator.store.get("attachments", gone)):
            assert record is not None
            record["content"] = None

    out = tmp_path / "out"
    report = export_documents(client, organization_id, out)

    assert (out / "Broken.md").read_text() == (
        "<!-- itglue:gallery -->\n![kept.png](<Broken.files/kept.png>)\n\n<!-- itglue:attachments -->\n"
    )
    assert (out / "Broken.files" / "kept.png").read_bytes() == b"kept"
    assert (out / "Fine.md").read_text() == "<!-- itglue:text -->\n<p>ok</p>\n"
    assert [name for name, _ in report.failed] == ["Broken", "Broken"]
    assert "lost.png" in report.failed[0][1]
    assert "gone.pdf" in report.failed[1][1]
    assert (report.documents, report.images, report.attachments) == (2, 1, 0)
    assert not (out / "Broken.files" / "lost.png").exists()
    assert not (out / "Broken.files" / "attachments" / "gone.pdf").exists()


def test_folder_documents_are_listed_by_folder_and_written_once(
    client: ITGlueClient, organization_id: int, tmp_path: Path
) -> None:
    _clear(client, organization_id)
    _document(client, organization_id, "Root")
    _document(client, organization_id, "Filed", document_folder_id=7)

    report = export_documents(client, organization_id, tmp_path / "out", folder_ids=[7])

    assert [p.name for p in report.files] == ["Root.md", "Filed.md"]
    assert report.requests == 2 + 2 * 2  # the index and the folder's listing, then two listings per document


@pytest.mark.parametrize("level", [None, 1, 6])
def test_heading_levels(client: ITGlueClient, organization_id: int, tmp_path: Path, level: int | None) -> None:
    _clear(client, organization_id)
    doc = _document(client, organization_id, "H")
    client.documents.add_section(doc, "heading", content="Title", level=level)
    export_documents(client, organization_id, tmp_path)
    assert (tmp_path / "H.md").read_text() == f"<!-- itglue:heading -->\n{'#' * (level or 1)} Title\n"
