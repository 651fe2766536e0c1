"""What IT Glue computes from sections: a document's ``content`` and each section's ``rendered-content``."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

HEADING = "Document::Heading"
TEXT = "Document::Text"
STEP = "Document::Step"
GALLERY = "Document::Gallery"


def render_document_content(sections: Iterable[dict[str, Any]]) -> str | None:
    """Render a document's sections into the HTML body its ``content`` attribute shows.

    Sections come out in ``sort`` order: a heading as ``<hN>`` (its level, 1 when unset) around its escaped
    text, a text section's HTML content as stored, and consecutive steps as the items of one ordered list.
    Galleries carry images only and add nothing to the text body.

    Args:
        sections: Attributes of the document's sections (kebab keys), in any order.

    Returns:
        The HTML body, or None for a document without sections.
    """
    ordered = sorted(sections, key=lambda s: (s.get("sort") is None, s.get("sort") or 0))
    if not ordered:
        return None
    parts: list[str] = []
    steps: list[str] = []
    for section in ordered:
        kind, content = section.get("resource-type"), section.get("content")
        if kind != STEP and steps:
            parts.append("<ol>" + "".join(steps) + "</ol>")
            steps = []
        if kind == HEADING:
            level = section.get("level") if section.get("level") in range(1, 7) else 1
            parts.append(f"<h{level}>{html.escape(str(content or ''))}</h{level}>")
        elif kind == TEXT and content:
            parts.append(str(content))
        elif kind == STEP:
            steps.append(f"<li>{content or ''}</li>")
    if steps:
        parts.append("<ol>" + "".join(steps) + "</ol>")
    return "".join(parts)


def render_section(section: dict[str, Any], images: Iterable[tuple[str, str]]) -> str:
    """Render one section into the HTML its ``rendered-content`` attribute shows.

    A heading renders as ``<hN>`` around its escaped text (as in `render_document_content`), a text or step
    section as its HTML content; a gallery, and a step holding images, add their images as ``<img>`` elements.

    Args:
        section: The section's attributes (kebab keys).
        images: ``(url, file name)`` of the images the section holds, in id order.

    Returns:
        The HTML (empty for a section with nothing to show).
    """
    kind, content = section.get("resource-type"), section.get("content")
    if kind == HEADING:
        level = section.get("level") if section.get("level") in range(1, 7) else 1
        return f"<h{level}>{html.escape(str(content or ''))}</h{level}>"
    rendered = "" if kind == GALLERY else str(content or "")
    if kind in (GALLERY, STEP):
        rendered += "".join(f'<img src="{html.escape(url)}" alt="{html.escape(name)}">' for url, name in images)
    return rendered
