"""Mailboxes as documents: one IT Glue document per message of an .eml, .mbox, Maildir, .msg or folder of them.

A message becomes a heading with its subject, a text section with its From/To/Cc/Date, and its body (the HTML
alternative when there is one, else the plain text) through `itglue_import.markup`. Images the HTML shows by
``cid:`` come from the message's own parts; every other named or attached part becomes a document attachment.
"""

from __future__ import annotations

import codecs
import email.policy
import hashlib
import html
import mailbox
import mimetypes
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from functools import partial
from pathlib import Path
from urllib.parse import unquote

import extract_msg
from extract_msg.msg_classes import MessageBase

from itglue_import._model import Blob, DocumentDraft, ImportItem, ItemFailure, Section
from itglue_import.markup import Converted, html_to_sections, text_to_sections
from itglue_sdk.resources.attachments import MAX_REQUEST_BYTES

_NAME_LIMIT = 255
_IDENTITY_HEADERS = ("From", "Subject", "Date", "Message-ID")
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_UNSAFE_NAME_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_HTML_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_PARSER = BytesParser(_class=EmailMessage, policy=email.policy.default)


class _CorruptMessageError(Exception):
    """A message that cannot become a document; its text is the failure's reason."""


@dataclass
class _Part:
    """A non-body part of a message: an inline image, an attachment, or both candidates.

    Attributes:
        name: Its file name (sanitised), or None when the message gives none.
        data: The bytes.
        content_type: MIME type, for naming a part without a file name.
        content_id: Normalised Content-ID (see `_normalise_cid`), or None.
        attached: Whether it is an attachment when the HTML does not show it inline.
    """

    name: str | None
    data: bytes
    content_type: str
    content_id: str | None
    attached: bool


@dataclass
class _Mail:
    """What a message says, independent of its file format."""

    key: str
    subject: str
    sender: str | None = None
    to: str | None = None
    cc: str | None = None
    date: str | None = None
    html: str | None = None
    text: str | None = None
    parts: list[_Part] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class EmailSource:
    """Messages of a mailbox file or folder, one document each.

    ``path`` is an .eml file, an mbox (``.mbox`` or any file starting with ``From ``), an Outlook .msg, a
    Maildir (a folder with ``cur``/``new``), or a folder of .eml/.msg files. Keys are ``email:`` plus the
    Message-ID, or ``email:sha256:`` plus the hash of the raw message when it has none.
    """

    def __init__(self, path: str | os.PathLike[str], *, steps: bool = False) -> None:
        """Read messages from ``path``; ``steps`` lets the HTML converter make step sections of lists."""
        self.path = Path(path)
        self.steps = steps

    @property
    def scope(self) -> str:
        """``email:`` plus the mailbox's file or folder name."""
        return f"email:{self.path.name}"

    def items(self) -> Iterator[ImportItem]:
        """A draft per message, or an `ItemFailure` for a message that cannot become one.

        Raises:
            FileNotFoundError: ``path`` does not exist (the whole source is missing, not one message).
        """
        if not self.path.exists():
            raise FileNotFoundError(self.path)
        seen: dict[str, str] = {}
        for label, item in self._messages():
            if isinstance(item, DocumentDraft) and item.key in seen:
                # Mailboxes often hold copies of one message (sent and received); one document is enough.
                yield ItemFailure(item.key, label, f"same Message-ID as {seen[item.key]}; imported once")
                continue
            seen.setdefault(item.key, label)
            yield item

    def _messages(self) -> Iterator[tuple[str, ImportItem]]:
        """Each message's report name and item, one at a time (a bad message is one failed item)."""
        path = self.path
        if path.is_dir():
            if (path / "cur").is_dir() or (path / "new").is_dir():
                yield from self._maildir()
                return
            for file in sorted(path.iterdir(), key=lambda entry: entry.name):
                if file.is_file() and file.suffix.lower() in {".eml", ".msg"}:
                    yield file.name, _file_item(file, self.steps)
            return
        with path.open("rb") as handle:
            start = handle.read(len(_OLE_MAGIC))
        if path.suffix.lower() == ".mbox" or start.startswith(b"From "):
            yield from self._mbox()
        else:
            yield path.name, _file_item(path, self.steps)

    def _mbox(self) -> Iterator[tuple[str, ImportItem]]:
        box = mailbox.mbox(self.path, create=False)
        try:
            for number, key in enumerate(box.iterkeys(), start=1):
                label = f"{self.path.name}#{number}"
                raw = box.get_bytes(key)
                yield label, _item(partial(_internet, raw), _hash_key(raw), label, self.steps)
        finally:
            box.close()

    def _maildir(self) -> Iterator[tuple[str, ImportItem]]:
        box = mailbox.Maildir(self.path, create=False)
        # Maildir keys are file names without the ":2,flags" suffix; sorting them gives a stable order.
        for key in sorted(box.iterkeys()):
            label = f"{self.path.name}/{key}"
            try:
                raw = box.get_bytes(key)
            except OSError as error:
                yield label, ItemFailure(_hash_key(label.encode()), label, f"cannot read: {error}")
                continue
            yield label, _item(partial(_internet, raw), _hash_key(raw), label, self.steps)


