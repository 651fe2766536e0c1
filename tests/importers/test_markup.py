"""The markup converters: sanitising, the split into sections, the marker format, Word and plain text."""

from __future__ import annotations

import io
import zipfile

import pytest

from itglue_import._model import Blob, Section
from itglue_import.markup import (
    Converted,
    decode_text,
    docx_to_sections,
    html_to_sections,
    markdown_to_sections,
    sanitize_html,
    text_to_sections,
)

SCREEN = Blob("screen.png", b"\x89PNG screen")
OTHER = Blob("other.png", b"\x89PNG other")
REPORT = Blob("report.pdf", b"%PDF-1.4 report")
FILES = {
    "screen.png": SCREEN,
    "img/other.png": OTHER,
    "my shot.png": OTHER,
    "cid:logo@mail": SCREEN,
    "Onboarding.files/screen.png": SCREEN,
    "Onboarding.files/attachments/report.pdf": REPORT,
}


def lookup(ref: str) -> Blob | None:
    return FILES.get(ref)


def no_images(ref: str) -> Blob | None:
    raise AssertionError(f"looked up {ref!r}")


def kinds(converted: Converted) -> list[str]:
    return [section.kind for section in converted.sections]


UNSAFE = ("<script", "onclick=", "onerror=", "onmouseover=", '="javascript:', "<iframe", "<button", "<style", "style=")


def assert_safe(converted: Converted) -> None:
    for section in converted.sections:
        lowered = section.content.lower()
        assert not [marker for marker in UNSAFE if marker in lowered], section


# --- sanitize_html ---------------------------------------------------------------------------------------------


def test_sanitize_keeps_documentation_markup_and_removes_the_dangerous() -> None:
    cleaned = sanitize_html(
        '<h2 style="color:red">T</h2><p onclick="x()">a <strong>b</strong> <code>c</code></p>'
        '<table><tr><td colspan="2">1</td></tr></table><img src="screen.png"><iframe src="https://x"></iframe>'
        '<form><input name="q"></form><script>alert(1)</script><style>p{}</style><!-- note -->'
        '<a href="https://ok.example/">ok</a><a href="mailto:a@b.example">mail</a>'
        '<a href="javascript:alert(1)">js</a><a href="data:text/html,x">data</a><a href="rel.html">rel</a>'
    )
    assert cleaned.startswith("<h2>T</h2><p>a <strong>b</strong> <code>c</code></p>")
    assert '<td colspan="2">1</td>' in cleaned
    assert '<a href="https://ok.example/" rel="noopener noreferrer">ok</a>' in cleaned
    assert '<a href="mailto:a@b.example" rel="noopener noreferrer">mail</a>' in cleaned
    assert cleaned.count("href=") == 2
    for gone in ("<img", "<iframe", "<form", "<input", "script", "alert", "<style", "note", "style=", "onclick"):
        assert gone not in cleaned


# --- html_to_sections ------------------------------------------------------------------------------------------


def test_headings_keep_their_level_and_only_their_text() -> None:
    converted = html_to_sections(
        "<h1>Network</h1><p>intro</p><h3>  VPN &amp; <em>remote</em>\n access </h3><h6>Six</h6>", images=no_images
    )
    assert converted.sections == (
        Section.heading("Network", 1),
        Section.text("<p>intro</p>"),
        Section.heading("VPN & remote access", 3),
        Section.heading("Six", 6),
    )


def test_numbered_procedure_becomes_steps_unless_disabled() -> None:
    html = "<p>Before</p><ol><li>Open <b>the</b> console</li><li> <p>Log in</p><ol><li>nested</li></ol> </li></ol>"
    assert html_to_sections(html, images=no_images).sections == (
        Section.text("<p>Before</p>"),
        Section.step("Open <b>the</b> console"),
        Section.step("<p>Log in</p><ol><li>nested</li></ol>"),
    )
    assert html_to_sections(html, images=no_images, steps=False).sections == (Section.text(html),)


def test_bullet_lists_and_nested_numbered_lists_stay_text() -> None:
    html = "<ul><li>a</li></ul><div><ol><li>b</li></ol></div>"
    assert html_to_sections(html, images=no_images).sections == (Section.text(html),)


def test_wrappers_head_and_comments_never_reach_a_section() -> None:
    converted = html_to_sections(
        "<html><head><title>Secret title</title><style>p { color: red }</style></head>"
        "<body><!-- hidden --><p>Body</p></body></html>",
        images=no_images,
    )
    assert converted.sections == (Section.text("<p>Body</p>"),)


