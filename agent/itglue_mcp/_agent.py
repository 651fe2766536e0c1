"""What the tools do, without the protocol: `Agent` answers each tool call through the SDK, the mirror and the importer.

Every request goes through the one `ITGlueClient` the agent was given, so its rate limiter, retries and circuit
breaker apply to an assistant's calls as to any script's. Every answer is made of compact, secret-free records
(`itglue_mcp._records`) and passes `redact_value` on its way out (`itglue_mcp.server`). Failures are
raised as `AgentError` with one short line an assistant can act on (the allowed values when a name was wrong).
"""

from __future__ import annotations

import base64
import binascii
import inspect
import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, cast

import duckdb

from itglue_import import DocumentDraft, Importer, ImportItem, ItemFailure
from itglue_import.markup import html_to_sections, markdown_to_sections, text_to_sections
from itglue_mcp._records import compact, hide_traits
from itglue_mcp._types import (
    GetResult,
    HealthResult,
    ImportResult,
    ListResult,
    MirrorFreshness,
    MirrorResource,
    QueryResult,
    RelationshipsResult,
    RevealedPassword,
    SearchHit,
    SearchResult,
    WriteResult,
)
from itglue_mirror import SEARCHED, Mirror, QueryTimeoutError, ReadOnlyQueryError, SearchTextError, views
from itglue_mirror.views import READY_MADE, TYPE_VIEW_PREFIX
from itglue_sdk import ITGlueClient
from itglue_sdk._exceptions import ITGlueError
from itglue_sdk._spec.index import load_spec, python_key
from itglue_sdk.observability.redaction import redact
from itglue_sdk.resources.catalog import ResourceCatalog, groups
from itglue_sdk.resources.preview import WritePreview, preview_write
from itglue_sdk.types import FlexibleAssetUpdateParams

if TYPE_CHECKING:
    import polars as pl

    from itglue_sdk.resources.service import ResourceService

AUDIT: Final = logging.getLogger("itglue_mcp.audit")
"""Where writes and password reveals are logged (ids and names only, never a value)."""

DEFAULT_LIMIT: Final = 25
MAX_LIMIT: Final = 200
MAX_QUERY_ROWS: Final = 500
QUERY_SECONDS: Final = 10.0
TEXT_CHARS: Final = 400
API_SEARCH_TYPES: Final = 20
"""Most flexible asset types searched by name, one request each, when there is no mirror."""
RELATED_ITEM: Final = "related-items"
TEXT_SCOPE: Final = "mcp"
"""The import scope of documents an assistant imports from text (keys ``mcp:<name>``)."""

DocumentFormat = Literal["markdown", "html", "text"]


class AgentError(Exception):
    """A tool call that cannot be done as asked; the message says why in one line, and what is allowed."""


@dataclass(frozen=True)
class Permissions:
    """What the server lets an assistant do beyond reading.

    Attributes:
        allow_writes: ``create``, ``update``, ``link`` and ``import_document`` may send writes (their dry runs
            are always allowed).
        allow_password_reveal: ``reveal_password`` may return a password's value.
        import_roots: Folders ``import_document`` may read files from (none: it imports given text only), so an
            assistant cannot upload whatever it finds on the machine.
    """

    allow_writes: bool = False
    allow_password_reveal: bool = False
    import_roots: tuple[Path, ...] = ()

    def readable(self, path: Path) -> bool:
        """Whether ``path`` (resolved, symbolic links followed) lies inside one of `import_roots`."""
        resolved = path.expanduser().resolve()
        return any(resolved.is_relative_to(root.expanduser().resolve()) for root in self.import_roots)


def _short(error: BaseException) -> str:
    """One line for an assistant: the error's kind and the first line of its message, secrets scrubbed."""
    first = next(iter(str(error).strip().splitlines()), "")
    return redact(f"{type(error).__name__}: {first}" if first else type(error).__name__)


def _wire(model: Any) -> dict[str, Any]:
    wire: dict[str, Any] = model.to_dict()
    return wire


def _cursor(state: Mapping[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, sort_keys=True).encode()).decode()


_CURSOR_KEYS: Final = frozenset({"type", "filter", "sort", "parent", "limit", "page"})


