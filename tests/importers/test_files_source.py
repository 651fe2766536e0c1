"""FilesSource over trees built in tmp_path: keys, names, conversions, attachments and failures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from itglue_import._model import MAX_REQUEST_BYTES, Blob, DocumentDraft, ImportItem, ItemFailure, Section, Source
from itglue_import.files import FilesSource
from tests.importers.test_markup import make_docx

PNG = b"\x89PNG\r\n\x1a\n fake"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"


def write(root: Path, rel: str, data: bytes | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def by_key(items: list[ImportItem]) -> dict[str, ImportItem]:
    return {item.key: item for item in items}


def draft(items: list[ImportItem], key: str) -> DocumentDraft:
    item = by_key(items)[key]
    assert isinstance(item, DocumentDraft), item
    return item


def failure(items: list[ImportItem], key: str) -> ItemFailure:
    item = by_key(items)[key]
    assert isinstance(item, ItemFailure), item
    return item


@pytest.fixture
def runbooks(tmp_path: Path) -> Path:
    root = tmp_path / "runbooks"
    write(root, "net/vpn/setup.md", "# VPN\n\n1. Install the client\n2. Connect\n\n![screen](img/screen.png)\n")
    write(root, "net/vpn/img/screen.png", PNG)
    write(root, "net/diagram.pdf", PDF)
    write(root, "accounts.html", "<h2>Accounts</h2><p>Create users.</p>")
    write(root, "notes.txt", "line one\nline two\n\nsecond paragraph\n")
    write(root, "manual.docx", make_docx())
    write(root, ".git/config", "[core]\n")
    write(root, ".hidden.md", "# hidden\n")
    write(root, "net/.DS_Store", b"\x00\x01")
    return root


def test_a_tree_becomes_documents_named_after_its_shape(runbooks: Path) -> None:
    source = FilesSource(runbooks)
    assert isinstance(source, Source)
    assert source.scope == "files:runbooks"
    items = list(source.items())
    assert [item.key for item in items] == [
        "files:runbooks/accounts.html",
        "files:runbooks/manual.docx",
        "files:runbooks/net/vpn/setup.md",
        "files:runbooks/notes.txt",
        # The referenced screenshot is a gallery image, not an attachment document of its own.
        "files:runbooks/net/diagram.pdf",
    ]
    assert all(isinstance(item, DocumentDraft) for item in items)

    setup = draft(items, "files:runbooks/net/vpn/setup.md")
    assert setup.name == "net / vpn / setup"
    assert setup.sections == (
        Section.heading("VPN", 1),
        Section.step("Install the client"),
        Section.step("Connect"),
        Section.gallery(Blob("screen.png", PNG)),
    )
    accounts = draft(items, "files:runbooks/accounts.html")
    assert (accounts.name, accounts.sections) == (
        "accounts",
        (Section.heading("Accounts", 2), Section.text("<p>Create users.</p>")),
    )
    notes = draft(items, "files:runbooks/notes.txt")
    assert notes.sections == (Section.text("<p>line one<br>line two</p>\n<p>second paragraph</p>"),)
    manual = draft(items, "files:runbooks/manual.docx")
    assert [section.kind for section in manual.sections] == ["heading", "text", "step", "step", "gallery"]
    diagram = draft(items, "files:runbooks/net/diagram.pdf")
    assert (diagram.name, diagram.sections, diagram.attachments) == (
        "net / diagram.pdf",
        (),
        (Blob("diagram.pdf", PDF),),
    )


def test_order_and_keys_are_stable_across_runs(runbooks: Path) -> None:
    first = list(FilesSource(runbooks).items())
    second = list(FilesSource(runbooks).items())
    assert [item.key for item in first] == [item.key for item in second]
    assert [item.content_hash for item in first if isinstance(item, DocumentDraft)] == [
        item.content_hash for item in second if isinstance(item, DocumentDraft)
    ]


def test_folder_prefix_and_steps_flag(runbooks: Path) -> None:
    items = list(FilesSource(runbooks, folder="Runbooks", steps=False).items())
    setup = draft(items, "files:runbooks/net/vpn/setup.md")
    assert setup.name == "Runbooks / net / vpn / setup"
    assert [section.kind for section in setup.sections] == ["heading", "text", "gallery"]
    assert draft(items, "files:runbooks/net/diagram.pdf").name == "Runbooks / net / diagram.pdf"


def test_single_file_root(tmp_path: Path) -> None:
    path = write(tmp_path, "docs/Onboarding.md", "Hello ![s](shot.png)\n")
    write(tmp_path, "docs/shot.png", PNG)
    source = FilesSource(path, folder="HR")
    assert source.scope == "files:Onboarding.md"
    (item,) = source.items()
    assert isinstance(item, DocumentDraft)
    assert (item.key, item.name) == ("files:Onboarding.md", "HR / Onboarding")
    assert item.sections == (Section.text("<p>Hello </p>"), Section.gallery(Blob("shot.png", PNG)))

    (pdf,) = FilesSource(write(tmp_path, "report.pdf", PDF)).items()
    assert isinstance(pdf, DocumentDraft)
    assert (pdf.key, pdf.name, pdf.attachments) == ("files:report.pdf", "report.pdf", (Blob("report.pdf", PDF),))


def test_per_folder_attachments(tmp_path: Path) -> None:
    root = tmp_path / "share"
    write(root, "top.xlsx", b"PK xlsx")
    write(root, "a.zip", b"PK zip")
    write(root, "net/diagram.pdf", PDF)
    write(root, "net/mail.eml", b"From: a@b.example\r\n\r\nhi\r\n")
    write(root, "net/index.md", "[not an attachments chunk](diagram.pdf)\n")
    with (root / "net" / "huge.iso").open("wb") as big:
        big.truncate(11 * 1024 * 1024)
    items = list(FilesSource(root, attachments="per-folder", folder="Shares").items())
    assert [item.key for item in items] == [
        "files:share/net/index.md",
        "files:share/",
        "files:share/net/huge.iso",
        "files:share/net/",
    ]
    top = draft(items, "files:share/")
    assert (top.name, [blob.name for blob in top.attachments]) == ("Shares / share", ["a.zip", "top.xlsx"])
    net = draft(items, "files:share/net/")
    assert (net.name, [blob.name for blob in net.attachments]) == ("Shares / net", ["diagram.pdf", "mail.eml"])
    assert "huge.iso" in failure(items, "files:share/net/huge.iso").reason


def test_a_file_over_the_upload_limit_fails_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "root"
    with write(root, "big.pdf", b"").open("wb") as big:
        big.truncate(11 * 1024 * 1024)
    write(root, "small.pdf", PDF)
    write(root, "page.md", "![big](big.png)\n")
    with write(root, "big.png", b"").open("wb") as big:
        big.truncate(11 * 1024 * 1024)
    read = Path.read_bytes

    def guarded(path: Path) -> bytes:
        assert not path.name.startswith("big"), f"read {path}"
        return read(path)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    items = list(FilesSource(root).items())
    reason = failure(items, "files:root/big.pdf").reason
    assert f"{11 * 1024 * 1024:,} bytes" in reason
    assert f"{MAX_REQUEST_BYTES:,}-byte limit" in reason
    page = failure(items, "files:root/page.md").reason
    assert "image 'big.png' referenced by page.md" in page
    assert f"{MAX_REQUEST_BYTES:,}-byte limit" in page
    assert draft(items, "files:root/small.pdf").attachments == (Blob("small.pdf", PDF),)
    # A referenced image is never an attachment document, even when it cannot be used.
    assert "files:root/big.png" not in by_key(items)


def test_missing_images_fail_the_document_naming_them(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    write(root, "net/vpn.md", "![a](x.png)\n\n![b](<sub dir/y.png>)\n\n![c](https://h.example/remote.png)\n")
    write(root, "ok.md", "fine\n")
    items = list(FilesSource(root).items())
    reason = failure(items, "files:kb/net/vpn.md")
    assert reason.name == "net/vpn.md"
    assert reason.reason == (
        "image 'x.png' referenced by net/vpn.md does not exist; "
        "image 'sub dir/y.png' referenced by net/vpn.md does not exist"
    )
    assert isinstance(by_key(items)["files:kb/ok.md"], DocumentDraft)


def test_remote_images_are_warnings_not_failures(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    write(root, "page.html", '<p>Logo <img src="https://cdn.example/logo.png"></p><script>x()</script>')
    item = draft(list(FilesSource(root).items()), "files:kb/page.html")
    assert item.sections == (Section.text("<p>Logo </p>"),)
    assert item.warnings == ("script removed", "remote image dropped: https://cdn.example/logo.png")


def test_references_and_links_outside_the_root(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    write(tmp_path, "secret.png", PNG)
    write(root, "escape.md", "![s](../secret.png)\n")
    write(root, "page.md", "![s](outside-link.png)\n")
    (root / "outside-link.png").symlink_to(tmp_path / "secret.png")
    (root / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    (root / "inner-link.pdf").symlink_to(write(root, "real.pdf", PDF))
    items = list(FilesSource(root).items())
    assert (
        failure(items, "files:kb/escape.md").reason
        == "image '../secret.png' referenced by escape.md is outside the import root"
    )
    assert "outside the import root" in failure(items, "files:kb/page.md").reason
    keys = list(by_key(items))
    assert not [key for key in keys if "linked-dir" in key or "outside-link" in key]
    assert "files:kb/inner-link.pdf" in keys


def test_attachments_chunk_files_are_not_imported_again(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    write(root, "Onboarding.md", "<!-- itglue:attachments -->\n- [report.pdf](<Onboarding.files/report.pdf>)\n")
    write(root, "Onboarding.files/report.pdf", PDF)
    write(root, "Onboarding.files/other.pdf", PDF)
    items = list(FilesSource(root).items())
    assert draft(items, "files:kb/Onboarding.md").attachments == (Blob("report.pdf", PDF),)
    assert [item.key for item in items] == ["files:kb/Onboarding.md", "files:kb/Onboarding.files/other.pdf"]


def test_latin1_text_is_decoded_with_a_warning_and_binary_text_fails(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    write(root, "legacy.txt", "Caf\u00e9 \u00e0 la cr\u00e8me".encode("latin-1"))
    write(root, "blob.TXT", b"MZ\x00\x00\x03binary")
    items = list(FilesSource(root).items())
    legacy = draft(items, "files:kb/legacy.txt")
    assert legacy.sections == (Section.text("<p>Caf\u00e9 \u00e0 la cr\u00e8me</p>"),)
    assert legacy.warnings == ("not valid UTF-8; decoded as Windows-1252",)
    assert "looks binary (NUL bytes)" in failure(items, "files:kb/blob.TXT").reason


def test_a_broken_word_document_fails_and_the_walk_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    write(root, "broken.docx", b"%PDF-1.4 not a docx")
    write(root, "fine.md", "# Fine\n")
    items = list(FilesSource(root).items())
    assert "not a readable Word document" in failure(items, "files:kb/broken.docx").reason
    assert draft(items, "files:kb/fine.md").sections == (Section.heading("Fine", 1),)


def test_unreadable_files_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kb"
    locked = [write(root, "locked.md", "# x\n"), write(root, "locked.pdf", PDF)]
    write(root, "open.md", "# open\n")
    for path in locked:
        path.chmod(0)
    if os.access(locked[0], os.R_OK):
        # Root reads files whatever their mode: refuse them the way the kernel would refuse anyone else.
        read = Path.read_bytes

        def refused(path: Path) -> bytes:
            if path.name.startswith("locked"):
                raise PermissionError(13, "Permission denied", str(path))
            return read(path)

        monkeypatch.setattr(Path, "read_bytes", refused)
    try:
        items = list(FilesSource(root).items())
        assert failure(items, "files:kb/locked.md").reason == "cannot read locked.md: Permission denied"
        assert failure(items, "files:kb/locked.pdf").reason == "cannot read locked.pdf: Permission denied"
        assert isinstance(by_key(items)["files:kb/open.md"], DocumentDraft)
        per_folder = list(FilesSource(root, attachments="per-folder").items())
        assert failure(per_folder, "files:kb/").reason == "cannot read locked.pdf: Permission denied"
    finally:
        for path in locked:
            path.chmod(0o644)


def test_a_missing_root_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        FilesSource(tmp_path / "nowhere")


def test_an_unreadable_folder_fails_and_the_walk_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kb"
    write(root, "secret/a.md", "# a\n")
    write(root, "z.md", "# z\n")
    scandir = os.scandir

    def refused(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "secret":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refused)
    items = list(FilesSource(root).items())
    assert [item.key for item in items] == ["files:kb/secret/", "files:kb/z.md"]
    assert failure(items, "files:kb/secret/") == ItemFailure(
        "files:kb/secret/", "secret/", "cannot read folder secret: Permission denied"
    )