def test_local_images_form_a_gallery_after_their_block() -> None:
    converted = html_to_sections(
        '<p>See <img src="screen.png"> here</p><p>More</p>'
        '<p><img src="img/other.png"></p><p><img src="my%20shot.png"></p><p>End <img src="cid:logo@mail"></p>',
        images=lookup,
    )
    assert converted.sections == (
        Section.text("<p>See  here</p>"),
        Section.gallery(SCREEN),
        # Image-only paragraphs leave no empty text, and consecutive ones share one gallery.
        Section.text("<p>More</p>"),
        Section.gallery(OTHER, OTHER),
        Section.text("<p>End </p>"),
        Section.gallery(SCREEN),
    )
    assert converted.missing == ()
    assert converted.warnings == ()


def test_images_in_headings_and_steps_follow_them() -> None:
    converted = html_to_sections(
        '<h2>Title <img src="screen.png"></h2><ol><li>Click <img src="img/other.png"></li></ol>', images=lookup
    )
    assert converted.sections == (
        Section.heading("Title", 2),
        Section.gallery(SCREEN),
        Section.step("Click"),
        Section.gallery(OTHER),
    )


def test_unresolved_local_images_are_missing_and_leave_nothing_behind() -> None:
    converted = html_to_sections(
        '<p><img src="gone.png"></p><p>Text <img src="../up/gone%202.png"><img src="gone.png"></p>', images=lookup
    )
    assert converted.sections == (Section.text("<p>Text </p>"),)
    assert converted.missing == ("gone.png", "../up/gone 2.png")


def test_remote_images_are_dropped_with_a_warning_and_never_looked_up() -> None:
    payload = "A" * 5000
    converted = html_to_sections(
        '<p>a<img src="https://cdn.example/x.png"><img src="//cdn.example/y.png"><img src="http://h/z.gif"></p>'
        f'<p><img src="data:image/png;base64,{payload}"><img src="ftp://h/f.png"></p>',
        images=no_images,
    )
    assert converted.sections == (Section.text("<p>a</p>"),)
    assert converted.warnings[:4] == (
        "remote image dropped: https://cdn.example/x.png",
        "remote image dropped: //cdn.example/y.png",
        "remote image dropped: http://h/z.gif",
        "remote image dropped: inline data: URI (image/png, 5022 characters)",
    )
    assert converted.warnings[4] == "remote image dropped: ftp://h/f.png"
    assert all(payload not in warning for warning in converted.warnings)


def test_unsafe_markup_is_removed_everywhere_and_reported() -> None:
    converted = html_to_sections(
        '<h2 onmouseover="alert(1)">Title<script>alert(2)</script></h2>'
        '<p onclick="steal()">Hi <a href="javascript:alert(3)">there</a></p>'
        '<ol><li><button onclick="alert(4)">Go</button><img src="x.png" onerror="alert(5)"></li></ol>'
        '<iframe src="https://evil.example"></iframe><p style="color: red">Styled</p>',
        images=lambda ref: SCREEN,
    )
    assert_safe(converted)
    assert converted.sections[0] == Section.heading("Title", 2)
    assert converted.sections[1].content.startswith("<p>Hi <a")
    assert "script removed" in converted.warnings
    assert "event handler attributes removed" in converted.warnings
    assert "javascript: URL removed" in converted.warnings
    assert "embedded content removed (iframe)" in converted.warnings
    assert "form removed" in converted.warnings
    assert html_to_sections("<p>plain</p>", images=no_images).warnings == ()


def test_whitespace_only_html_yields_no_sections() -> None:
    assert html_to_sections(" \n<p> </p>\n<!-- c -->", images=no_images).sections == ()


# --- Markdown without markers ----------------------------------------------------------------------------------


def test_markdown_headings_procedure_images_and_table() -> None:
    converted = markdown_to_sections(
        "# VPN setup\n\nIntro *text*.\n\n![shot](screen.png)\n\n1. Install\n2. Connect\n\n"
        "## Check\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![remote](https://x.example/a.png)\n",
        images=lookup,
    )
    assert kinds(converted) == ["heading", "text", "gallery", "step", "step", "heading", "text"]
    assert converted.sections[0] == Section.heading("VPN setup", 1)
    assert converted.sections[1] == Section.text("<p>Intro <em>text</em>.</p>")
    assert converted.sections[2] == Section.gallery(SCREEN)
    assert converted.sections[3:5] == (Section.step("Install"), Section.step("Connect"))
    assert converted.sections[5] == Section.heading("Check", 2)
    assert "<table>" in converted.sections[6].content
    assert converted.warnings == ("remote image dropped: https://x.example/a.png",)


def test_markdown_raw_html_is_sanitised() -> None:
    converted = markdown_to_sections(
        'Hi <span onclick="x()">there</span>\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(2)">link</a>\n',
        images=no_images,
    )
    assert_safe(converted)
    assert "script removed" in converted.warnings
    assert "event handler attributes removed" in converted.warnings