def _file_item(file: Path, steps: bool) -> ImportItem:
    """The item of an .eml or .msg file (told apart by suffix or the compound-file signature)."""
    try:
        raw = file.read_bytes()
    except OSError as error:
        return ItemFailure(_hash_key(file.name.encode()), file.name, f"cannot read: {error}")
    if file.suffix.lower() == ".msg" or raw.startswith(_OLE_MAGIC):
        return _item(partial(_outlook, file, raw), _hash_key(raw), file.name, steps)
    return _item(partial(_internet, raw), _hash_key(raw), file.name, steps)


def _item(read: Callable[[], _Mail], fallback_key: str, label: str, steps: bool) -> ImportItem:
    """The draft of the message ``read`` returns, or a failure saying why there is none."""
    try:
        mail = read()
    except _CorruptMessageError as error:
        return ItemFailure(fallback_key, label, str(error))
    except Exception as error:  # any parser or extract-msg error fails this message only
        return ItemFailure(fallback_key, label, f"cannot read the message: {type(error).__name__}: {error}")
    try:
        return _draft(mail, label, steps)
    except Exception as error:  # likewise a converter error
        return ItemFailure(mail.key, label, f"cannot convert the message: {type(error).__name__}: {error}")


def _draft(mail: _Mail, label: str, steps: bool) -> ImportItem:
    name = mail.subject[:_NAME_LIMIT]
    sections = [Section.heading(name, 1)]
    details = [
        f"<strong>{title}:</strong> {html.escape(value)}"
        for title, value in (("From", mail.sender), ("To", mail.to), ("Cc", mail.cc), ("Date", mail.date))
        if value
    ]
    if details:
        sections.append(Section.text(f"<p>{'<br>'.join(details)}</p>"))
    warnings = list(mail.warnings)
    used: set[int] = set()
    converted = _body(mail, steps, used)
    sections.extend(converted.sections)
    warnings.extend(converted.warnings)
    warnings.extend(
        f"inline image {ref} not found in the message" if ref.lower().startswith("cid:") else f"image {ref} not found"
        for ref in converted.missing
    )
    attachments = [
        Blob(part.name or _fallback_name("attachment", number, part.content_type), part.data)
        for number, part in enumerate((part for part in mail.parts if part.attached and id(part) not in used), 1)
    ]
    attachments.extend(converted.attachments)
    draft = DocumentDraft(
        key=mail.key,
        name=name,
        sections=tuple(sections),
        attachments=_unique_names(attachments),
        warnings=tuple(dict.fromkeys(warnings)),
    )
    for blob in draft.blobs():
        if not blob.fits:
            return ItemFailure(
                mail.key,
                label,
                f"{blob.name} is {len(blob.data)} bytes, too large to upload within the {MAX_REQUEST_BYTES} byte"
                " request limit",
            )
    return draft


