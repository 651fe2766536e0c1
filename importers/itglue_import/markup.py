"""Converters from Markdown, HTML, plain text and Word documents to IT Glue document sections.

All HTML is sanitised with nh3 before anything else looks at it. Headings, numbered procedures and local
images then become heading, step and gallery sections; everything else becomes text sections. Remote images
are never fetched: they are dropped with a warning.

Markdown may fix its section boundaries with markers (what the exporter writes), each an HTML comment alone on
its line: ``<!-- itglue:KIND [key=value ...] -->`` with KIND ``heading``, ``text``, ``step``, ``gallery`` or
``attachments``. A chunk runs from its marker to the next marker line. Text before the first marker is
ordinary Markdown; marker lines inside its fenced code blocks are not markers. Chunk content is never
Markdown-rendered: a ``text`` or ``step`` chunk is HTML taken verbatim (sanitised), a ``heading`` chunk's text
is literal, so what the exporter writes reads back exactly.
"""

from __future__ import annotations

import html as html_lib
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import mammoth
from markdown_it import MarkdownIt

from itglue_import import _html
from itglue_import._model import Blob, Section

ImageLookup = Callable[[str], Blob | None]
"""Given a local image reference (a relative path, or `cid:...` for e-mail), the image, or None when it points
nowhere. References arrive percent-decoded."""


@dataclass(frozen=True)
class Converted:
    """What a converter made of one source.

    Attributes:
        sections: The document's sections in order.
        attachments: Files linked from an ``itglue:attachments`` chunk.
        warnings: What was dropped on purpose: remote images, unsafe markup.
        missing: Local references (images, attachment links) that point nowhere, as written (percent-decoded).
    """

    sections: tuple[Section, ...]
    attachments: tuple[Blob, ...] = ()
    warnings: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def sanitize_html(html: str) -> str:
    """``html`` reduced to markup fit for documentation.

    No scripts, event handlers, styles, images, frames, objects or forms survive; links keep only http, https
    and mailto targets and get ``rel="noopener noreferrer"``.
    """
    return _html.clean(html, keep_images=False)[0]


class _Builder:
    """Accumulates sections, merging consecutive text into one section and consecutive galleries into one."""

    def __init__(self, images: ImageLookup) -> None:
        self.lookup = images
        self.sections: list[Section] = []
        self.pending: list[str] = []
        self.pending_shows = False
        self.warnings: list[str] = []
        self.missing: list[str] = []

    def text(self, html: str, *, shows: bool) -> None:
        self.pending.append(html)
        self.pending_shows = self.pending_shows or shows

    def flush(self) -> None:
        content = "".join(self.pending).strip()
        if self.pending_shows and content:
            self.sections.append(Section.text(content))
        self.pending.clear()
        self.pending_shows = False

    def add(self, section: Section) -> None:
        self.flush()
        self.sections.append(section)

    def gallery(self, images: Iterable[_html.Image]) -> None:
        blobs = [blob for blob in map(self.resolve, images) if blob is not None]
        if not blobs:
            return
        self.flush()
        if self.sections and self.sections[-1].kind == "gallery":
            blobs = [*self.sections.pop().images, *blobs]
        self.sections.append(Section.gallery(*blobs))

    def resolve(self, image: _html.Image) -> Blob | None:
        if image.src is None:
            self.warn("image with an unsafe or unsupported URL dropped")
            return None
        return self.reference(image.src, self.lookup)

    def reference(self, src: str, lookup: ImageLookup, what: str = "image") -> Blob | None:
        """Resolve a local reference through ``lookup``; warn about a remote one."""
        src = src.strip()
        if not src:
            return None
        if src.lower().startswith("cid:"):
            ref = "cid:" + unquote(src[4:])
        elif src.startswith("//") or urlsplit(src).scheme:
            if src.lower().startswith("data:"):
                media_type = src[5:].partition(",")[0].partition(";")[0] or "unknown type"
                self.warn(f"remote {what} dropped: inline data: URI ({media_type}, {len(src)} characters)")
            else:
                self.warn(f"remote {what} dropped: {src}")
            return None
        else:
            ref = unquote(src)
        blob = lookup(ref)
        if blob is None and ref not in self.missing:
            self.missing.append(ref)
        return blob

    def warn(self, warning: str) -> None:
        if warning not in self.warnings:
            self.warnings.append(warning)

    def result(self, attachments: Iterable[Blob] = ()) -> Converted:
        self.flush()
        return Converted(tuple(self.sections), tuple(attachments), tuple(self.warnings), tuple(self.missing))


