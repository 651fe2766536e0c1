"""The JSON:API engine: serve one routed operation against the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from itglue_emulator.documents import PARENT_LINKED, Renderer, View
from itglue_emulator.errors import ApiError, not_found, unprocessable
from itglue_emulator.keys import ApiKey
from itglue_emulator.query import apply_filters, apply_sort, paginate, parse_includes, parse_list_query
from itglue_emulator.resources import FILE_ATTRIBUTES, ResourceRules
from itglue_emulator.router import Match
from itglue_emulator.spec import ApiSpec, Operation
from itglue_emulator.store import Record, Store
from itglue_emulator.wire import (
    WEB_APP_BASE,
    kebab,
    parse_bool,
    parse_moment,
    pluralize,
    singularize,
    snake,
    timestamp,
)

_T = TypeVar("_T")
LOGS_MAX_PAGES = 5
_COMPUTED = frozenset({"id", "created-at", "updated-at", "resource-url"})
_WRITE_ACTIONS = frozenset({"create", "update", "delete", "bulk_update", "bulk_delete", "publish"})


@dataclass
class ApiRequest:
    """A request that passed the gateway (key checked, body parsed).

    Attributes:
        method: HTTP method.
        path: Request path.
        params: Query pairs in order.
        body: Parsed JSON body, or None.
        key: The caller's key.
        base_url: Scheme and host the client used.
    """

    method: str
    path: str
    params: list[tuple[str, str]]
    body: Any
    key: ApiKey
    base_url: str


@dataclass
class ApiResponse:
    """The engine's answer.

    Attributes:
        status: HTTP status.
        body: JSON body, or None for 204.
        headers: Extra headers.
    """

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class Engine:
    """Dispatch routed operations by ``x-itglue-action``."""

    def __init__(self, spec: ApiSpec, store: Store, rules: ResourceRules) -> None:
        """Wire the engine.

        Args:
            spec: The distilled spec.
            store: The record store.
            rules: Resource-specific rules.
        """
        self._spec = spec
        self._store = store
        self._rules = rules
        self._renderer = Renderer(store, spec.attributes, rules.before_read)
        self._sorted: dict[tuple[str, tuple[tuple[str, bool], ...]], tuple[int, list[Record]]] = {}

    def handle(self, match: Match, request: ApiRequest) -> ApiResponse:
        """Serve one request.

        Args:
            match: The routed operation and path parameters.
            request: The request.

        Returns:
            The response.

        Raises:
            ApiError: For answers with an error document.
        """
        op = match.operation
        handler = getattr(self, f"_{op.action}", None)
        if handler is None:
            raise ApiError(500, "Internal Server Error", f"action {op.action!r} is not emulated")
        if op.action not in _WRITE_ACTIONS:
            # Reads pick and snapshot their records under the lock, then render without it, so a long
            # page neither blocks writers nor other readers while it is turned into JSON:API objects.
            with self._store.lock:
                finish: Callable[[], ApiResponse] = handler(op, match.params, request)
            return finish()
        with self._store.lock:
            # All-or-nothing: an error in any item (or any nested record) undoes the whole request.
            with self._store.transaction():
                written: ApiResponse = handler(op, match.params, request)
            return written

    # -- reads -----------------------------------------------------------------------------------------

    def _list(self, op: Operation, params: dict[str, str], request: ApiRequest) -> Callable[[], ApiResponse]:
        query = parse_list_query(op, request.params)
        if (
            op.resource == "flexible-assets"
            and op.parent is None
            and not any(f.name == "flexible_asset_type_id" and f.mode == "exact" for f in query.filters)
        ):
            raise unprocessable("Cannot index flexible assets without providing a flexible asset type ID filter")
        if op.parent is None and query.sort:
            # Sorting then filtering gives the same list as the reverse (both are stable), and the whole
            # table's sorted order can be kept until the store changes.
            records = apply_filters(self._sorted_table(op.resource, query.sort), query.filters)
        else:
            records = apply_sort(apply_filters(self._scope(op, params), query.filters), query.sort)
        page = paginate(records, query.page_size, query.page_number, LOGS_MAX_PAGES if op.resource == "logs" else None)
        captured = self._renderer.capture(op.resource, page.records, query.includes)
        render = partial(
            self._renderer.listing,
            captured,
            page,
            self._view(request),
            query.includes,
            path=request.path,
            params=request.params,
            filters=query.filters,
        )
        return lambda: ApiResponse(200, render())

    def _sorted_table(self, resource: str, keys: list[tuple[str, bool]]) -> list[Record]:
        """A whole table in ``keys`` order, cached until the store's next change (called under the lock)."""
        cache_key = (resource, tuple(keys))
        cached = self._sorted.get(cache_key)
        if cached is not None and cached[0] == self._store.version:
            return cached[1]
        ordered = apply_sort(list(self._store.records(resource)), keys)
        self._sorted[cache_key] = (self._store.version, ordered)
        return ordered

    def _get(self, op: Operation, params: dict[str, str], request: ApiRequest) -> Callable[[], ApiResponse]:
        record = self._member(op, params)
        includes = self._includes(op, request)
        reveal = self._flag(request, "show_password", default=True)
        if op.resource == "passwords":
            record = self._password_version(record, request)
        captured = self._renderer.capture(op.resource, [record], includes)
        view = self._view(request)
        return lambda: ApiResponse(200, self._renderer.single_document(captured, view, bool(includes), reveal))

    # -- writes ----------------------------------------------------------------------------------------

    def _create(self, op: Operation, params: dict[str, str], request: ApiRequest) -> ApiResponse:
        items, many = _data_items(request.body)
        created = [
            _at_item(partial(self._create_one, op, params, item, request.base_url), index, many)
            for index, item in enumerate(items)
        ]
        view = self._view(request)
        reveal = self._flag(request, "show_password", default=False)
        if many:
            return ApiResponse(201, self._renderer.many(op.resource, created, view, reveal))
        return ApiResponse(201, self._renderer.single(op.resource, created[0], view, [], reveal))

    def _update(self, op: Operation, params: dict[str, str], request: ApiRequest) -> ApiResponse:
        record = self._member(op, params)
        items, _ = _data_items(request.body)
        self._apply_update(op.resource, record, items[0], request.base_url)
        reveal = self._flag(request, "show_password", default=False)
        return ApiResponse(200, self._renderer.single(op.resource, record, self._view(request), [], reveal))

    def _bulk_update(self, op: Operation, params: dict[str, str], request: ApiRequest) -> ApiResponse:
        items, many = _data_items(request.body)
        scope = {r["id"]: r for r in self._scope(op, params)}
        chosen = self._bulk_filtered(op, scope, request)
        targets = [(self._bulk_target(op, scope, item), item) for item in items]
        if chosen is not None:
            targets = [(record, item) for record, item in targets if record["id"] in chosen]
        for index, (record, item) in enumerate(targets):
            _at_item(partial(self._apply_update, op.resource, record, item, request.base_url), index, many)
        reveal = self._flag(request, "show_password", default=False)
        return ApiResponse(200, self._renderer.many(op.resource, [r for r, _ in targets], self._view(request), reveal))

    def _bulk_delete(self, op: Operation, params: dict[str, str], request: ApiRequest) -> ApiResponse:
        scope = {r["id"]: r for r in self._scope(op, params)}
        chosen = self._bulk_filtered(op, scope, request)
        many = True
        if request.body is None and chosen is not None:
            targets = [scope[record_id] for record_id in sorted(chosen)]  # delete by filter alone
        else:
            items, many = _data_items(request.body)
            for index, item in enumerate(items):
                _at_item(partial(_check_type, op.resource, item), index, many)
            targets = [self._bulk_target(op, scope, item) for item in items]
            if chosen is not None:
                targets = [record for record in targets if record["id"] in chosen]
        batch = {r["id"] for r in targets}
        for index, record in enumerate(targets):
            _at_item(partial(self._rules.check_delete, op.resource, record, batch), index, many)
        body = self._renderer.many(op.resource, targets, self._view(request))
        self._rules.delete(op.resource, batch)
        return ApiResponse(200, body)

    def _delete(self, op: Operation, params: dict[str, str], request: ApiRequest) -> ApiResponse:
        record = self._member(op, params)
        self._rules.check_delete(op.resource, record, {record["id"]})
        self._rules.delete(op.resource, {record["id"]})
        return ApiResponse(204)

    def _publish(self, op: Operation, params: dict[str, str], request: ApiRequest) -> ApiResponse:
        record = self._member(op, params)
        record["attributes"]["published"] = True
        record["attributes"]["updated-at"] = timestamp()
        return ApiResponse(200, self._renderer.single(op.resource, record, self._view(request), []))

    # -- helpers ---------------------------------------------------------------------------------------

    def _password_version(self, record: Record, request: ApiRequest) -> Record:
        raw = next((value for key, value in request.params if key == "version_id"), None)
        if raw is None:
            return record
        version_id = _path_id(raw.strip())
        if version_id is None:
            raise unprocessable("Invalid parameter", "version_id must be an integer", "version_id")
        version = self._rules.version(record, version_id)
        if version is None:
            raise ApiError(
                404, "Record not found", f"Couldn't find version {version_id} of passwords with 'id'={record['id']}"
            )
        return version

    def _view(self, request: ApiRequest) -> View:
        return View(request.base_url, request.key.password_access)

    def _includes(self, op: Operation, request: ApiRequest) -> list[str]:
        for key, value in request.params:
            if key == "include":
                return parse_includes(op, value)
        return []

    @staticmethod
    def _flag(request: ApiRequest, name: str, default: bool) -> bool:
        for key, value in request.params:
            if key == name:
                parsed = parse_bool(value)
                if parsed is None:
                    raise unprocessable("Invalid parameter", f"{name} must be true or false", name)
                return parsed
        return default

    def _parent(self, op: Operation, params: dict[str, str]) -> dict[str, Any] | None:
        if op.parent is None:
            return None
        parent_id = _path_id(params.get(op.parent.param, ""))
        if parent_id is None or self._store.get(op.parent.resource, parent_id) is None:
            raise not_found(op.parent.resource, params.get(op.parent.param))
        return {"type": op.parent.resource, "id": parent_id}

    def _scope(self, op: Operation, params: dict[str, str]) -> list[Record]:
        """Records reachable through this route (children of the parent on nested routes)."""
        parent = self._parent(op, params)
        records = list(self._store.records(op.resource))
        if parent is None or op.parent is None:
            return records
        if op.resource in PARENT_LINKED:
            return [r for r in records if r.get("parent") == parent]
        foreign_key = kebab(op.parent.param)
        return [r for r in records if r["attributes"].get(foreign_key) == parent["id"]]

    def _member(self, op: Operation, params: dict[str, str]) -> Record:
        record_id = _path_id(params.get("id", ""))
        record = self._store.get(op.resource, record_id) if record_id is not None else None
        parent = self._parent(op, params)
        if record is not None and parent is not None and op.parent is not None:
            owner = (
                record.get("parent")
                if op.resource in PARENT_LINKED
                else {"type": op.parent.resource, "id": record["attributes"].get(kebab(op.parent.param))}
            )
            if owner != parent:
                record = None
        if record is None:
            raise not_found(op.resource, params.get("id"))
        return record

    @staticmethod
    def _bulk_filtered(op: Operation, scope: dict[int, Record], request: ApiRequest) -> set[int] | None:
        """Ids of the scope matching the request's ``filter[...]`` (None without filters).

        IT Glue's clients send filters on bulk PATCH/DELETE; how the API combines them with the body is not
        documented, so the emulator narrows the body's records to those matching, and a DELETE without a body
        takes every matching record.
        """
        filters = parse_list_query(op, request.params).filters
        if not filters:
            return None
        return {record["id"] for record in apply_filters(list(scope.values()), filters)}

    def _bulk_target(self, op: Operation, scope: dict[int, Record], item: dict[str, Any]) -> Record:
        attributes = _member_of(item, "attributes")
        record_id = _path_id(str(attributes.get("id", item.get("id", ""))))
        if record_id is None:
            raise unprocessable("Unprocessable Entity", "id is required", "/data/attributes/id")
        if record_id not in scope:
            raise not_found(op.resource, record_id)
        return scope[record_id]

    def _create_one(self, op: Operation, params: dict[str, str], item: dict[str, Any], base_url: str) -> Record:
        _check_type(op.resource, item)
        raw = _member_of(item, "attributes")
        children = self._nested(op.resource, _member_of(item, "relationships"))
        attrs = self._normalise(op.resource, raw)
        parent = self._parent(op, params)
        link = None
        if parent is not None and op.parent is not None:
            if op.resource in PARENT_LINKED:
                link = parent
            else:
                attrs[kebab(op.parent.param)] = parent["id"]
        self._rules.validate_create(op.resource, attrs, raw, children)
        self._rules.check_duplicate(op.resource, attrs, link)
        extra = self._rules.build_create(op.resource, attrs, link, base_url)
        now = timestamp()
        attrs = self._complete(op.resource, attrs)
        attrs["created-at"] = attrs["updated-at"] = now
        record = self._store.insert(op.resource, attrs, **extra)
        if "resource-url" in self._spec.attributes.get(op.resource, {}):
            attrs["resource-url"] = _resource_url(op.resource, record)
        self._create_nested(op.resource, record, children)
        self._rules.after_write(op.resource, record, None)
        return record

    def _nested(self, resource: str, relationships: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        """Normalised attributes of children given inline (flexible asset fields, configuration interfaces)."""
        children: dict[str, list[dict[str, Any]]] = {}
        for name, relation in relationships.items():
            child_type = kebab(name)
            data = relation.get("data") if isinstance(relation, dict) else None
            if not isinstance(data, list) or child_type not in self._spec.attributes:
                continue
            children[child_type] = [self._normalise(child_type, _member_of(child, "attributes")) for child in data]
        return children

    def _create_nested(self, resource: str, record: Record, children: dict[str, list[dict[str, Any]]]) -> None:
        foreign_key = f"{singularize(resource)}-id"
        for child_type, items in children.items():
            for given in items:
                given[foreign_key] = record["id"]
                self._rules.build_create(child_type, given, None)
                attrs = self._complete(child_type, given)
                attrs["created-at"] = attrs["updated-at"] = record["attributes"]["created-at"]
                self._store.insert(child_type, attrs)

    def _apply_update(self, resource: str, record: Record, item: dict[str, Any], base_url: str) -> None:
        _check_type(resource, item)
        self._rules.check_relationships_update(resource, item.get("relationships"))
        attrs = self._normalise(resource, _member_of(item, "attributes"))
        self._store.touch(resource, record)
        before = dict(record["attributes"])
        changes = self._rules.updatable(resource, record, attrs, base_url)
        schema = self._spec.attributes.get(resource)
        for name, value in changes.items():
            if name in _COMPUTED or (schema is not None and name not in schema):
                continue
            record["attributes"][name] = value
        record["attributes"]["updated-at"] = timestamp()
        self._rules.after_write(resource, record, before)

    def _normalise(self, resource: str, raw: dict[str, Any]) -> dict[str, Any]:
        """Kebab keys, ``id`` dropped, values coerced to the read schema's types."""
        schema = self._spec.attributes.get(resource, {})
        attrs: dict[str, Any] = {}
        for key, value in raw.items():
            name = kebab(str(key))
            if name == "id":
                continue
            if (resource, name) in FILE_ATTRIBUTES and isinstance(value, dict):
                attrs[name] = value
                continue
            attrs[name] = _coerce(name, value, schema.get(name))
        return attrs

    def _complete(self, resource: str, attrs: dict[str, Any]) -> dict[str, Any]:
        """Keep schema attributes only and give missing ones their empty value."""
        schema = self._spec.attributes.get(resource)
        if schema is None:
            return attrs
        return {
            name: attrs[name] if name in attrs else _empty(definition)
            for name, definition in schema.items()
            if name not in _COMPUTED or name in attrs
        }


def _at_item(action: Callable[[], _T], index: int, many: bool) -> _T:
    """Run one item's work; a 422 it raises points at ``/data/<index>/...`` when the body is an array."""
    try:
        return action()
    except ApiError as error:
        if many and error.status == 422:
            raise error.at_item(index) from None
        raise


def _data_items(body: Any) -> tuple[list[dict[str, Any]], bool]:
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, dict):
        return [data], False
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        return data, True
    raise unprocessable("Unprocessable Entity", "data must be an object or a non-empty array", "/data")


