"""EmailSource: .eml, mbox, Maildir, folders and Outlook .msg files as document drafts."""

from __future__ import annotations

import base64
import hashlib
import mailbox
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from itglue_import._model import DocumentDraft, ImportItem, ItemFailure, Section
from itglue_import.mail import EmailSource
from tests.importers.msgfile import build_msg

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def message(
    subject: str = "Printer down", body: str = "It is on fire.", message_id: str | None = "<a1@example.com>"
) -> EmailMessage:
    made = EmailMessage()
    made["From"] = "Alice Example <alice@example.com>"
    made["To"] = "Bob <bob@example.com>"
    made["Subject"] = subject
    made["Date"] = "Mon, 06 May 2024 07:08:09 +0000"
    if message_id is not None:
        made["Message-ID"] = message_id
    made.set_content(body)
    return made


def drafts(items: list[ImportItem]) -> list[DocumentDraft]:
    assert all(isinstance(item, DocumentDraft) for item in items), items
    return [item for item in items if isinstance(item, DocumentDraft)]


def only(path: Path) -> DocumentDraft:
    (draft,) = drafts(list(EmailSource(path).items()))
    return draft


def texts(draft: DocumentDraft) -> str:
    return "\n".join(section.content for section in draft.sections if section.kind == "text")


def galleries(draft: DocumentDraft) -> list[Section]:
    return [section for section in draft.sections if section.kind == "gallery"]


def test_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "printer.eml"
    path.write_bytes(message(body="It is on fire.\n\nSend <help> & water.").as_bytes())
    source = EmailSource(path)
    (draft,) = drafts(list(source.items()))
    assert source.scope == "email:printer.eml"
    assert draft.key == "email:a1@example.com"
    assert draft.name == "Printer down"
    assert draft.sections[0] == Section.heading("Printer down", 1)
    assert draft.sections[1].content == (
        "<p><strong>From:</strong> Alice Example &lt;alice@example.com&gt;<br>"
        "<strong>To:</strong> Bob &lt;bob@example.com&gt;<br><strong>Date:</strong> 2024-05-06T07:08:09+00:00</p>"
    )
    body = texts(draft)
    assert "It is on fire." in body
    assert "Send &lt;help&gt; &amp; water." in body
    assert draft.attachments == ()


def test_html_message_with_inline_image_script_and_remote_image(tmp_path: Path) -> None:
    mail = message()
    mail.add_alternative(
        '<p onclick="steal()">Look <img src="cid:Logo@Example"> and <img src="https://tracker.example/p.gif"></p>'
        "<script>alert(1)</script>",
        subtype="html",
    )
    mail.get_payload()[1].add_related(PNG, "image", "png", cid="<logo@example>", filename="logo.png")
    path = tmp_path / "html.eml"
    path.write_bytes(mail.as_bytes())
    draft = only(path)
    body = texts(draft)
    assert "Look" in body
    assert "<script" not in body
    assert "alert(1)" not in body
    assert "onclick" not in body
    assert "tracker.example" not in body
    (gallery,) = galleries(draft)
    assert [image.data for image in gallery.images] == [PNG]
    assert gallery.images[0].name == "logo.png"
    assert draft.attachments == ()  # the named inline image is not attached a second time
    assert any("tracker.example" in warning for warning in draft.warnings)


def test_unresolved_cid_is_a_warning(tmp_path: Path) -> None:
    mail = message()
    mail.add_alternative('<p>Hi <img src="cid:gone@example"></p>', subtype="html")
    path = tmp_path / "gone.eml"
    path.write_bytes(mail.as_bytes())
    draft = only(path)
    assert "inline image cid:gone@example not found in the message" in draft.warnings
    assert galleries(draft) == []


def test_attachments_with_duplicate_names(tmp_path: Path) -> None:
    mail = message()
    mail.add_attachment(b"%PDF-1.4 report", maintype="application", subtype="pdf", filename="report.pdf")
    mail.add_attachment(b"second", maintype="application", subtype="pdf", filename="../../etc/report.pdf")
    mail.add_attachment(b"notes", maintype="text", subtype="plain", filename="notes.txt")
    inner = message(subject="Original question", message_id="<inner@example.com>")
    mail.add_attachment(inner)
    path = tmp_path / "files.eml"
    path.write_bytes(mail.as_bytes())
    draft = only(path)
    assert [(blob.name, blob.data[:8]) for blob in draft.attachments[:3]] == [
        ("report.pdf", b"%PDF-1.4"),
        ("report (2).pdf", b"second"),
        ("notes.txt", b"notes"),
    ]
    forwarded = draft.attachments[3]
    assert forwarded.name == "Original question.eml"
    assert b"Message-ID: <inner@example.com>" in forwarded.data
    assert "It is on fire." in texts(draft)