def _body(mail: _Mail, steps: bool, used: set[int]) -> Converted:
    """The body's sections; the ids of parts shown as inline images are added to ``used``."""
    if mail.html is not None:
        by_cid = {part.content_id: part for part in mail.parts if part.content_id}
        blobs: dict[int, Blob] = {}

        def image(ref: str) -> Blob | None:
            if not ref.lower().startswith("cid:") or (part := by_cid.get(_normalise_cid(ref[4:]))) is None:
                return None
            if id(part) not in blobs:
                name = part.name or _fallback_name("image", len(blobs) + 1, part.content_type)
                blobs[id(part)] = Blob(name, part.data)
                used.add(id(part))
            return blobs[id(part)]

        return html_to_sections(mail.html, images=image, steps=steps)
    if mail.text is not None:
        return text_to_sections(mail.text)
    return Converted(())


def _internet(raw: bytes) -> _Mail:
    """An RFC 5322 message (.eml, mbox or Maildir entry)."""
    message = _PARSER.parsebytes(raw)
    if not message.keys():
        raise _CorruptMessageError("not an email message: it has no headers")
    if not any(header in message for header in _IDENTITY_HEADERS):
        raise _CorruptMessageError("not an email message: it has none of From, Subject, Date, Message-ID")
    mail = _Mail(key=_message_key(message.get("Message-ID")) or _hash_key(raw), subject=_subject(message["Subject"]))
    mail.sender, mail.to, mail.cc = (_header_text(message[name]) for name in ("From", "To", "Cc"))
    date = message["Date"]
    parsed = getattr(date, "datetime", None)
    mail.date = parsed.isoformat() if parsed is not None else _header_text(date)
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    if html_part is not None:
        mail.html = _text_content(html_part, mail.warnings)
    elif text_part is not None:
        mail.text = _text_content(text_part, mail.warnings)
    warnings = mail.warnings
    warnings.extend(f"message defect survived: {type(defect).__name__}" for defect in message.defects)
    for part in _leaves(message):
        if part is html_part or part is text_part:
            continue
        warnings.extend(f"message defect survived: {type(defect).__name__}" for defect in part.defects)
        content_type = part.get_content_type()
        if part.get_content_maintype() == "message":
            inner = part.get_payload(0)
            if not isinstance(inner, EmailMessage):
                continue
            subject = _subject(inner["Subject"])
            mail.parts.append(_Part(_file_name(f"{subject}.eml"), inner.as_bytes(), content_type, None, attached=True))
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        content_id = part.get("Content-ID")
        filename = part.get_filename()
        attached = filename is not None or part.get_content_disposition() == "attachment"
        if not attached and content_id is None:
            continue
        mail.parts.append(
            _Part(
                _file_name(filename) if filename else None,
                data,
                content_type,
                _normalise_cid(str(content_id)) if content_id else None,
                attached,
            )
        )
    return mail


def _leaves(part: MIMEPart) -> Iterator[MIMEPart]:
    """The non-multipart parts of ``part``, depth first; an attached message is one leaf."""
    if part.get_content_maintype() == "multipart":
        for sub in part.iter_parts():
            yield from _leaves(sub)
    else:
        yield part


def _text_content(part: MIMEPart, warnings: list[str]) -> str:
    """The decoded text of a body part; an unknown or wrong charset is read as Latin-1 (and warned about)."""
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset() or "us-ascii"
    try:
        codecs.lookup(charset)
    except LookupError:
        warnings.append(f"unknown charset {charset!r}; body decoded as Latin-1")
        return data.decode("latin-1")
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        warnings.append(f"body is not valid {charset}; decoded as Latin-1")
        return data.decode("latin-1")


