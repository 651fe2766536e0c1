"""The generic resource facade: one `ResourceService` (and its async twin) serves every resource group.

A service is bound to a group of the spec and to the generated model of its records, e.g.
``ResourceService[Organization, OrganizationWriteAttributes]``; `itglue_sdk.resources.catalog` holds the table. What a
group can do comes from the spec: calling an operation the group lacks raises `UnsupportedOperationError`
before anything is sent. Nested routes are reached with `ResourceService.within`::

    client.configurations.within(organization_id=5).list()
    client.attachments.within(configuration_id=12).list()

`ResourceCalls` builds every request once (sans-IO); the sync and async services only run them.
`ReadOnlyResourceService` holds the reads and `ResourceService` adds the writes, so that the catalog can type
groups without writes (countries, logs...) as read-only. A group bound to a lookup cache
(`itglue_sdk.resources.cache`) answers ``get`` from it when it can and writes its answers through; a group bound
to a mirror answers ``get``, ``require`` and ``find(name=...)`` from it while it is current.
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload
from urllib.parse import quote

import httpx

from itglue_sdk._exceptions import AnswerShapeError, InvalidParameterError, UnsupportedOperationError
from itglue_sdk._http.requester import AsyncRequester, Call, Plan, Requester, RequestOptions, TimeoutTypes, arun, run
from itglue_sdk._spec.index import Action, GroupSpec, Operation, load_spec
from itglue_sdk._spec.payloads import (
    Ref,
    RelationshipsInput,
    WireModel,
    WriteModel,
    encode,
    json_document,
    record_id,
    resource_object,
    response_data,
    write_attributes,
    write_relationships,
)
from itglue_sdk._spec.query import MAX_PAGE_SIZE, list_query, page_query
from itglue_sdk.resources.cache import CachedLookups, CachedRecords
from itglue_sdk.resources.pagination import DEFAULT_PREFETCH, AsyncPager, FetchPage, Page, PageMeta, SyncPager
from itglue_sdk.resources.records import RecordReader, collector_paused

if TYPE_CHECKING:
    from itglue_sdk.types import IncludedRecord

ModelT = TypeVar("ModelT", bound=WireModel)
WriteT = TypeVar("WriteT", bound=WriteModel)
CreateT = TypeVar("CreateT", bound=Mapping[str, Any])
UpdateT = TypeVar("UpdateT", bound=Mapping[str, Any])
FilterT = TypeVar("FilterT", bound=Mapping[str, Any])
SortT = TypeVar("SortT", bound=str)
IncludeT = TypeVar("IncludeT", bound=str)
R = TypeVar("R")

Attributes = Mapping[str, Any]
"""Write attributes as a mapping (snake_case or kebab-case keys)."""


@dataclass(frozen=True)
class Scope:
    """Where a service's routes start: top level, or within one parent record.

    Attributes:
        parent: Parent path parameter, e.g. ``organization_id``; None at top level.
        parent_id: The parent record's id.
    """

    parent: str | None = None
    parent_id: str | None = None

    def describe(self) -> str:
        """Return ``within organization_id=5`` or ``at top level``."""
        return f"within {self.parent}={self.parent_id}" if self.parent else "at top level"


@dataclass(frozen=True)
class ResourceDef(Generic[ModelT]):
    """A resource group bound to the model class of its records.

    Attributes:
        group: The group's spec.
        model: The generated read model (or an overlay subclass of it).
        cache: Where its top-level ``get`` looks first and its writes go through (lookup groups of a client
            given a cache, see `itglue_sdk.resources.cache`); None: always ask the API.
        reader: Parses its records, tolerating answers that lack attributes (`itglue_sdk.resources.records`); a client
            gives every group one reader that counts in its metrics.
    """

    group: GroupSpec
    model: type[ModelT]
    cache: CachedLookups | None = None
    reader: RecordReader = field(default_factory=RecordReader, compare=False)

    @classmethod
    def load(
        cls,
        name: str,
        model: type[ModelT] | None = None,
        *,
        cache: CachedLookups | None = None,
        reader: RecordReader | None = None,
    ) -> ResourceDef[ModelT]:
        """Bind a group of the packaged spec to its generated model.

        Args:
            name: Group name, e.g. ``organizations``.
            model: Model class to use instead of the generated one the spec names.
            cache: Cache-first lookups and write-through for this group.
            reader: The record reader to parse with (default: one of its own).

        Returns:
            The definition.
        """
        group = load_spec().group(name)
        if model is None:
            model = getattr(importlib.import_module("itglue_api.models"), group.model_name)
        return cls(group, model, cache, reader or RecordReader())


@dataclass(frozen=True)
class Shown(Generic[ModelT]):
    """A record read through its show route, with the records ``include=`` side-loaded.

    Attributes:
        record: The record.
        included: Side-loaded records, each parsed into the generated model of its ``type``
            (`itglue_sdk.types.IncludedRecord`; `GenericResource` for types the spec does not model).
    """

    record: ModelT
    included: builtins.list[IncludedRecord] = field(default_factory=builtins.list)

    def included_of(self, model: type[R]) -> builtins.list[R]:
        """Return the side-loaded records of one model, e.g. ``shown.included_of(FlexibleAssetField)``."""
        return [record for record in self.included if isinstance(record, model)]


def _included(items: Any, reader: RecordReader) -> builtins.list[IncludedRecord]:
    # Imported on first use: it loads every generated model, which `import itglue_sdk` does not.
    from itglue_sdk.resources.included import parse_included  # noqa: PLC0415

    return parse_included(items, reader)


def _none() -> None:
    return None


class ResourceCalls(Generic[ModelT]):
    """Builds the requests of one group at one scope, checked against the spec. Performs no I/O."""

    def __init__(self, resource: ResourceDef[ModelT], scope: Scope) -> None:
        """Bind.

        Args:
            resource: The group and its model.
            scope: Top level or within a parent.
        """
        self.resource = resource
        self.scope = scope
        # Per operation path: the formatted path around the member id, built on first use (see `path`).
        self._paths: dict[str, tuple[str, str | None]] = {}
        model, reader = resource.model, resource.reader

        def read_record(response: httpx.Response) -> ModelT:
            return reader.read(model, response_data(response))

        self._read_record = read_record

    @property
    def group(self) -> GroupSpec:
        """The group's spec."""
        return self.resource.group

    def has(self, action: Action) -> bool:
        """Whether the group offers ``action`` at this scope."""
        return (action, self.scope.parent) in self.group.operations

    def operation(self, action: Action) -> Operation:
        """Return the operation for ``action`` at this scope.

        Raises:
            UnsupportedOperationError: The spec has no such operation here.
        """
        op = self.group.operations.get((action, self.scope.parent))
        if op is not None:
            return op
        group, here = self.group, self.group.actions(self.scope.parent)
        message = f"{group.name} has no {action!r} {self.scope.describe()}"
        if (action, self.scope.parent) in group.session_only:
            message = (
                f"{group.name} {action!r} {self.scope.describe()} needs a user session (JWT), which IT Glue does"
                " not accept API keys for"
            )
        if here:
            message += f"; available here: {', '.join(here)}"
        elif self.scope.parent is None and group.parents:
            message += f"; it is only reachable within a parent: .within({group.parents[0]}=...)"
            message += f" (parents: {', '.join(group.parents)})"
        if self.scope.parent is not None and group.actions(None):
            message += f"; at top level: {', '.join(group.actions(None))}"
        raise UnsupportedOperationError(message, group=group.name, action=action, available=here)

    def path(self, op: Operation, ref: Ref | None = None) -> str:
        """Format an operation's path for this scope and an optional member id."""
        parts = self._paths.get(op.path)
        if parts is None:
            parts = self._paths[op.path] = self._path_parts(op.path)
        head, tail = parts
        if tail is None or ref is None:
            return op.path.format(**self._values(None if ref is None else record_id(ref)))
        # `record_id` admits ASCII digits only, which need no quoting in a path.
        return head + record_id(ref) + tail

    def _values(self, ident: str | None) -> dict[str, str]:
        values = {}
        if self.scope.parent is not None:
            values[self.scope.parent] = quote(str(self.scope.parent_id), safe="")
        if ident is not None:
            values["id"] = ident
        return values

    def _path_parts(self, template: str) -> tuple[str, str | None]:
        """A member path formatted for this scope, split around its one ``{id}``; ``(template, None)`` otherwise.

        The scope is fixed, so only the member id changes from call to call; other paths are formatted each time.
        """
        if template.count("{id}") != 1:
            return template, None
        head, _, tail = template.partition("{id}")
        values = self._values(None)
        return head.format(**values), tail.format(**values)

    def list_pages(
        self,
        *,
        filter: Mapping[str, Any] | None,
        sort: str | None,
        include: str | Sequence[str] | None,
        extra: Mapping[str, str] | None = None,
    ) -> FetchPage[ModelT]:
        """Check the list query now and return the builder of each page's call."""
        op = self.operation("list")
        base = list_query(op, filter=filter, sort=sort, include=include, extra=extra)
        path, model, reader = self.path(op), self.resource.model, self.resource.reader

        def fetch(number: int, size: int) -> Call[Page[ModelT]]:
            def parse(response: httpx.Response) -> Page[ModelT]:
                with collector_paused():  # the JSON and the models of a page are new objects, none garbage
                    body = json_document(response)
                    return Page(
                        data=reader.read_many(model, body["data"]),
                        meta=PageMeta.from_wire(body.get("meta"), requested_page=number),
                        links=body.get("links") or {},
                        included=_included(body.get("included"), reader),
                    )

            return Call("GET", path, parse, params=[*base, *page_query(size, number)])

        return fetch

    def show(
        self, ref: Ref, *, include: str | Sequence[str] | None = None, extra: Mapping[str, str] | None = None
    ) -> Call[Shown[ModelT]]:
        """The show call; a missing record raises `NotFoundError`."""
        op = self.operation("get")
        model, reader = self.resource.model, self.resource.reader

        def parse(response: httpx.Response) -> Shown[ModelT]:
            body = json_document(response)
            return Shown(reader.read(model, body["data"]), _included(body.get("included"), reader))

        params = list_query(op, include=include, extra=extra)
        return Call("GET", self.path(op, ref), parse, params=params)

    def find_shown(
        self, ref: Ref, *, include: str | Sequence[str] | None = None, extra: Mapping[str, str] | None = None
    ) -> Call[Shown[ModelT] | None]:
        """The show call with side-loaded records; a missing record gives None."""
        call = self.show(ref, include=include, extra=extra)
        return Call(call.method, call.path, call.parse, params=call.params, on_missing=lambda: None)

    @overload
    def find(
        self,
        ref: Ref,
        *,
        include: str | Sequence[str] | None = None,
        extra: Mapping[str, str] | None = None,
        missing_ok: Literal[True] = True,
    ) -> Call[ModelT | None]: ...
    @overload
    def find(
        self,
        ref: Ref,
        *,
        include: str | Sequence[str] | None = None,
        extra: Mapping[str, str] | None = None,
        missing_ok: Literal[False],
    ) -> Call[ModelT]: ...
    @overload
    def find(
        self,
        ref: Ref,
        *,
        include: str | Sequence[str] | None = None,
        extra: Mapping[str, str] | None = None,
        missing_ok: bool,
    ) -> Call[ModelT | None]: ...
    def find(
        self,
        ref: Ref,
        *,
        include: str | Sequence[str] | None = None,
        extra: Mapping[str, str] | None = None,
        missing_ok: bool = True,
    ) -> Call[Any]:
        """The show call; a missing record gives None (or, unless ``missing_ok``, raises `NotFoundError`)."""
        op = self.operation("get")
        # A query of nothing is empty unless the operation requires a parameter (then `list_query` says which).
        plain = include is None and extra is None and not op.required
        params = () if plain else list_query(op, include=include, extra=extra)
        return Call(
            "GET", self.path(op, ref), self._read_record, params=params, on_missing=_none if missing_ok else None
        )

    @overload
    def lookup(
        self, ref: Ref, *, include: str | Sequence[str] | None = None, missing_ok: Literal[True] = True
    ) -> Call[ModelT | None] | Plan[ModelT | None]: ...
    @overload
    def lookup(
        self, ref: Ref, *, include: str | Sequence[str] | None = None, missing_ok: Literal[False]
    ) -> Call[ModelT] | Plan[ModelT]: ...
    def lookup(
        self, ref: Ref, *, include: str | Sequence[str] | None = None, missing_ok: bool = True
    ) -> Call[Any] | Plan[Any]:
        """`find`, answered from the group's cache when it has one and the record is there.

        Only at top level (a nested show route also checks the parent) and without ``include``. A miss reads
        the record and stores it; hits and misses are counted by the cache binding. Unless ``missing_ok``, a
        record that does not exist raises `NotFoundError` instead of giving None.
        """
        cached = self.resource.cache
        if cached is None or self.scope.parent is not None or include is not None:
            return self.find(ref, include=include, missing_ok=missing_ok)
        op = self.operation("get")
        ident, model, reader = record_id(ref), self.resource.model, self.resource.reader
        on_missing = _none if missing_ok else None
        fetch: Call[Any] = Call("GET", self.path(op, ref), response_data, on_missing=on_missing)

        def plan() -> Plan[ModelT | None]:
            record = cached.lookup(op.resource, ident)
            if record is None:
                record = yield fetch
                if record is None:
                    return None
                cached.put(record)
            return reader.read(model, record)

        return plan()

    def named(self, name: str) -> Call[ModelT | None] | Plan[ModelT | None]:
        """The first record whose name matches (``filter[name]``, first page of one), from a mirror when it has it.

        A top-level group bound to a mirror (`CachedRecords`) asks it first, counting the hit or miss; a miss
        and every other case list one record through the API.

        Raises:
            UnsupportedOperationError: The group cannot be listed at this scope.
            InvalidParameterError: Its listing has no name filter.
        """
        op = self.operation("list")
        if ("exact", "name") not in op.filters:
            raise InvalidParameterError(
                f"{self.group.name} cannot be found by name {self.scope.describe()}: its listing has no name filter",
                parameter="name",
                allowed=sorted(param.name for param in op.filters.values() if param.mode == "exact"),
            )
        page = self.list_pages(filter={"name": name}, sort=None, include=None)(1, 1)
        fetch = Call(page.method, page.path, lambda response: next(iter(page.parse(response).data), None), page.params)
        cached, model, reader = self.resource.cache, self.resource.model, self.resource.reader
        if not isinstance(cached, CachedRecords) or self.scope.parent is not None:
            return fetch

        def plan() -> Plan[ModelT | None]:
            record = cached.find_named(op.resource, name)
            if record is None:
                found: ModelT | None = yield fetch
                return found
            return reader.read(model, record)

        return plan()

    def create(
        self,
        items: Sequence[WriteModel | Attributes],
        *,
        relationships: RelationshipsInput | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Call[list[ModelT]]:
        """POST one or several records (several go as one ``data`` array); ``relationships`` go with one."""
        op = self.operation("create")
        objects = [resource_object(op.resource, write_attributes(self.group, item)) for item in items]
        if relationships is not None:
            if len(objects) != 1:
                raise InvalidParameterError("relationships go with one new record", parameter="relationships")
            objects[0]["relationships"] = write_relationships(self.group, relationships, load_spec())
        data: Any = objects[0] if len(objects) == 1 else objects
        return self._write(op, None, {"data": data}, extra)

    def create_one(
        self, attributes: WriteModel | Attributes, *, relationships: RelationshipsInput | None = None
    ) -> Call[ModelT]:
        """POST one record; an answer without a record is an `UnexpectedResponseError`, not an ``IndexError``."""
        return self._single(self.create([attributes], relationships=relationships))

    def update(
        self, ref: Ref, attributes: WriteModel | Attributes, *, extra: Mapping[str, str] | None = None
    ) -> Call[ModelT]:
        """PATCH one record; attributes not sent keep their value."""
        op = self.operation("update")
        document = {"data": {**resource_object(op.resource, write_attributes(self.group, attributes))}}
        document["data"]["id"] = record_id(ref)
        return self._single(self._write(op, ref, document, extra))

    def publish(self, ref: Ref) -> Call[ModelT]:
        """PATCH the publish route of one record."""
        op = self.operation("publish")
        return self._single(self._write(op, ref, None, None))

    def bulk_update(self, updates: Mapping[Ref, WriteModel | Attributes]) -> Call[list[ModelT]]:
        """PATCH several records at once; each id goes inside ``attributes`` (IT Glue's convention)."""
        op = self.operation("bulk_update")
        data = [
            resource_object(op.resource, {**write_attributes(self.group, attributes), "id": record_id(ref)})
            for ref, attributes in updates.items()
        ]
        return self._write(op, None, {"data": data}, None)

    def bulk_delete(self, refs: Iterable[Ref]) -> Call[list[ModelT]]:
        """DELETE several records at once; answers the deleted records."""
        op = self.operation("bulk_delete")
        ids = [record_id(ref) for ref in refs]
        data = [resource_object(op.resource, {"id": ident}) for ident in ids]
        # A nested bulk route may have an {id} in its path as well: the first record's, as IT Glue's clients send.
        return self._write(op, ids[0] if ids else None, {"data": data}, None, deleted=ids)

    def delete(self, ref: Ref) -> Call[None]:
        """DELETE one record: its member route, or the bulk route with one id when that is all there is."""
        ident, cached = record_id(ref), self.resource.cache
        bulk = not self.has("delete") and self.has("bulk_delete")
        op = self.operation("bulk_delete" if bulk else "delete")

        def forget(_: httpx.Response) -> None:
            if cached is not None:
                cached.invalidate(op.resource, [ident])

        if bulk:  # some nested bulk routes carry an id in the path too (it does not choose the records)
            return Call(op.method, self.path(op, ref), forget, body=self.bulk_delete([ref]).body)
        return Call(op.method, self.path(op, ref), forget)

    def _write(
        self,
        op: Operation,
        ref: Ref | None,
        document: Mapping[str, Any] | None,
        extra: Mapping[str, str] | None,
        *,
        deleted: Sequence[str] = (),
    ) -> Call[list[ModelT]]:
        model, cached, reader = self.resource.model, self.resource.cache, self.resource.reader
        params = list_query(op, extra=extra)
        body = encode(document) if document is not None else None

        def parse(response: httpx.Response) -> list[ModelT]:
            data = response_data(response)
            if cached is not None:  # write-through: the answer is the record as it now is
                if deleted:
                    cached.invalidate(op.resource, deleted)
                else:
                    cached.put(data)
            return reader.read_many(model, data)

        return Call(op.method, self.path(op, ref), parse, params, body)

    @staticmethod
    def _single(call: Call[list[ModelT]]) -> Call[ModelT]:
        parse = call.parse

        def first(response: httpx.Response) -> ModelT:
            records = parse(response)
            if not records:
                raise AnswerShapeError("`data` holds no record where one is expected")
            return records[0]

        return Call(call.method, call.path, first, call.params, call.body)


class _Service(Generic[ModelT]):
    """What the sync and async services share: binding, scope, capability queries."""

    def __init__(self, resource: ResourceDef[ModelT], scope: Scope) -> None:
        self._resource = resource
        self._calls = ResourceCalls(resource, scope)

    @property
    def group(self) -> str:
        """The resource group, e.g. ``organizations``."""
        return self._resource.group.name

    @property
    def scope(self) -> Scope:
        """Top level, or the parent this service works within."""
        return self._calls.scope

    @property
    def actions(self) -> tuple[Action, ...]:
        """The operations the spec offers for this group at this scope."""
        return self._resource.group.actions(self.scope.parent)

    @property
    def parents(self) -> tuple[str, ...]:
        """Parent parameters accepted by `within` (e.g. ``organization_id``)."""
        return self._resource.group.parents

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.group} {self.scope.describe()}>"

    def _page_call(self, number: int, filter: Any, sort: Any, include: Any, page_size: int) -> Call[Page[ModelT]]:
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise InvalidParameterError(f"page numbers start at 1, got {number!r}", parameter="page[number]")
        return self._calls.list_pages(filter=filter, sort=sort, include=include)(number, page_size)

    def _scoped(self, parent: Mapping[str, Ref]) -> Scope:
        if len(parent) != 1:
            raise InvalidParameterError(
                f"within() takes exactly one parent, e.g. within({(self.parents or ('organization_id',))[0]}=5)",
                parameter="parent",
                allowed=self.parents,
            )
        ((name, ref),) = parent.items()
        if name not in self.parents:
            raise InvalidParameterError(
                f"{self.group} has no routes within {name}" + ("" if self.parents else " (it has no nested routes)"),
                parameter=name,
                allowed=self.parents,
            )
        return Scope(name, record_id(ref, what=name))