def _uncursor(cursor: str) -> dict[str, Any]:
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, binascii.Error) as exc:
        raise AgentError("cursor is not one this server gave out; call list again without it") from exc
    if not isinstance(state, dict) or not isinstance(state.get("page"), int) or not set(state) >= _CURSOR_KEYS:
        raise AgentError("cursor is not one this server gave out; call list again without it")
    return state


class _TextSource:
    """One document from text an assistant wrote: scope ``mcp``, keyed by its name (so a second import updates it)."""

    scope = TEXT_SCOPE

    def __init__(self, name: str, content: str, document_format: DocumentFormat) -> None:
        self._name = name
        self._content = content
        self._format = document_format

    def items(self) -> Iterator[ImportItem]:
        key = f"{TEXT_SCOPE}:{self._name}"
        if self._format == "markdown":
            converted = markdown_to_sections(self._content, images=lambda _: None)
        elif self._format == "html":
            converted = html_to_sections(self._content, images=lambda _: None)
        else:
            converted = text_to_sections(self._content)
        if not converted.sections:
            yield ItemFailure(key, self._name, "the content holds nothing to import")
            return
        warnings = (*converted.warnings, *(f"no such file here: {ref}" for ref in converted.missing))
        yield DocumentDraft(key, self._name, converted.sections, converted.attachments, warnings)