def test_markdown_angle_bracket_image_path_is_decoded() -> None:
    converted = markdown_to_sections("![a](<my shot.png>)\n", images=lookup)
    assert converted.sections == (Section.gallery(OTHER),)


# --- the marker format -----------------------------------------------------------------------------------------

EXPORTED = """<!-- itglue:heading -->
## Accounts

<!-- itglue:text -->
<p>Create the user in <strong>AD</strong>.</p>
<ol><li>not a step: inside a text chunk</li></ol>

<!-- itglue:step duration=5 -->
<p>Open the console</p>

<!-- itglue:gallery -->
![screen.png](<Onboarding.files/screen.png>)

<!-- itglue:attachments -->
- [report.pdf](<Onboarding.files/attachments/report.pdf>)
"""


def test_the_exporters_example_reads_back_exactly() -> None:
    converted = markdown_to_sections(EXPORTED, images=lookup)
    assert converted == Converted(
        sections=(
            Section.heading("Accounts", 2),
            Section.text(
                "<p>Create the user in <strong>AD</strong>.</p>\n<ol><li>not a step: inside a text chunk</li></ol>"
            ),
            Section.step("<p>Open the console</p>", duration=5),
            Section.gallery(SCREEN),
        ),
        attachments=(REPORT,),
    )


def test_attachment_links_resolve_through_files() -> None:
    seen: list[str] = []

    def files(ref: str) -> Blob | None:
        seen.append(ref)
        return REPORT if ref.endswith("report.pdf") else None

    converted = markdown_to_sections(EXPORTED + "- [gone.xlsx](gone.xlsx)\n", images=lookup, files=files)
    assert seen == ["Onboarding.files/attachments/report.pdf", "gone.xlsx"]
    assert converted.attachments == (REPORT,)
    assert converted.missing == ("gone.xlsx",)


def export(sections: tuple[Section, ...], attachments: tuple[Blob, ...]) -> str:
    """What the exporter writes (the format's reference writer, for the round trip)."""
    chunks: list[str] = []
    for section in sections:
        if section.kind == "heading":
            chunks.append(f"<!-- itglue:heading -->\n{'#' * (section.level or 1)} {section.content}")
        elif section.kind == "text":
            chunks.append(f"<!-- itglue:text -->\n{section.content}")
        elif section.kind == "step":
            duration = f" duration={section.duration}" if section.duration is not None else ""
            chunks.append(f"<!-- itglue:step{duration} -->\n{section.content}")
        else:
            chunks.append(
                "<!-- itglue:gallery -->\n" + "\n".join(f"![{b.name}](<media/{b.name}>)" for b in section.images)
            )
    if attachments:
        chunks.append(
            "<!-- itglue:attachments -->\n" + "\n".join(f"- [{b.name}](<files/{b.name}>)" for b in attachments)
        )
    return "\n\n".join(chunks) + "\n"


def test_sections_round_trip_through_the_marker_format() -> None:
    media = {f"media/{blob.name}": blob for blob in (SCREEN, OTHER)} | {f"files/{REPORT.name}": REPORT}
    sections = (
        Section.heading("Setup & *literal* `markdown` #1", 1),
        Section.heading("Deep", 6),
        Section.text(sanitize_html("<p>A &amp; B &lt;tag&gt; \u00a0 \u2028 done</p>\n<h2>inline heading</h2>")),
        Section.text(sanitize_html("<pre><code>x\n```python\n# not a heading\n<!-- itglue:step -->\n</code></pre>")),
        Section.step(sanitize_html('<p>Run <a href="https://x.example/?a=1&b=2">it</a></p><ol><li>x</li></ol>'), 15),
        Section.step(sanitize_html("<p>No duration</p>")),
        Section.gallery(SCREEN, OTHER),
        Section.text(sanitize_html("<table><tbody><tr><td>1</td></tr></tbody></table>")),
    )
    assert "<!-- itglue:step -->" not in sections[3].content  # sanitised: the comment is now escaped text
    written = export(sections, (REPORT,))
    assert markdown_to_sections(written, images=media.get) == Converted(sections, (REPORT,))


def test_heading_chunks_take_their_text_literally() -> None:
    converted = markdown_to_sections(
        "<!-- itglue:heading -->\n\n### **Not bold** ###\n"
        "<!-- itglue:heading level=4 -->\n# Level from the key\n"
        "<!-- itglue:heading -->\nBare line\n"
        "  <!--   itglue:heading   level=2   -->  \nC#\n",
        images=no_images,
    )
    assert converted.sections == (
        Section.heading("**Not bold**", 3),
        Section.heading("Level from the key", 4),
        Section.heading("Bare line", 1),
        Section.heading("C#", 2),
    )