def test_legacy_charsets_are_decoded(tmp_path: Path) -> None:
    raw = (
        b"From: =?iso-8859-1?q?J=F6rg_M=FCller?= <joerg@example.com>\r\n"
        b"Subject: =?iso-8859-1?q?Gr=FC=DFe_aus_K=F6ln?=\r\n"
        b"Message-ID: <charset@example.com>\r\n"
        b"Content-Type: text/plain; charset=windows-1251\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + "Привет, мир".encode("windows-1251") + b"\r\n"
    )
    path = tmp_path / "charset.eml"
    path.write_bytes(raw)
    draft = only(path)
    assert draft.name == "Grüße aus Köln"
    assert "Jörg Müller" in draft.sections[1].content
    assert "Привет, мир" in texts(draft)
    assert draft.warnings == ()


def test_shift_jis_html_body(tmp_path: Path) -> None:
    raw = (
        b"Subject: sjis\r\nMessage-ID: <sjis@example.com>\r\n"
        b"Content-Type: text/html; charset=shift_jis\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    )
    path = tmp_path / "sjis.eml"
    path.write_bytes(raw + base64.encodebytes("<p>こんにちは</p>".encode("shift_jis")))
    assert "こんにちは" in texts(only(path))


def test_unknown_charset_falls_back_to_latin1_with_a_warning(tmp_path: Path) -> None:
    raw = b"Subject: odd\r\nMessage-ID: <odd@x>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\ncaf\xe9\r\n"
    path = tmp_path / "odd.eml"
    path.write_bytes(raw)
    draft = only(path)
    assert "café" in texts(draft)
    assert any("x-klingon" in warning for warning in draft.warnings)


def test_corrupt_message_in_mbox_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    box.add(message(subject="First", message_id="<first@example.com>"))
    box.add(b"\x00\x01 binary junk without any header\n\xff\xfe more junk\n")
    box.add(message(subject="Third", message_id="<third@example.com>"))
    box.close()
    items = list(EmailSource(path).items())
    assert [type(item) for item in items] == [DocumentDraft, ItemFailure, DocumentDraft]
    assert [item.name for item in items if isinstance(item, DocumentDraft)] == ["First", "Third"]
    failure = items[1]
    assert isinstance(failure, ItemFailure)
    assert failure.name == "inbox.mbox#2"
    assert failure.key.startswith("email:sha256:")


def test_file_starting_with_from_line_is_an_mbox(tmp_path: Path) -> None:
    path = tmp_path / "archive"
    first = message(subject="One", message_id="<one@x>").as_bytes()
    second = message(subject="Two", message_id="<two@x>").as_bytes()
    path.write_bytes(b"From a@x Mon May  6 07:08:09 2024\n" + first + b"\nFrom b@x Mon May  6 07:08:10 2024\n" + second)
    assert [draft.key for draft in drafts(list(EmailSource(path).items()))] == ["email:one@x", "email:two@x"]


def test_maildir_reads_cur_and_new_in_file_name_order(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for folder in ("cur", "new", "tmp"):
        (root / folder).mkdir(parents=True)
    (root / "new" / "0500.b.host").write_bytes(message(subject="New", message_id="<new@x>").as_bytes())
    (root / "cur" / "1000.a.host:2,S").write_bytes(message(subject="Seen", message_id="<seen@x>").as_bytes())
    (root / "cur" / "3000.c.host:2,").write_bytes(b"no headers at all, just text\n")
    items = list(EmailSource(root).items())
    assert [item.key for item in items[:2]] == ["email:new@x", "email:seen@x"]
    assert isinstance(items[2], ItemFailure)
    assert "3000.c.host" in items[2].name


def test_message_without_message_id_gets_a_stable_hash_key(tmp_path: Path) -> None:
    raw = message(message_id=None).as_bytes()
    path = tmp_path / "anon.eml"
    path.write_bytes(raw)
    first = only(path)
    assert first.key == f"email:sha256:{hashlib.sha256(raw).hexdigest()}"
    assert only(path).key == first.key


def test_directory_of_eml_and_msg_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.eml").write_bytes(message(subject="B", message_id="<b@x>").as_bytes())
    (tmp_path / "a.eml").write_bytes(message(subject="A", message_id="<a@x>").as_bytes())
    (tmp_path / "c.msg").write_bytes(build_msg("C", "c@x", "d@x", "body c", message_id="<c@x>"))
    (tmp_path / "readme.txt").write_text("not mail")
    source = EmailSource(tmp_path)
    first = [(item.key, item.name) for item in drafts(list(source.items()))]
    assert first == [("email:a@x", "A"), ("email:b@x", "B"), ("email:c@x", "C")]
    second = [(item.key, item.content_hash) for item in drafts(list(source.items()))]
    assert [key for key, _ in second] == [key for key, _ in first]
    assert second == [(item.key, item.content_hash) for item in drafts(list(source.items()))]


def test_outlook_msg(tmp_path: Path) -> None:
    path = tmp_path / "outlook.msg"
    path.write_bytes(
        build_msg(
            "Quarterly report",
            "Carol Finance <carol@example.com>",
            "Dave <dave@example.com>",
            "Numbers attached.",
            attachments=[("q3.pdf", b"%PDF-1.4 q3")],
            message_id="<outlook-1@example.com>",
            sent=datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC),
        )
    )
    draft = only(path)
    assert draft.key == "email:outlook-1@example.com"
    assert draft.name == "Quarterly report"
    details = draft.sections[1].content
    assert "Carol Finance &lt;carol@example.com&gt;" in details
    assert "Dave" in details
    assert "2024-05-06T07:08:09+00:00" in details
    assert "Numbers attached." in texts(draft)
    assert [(blob.name, blob.data) for blob in draft.attachments] == [("q3.pdf", b"%PDF-1.4 q3")]


def test_outlook_msg_html_with_inline_image_and_no_message_id(tmp_path: Path) -> None:
    data = build_msg(
        "Diagram",
        "e@example.com",
        "f@example.com",
        "see html",
        html='<p>Rack <img src="cid:rack1"></p><script>x()</script>',
        attachments=[("rack.png", PNG), ("spec.txt", b"spec")],
        content_ids={"rack.png": "rack1"},
    )
    path = tmp_path / "diagram.msg"
    path.write_bytes(data)
    draft = only(path)
    assert draft.key == f"email:sha256:{hashlib.sha256(data).hexdigest()}"
    assert "Rack" in texts(draft)
    assert "<script" not in texts(draft)
    (gallery,) = galleries(draft)
    assert [image.data for image in gallery.images] == [PNG]
    assert [blob.name for blob in draft.attachments] == ["spec.txt"]


def test_file_that_is_not_an_outlook_message_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "broken.msg").write_bytes(b"this is not a compound file" * 100)
    (tmp_path / "fine.eml").write_bytes(message().as_bytes())
    items = list(EmailSource(tmp_path).items())
    assert isinstance(items[0], ItemFailure)
    assert items[0].name == "broken.msg"
    assert isinstance(items[1], DocumentDraft)


def test_oversize_attachment_fails_the_message(tmp_path: Path) -> None:
    mail = message()
    mail.add_attachment(b"\0" * (8 * 1024 * 1024), maintype="application", subtype="octet-stream", filename="disk.img")
    path = tmp_path / "big.mbox"
    box = mailbox.mbox(path)
    box.add(mail)
    box.add(message(subject="Small", message_id="<small@x>"))
    box.close()
    items = list(EmailSource(path).items())
    failure = items[0]
    assert isinstance(failure, ItemFailure)
    assert failure.key == "email:a1@example.com"
    assert "disk.img" in failure.reason
    assert str(8 * 1024 * 1024) in failure.reason
    assert isinstance(items[1], DocumentDraft)


def test_repeated_message_id_is_imported_once(tmp_path: Path) -> None:
    path = tmp_path / "dupes.mbox"
    box = mailbox.mbox(path)
    box.add(message())
    box.add(message())
    box.close()
    first, second = EmailSource(path).items()
    assert isinstance(first, DocumentDraft)
    assert isinstance(second, ItemFailure)
    assert second.key == first.key


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(EmailSource(tmp_path / "nowhere.mbox").items())
