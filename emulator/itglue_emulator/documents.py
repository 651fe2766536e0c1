"""Build JSON:API documents exactly like IT Glue: resource objects, included, meta and links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from itglue_emulator.document_content import render_section
from itglue_emulator.query import AppliedFilter, Page
from itglue_emulator.store import Record, Store
from itglue_emulator.wire import kebab, pluralize, singularize

PARENT_LINKED = frozenset({"attachments", "related-items", "document-images"})
"""Types whose records point at their owner through ``parent`` rather than a foreign key."""

SECTIONS = "document-sections"
IMAGES = "document-images"


def file_url(base_url: str, resource: str, record_id: int) -> str:
    """The emulator's download URL of a stored file (an attachment's, an image's ``urls.original``...)."""
    return f"{base_url}/_emulator/files/{resource}/{record_id}"


@dataclass(frozen=True)
class View:
    """How records are rendered for one request.

    Attributes:
        base_url: Scheme and host the client used, e.g. ``http://127.0.0.1:8080``.
        reveal_password: Whether a password's value may appear in ``data``.
    """

    base_url: str
    reveal_password: bool = False


@dataclass
class Captured:
    """A consistent snapshot of what one document shows, taken under the store lock.

    Attributes:
        resource: Wire type of ``records``.
        records: Copies of the records, denormalised names resolved (sections with the ``images`` they hold).
        links: Per include: ``(kebab name, target type, to-one, {record id: [related ids]})``.
        related: Copies of the included records by ``(type, id)``.
    """

    resource: str
    records: list[Record]
    links: list[tuple[str, str, bool, dict[int, list[int]]]] = field(default_factory=list)
    related: dict[tuple[str, int], Record] = field(default_factory=dict)