def _split_into(builder: _Builder, html: str, *, steps: bool) -> None:
    for warning in _html.unsafe_markup(html):
        builder.warn(warning)
    cleaned, sources = _html.clean(html, keep_images=True)
    nodes, _ = _html.split(cleaned, sources)
    for node in nodes:
        if node.kind == "heading":
            title = " ".join("".join(node.text).split())
            if title:
                builder.add(Section.heading(title, node.level))
            builder.gallery(node.images)
        elif node.kind == "list" and steps:
            builder.flush()
            in_items: list[_html.Image] = []
            for item in node.items:
                content = _html.cut(cleaned, item.start, item.end, item.images).strip()
                if not item.blank and content:
                    builder.add(Section.step(content))
                builder.gallery(item.images)
                in_items.extend(item.images)
            builder.gallery(image for image in node.images if image not in in_items)
        elif node.images and node.blank:
            builder.gallery(node.images)
        else:
            builder.text(_html.cut(cleaned, node.start, node.end, node.images), shows=not node.blank)
            builder.gallery(node.images)


def html_to_sections(html: str, *, images: ImageLookup, steps: bool = True) -> Converted:
    """Sections of an HTML document or fragment.

    Args:
        html: Untrusted HTML; ``<html>``/``<body>`` wrappers are ignored, ``<head>`` is dropped.
        images: Resolves local image references (relative paths, ``cid:``), percent-decoded.
        steps: Turn each item of a top-level numbered list into a step section.

    Returns:
        Top-level headings as heading sections, numbered-list items as steps, local images as galleries after
        the block that held them, everything else merged into text sections.
    """
    builder = _Builder(images)
    _split_into(builder, html, steps=steps)
    return builder.result()


def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table")


_MARKER = re.compile(
    r"^\s*<!--\s*itglue:(?P<kind>heading|text|step|gallery|attachments)(?P<keys>(?:\s+[\w-]+=\S+?)*)\s*-->\s*$"
)
_KEY = re.compile(r"([\w-]+)=(\S+)")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_LINK = r"\[(?:[^\]\\]|\\.)*\]\(\s*(?:<(?P<angled>[^>\n]*)>|(?P<bare>[^\s)]+))(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
_IMAGE_LINK = re.compile("!" + _LINK)
_FILE_LINK = re.compile("(?<!!)" + _LINK)
_ATX = re.compile(r"^ {0,3}(?P<hashes>#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")


@dataclass(frozen=True)
class _Chunk:
    kind: str
    keys: dict[str, str]
    body: str


def _chunks(text: str) -> tuple[str, list[_Chunk]]:
    """The Markdown before the first marker and the marker chunks after it."""
    preamble: list[str] = []
    chunks: list[_Chunk] = []
    body: list[str] = []
    kind, keys = "", dict[str, str]()
    fence = ""
    # Not str.splitlines: it also breaks at U+2028 and other characters that text chunks must keep as they are.
    for line in re.split(r"\r\n|\r|\n", text):
        # Fences are Markdown: they only matter before the first marker; chunk bodies are HTML or literal text.
        if not kind:
            opening = _FENCE.match(line)
            if fence:
                if opening and opening["fence"][0] == fence[0] and len(opening["fence"]) >= len(fence):
                    fence = "" if not opening["info"].strip() else fence
                preamble.append(line)
                continue
            if opening and not (opening["fence"][0] == "`" and "`" in opening["info"]):
                fence = opening["fence"]
                preamble.append(line)
                continue
        marker = _MARKER.match(line)
        if marker is None:
            (body if kind else preamble).append(line)
            continue
        if kind:
            chunks.append(_Chunk(kind, keys, "\n".join(body)))
        kind, keys, body = marker["kind"], dict(_KEY.findall(marker["keys"])), []
    if kind:
        chunks.append(_Chunk(kind, keys, "\n".join(body)))
    return "\n".join(preamble), chunks


def _number(chunk: _Chunk, key: str, builder: _Builder) -> int | None:
    value = chunk.keys.get(key, "").strip("\"'")
    if not value:
        return None
    if value.isdigit():
        return int(value)
    builder.warn(f"itglue:{chunk.kind} marker: {key}={value} ignored (not a whole number)")
    return None