def _member_of(item: Any, name: str) -> dict[str, Any]:
    """Return ``attributes``/``relationships`` of a resource object, 422 when it is not an object."""
    value = item.get(name) if isinstance(item, dict) else None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise unprocessable("Unprocessable Entity", f"{name} must be an object", f"/data/{name}")
    return value


def _check_type(resource: str, item: dict[str, Any]) -> None:
    given = item.get("type")
    if given is not None and kebab(str(given)) != resource:
        # Kebab and snake spellings are both accepted; name each once (they coincide for one-word types).
        accepted = " or ".join(dict.fromkeys((resource, snake(resource))))
        raise unprocessable("Unprocessable Entity", f"type must be {accepted}", "/data/type")


def _path_id(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else None


def _types(schema: dict[str, Any] | None) -> set[str]:
    if not schema:
        return set()
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        types |= _types(option)
    if schema.get("nullable"):
        types.add("null")
    return {str(t) for t in types}


def _coerce(name: str, value: Any, schema: dict[str, Any] | None) -> Any:
    """Accept the loose spellings clients send (``"123"`` ids, ``1``/``0`` booleans), reject wrong types."""
    types = _types(schema)
    moment_format = schema.get("format") if schema else None
    if moment_format in ("date", "date-time") and isinstance(value, str):
        return _coerce_moment(name, value, str(moment_format), nullable="null" in types)
    if isinstance(value, str) and "integer" in types and "string" not in types and value.strip().isdigit():
        return int(value)
    if "boolean" in types and not isinstance(value, bool) and isinstance(value, int | str):
        parsed = parse_bool(str(value))
        value = value if parsed is None else parsed
    if types and _json_type(value) not in types and not (_json_type(value) == "integer" and "number" in types):
        raise unprocessable("Unprocessable Entity", f"{name} has the wrong type", f"/data/attributes/{name}")
    return value


def _coerce_moment(name: str, value: str, moment_format: str, nullable: bool) -> str | None:
    """Store dates and timestamps in the read format; a blank value clears a nullable one (Rails casts it to nil)."""
    if not value.strip() and nullable:
        return None
    moment = parse_moment(value)
    if moment is None:
        raise unprocessable(
            "Unprocessable Entity", f"{name} is not a valid {moment_format}", f"/data/attributes/{name}"
        )
    return moment.date().isoformat() if moment_format == "date" else timestamp(moment)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    for kind, name in ((int, "integer"), (float, "number"), (str, "string"), (list, "array"), (dict, "object")):
        if isinstance(value, kind):
            return name
    return "object"


def _empty(schema: dict[str, Any]) -> Any:
    types = _types(schema)
    if "boolean" in types:
        # IT Glue answers false, not null, for flags a create left out (archived, restricted, published).
        return False
    if "null" in types or not types:
        return None
    if schema.get("enum"):
        return schema["enum"][0]
    for kind, value in (("boolean", False), ("integer", 0), ("number", 0), ("array", []), ("object", {})):
        if kind in types:
            return value
    return timestamp() if schema.get("format") == "date-time" else ""


def _resource_url(resource: str, record: Record) -> str:
    """The web-app URL: ``/<organization-id>/<resources>/<id>`` (organizations: ``/<id>``)."""
    if resource == "organizations":
        return f"{WEB_APP_BASE}/{record['id']}"
    org_id = record["attributes"].get("organization-id")
    segment = snake(resource if resource.endswith("s") else pluralize(resource))
    return f"{WEB_APP_BASE}/{org_id}/{segment}/{record['id']}" if org_id else f"{WEB_APP_BASE}/{segment}/{record['id']}"