class Renderer:
    """Turn stored records into wire resource objects.

    Denormalised ``*-name`` attributes are derived from the referenced record at
    read time, so renames propagate everywhere without write-time fan-out.
    """

    def __init__(
        self, store: Store, attributes: dict[str, dict[str, dict[str, Any]]], before_read: Callable[[str, Record], None]
    ) -> None:
        """Prepare name links per type.

        Args:
            store: The record store.
            attributes: Read-schema attributes per wire type (from the spec).
            before_read: Hook letting resource rules refresh a record before it is shown.
        """
        self._store = store
        self._attributes = attributes
        self._before_read = before_read
        self._name_links = {resource: _name_links(attrs, attributes) for resource, attrs in attributes.items()}

    def capture(self, resource: str, records: list[Record], includes: list[str]) -> Captured:
        """Take the consistent snapshot a document is rendered from (call with the store lock held).

        Records are copied with their denormalised names resolved, related records of the includes
        gathered and copied too, so ``document`` needs neither the store nor its lock. A shallow copy
        of ``attributes`` is a true snapshot because writers replace attribute values, never mutate them.

        Args:
            resource: Wire type.
            records: Stored records, in answer order.
            includes: Include names (snake).

        Returns:
            The snapshot.
        """
        captured = Captured(resource, [self._copy(resource, r) for r in records])
        for name in includes:
            target, to_one, related = self._related(resource, records, kebab(name))
            captured.links.append((kebab(name), target, to_one, {k: [r["id"] for r in v] for k, v in related.items()}))
            for linked in related.values():
                for other in linked:
                    key = (target, other["id"])
                    if key not in captured.related:
                        captured.related[key] = self._copy(target, other)
        sections = list(captured.records) if resource == SECTIONS else []
        self._attach_images(sections + [r for (kind, _), r in captured.related.items() if kind == SECTIONS])
        return captured

    def _attach_images(self, sections: list[Record]) -> None:
        """Give copied sections the ``(id, file name)`` of the images they hold, in id order, for ``_wire``.

        Their ``rendered-content`` shows the images by URL, which needs the request's base URL: the images
        are gathered here, under the lock, and rendered without it (one scan of the images for the batch).
        """
        held: dict[int, list[tuple[int, str]]] = {section["id"]: [] for section in sections}
        if not held:
            return
        for image in self._store.records(IMAGES):
            parent = image.get("parent") or {}
            if parent.get("type") == SECTIONS and parent.get("id") in held:
                held[parent["id"]].append((image["id"], str(image["attributes"].get("file-name") or "")))
        for section in sections:
            section["images"] = sorted(held[section["id"]])

    def document(self, captured: Captured, view: View, reveal: bool = False) -> tuple[list[Any], list[Any]]:
        """Render a snapshot's resource objects and included records (no store access, no lock needed).

        Args:
            captured: The snapshot from ``capture``.
            view: Request view.
            reveal: Include password values in ``data`` (never in ``included``).

        Returns:
            ``(data, included)``.
        """
        relationships: dict[int, dict[str, Any]] = {r["id"]: {} for r in captured.records}
        included: dict[tuple[str, int], dict[str, Any]] = {}
        for name, target, to_one, related in captured.links:
            for record in captured.records:
                linkage = [{"id": str(other_id), "type": target} for other_id in related.get(record["id"], [])]
                relationships[record["id"]][name] = {"data": (linkage[0] if linkage else None) if to_one else linkage}
                for other_id in related.get(record["id"], []):
                    if (target, other_id) not in included:
                        included[(target, other_id)] = self._wire(
                            target, captured.related[(target, other_id)], view, None, False
                        )
        data = [self._wire(captured.resource, r, view, relationships[r["id"]], reveal) for r in captured.records]
        return data, list(included.values())

    def _copy(self, resource: str, record: Record) -> Record:
        self._before_read(resource, record)
        attributes = dict(record["attributes"])
        for id_attr, name_attr, target, source_attr in self._name_links.get(resource, ()):
            target_id = attributes.get(id_attr)
            referenced = self._store.get(target, target_id) if isinstance(target_id, int) else None
            if referenced is not None:
                attributes[name_attr] = referenced["attributes"].get(source_attr)
        return {**record, "attributes": attributes}

    def _wire(
        self, resource: str, record: Record, view: View, relationships: dict[str, Any] | None, reveal: bool
    ) -> dict[str, Any]:
        attributes = record["attributes"]
        if resource == SECTIONS:
            images = [(file_url(view.base_url, IMAGES, image_id), name) for image_id, name in record.get("images", ())]
            attributes["rendered-content"] = render_section(attributes, images)
        if "content" in record:
            url = file_url(view.base_url, resource, record["id"])
            for name in self._attributes.get(resource, {"download-url": {}}):
                if name == "urls":
                    # Document images list their size variants; the emulator keeps one original.
                    attributes[name] = {"original": url}
                elif name.endswith("url") and name not in ("resource-url", "parent-url"):
                    attributes[name] = url
        if resource == "passwords" and not (reveal and view.reveal_password):
            attributes.pop("password", None)
        return {
            "id": str(record["id"]),
            "type": resource,
            "attributes": attributes,
            "relationships": relationships or {},
        }

    def single(
        self, resource: str, record: Record, view: View, includes: list[str], reveal: bool = False
    ) -> dict[str, Any]:
        """Render a single-record document (capture and render in one go: call with the store lock held).

        Args:
            resource: Wire type.
            record: Stored record.
            view: Request view.
            includes: Include names (snake).
            reveal: Include the password value.

        Returns:
            ``{"data": ..., "included"?: [...]}``.
        """
        return self.single_document(self.capture(resource, [record], includes), view, bool(includes), reveal)

    def single_document(
        self, captured: Captured, view: View, with_included: bool, reveal: bool = False
    ) -> dict[str, Any]:
        """Render a captured single record.

        Args:
            captured: Snapshot of one record.
            view: Request view.
            with_included: Whether ``include`` was asked for (``included`` appears, maybe empty).
            reveal: Include the password value.

        Returns:
            ``{"data": ..., "included"?: [...]}``.
        """
        data, included = self.document(captured, view, reveal)
        document: dict[str, Any] = {"data": data[0]}
        if with_included:
            document["included"] = included
        return document

    def many(self, resource: str, records: list[Record], view: View, reveal: bool = False) -> dict[str, Any]:
        """Render the answer of a bulk write or multi-create (``data`` array only; store lock held).

        Args:
            resource: Wire type.
            records: Records to render.
            view: Request view.
            reveal: Include password values.

        Returns:
            ``{"data": [...]}``.
        """
        return {"data": self.document(self.capture(resource, records, []), view, reveal)[0]}

    def listing(
        self,
        captured: Captured,
        page: Page,
        view: View,
        includes: list[str],
        *,
        path: str,
        params: list[tuple[str, str]],
        filters: list[AppliedFilter],
    ) -> dict[str, Any]:
        """Render a captured list page with meta and absolute links (no lock needed).

        Args:
            captured: Snapshot of the page's records (``capture``).
            page: The page (counts and number).
            view: Request view.
            includes: Include names (snake).
            path: Request path (for links).
            params: Request query pairs (for links).
            filters: Applied filters (echoed in ``meta.filters``).

        Returns:
            ``{"data", "included"?, "meta", "links"}``.
        """
        data, included = self.document(captured, view)
        document: dict[str, Any] = {"data": data}
        if includes:
            document["included"] = included
        document["meta"] = {
            "current-page": page.number,
            "next-page": page.number + 1 if page.number < page.total_pages else None,
            "prev-page": page.number - 1 if 1 < page.number <= page.total_pages + 1 else None,
            "total-pages": page.total_pages,
            "total-count": page.total_count,
            "filters": _echo_filters(filters),
        }
        document["links"] = _links(view.base_url + path, params, page)
        return document

    def _related(self, resource: str, records: list[Record], name: str) -> tuple[str, bool, dict[int, list[Record]]]:
        """Find what an include name points at for a batch of records (one table scan per include)."""
        ids = {r["id"] for r in records}
        found: dict[int, list[Record]] = defaultdict(list)
        if name in PARENT_LINKED:
            for other in self._store.records(name):
                parent = other.get("parent") or {}
                if parent.get("type") == resource and parent.get("id") in ids:
                    found[parent["id"]].append(other)
            return name, False, found
        plural = pluralize(name)
        if self._store.has_table(plural) and any(f"{name}-id" in r["attributes"] for r in records):
            for record in records:
                target_id = record["attributes"].get(f"{name}-id")
                target = self._store.get(plural, target_id) if isinstance(target_id, int) else None
                if target is not None:
                    found[record["id"]].append(target)
            return plural, True, found
        foreign_key = f"{singularize(resource)}-id"
        owner_type = singularize(resource).replace("-", " ").title().replace(" ", "")
        for other in self._store.records(name) if self._store.has_table(name) else ():
            attrs = other["attributes"]
            owner = attrs.get(foreign_key)
            if isinstance(owner, int) and owner in ids:
                found[attrs[foreign_key]].append(other)
            elif attrs.get("resource-id") in ids and str(attrs.get("resource-type", "")).replace(" ", "") == owner_type:
                found[attrs["resource-id"]].append(other)
        return name, False, found


