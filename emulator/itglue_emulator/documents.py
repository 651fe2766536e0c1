"""Build JSON:API documents exactly like IT Glue: resource objects, included, meta and links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from itglue_emulator.query import AppliedFilter, Page
from itglue_emulator.store import Record, Store
from itglue_emulator.wire import kebab, pluralize, singularize

PARENT_LINKED = frozenset({"attachments", "related-items", "document-images"})
"""Types whose records point at their owner through ``parent`` rather than a foreign key."""


@dataclass(frozen=True)
class View:
    """How records are rendered for one request.

    Attributes:
        base_url: Scheme and host the client used, e.g. ``http://127.0.0.1:8080``.
        reveal_password: Whether a password's value may appear in ``data``.
    """

    base_url: str
    reveal_password: bool = False


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

    def resource(
        self,
        resource: str,
        record: Record,
        view: View,
        relationships: dict[str, Any] | None = None,
        reveal: bool = False,
    ) -> dict[str, Any]:
        """Render one resource object.

        Args:
            resource: Wire type.
            record: Stored record.
            view: Request view.
            relationships: Relationship linkage to attach.
            reveal: Include the password value (passwords only).

        Returns:
            ``{"id", "type", "attributes", "relationships"}``.
        """
        self._before_read(resource, record)
        attributes = dict(record["attributes"])
        for id_attr, name_attr, target, source_attr in self._name_links.get(resource, ()):
            target_id = attributes.get(id_attr)
            referenced = self._store.get(target, target_id) if isinstance(target_id, int) else None
            if referenced is not None:
                attributes[name_attr] = referenced["attributes"].get(source_attr)
        if "content" in record:
            url = f"{view.base_url}/_emulator/files/{resource}/{record['id']}"
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
        """Render a single-record document.

        Args:
            resource: Wire type.
            record: Stored record.
            view: Request view.
            includes: Include names (snake).
            reveal: Include the password value.

        Returns:
            ``{"data": ..., "included"?: [...]}``.
        """
        data, included = self._with_includes(resource, [record], view, includes, reveal)
        document: dict[str, Any] = {"data": data[0]}
        if includes:
            document["included"] = included
        return document

    def many(self, resource: str, records: list[Record], view: View, reveal: bool = False) -> dict[str, Any]:
        """Render the answer of a bulk write or multi-create (``data`` array only).

        Args:
            resource: Wire type.
            records: Records to render.
            view: Request view.
            reveal: Include password values.

        Returns:
            ``{"data": [...]}``.
        """
        return {"data": [self.resource(resource, r, view, reveal=reveal) for r in records]}

    def listing(
        self,
        resource: str,
        page: Page,
        view: View,
        includes: list[str],
        *,
        path: str,
        params: list[tuple[str, str]],
        filters: list[AppliedFilter],
    ) -> dict[str, Any]:
        """Render a list page with meta and absolute links.

        Args:
            resource: Wire type.
            page: The page to render.
            view: Request view.
            includes: Include names (snake).
            path: Request path (for links).
            params: Request query pairs (for links).
            filters: Applied filters (echoed in ``meta.filters``).

        Returns:
            ``{"data", "included"?, "meta", "links"}``.
        """
        data, included = self._with_includes(resource, page.records, view, includes, reveal=False)
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

    def _with_includes(
        self, resource: str, records: list[Record], view: View, includes: list[str], reveal: bool
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        relationships: dict[int, dict[str, Any]] = {r["id"]: {} for r in records}
        included: dict[tuple[str, int], dict[str, Any]] = {}
        for name in includes:
            target, to_one, related = self._related(resource, records, kebab(name))
            for record in records:
                linked = related.get(record["id"], [])
                linkage = [{"id": str(r["id"]), "type": target} for r in linked]
                relationships[record["id"]][kebab(name)] = {
                    "data": (linkage[0] if linkage else None) if to_one else linkage
                }
                for other in linked:
                    key = (target, other["id"])
                    if key not in included:
                        included[key] = self.resource(target, other, view)
        data = [self.resource(resource, r, view, relationships[r["id"]], reveal) for r in records]
        return data, list(included.values())

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
        if applied.mode == "exact":
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