def _outlook(file: Path, raw: bytes) -> _Mail:
    """An Outlook .msg file, through extract-msg."""
    msg = extract_msg.openMsg(str(file))
    try:
        if not isinstance(msg, MessageBase):
            raise _CorruptMessageError(f"not an email message: an Outlook {msg.classType} item")
        mail = _Mail(key=_message_key(msg.messageId) or _hash_key(raw), subject=_subject(msg.subject))
        mail.sender, mail.to, mail.cc = (_header_text(value) for value in (msg.sender, msg.to, msg.cc))
        mail.date = msg.date.isoformat() if msg.date is not None else None
        if msg.exists("__substg1.0_10130102"):
            mail.html = _decode_html(msg.getStream("__substg1.0_10130102") or b"", mail.warnings)
        elif msg.body:
            mail.text = msg.body
        for attachment in msg.attachments:
            data = attachment.data
            name = attachment.longFilename or attachment.shortFilename or attachment.name
            if isinstance(data, bytes):
                kind = mimetypes.guess_type(name or "")[0] or "application/octet-stream"
                cid = _normalise_cid(attachment.cid) if attachment.cid else None
                mail.parts.append(_Part(_file_name(name) if name else None, data, kind, cid, attached=True))
            elif isinstance(data, extract_msg.MSGFile):
                mail.parts.append(_Part(_file_name(name or "message.msg"), data.exportBytes(), "", None, True))
            else:
                mail.warnings.append(f"attachment {name or '(unnamed)'} skipped: it holds no file data")
        return mail
    finally:
        msg.close()


def _decode_html(data: bytes, warnings: list[str]) -> str:
    """HTML bytes in the charset they declare, else UTF-8, else Windows-1252 (Outlook's usual)."""
    declared = _HTML_CHARSET.search(data[:4096])
    for charset in (declared.group(1).decode("ascii") if declared else None, "utf-8"):
        if charset is None:
            continue
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    warnings.append("HTML body is not valid in its declared charset or UTF-8; decoded as Windows-1252")
    return data.decode("cp1252", errors="replace")


def _message_key(message_id: object) -> str | None:
    """``email:`` plus the Message-ID without whitespace and angle brackets, or None without one."""
    if message_id is None:
        return None
    bare = "".join(str(message_id).split()).removeprefix("<").removesuffix(">")
    return f"email:{bare}" if bare else None


def _hash_key(raw: bytes) -> str:
    return f"email:sha256:{hashlib.sha256(raw).hexdigest()}"


def _subject(value: object) -> str:
    return " ".join(str(value or "").split()) or "(no subject)"


def _header_text(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _normalise_cid(content_id: str) -> str:
    """A Content-ID as ``cid:`` references compare it: unquoted, without brackets, lower case."""
    return unquote(content_id).strip().removeprefix("<").removesuffix(">").strip().lower()


def _file_name(raw: str) -> str | None:
    """``raw`` as a plain file name (no directories, no characters file systems refuse), or None if nothing is left."""
    base = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME_CHARS.sub("_", base).strip()
    return name[-_NAME_LIMIT:] if name.strip(".") else None


def _fallback_name(stem: str, number: int, content_type: str) -> str:
    extension = (mimetypes.guess_extension(content_type) if content_type else None) or ".bin"
    return f"{stem}-{number}{extension}"


def _unique_names(blobs: list[Blob]) -> tuple[Blob, ...]:
    """``blobs`` with repeated names (compared case-insensitively) made unique by `` (2)``, `` (3)``..."""
    taken = {blob.name.casefold() for blob in blobs}
    seen: set[str] = set()
    unique: list[Blob] = []
    for blob in blobs:
        name = blob.name
        if name.casefold() in seen:
            stem, extension = os.path.splitext(name)
            number = 2
            while (name := f"{stem} ({number}){extension}").casefold() in taken:
                number += 1
            taken.add(name.casefold())
        seen.add(name.casefold())
        unique.append(blob if name == blob.name else Blob(name, blob.data))
    return tuple(unique)