def test_markdown_before_the_first_marker_uses_the_heuristics() -> None:
    converted = markdown_to_sections(
        "# Intro\n\n1. one\n\n```\n<!-- itglue:step -->\n```\n\n<!-- itglue:step -->\n<ol><li>kept</li></ol>\n",
        images=no_images,
    )
    assert converted.sections == (
        Section.heading("Intro", 1),
        Section.step("one"),
        Section.text("<pre><code>&lt;!-- itglue:step --&gt;\n</code></pre>"),
        Section.step("<ol><li>kept</li></ol>"),
    )


def test_text_chunks_are_sanitised_and_their_images_become_a_gallery() -> None:
    converted = markdown_to_sections(
        '<!-- itglue:text -->\n<p onclick="x()">Hi<img src="screen.png"><script>bad()</script></p>\n'
        "<!-- itglue:step duration=soon -->\n<p>Go</p>\n",
        images=lookup,
    )
    assert converted.sections == (Section.text("<p>Hi</p>"), Section.gallery(SCREEN), Section.step("<p>Go</p>"))
    assert "script removed" in converted.warnings
    assert "itglue:step marker: duration=soon ignored (not a whole number)" in converted.warnings


def test_gallery_chunk_reports_missing_and_remote_images() -> None:
    converted = markdown_to_sections(
        "<!-- itglue:gallery -->\n![a](screen.png) ![b](<missing one.png>)\n![c](https://x.example/c.png)\n"
        '![d](img/other.png "title")\n',
        images=lookup,
    )
    assert converted.sections == (Section.gallery(SCREEN, OTHER),)
    assert converted.missing == ("missing one.png",)
    assert converted.warnings == ("remote image dropped: https://x.example/c.png",)


# --- plain text, decoding, Word --------------------------------------------------------------------------------


def test_plain_text_paragraphs_and_line_breaks_are_escaped() -> None:
    converted = text_to_sections("First <b>line</b> & co\r\nsecond line\n\n\n  \nNext paragraph\n")
    assert converted.sections == (
        Section.text("<p>First &lt;b&gt;line&lt;/b&gt; &amp; co<br>second line</p>\n<p>Next paragraph</p>"),
    )
    assert text_to_sections(" \n\n \t\n").sections == ()


def test_decode_text() -> None:
    assert decode_text("\ufeffcafé".encode()) == ("café", None)
    smart = "caf\u00e9 \u2013 \u201cq\u201d"
    assert decode_text(smart.encode("cp1252")) == (smart, "not valid UTF-8; decoded as Windows-1252")
    # 0x81 is undefined in Windows-1252.
    assert decode_text(b"caf\xe9 \x81") == ("café \x81", "not valid UTF-8; decoded as Latin-1")
    with pytest.raises(ValueError, match="looks binary"):
        decode_text(b"abc\x00def")


_W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _paragraph(text: str, style: str | None = None, *, numbered: bool = False) -> str:
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else ""
    )
    return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def make_docx(image: bytes | None = b"\x89PNG embedded") -> bytes:
    """A minimal Word document: a heading, a paragraph, a two-item numbered list and (optionally) an image."""
    drawing = (
        '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="screen"/><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>'
        '<a:blip r:embed="rId3"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
        "</w:r></w:p>"
    )
    body = (
        _paragraph("Setup", "Heading2")
        + _paragraph("Intro &amp; more")
        + _paragraph("First", numbered=True)
        + _paragraph("Second", numbered=True)
        + (drawing if image is not None else "")
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS_NS}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS_NS}">'
            f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/image" Target="media/image1.png"/></Relationships>'
        ),
        "word/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:styles {_W}>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>'
        ),
        "word/numbering.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {_W}><w:abstractNum w:abstractNumId="0">'
            '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}</w:body></w:document>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        if image is not None:
            archive.writestr("word/media/image1.png", image)
    return buffer.getvalue()


def test_docx_heading_paragraph_steps_and_embedded_image() -> None:
    converted = docx_to_sections(make_docx())
    assert converted.sections == (
        Section.heading("Setup", 2),
        Section.text("<p>Intro &amp; more</p>"),
        Section.step("First"),
        Section.step("Second"),
        Section.gallery(Blob("image1.png", b"\x89PNG embedded")),
    )
    assert converted.sections[-1].images[0].data == b"\x89PNG embedded"
    assert kinds(docx_to_sections(make_docx(), steps=False)) == ["heading", "text", "gallery"]


def test_docx_that_is_not_a_word_document_raises() -> None:
    with pytest.raises(ValueError, match="not a readable Word document"):
        docx_to_sections(b"%PDF-1.4 not a zip")
