"""HTML helpers of the converters: nh3's allow-list, a scan for what it removes, and the split of its output.

nh3 does the sanitising. The split runs the stdlib parser over nh3's output, which is well-formed (every
element closed, attributes quoted), so top-level boundaries and image tags can be cut out of that very string
and text sections keep nh3's serialisation byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import accumulate
from typing import Literal
from urllib.parse import urlsplit

import nh3

_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strike",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    }
)  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "col": {"span"},
    "colgroup": {"span"},
    "li": {"value"},
    "ol": {"start", "type"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
# Their content is not document text: nh3 would otherwise keep it as bare text once the tag is gone.
_DROP_WITH_CONTENT = frozenset({"head", "script", "style", "title"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# nh3 checks URL schemes before the attribute filter sees a value; image sources of these schemes must reach
# the filter so that a dropped image can be named in a warning. Links are held to LINK_SCHEMES by the filter.
_PASSED_SCHEMES = LINK_SCHEMES | {"cid", "data", "file", "ftp", "ftps", "sftp", "smb"}
_VOID = frozenset({"br", "col", "hr", "img", "wbr"})
_PLACEHOLDER = "#itglue-image-"

_EMBEDDING = frozenset({"applet", "embed", "frame", "frameset", "iframe", "object"})
_FORM = frozenset({"button", "form", "input", "select", "textarea"})
_URL_ATTRIBUTES = frozenset({"action", "formaction", "href", "src", "xlink:href"})


def clean(html: str, *, keep_images: bool) -> tuple[str, list[str]]:
    """Sanitise ``html`` with the documentation allow-list.

    Args:
        html: Untrusted HTML.
        keep_images: Keep ``<img>`` tags, their ``src`` replaced by a placeholder indexing the returned list
            (images without a usable ``src`` keep none).

    Returns:
        The sanitised HTML and the images' original ``src`` values.
    """
    sources: list[str] = []

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            sources.append(value)
            return f"{_PLACEHOLDER}{len(sources) - 1}"
        if tag == "a" and attribute == "href":
            return value if urlsplit(value.strip()).scheme.lower() in LINK_SCHEMES else None
        return value

    tags = _TAGS | {"img"} if keep_images else _TAGS
    attributes = {**_ATTRIBUTES, "img": {"src"}} if keep_images else _ATTRIBUTES
    cleaned = nh3.clean(
        html,
        tags=set(tags),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes=attributes,
        attribute_filter=attribute_filter,
        url_schemes=set(_PASSED_SCHEMES),
        link_rel="noopener noreferrer",
    )
    return cleaned, sources


class _UnsafeScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.found["script removed"] = None
        elif tag in _EMBEDDING:
            self.found[f"embedded content removed ({tag})"] = None
        elif tag in _FORM:
            self.found["form removed"] = None
        for name, value in attrs:
            if name.startswith("on"):
                self.found["event handler attributes removed"] = None
            elif name in _URL_ATTRIBUTES and value and _scheme(value) in {"javascript", "vbscript"}:
                self.found[f"{_scheme(value)}: URL removed"] = None


def _scheme(url: str) -> str:
    # Browsers ignore control characters and whitespace inside a scheme; so does this check.
    squeezed = "".join(char for char in url if char > " ")
    scheme, colon, _ = squeezed.partition(":")
    return scheme.lower() if colon else ""


def unsafe_markup(html: str) -> list[str]:
    """What sanitising ``html`` removes that is worth a warning (scripts, handlers, embeds, forms)."""
    scan = _UnsafeScan()
    scan.feed(html)
    scan.close()
    return list(scan.found)


@dataclass
class Image:
    """An ``<img>`` tag of sanitised HTML: its span and its original ``src`` (None when nh3 removed it)."""

    start: int
    end: int
    src: str | None


@dataclass
class Node:
    """A top-level node of sanitised HTML, or a top-level ``<li>`` of a top-level ``<ol>``.

    ``start``/``end`` span the node itself, except for list items, which span the item's inner HTML.
    """

    kind: Literal["heading", "list", "item", "other"]
    start: int
    end: int = -1
    level: int = 0
    text: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    items: list[Node] = field(default_factory=list)
    has_rule: bool = False

    @property
    def blank(self) -> bool:
        """Whether the node shows nothing once its images are gone (no text, no rule)."""
        return not self.has_rule and not "".join(self.text).strip()


class _Splitter(HTMLParser):
    def __init__(self, html: str, sources: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.sources = sources
        # getpos() counts lines by "\n" alone (str.splitlines would also split on U+2028 and friends).
        self.line_starts = [0, *accumulate(len(line) + 1 for line in html.split("\n"))]
        self.nodes: list[Node] = []
        self.images: list[Image] = []
        self.open: list[str] = []
        self.item: Node | None = None

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def current(self) -> list[Node]:
        return [node for node in (self.nodes[-1] if self.nodes else None, self.item) if node is not None]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self.position()
        tag_text = self.get_starttag_text() or ""
        if not self.open:
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self.nodes.append(Node("heading", start, level=int(tag[1])))
            else:
                self.nodes.append(Node("list" if tag == "ol" else "other", start))
            self.item = None
        elif len(self.open) == 1 and self.open[0] == "ol" and tag == "li":
            self.item = Node("item", start + len(tag_text))
            self.nodes[-1].items.append(self.item)
        if tag == "img":
            image = Image(start, start + len(tag_text), self.source(dict(attrs).get("src")))
            self.images.append(image)
            for node in self.current():
                node.images.append(image)
        elif tag == "hr":
            for node in self.current():
                node.has_rule = True
        if tag not in _VOID:
            self.open.append(tag)

    def source(self, src: str | None) -> str | None:
        if src is None or not src.startswith(_PLACEHOLDER):
            return None
        return self.sources[int(src.removeprefix(_PLACEHOLDER))]

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open:
            return
        self.open.pop()
        if len(self.open) == 1 and self.item is not None and tag == "li":
            self.item.end = self.position()
            self.item = None

    def handle_data(self, data: str) -> None:
        if not self.open:
            self.nodes.append(Node("other", self.position()))
        for node in self.current():
            node.text.append(data)


def split(html: str, sources: list[str]) -> tuple[list[Node], list[Image]]:
    """The top-level nodes of ``html`` (nh3 output) and all its images, in document order.

    Each top-level node runs to the next one's start, so the nodes' spans cover the whole string.
    """
    splitter = _Splitter(html, sources)
    splitter.feed(html)
    splitter.close()
    nodes = splitter.nodes
    for node, following in zip(nodes, [*nodes[1:], None], strict=True):
        node.end = following.start if following is not None else len(html)
    return nodes, splitter.images


def cut(html: str, start: int, end: int, images: list[Image]) -> str:
    """``html[start:end]`` without the given image tags."""
    parts: list[str] = []
    position = start
    for image in images:
        if start <= image.start and image.end <= end:
            parts.append(html[position : image.start])
            position = image.end
    parts.append(html[position:end])
    return "".join(parts)