class ReadOnlyResourceService(_Service[ModelT], Generic[ModelT, FilterT, SortT, IncludeT]):
    """The reads of one resource group (sync): what the catalog types a group the API offers no writes for as.

    `ResourceService` extends it with the writes; at run time every generic group is served by
    `ResourceService` (whose writes raise `UnsupportedOperationError` where the spec has none), so this class
    only narrows what a type checker lets callers write, e.g. ``client.countries.create(...)`` is a type error.

    Type parameters:
        ModelT: Generated model of the records (e.g. ``Country``).
        FilterT: The group's filters (`itglue_sdk.types`, e.g. ``CountryFilters``).
        SortT: The group's sort values (``CountrySort``).
        IncludeT: What the group's reads may side-load (``CountryInclude``).
    """

    def __init__(self, requester: Requester, resource: ResourceDef[ModelT], scope: Scope | None = None) -> None:
        """Bind a service.

        Args:
            requester: Where requests go.
            resource: The group and its model.
            scope: Top level (default) or within a parent.
        """
        super().__init__(resource, scope or Scope())
        self._requester = requester

    def within(self, **parent: Ref) -> Self:
        """Return this service working on the nested routes of one parent record.

        Args:
            **parent: Exactly one parent parameter and its id or model, e.g. ``organization_id=5``.

        Returns:
            The scoped service.

        Raises:
            InvalidParameterError: The group has no routes under that parent.
        """
        return type(self)(self._requester, self._resource, self._scoped(parent))

    def list(
        self,
        *,
        filter: FilterT | None = None,
        sort: SortT | None = None,
        include: IncludeT | Sequence[IncludeT] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        limit: int | None = None,
        prefetch: int = DEFAULT_PREFETCH,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[ModelT]:
        """List records, paging automatically.

        Args:
            filter: Filters in the API's vocabulary, e.g. ``{"organization_id": 5, "exclude": {"name": "x"},
                "range": {"my_glue_account_id": (2, None)}}`` (see `itglue_sdk._spec.query`).
            sort: One sort field, ``-`` prefixed for descending order (the group's ``<Model>Sort``).
            include: Related records to side-load, one name or a list (see `Page.included`).
            page_size: Records per request, 1 to 1000.
            limit: Stop after this many records.
            prefetch: Most page requests in flight at once once page 1 said how many pages there are
                (default 8; each still paced by the client's rate limiter); 0 or 1 fetches one page at
                a time. See `itglue_sdk.resources.pagination`.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            An iterable of records; its `SyncPager.iter_pages` yields pages with their ``meta``.

        Raises:
            InvalidParameterError: An unknown filter, sort or include (raised now, before any request).
            UnsupportedOperationError: The group cannot be listed at this scope.
        """
        fetch = self._calls.list_pages(filter=filter, sort=sort, include=include)
        return SyncPager(
            self._requester,
            fetch,
            page_size=page_size,
            limit=limit,
            options=RequestOptions.of(timeout, extra_headers),
            prefetch=prefetch,
        )

    def page(
        self,
        number: int,
        *,
        filter: FilterT | None = None,
        sort: SortT | None = None,
        include: IncludeT | Sequence[IncludeT] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[ModelT]:
        """Read one page of a listing: for a page loop of your own, or a position kept between calls.

        Args:
            number: The page, from 1.
            filter: Filters in the API's vocabulary (see `list`).
            sort: One sort field, ``-`` prefixed for descending order.
            include: Related records to side-load.
            page_size: Records per page, 1 to 1000.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The page: its records, ``meta`` (``next_page`` is None on the last one, ``total_count``), ``links``
            and side-loaded records.

        Raises:
            InvalidParameterError: An unknown filter, sort or include, a page number below 1 or a page size out
                of bounds (before any request).
        """
        return run(
            self._requester,
            self._page_call(number, filter, sort, include, page_size),
            RequestOptions.of(timeout, extra_headers),
        )

    def get(
        self,
        id: Ref,
        *,
        include: IncludeT | Sequence[IncludeT] | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT | None:
        """Read one record.

        Args:
            id: Record id or model.
            include: Related records to side-load.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The record, or None when it does not exist (`require` raises instead). Side-loaded records come
            with `show`.
        """
        return run(self._requester, self._calls.lookup(id, include=include), RequestOptions.of(timeout, extra_headers))

    def require(
        self,
        id: Ref,
        *,
        include: IncludeT | Sequence[IncludeT] | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Read one record that must exist.

        Args:
            id: Record id or model.
            include: Related records to side-load.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The record.

        Raises:
            NotFoundError: It does not exist (IT Glue's 404, with its error details).
        """
        return run(
            self._requester,
            self._calls.lookup(id, include=include, missing_ok=False),
            RequestOptions.of(timeout, extra_headers),
        )

    def find(
        self, *, name: str, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> ModelT | None:
        """Find a record by name: the first the API lists for ``filter[name]`` (case-insensitive equality).

        Several records of one name: the first in the API's default order (lowest id), from the mirror too.

        Args:
            name: The name sought.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The record, or None when no record has that name.

        Raises:
            InvalidParameterError: The group's listing has no name filter (before any request).
        """
        return run(self._requester, self._calls.named(name), RequestOptions.of(timeout, extra_headers))

    def show(
        self,
        id: Ref,
        *,
        include: IncludeT | Sequence[IncludeT] | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Shown[ModelT] | None:
        """Read one record with the records ``include`` side-loads.

        Args:
            id: Record id or model.
            include: Related records to side-load (snake or kebab names, checked against the spec).
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            `Shown`: ``.record``, and ``.included`` parsed into the models of their types; None when the record
            does not exist.
        """
        return run(
            self._requester, self._calls.find_shown(id, include=include), RequestOptions.of(timeout, extra_headers)
        )


class ResourceService(
    ReadOnlyResourceService[ModelT, FilterT, SortT, IncludeT],
    Generic[ModelT, WriteT, CreateT, UpdateT, FilterT, SortT, IncludeT],
):
    """The operations of one resource group (sync): the reads of `ReadOnlyResourceService` and the writes.

    Type parameters:
        ModelT: Generated model of the records (e.g. ``Organization``).
        WriteT: Generated write model (e.g. ``OrganizationWriteAttributes``), accepted by every write.
        CreateT: The attributes of a create as a TypedDict (``OrganizationCreateParams``, `itglue_sdk.types`).
        UpdateT: The attributes of an update as a TypedDict (``OrganizationUpdateParams``).
        FilterT: The group's filters (``OrganizationFilters``).
        SortT: The group's sort values (``OrganizationSort``).
        IncludeT: What the group's reads may side-load (``OrganizationInclude``).
    """

    def create(
        self,
        attributes: CreateT | WriteT,
        *,
        relationships: RelationshipsInput | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Create one record.

        Args:
            attributes: The group's ``<Model>CreateParams`` (snake_case keys; a mapping with kebab-case keys is
                accepted at run time too), or a generated write model.
            relationships: Records created with it, inline, where the spec's write schema allows them
                (``group_spec.write_relationships``): a flexible asset type's fields (IT Glue requires them,
                one ``use_for_title`` and one ``show_in_list``), a configuration's interfaces. Keyed by
                relationship name, each a list of the related group's write models or mappings, e.g.
                ``{"flexible_asset_fields": [FlexibleAssetFieldWriteAttributes(name="Name", kind="Text",
                use_for_title=True, show_in_list=True)]}``.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The created record.

        Raises:
            InvalidParameterError: A relationship or attribute the spec does not allow (before sending).
        """
        return run(
            self._requester,
            self._calls.create_one(attributes, relationships=relationships),
            RequestOptions.of(timeout, extra_headers),
        )

    def create_many(
        self,
        items: Iterable[CreateT | WriteT],
        *,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[ModelT]:
        """Create several records in one request.

        Args:
            items: Write models or mappings.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The created records, in order.
        """
        return run(self._requester, self._calls.create(builtins.list(items)), RequestOptions.of(timeout, extra_headers))

    def update(
        self,
        id: Ref,
        attributes: UpdateT | WriteT,
        *,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Update one record; attributes not sent keep their value.

        Args:
            id: Record id or model.
            attributes: The attributes to change.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The updated record.
        """
        return run(self._requester, self._calls.update(id, attributes), RequestOptions.of(timeout, extra_headers))

    def delete(self, id: Ref, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None) -> None:
        """Delete one record (through the bulk route when the group has no member DELETE).

        Args:
            id: Record id or model.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).
        """
        run(self._requester, self._calls.delete(id), RequestOptions.of(timeout, extra_headers))

    def bulk_update(
        self,
        updates: Mapping[Ref, UpdateT | WriteT],
        *,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[ModelT]:
        """Update several records in one request.

        Args:
            updates: Attributes to change, keyed by record id.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The updated records.
        """
        return run(self._requester, self._calls.bulk_update(updates), RequestOptions.of(timeout, extra_headers))

    def bulk_delete(
        self, ids: Iterable[Ref], *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> builtins.list[ModelT]:
        """Delete several records in one request.

        Args:
            ids: Record ids or models.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The deleted records, as the API answers them.
        """
        return run(self._requester, self._calls.bulk_delete(ids), RequestOptions.of(timeout, extra_headers))


class AsyncReadOnlyResourceService(_Service[ModelT], Generic[ModelT, FilterT, SortT, IncludeT]):
    """The async twin of `ReadOnlyResourceService`: the reads, awaited (``list`` is iterated with ``async for``)."""

    def __init__(self, requester: AsyncRequester, resource: ResourceDef[ModelT], scope: Scope | None = None) -> None:
        """Bind a service (see `ResourceService`)."""
        super().__init__(resource, scope or Scope())
        self._requester = requester

    def within(self, **parent: Ref) -> Self:
        """Return this service working within one parent record (see `ResourceService.within`)."""
        return type(self)(self._requester, self._resource, self._scoped(parent))

    def list(
        self,
        *,
        filter: FilterT | None = None,
        sort: SortT | None = None,
        include: IncludeT | Sequence[IncludeT] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        limit: int | None = None,
        prefetch: int = DEFAULT_PREFETCH,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[ModelT]:
        """List records, paging automatically (see `ResourceService.list`); iterate with ``async for``."""
        fetch = self._calls.list_pages(filter=filter, sort=sort, include=include)
        return AsyncPager(
            self._requester,
            fetch,
            page_size=page_size,
            limit=limit,
            options=RequestOptions.of(timeout, extra_headers),
            prefetch=prefetch,
        )

    async def page(
        self,
        number: int,
        *,
        filter: FilterT | None = None,
        sort: SortT | None = None,
        include: IncludeT | Sequence[IncludeT] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Page[ModelT]:
        """Read one page of a listing (see `ResourceService.page`)."""
        return await arun(
            self._requester,
            self._page_call(number, filter, sort, include, page_size),
            RequestOptions.of(timeout, extra_headers),
        )

    async def get(
        self,
        id: Ref,
        *,
        include: IncludeT | Sequence[IncludeT] | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT | None:
        """Read one record, None when it does not exist (see `ResourceService.get`)."""
        return await arun(
            self._requester, self._calls.lookup(id, include=include), RequestOptions.of(timeout, extra_headers)
        )

    async def require(
        self,
        id: Ref,
        *,
        include: IncludeT | Sequence[IncludeT] | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Read one record that must exist; `NotFoundError` when it does not (see `ResourceService.require`)."""
        return await arun(
            self._requester,
            self._calls.lookup(id, include=include, missing_ok=False),
            RequestOptions.of(timeout, extra_headers),
        )

    async def find(
        self, *, name: str, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> ModelT | None:
        """Find a record by name, None when there is none (see `ResourceService.find`)."""
        return await arun(self._requester, self._calls.named(name), RequestOptions.of(timeout, extra_headers))

    async def show(
        self,
        id: Ref,
        *,
        include: IncludeT | Sequence[IncludeT] | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Shown[ModelT] | None:
        """Read one record with its side-loaded records, None when it does not exist (see `ResourceService.show`)."""
        return await arun(
            self._requester, self._calls.find_shown(id, include=include), RequestOptions.of(timeout, extra_headers)
        )


class AsyncResourceService(
    AsyncReadOnlyResourceService[ModelT, FilterT, SortT, IncludeT],
    Generic[ModelT, WriteT, CreateT, UpdateT, FilterT, SortT, IncludeT],
):
    """The async twin of `ResourceService`: same methods, awaited (``list`` is iterated with ``async for``)."""

    async def create(
        self,
        attributes: CreateT | WriteT,
        *,
        relationships: RelationshipsInput | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Create one record, with inline related records (see `ResourceService.create`)."""
        return await arun(
            self._requester,
            self._calls.create_one(attributes, relationships=relationships),
            RequestOptions.of(timeout, extra_headers),
        )

    async def create_many(
        self,
        items: Iterable[CreateT | WriteT],
        *,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[ModelT]:
        """Create several records in one request (see `ResourceService.create_many`)."""
        return await arun(
            self._requester, self._calls.create(builtins.list(items)), RequestOptions.of(timeout, extra_headers)
        )

    async def update(
        self,
        id: Ref,
        attributes: UpdateT | WriteT,
        *,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Update one record (see `ResourceService.update`)."""
        return await arun(
            self._requester, self._calls.update(id, attributes), RequestOptions.of(timeout, extra_headers)
        )

    async def delete(
        self, id: Ref, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> None:
        """Delete one record (see `ResourceService.delete`)."""
        await arun(self._requester, self._calls.delete(id), RequestOptions.of(timeout, extra_headers))

    async def bulk_update(
        self,
        updates: Mapping[Ref, UpdateT | WriteT],
        *,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[ModelT]:
        """Update several records in one request (see `ResourceService.bulk_update`)."""
        return await arun(self._requester, self._calls.bulk_update(updates), RequestOptions.of(timeout, extra_headers))

    async def bulk_delete(
        self, ids: Iterable[Ref], *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> builtins.list[ModelT]:
        """Delete several records in one request (see `ResourceService.bulk_delete`)."""
        return await arun(self._requester, self._calls.bulk_delete(ids), RequestOptions.of(timeout, extra_headers))