def _verbatim(builder: _Builder, chunk: _Chunk) -> None:
    for warning in _html.unsafe_markup(chunk.body):
        builder.warn(warning)
    cleaned, sources = _html.clean(chunk.body.strip(), keep_images=True)
    nodes, found = _html.split(cleaned, sources)
    content = _html.cut(cleaned, 0, len(cleaned), found).strip()
    # A chunk that held nothing but images leaves no empty text section behind.
    if content and not all(node.blank for node in nodes):
        if chunk.kind == "step":
            builder.add(Section.step(content, _number(chunk, "duration", builder)))
        else:
            builder.add(Section.text(content))
    builder.gallery(found)


def _heading(builder: _Builder, chunk: _Chunk) -> None:
    line = next((line for line in chunk.body.splitlines() if line.strip()), "")
    atx = _ATX.match(line)
    title, level = (atx["text"] or "", len(atx["hashes"])) if atx else (line.strip(), 1)
    level = _number(chunk, "level", builder) or level
    if title.strip():
        builder.add(Section.heading(title.strip(), level))


def _links(pattern: re.Pattern[str], body: str) -> list[str]:
    return [match["angled"] if match["angled"] is not None else match["bare"] for match in pattern.finditer(body)]


def markdown_to_sections(
    text: str, *, images: ImageLookup, files: ImageLookup | None = None, steps: bool = True
) -> Converted:
    """Sections of a Markdown document, honouring ``itglue:`` section markers.

    Args:
        text: The Markdown.
        images: Resolves local image references (percent-decoded paths).
        files: Resolves the links of an ``itglue:attachments`` chunk (defaults to ``images``).
        steps: Turn each item of a top-level numbered list outside marker chunks into a step section.

    Returns:
        The sections, plus the attachments of ``itglue:attachments`` chunks.
    """
    builder = _Builder(images)
    attachments: list[Blob] = []
    preamble, chunks = _chunks(text)
    if preamble.strip():
        _split_into(builder, _markdown().render(preamble), steps=steps)
    for chunk in chunks:
        builder.flush()
        if chunk.kind == "heading":
            _heading(builder, chunk)
        elif chunk.kind in {"text", "step"}:
            _verbatim(builder, chunk)
        elif chunk.kind == "gallery":
            blobs = [builder.reference(path, images) for path in _links(_IMAGE_LINK, chunk.body)]
            if found := [blob for blob in blobs if blob is not None]:
                builder.add(Section.gallery(*found))
        else:
            for path in _links(_FILE_LINK, chunk.body):
                if (blob := builder.reference(path, files or images, "attachment")) is not None:
                    attachments.append(blob)
    return builder.result(attachments)


def text_to_sections(text: str) -> Converted:
    """One text section of plain text: blank-line separated paragraphs, line breaks kept (none when empty)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(html_lib.escape(line.rstrip(), quote=False))
        elif paragraphs[-1]:
            paragraphs.append([])
    html = "\n".join(f"<p>{'<br>'.join(paragraph)}</p>" for paragraph in paragraphs if paragraph)
    # Sanitising escaped text changes nothing but its serialisation, which then matches nh3's everywhere else.
    return Converted((Section.text(sanitize_html(html)),) if html else ())


_DOCX_EXTENSIONS = {"jpeg": "jpeg", "pjpeg": "jpeg", "svg+xml": "svg", "x-emf": "emf", "x-wmf": "wmf"}


def docx_to_sections(data: bytes, *, steps: bool = True) -> Converted:
    """Sections of a Word (.docx) document; its embedded images become gallery images.

    Images are named ``image1.png``, ``image2.jpeg``, ... by their content type.

    Raises:
        ValueError: ``data`` is not a Word document mammoth can read.
    """
    embedded: dict[str, Blob] = {}

    def convert_image(image: Any) -> dict[str, str]:
        subtype = str(image.content_type or "").partition("/")[2].lower()
        extension = _DOCX_EXTENSIONS.get(subtype, re.sub(r"[^a-z0-9]", "", subtype) or "bin")
        name = f"image{len(embedded) + 1}.{extension}"
        with image.open() as stream:
            embedded[name] = Blob(name, stream.read())
        return {"src": name}

    try:
        result = mammoth.convert_to_html(io.BytesIO(data), convert_image=mammoth.images.img_element(convert_image))
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise ValueError(f"not a readable Word document: {error}") from error
    return html_to_sections(str(result.value), images=embedded.get, steps=steps)


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode a text file: UTF-8 (BOM stripped), else Windows-1252, else Latin-1.

    Returns:
        The text and, when it was not UTF-8, a warning naming the encoding used.

    Raises:
        ValueError: ``data`` holds NUL bytes, so it is not text.
    """
    if b"\x00" in data:
        raise ValueError("file looks binary (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not valid UTF-8; decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8; decoded as Latin-1"