def _name_links(attrs: dict[str, Any], all_attributes: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Pairs ``<x>-id``/``<x>-name`` whose ``<x>`` is a known type, e.g. organization-id -> organizations."""
    links: list[tuple[str, str, str, str]] = []
    for name in attrs:
        if not name.endswith("-name"):
            continue
        stem = name[: -len("-name")]
        if f"{stem}-id" in attrs and pluralize(stem) in all_attributes:
            links.append((f"{stem}-id", name, pluralize(stem), "name"))
        elif stem == "organization-short" and "organization-id" in attrs:
            links.append(("organization-id", name, "organizations", "short-name"))
    return links


def _echo_filters(filters: list[AppliedFilter]) -> dict[str, Any]:
    echoed: dict[str, Any] = {}
    for applied in filters:
        if applied.mode == "exact" or (applied.mode == "range" and applied.name == "range"):
            # The bare filter[range] echoes as the string it was sent as (the query parser refuses it beside
            # named ranges, so the two shapes never meet).
            echoed[applied.name] = applied.raw
        else:
            echoed.setdefault(applied.mode, {})[applied.name] = applied.raw
    return echoed


def _links(base: str, params: list[tuple[str, str]], page: Page) -> dict[str, str]:
    kept = [(k, v) for k, v in params if k != "page[number]"]

    def url(number: int) -> str:
        return base + "?" + urlencode([*kept, ("page[number]", str(number))], safe="[]*,")

    links = {"self": url(page.number), "first": url(1), "last": url(page.total_pages)}
    if 1 < page.number <= page.total_pages + 1:
        links["prev"] = url(page.number - 1)
    if page.number < page.total_pages:
        links["next"] = url(page.number + 1)
    return links