class Agent:
    """The tools' logic over one client, its instance's mirror (if any) and the permissions given.

    Args:
        client: Every API request goes through it.
        mirror: The instance's mirror; None: searches use the API's name filters and ``query`` is unavailable.
        permissions: What is allowed beyond reading.
    """

    def __init__(self, client: ITGlueClient, *, mirror: Mirror | None = None, permissions: Permissions | None = None):
        self.client = client
        self.mirror = mirror
        self.permissions = permissions or Permissions()
        self._groups = groups()
        self._hidden_traits: dict[str, frozenset[str]] = {}

    # -- vocabulary -------------------------------------------------------------------------------------

    def group(self, kind: str) -> str:
        """The resource group ``kind`` names (``configurations``, ``flexible-assets``, ``Flexible Asset``...).

        Raises:
            AgentError: No such group; the message lists them.
        """
        name = python_key(kind.strip().lower().replace(" ", "_"))
        # Assistants often name one record's type: ``organization``, ``flexible asset``, ``country``.
        for candidate in (name, f"{name}s", f"{name.removesuffix('y')}ies"):
            if candidate in self._groups:
                return candidate
        raise AgentError(f"unknown type {kind!r}; types: {', '.join(self._groups)}")

    def _service(self, group: str, parent: Mapping[str, int] | None, catalog: ResourceCatalog | None = None) -> Any:
        service = getattr(catalog or self.client, group)
        try:
            return service.within(**parent) if parent else service
        except ITGlueError as exc:
            raise AgentError(_short(exc)) from exc

    def _need_writes(self) -> None:
        if not self.permissions.allow_writes:
            raise AgentError("writes are off: this server runs read-only (start it with --allow-writes)")

    # -- secrets ----------------------------------------------------------------------------------------

    def _hidden(self, record: Mapping[str, Any]) -> frozenset[str]:
        """The Password-kind trait keys of a flexible asset's type (read once per type and kept)."""
        if record.get("type") != "flexible-assets":
            return frozenset()
        type_id = str((record.get("attributes") or {}).get("flexible-asset-type-id") or "")
        if not type_id:
            return frozenset()
        if type_id not in self._hidden_traits:
            fields = self.client.flexible_asset_fields.within(flexible_asset_type_id=type_id).list(prefetch=0)
            self._hidden_traits[type_id] = frozenset(
                str(field.attributes.name_key) for field in fields if field.attributes.kind == "Password"
            )
        return self._hidden_traits[type_id]

    def _compact(self, model: Any, *, text_chars: int | None = TEXT_CHARS) -> dict[str, Any]:
        wire = _wire(model)
        return compact(wire, text_chars=text_chars, hidden_traits=self._hidden(wire))

    # -- reads ------------------------------------------------------------------------------------------

    def get(
        self,
        kind: str,
        record_id: int,
        include: Sequence[str] | None = None,
        parent: Mapping[str, int] | None = None,
    ) -> GetResult:
        """One record in full (texts uncut), with the records ``include`` side-loads (within ``parent`` if given)."""
        group = self.group(kind)
        service = self._service(group, parent)
        try:
            if include:
                shown = service.show(record_id, include=list(include))
                if shown is None:
                    raise AgentError(f"no {group} record has id {record_id}")
                record, included = shown.record, shown.included
            else:
                record, included = service.get(record_id), []
                if record is None:
                    raise AgentError(f"no {group} record has id {record_id}")
        except ITGlueError as exc:
            raise AgentError(_short(exc)) from exc
        return {
            "record": self._compact(record, text_chars=None),
            "included": [self._compact(item) for item in included],
        }

    def list_records(
        self,
        kind: str,
        *,
        filter: Mapping[str, Any] | None = None,
        sort: str | None = None,
        parent: Mapping[str, int] | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> ListResult:
        """One page of a listing; ``next_cursor`` fetches the next one (the cursor carries the whole query)."""
        if cursor:
            state = _uncursor(cursor)
            kind, filter, sort = state["type"], state["filter"], state["sort"]
            parent, limit, page = state["parent"], state["limit"], state["page"]
        else:
            page = 1
        if not 1 <= limit <= MAX_LIMIT:
            raise AgentError(f"limit must be 1 to {MAX_LIMIT}, not {limit}")
        group = self.group(kind)
        service = self._service(group, parent)
        try:
            result = service.page(page, filter=filter, sort=sort, page_size=limit)
        except ITGlueError as exc:
            raise AgentError(_short(exc)) from exc
        following = result.meta.next_page
        next_cursor = None
        if following is not None and following > page and result.data:
            next_cursor = _cursor(
                {"type": group, "filter": filter, "sort": sort, "parent": parent, "limit": limit, "page": following}
            )
        return {
            "type": group,
            "page": page,
            "total": result.meta.total_count,
            "records": [self._compact(record) for record in result.data],
            "next_cursor": next_cursor,
        }

    def relationships(self, kind: str, record_id: int, parent: Mapping[str, int] | None = None) -> RelationshipsResult:
        """What a record is linked to: its related items and every record its type side-loads, in one request."""
        group = self.group(kind)
        scope = self._service(group, parent).scope.parent
        op = load_spec().group(group).operations.get(("get", scope))
        shown = self.get(kind, record_id, include=list(op.includes) if op else None, parent=parent)
        return {
            "record": shown["record"],
            "related_items": [item for item in shown["included"] if item["type"] == RELATED_ITEM],
            "included": [item for item in shown["included"] if item["type"] != RELATED_ITEM],
        }

    # -- the mirror -------------------------------------------------------------------------------------

    def mirror_freshness(self) -> MirrorFreshness:
        """Each mirrored resource's rows and age, and whether it is stale (``available`` False without a mirror)."""
        if self.mirror is None:
            return {"available": False, "resources": []}
        now = datetime.now(UTC)
        resources: list[MirrorResource] = []
        for status in self.mirror.status():
            moments = [moment for moment in (status.last_full_sync, status.last_incremental_sync) if moment]
            resources.append(
                {
                    "resource": status.resource,
                    "rows": status.rows,
                    "synced_seconds_ago": round((now - max(moments)).total_seconds()) if moments else None,
                    "stale": status.stale,
                }
            )
        return {"available": True, "path": str(self.mirror.path), "resources": resources}

    def mirror_schema(self) -> dict[str, Any]:
        """The mirror's tables and views (internal ones left out), each with its columns and their SQL types."""
        if self.mirror is None:
            return {"available": False, "tables": {}}
        frame = self.mirror.sql(
            "SELECT c.table_name, t.table_type, c.column_name, c.data_type"
            " FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)"
            " WHERE c.table_schema = 'main' AND NOT starts_with(c.table_name, '_')"
            " ORDER BY c.table_name, c.ordinal_position"
        )
        tables: dict[str, dict[str, Any]] = {}
        for table, kind, column, sql_type in frame.rows():
            entry = tables.setdefault(table, {"kind": "view" if kind == "VIEW" else "table", "columns": {}})
            entry["columns"][column] = sql_type
        return {"available": True, "tables": tables}

    def mirror_views(self) -> str:
        """What the mirror's ready-made answers mean (the views module's own description), and which exist."""
        present = sorted(
            name for name in self.mirror_schema()["tables"] if name in READY_MADE or name.startswith(TYPE_VIEW_PREFIX)
        )
        listing = ", ".join(present) if present else "none yet: there is no mirror (run `itglue mirror sync`)"
        return f"{inspect.cleandoc(views.__doc__ or '')}\n\nIn this mirror: {listing}.\n"

    def _fresh_mirror(self, resources: Sequence[str]) -> Mirror | None:
        if self.mirror is None:
            return None
        statuses = {status.resource: status for status in self.mirror.status()}
        if all(name in statuses and not statuses[name].stale for name in resources):
            return self.mirror
        return None

    def search(self, text: str, types: Sequence[str] | None = None, limit: int = 20) -> SearchResult:
        """Ranked hits by name, from a fresh mirror, else from the API's name filters (whole names only)."""
        if not text.strip():
            raise AgentError("text is blank: give a name or part of one")
        if not 1 <= limit <= MAX_LIMIT:
            raise AgentError(f"limit must be 1 to {MAX_LIMIT}, not {limit}")
        chosen = [self.group(kind) for kind in types] if types else list(SEARCHED)
        if unsearchable := [name for name in chosen if name not in SEARCHED]:
            raise AgentError(f"cannot search {', '.join(unsearchable)}; searchable types: {', '.join(SEARCHED)}")
        mirror = self._fresh_mirror(chosen)
        if mirror is not None:
            try:
                frame = mirror.search(text, resources=chosen, limit=limit)
            except SearchTextError as exc:
                raise AgentError(_short(exc)) from exc
            return {"source": "mirror", "hits": cast(list[SearchHit], frame.to_dicts()), "notes": []}
        return self._search_api(text, chosen, limit)

    def _search_api(self, text: str, chosen: Sequence[str], limit: int) -> SearchResult:
        hits: list[SearchHit] = []
        notes = [
            "no fresh mirror: searched with the API's name filters, which match whole names only"
            " (sync the mirror with `itglue mirror sync` for prefix, substring and misspelling search)"
        ]
        try:
            for group in chosen:
                for found in self._named(group, text, limit, notes):
                    wire = _wire(found)
                    attributes = wire.get("attributes") or {}
                    hits.append(
                        {
                            "resource": group,
                            "id": int(wire["id"]),
                            "name": attributes.get("name")
                            or " ".join(filter(None, [attributes.get("first-name"), attributes.get("last-name")])),
                            "organization_id": attributes.get("organization-id"),
                            "organization_name": attributes.get("organization-name"),
                            "match": "exact",
                        }
                    )
        except ITGlueError as exc:
            raise AgentError(_short(exc)) from exc
        return {"source": "api", "hits": hits[:limit], "notes": notes}

    def _named(self, group: str, text: str, limit: int, notes: list[str]) -> Iterator[Any]:
        service = getattr(self.client, group)
        if group == "contacts":
            words = text.split()
            if len(words) >= 2:
                yield from service.list(filter={"first_name": words[0], "last_name": " ".join(words[1:])}, limit=limit)
            else:
                yield from service.list(filter={"first_name": text}, limit=limit, prefetch=0)
                yield from service.list(filter={"last_name": text}, limit=limit, prefetch=0)
        elif group == "flexible_assets":
            types = list(self.client.flexible_asset_types.list(limit=API_SEARCH_TYPES + 1, prefetch=0))
            if len(types) > API_SEARCH_TYPES:
                notes.append(f"flexible assets: only the first {API_SEARCH_TYPES} types were searched")
            for asset_type in types[:API_SEARCH_TYPES]:
                yield from service.list(
                    filter={"flexible_asset_type_id": int(asset_type.id), "name": text}, limit=limit, prefetch=0
                )
        elif group == "documents":
            notes.append("documents: the API has no name filter, so they are searched in the mirror only")
        else:
            yield from service.list(filter={"name": text}, limit=limit, prefetch=0)

    def query(self, sql: str, max_rows: int = 100) -> QueryResult:
        """Read-only SQL over the mirror, at most ``max_rows`` rows, stopped after `QUERY_SECONDS`."""
        if self.mirror is None:
            raise AgentError("there is no mirror of this instance yet: run `itglue mirror sync` first")
        if not 1 <= max_rows <= MAX_QUERY_ROWS:
            raise AgentError(f"max_rows must be 1 to {MAX_QUERY_ROWS}, not {max_rows}")
        try:
            frame: pl.DataFrame = self.mirror.sql(sql, max_rows=max_rows + 1, time_limit=QUERY_SECONDS)
        except (ReadOnlyQueryError, QueryTimeoutError, duckdb.Error) as exc:  # DuckDB's message says what was wrong
            raise AgentError(_short(exc)) from exc
        truncated = frame.height > max_rows
        rows = frame.head(max_rows)
        return {
            "columns": rows.columns,
            "rows": [[_json_cell(value) for value in row] for row in rows.rows()],
            "row_count": rows.height,
            "truncated": truncated,
        }

    # -- writes -----------------------------------------------------------------------------------------

    def _write(self, action: str, target: str, work: Callable[[ResourceCatalog], Any], dry_run: bool) -> WriteResult:
        """Preview ``work`` (a function of a catalog) or perform it, logging what was written."""
        try:
            if dry_run:
                held: WritePreview | None = preview_write(self.client, work)
                return {"dry_run": True, "request": self._without_secret_traits(held) if held else None}
            self._need_writes()
            done = work(self.client)
        except ITGlueError as exc:
            raise AgentError(_short(exc)) from exc
        AUDIT.info("%s %s", action, target)
        return {"dry_run": False, "record": self._compact(done)}

    def _without_secret_traits(self, held: WritePreview) -> dict[str, Any]:
        """The preview with the values of Password-kind traits hidden (the body sends every trait of an asset)."""
        request = held.as_dict()
        data = (request.get("body") or {}).get("data")
        if not isinstance(data, dict):
            return request
        attributes = data.get("attributes")
        if not isinstance(attributes, dict) or not isinstance(attributes.get("traits"), Mapping):
            return request
        type_id = attributes.get("flexible-asset-type-id")
        if type_id is None and data.get("id") is not None:
            asset = self.client.flexible_assets.get(int(data["id"]))
            type_id = asset.attributes.flexible_asset_type_id if asset is not None else None
        hidden = self._hidden({"type": "flexible-assets", "attributes": {"flexible-asset-type-id": type_id}})
        attributes["traits"] = hide_traits(attributes["traits"], hidden)
        return request

    def create(
        self,
        kind: str,
        attributes: Mapping[str, Any],
        *,
        parent: Mapping[str, int] | None = None,
        dry_run: bool = False,
    ) -> WriteResult:
        """Create one record (in a parent's scope when ``parent`` is given)."""
        group = self.group(kind)
        self._service(group, parent)  # an unknown parent fails here, before anything is sent
        return self._write(
            "create",
            group,
            lambda catalog: self._service(group, parent, catalog).create(dict(attributes)),
            dry_run,
        )

    def update(
        self,
        kind: str,
        record_id: int,
        attributes: Mapping[str, Any],
        *,
        parent: Mapping[str, int] | None = None,
        dry_run: bool = False,
    ) -> WriteResult:
        """Change some attributes of a record; a flexible asset's ``traits`` are merged, never wiped."""
        group = self.group(kind)
        changes = dict(attributes)
        traits = changes.pop("traits", None)
        if traits is not None and group != "flexible_assets":
            raise AgentError(f"{group} records have no traits; only flexible_assets do")
        if traits is not None and not isinstance(traits, Mapping):
            raise AgentError("traits must be an object of trait name-keys and values")

        def work(catalog: ResourceCatalog) -> Any:
            if traits is not None:
                return catalog.flexible_assets.update_traits(
                    record_id, traits, attributes=cast(FlexibleAssetUpdateParams, changes) if changes else None
                )
            service: ResourceService[Any, Any, Any, Any, Any, Any, Any] = self._service(group, parent, catalog)
            return service.update(record_id, changes)

        return self._write("update", f"{group} {record_id}", work, dry_run)

    def link(
        self,
        source_type: str,
        source_id: int,
        destination_type: str,
        destination_id: int,
        *,
        notes: str | None = None,
        dry_run: bool = False,
    ) -> WriteResult:
        """Relate one record to another (a related item on the source)."""
        source, destination = (self.group(source_type), source_id), (self.group(destination_type), destination_id)
        return self._write(
            "link",
            f"{source[0]} {source_id} -> {destination[0]} {destination_id}",
            lambda catalog: catalog.related_items.link(source, destination, notes=notes),
            dry_run,
        )

    def import_document(
        self,
        organization_id: int,
        *,
        path: str | None = None,
        content: str | None = None,
        name: str | None = None,
        document_format: DocumentFormat = "markdown",
        publish: bool = False,
        dry_run: bool = False,
    ) -> ImportResult:
        """Import a file or folder (``path``) or a text (``content`` named ``name``) as documents, kept in step."""
        if (path is None) == (content is None):
            raise AgentError("give either path (a file or folder here) or content (with a name), not both")
        if content is not None and not (name and name.strip()):
            raise AgentError("content needs a name: the document's name, which also identifies it next time")
        if not dry_run:
            self._need_writes()
        if path is not None:
            target = Path(path).expanduser()
            if not self.permissions.readable(target):
                roots = ", ".join(str(root) for root in self.permissions.import_roots)
                raise AgentError(
                    f"{path} is outside the folders this server imports from ({roots})"
                    if roots
                    else "this server imports given content only (start it with --import-from DIR to import files)"
                )
            if not target.exists():
                raise AgentError(f"no such file or folder here: {path}")
            source: Any = str(target.resolve())
        else:
            source = _TextSource(str(name).strip(), str(content), document_format)
        try:
            report = Importer(self.client).run(
                source, organization_id=organization_id, publish=publish, dry_run=dry_run
            )
        except (ITGlueError, ValueError, OSError) as exc:
            raise AgentError(_short(exc)) from exc
        if not dry_run:
            AUDIT.info("import_document into organization %s: %s", organization_id, report.totals())
        return cast(ImportResult, report.as_dict())

    # -- secrets on request -----------------------------------------------------------------------------

    def reveal_password(self, password_id: int) -> RevealedPassword:
        """One password's value (only with ``allow_password_reveal``); the reveal is logged, the value is not."""
        if not self.permissions.allow_password_reveal:
            raise AgentError("password reveal is off (start the server with --allow-password-reveal)")
        try:
            record = self.client.passwords.get(password_id, show_password=True)
        except ITGlueError as exc:
            raise AgentError(_short(exc)) from exc
        if record is None:
            raise AgentError(f"no password has id {password_id}")
        AUDIT.warning("password %s revealed to the assistant", password_id)
        return {
            "id": int(record.id),
            "name": record.attributes.name,
            "username": record.attributes.username or None,
            "password": record.secret.reveal() if record.secret is not None else None,
        }

    # -- health -----------------------------------------------------------------------------------------

    def health(self) -> HealthResult:
        """Whether the key works, how much of the rate budget is left, and how fresh the mirror is."""
        report = self.client.health_check()
        instance = self.client.instance
        return {
            "instance": instance.name,
            "base_url": instance.base_url,
            "key_valid": report.key_valid,
            "host_reachable": report.host_reachable,
            "breaker_open": report.breaker_open,
            "latency_ms": None if report.latency_ms is None else round(report.latency_ms, 1),
            "rate_limit": {
                "headroom": report.rate_limit_headroom,
                "capacity": report.rate_limit_capacity,
                "window_seconds": instance.rate_window,
            },
            "error": report.error,
            "mirror": self.mirror_freshness(),
            "writes_allowed": self.permissions.allow_writes,
            "password_reveal_allowed": self.permissions.allow_password_reveal,
        }


def _json_cell(value: Any) -> Any:
    """A query cell as JSON: numbers, texts, booleans and nulls as they are, anything else as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
