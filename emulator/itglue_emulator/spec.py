"""Load the OpenAPI spec and distil what the emulator needs from it.

The emulator takes its routes, parameters, filters, sorts, includes and read
attributes from the spec rather than restating them, so that the spec stays the
single source of truth. The spec is read as JSON from ``generated/itglue_api``
without importing the client package (the emulator must not depend on it).
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itglue_emulator.wire import snake

SPEC_FILE_NAME = "openapi.json"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")

_FILTER_PARAM = re.compile(r"^filter(?:\[(exclude|range)\])?\[([A-Za-z0-9_-]+)\]$")
API_KEY_SCHEME = "ApiKey"
USER_SESSION_SCHEME = "UserSession"
BARE_RANGE = "range"
"""Name of the bare ``filter[range]`` (documented clients send it on organizations and expirations)."""


def parse_filter_key(key: str) -> tuple[str, str] | None:
    """Split a ``filter[...]`` query key into its mode and snake field name.

    Args:
        key: A query key such as ``filter[exclude][organization-id]``.

    Returns:
        ``(mode, name)`` with mode ``exact``, ``exclude`` or ``range``; the bare ``filter[range]`` is
        ``("range", "range")``. None when the key is no filter.
    """
    match = _FILTER_PARAM.match(key)
    if not match:
        return None
    mode, name = match.group(1) or "exact", snake(match.group(2))
    if mode == "exact" and name == BARE_RANGE:
        # A range over the attribute the spec names for it, not an exact match on an attribute "range".
        mode = "range"
    return mode, name


class SpecError(RuntimeError):
    """The spec file is missing or does not follow the project's conventions."""


@dataclass(frozen=True)
class FilterParam:
    """One allowed ``filter[...]`` parameter of an operation.

    Attributes:
        name: Snake field name, e.g. ``organization_id``.
        mode: ``exact``, ``exclude`` or ``range``.
        attribute: Kebab attribute it matches, or None when it has none of its own.
    """

    name: str
    mode: str
    attribute: str | None


@dataclass(frozen=True)
class Parent:
    """The parent of a nested route (``x-itglue-parent``).

    Attributes:
        param: Path parameter holding the parent id, e.g. ``organization_id``.
        resource: Wire type of the parent, e.g. ``organizations``.
    """

    param: str
    resource: str


@dataclass(frozen=True)
class Operation:
    """One operation of the spec with the extensions the emulator acts on.

    Attributes:
        method: Upper-case HTTP method.
        path: Path template, e.g. ``/organizations/{id}``.
        operation_id: The spec's ``operationId``.
        resource: Wire type it acts on (``x-itglue-resource``).
        action: ``list``, ``get``, ``create``, ``update``, ``delete``, ``bulk_update``,
            ``bulk_delete`` or ``publish`` (``x-itglue-action``).
        parent: Parent of a nested route, if any.
        filters: Allowed filters keyed by ``(mode, snake name)``.
        sorts: Allowed sort fields (snake, without ``-``); empty when unsorted.
        includes: Allowed include names (snake).
        query_params: Names of every query parameter the operation declares.
        security: Names of the security schemes any of which admits a caller (the operation's ``security``,
            else the document's).
    """

    method: str
    path: str
    operation_id: str
    resource: str
    action: str
    parent: Parent | None
    filters: dict[tuple[str, str], FilterParam] = field(default_factory=dict)
    sorts: frozenset[str] = frozenset()
    includes: frozenset[str] = frozenset()
    query_params: frozenset[str] = frozenset()
    security: frozenset[str] = frozenset({API_KEY_SCHEME})

    @property
    def needs_user_session(self) -> bool:
        """Whether only a user session (JWT) is admitted here, not an API key."""
        return USER_SESSION_SCHEME in self.security and API_KEY_SCHEME not in self.security


@dataclass(frozen=True)
class ApiSpec:
    """What the emulator knows from the spec.

    Attributes:
        operations: Every operation, in spec order.
        attributes: Read-schema attributes per wire type: name -> resolved JSON schema.
        raw: The whole spec document.
        required_on_create: Kebab attributes a create must carry, per wire type (the write schemas'
            ``x-itglue-required-on-create``).
    """

    operations: tuple[Operation, ...]
    attributes: dict[str, dict[str, dict[str, Any]]]
    raw: dict[str, Any]
    required_on_create: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def resources(self) -> frozenset[str]:
        """Wire types that some operation acts on."""
        return frozenset(op.resource for op in self.operations)


def find_spec_file() -> Path:
    """Locate ``openapi.json`` next to the generated client, without importing it.

    Returns:
        Path of the JSON copy of the spec.

    Raises:
        SpecError: The generated package or its spec copy is missing.
    """
    found = importlib.util.find_spec("itglue_api")
    locations = list(found.submodule_search_locations or []) if found else []
    for location in locations:
        candidate = Path(location) / SPEC_FILE_NAME
        if candidate.is_file():
            return candidate
    raise SpecError("generated/itglue_api/openapi.json not found; run scripts/regenerate")


def load_spec(source: Path | dict[str, Any] | None = None) -> ApiSpec:
    """Load and distil the spec.

    Args:
        source: A path to the JSON spec, an already parsed document, or None to
            use the copy next to the generated client.

    Returns:
        The distilled spec.
    """
    if isinstance(source, dict):
        document = source
    else:
        path = source or find_spec_file()
        document = json.loads(path.read_text(encoding="utf-8"))
    resolver = _Resolver(document)
    operations = tuple(_operations(document, resolver))
    return ApiSpec(
        operations=operations,
        attributes=_read_attributes(document, resolver),
        raw=document,
        required_on_create=_required_on_create(document, resolver),
    )


class _Resolver:
    """Resolve local ``$ref`` pointers (``#/components/...``)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains until a concrete node is reached."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"unsupported reference {ref!r}")
            target: Any = self._document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 32:
                raise SpecError(f"reference loop at {ref!r}")
        return node


def _operations(document: dict[str, Any], resolver: _Resolver) -> list[Operation]:
    operations: list[Operation] = []
    default_security = _scheme_names(document.get("security"))
    for path, raw_item in document.get("paths", {}).items():
        item = resolver.resolve(raw_item)
        shared = [resolver.resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            raw = item[method]
            params = shared + [resolver.resolve(p) for p in raw.get("parameters", [])]
            parent = raw.get("x-itglue-parent")
            operations.append(
                Operation(
                    method=method.upper(),
                    path=path,
                    operation_id=str(raw.get("operationId", f"{method}_{path}")),
                    resource=str(raw.get("x-itglue-resource", "")),
                    action=str(raw.get("x-itglue-action", "")),
                    parent=Parent(str(parent["param"]), str(parent["resource"])) if parent else None,
                    filters=_filters(params),
                    sorts=_sorts(params, resolver),
                    includes=_includes(params, resolver),
                    query_params=frozenset(str(p["name"]) for p in params if p.get("in") == "query"),
                    security=_scheme_names(raw["security"]) if "security" in raw else default_security,
                )
            )
    return operations


def _scheme_names(requirements: Any) -> frozenset[str]:
    """Scheme names of a ``security`` list; an empty one means the API key (the emulator has no anonymous routes)."""
    names = frozenset(str(name) for requirement in requirements or () for name in requirement)
    return names or frozenset({API_KEY_SCHEME})


def _filters(params: list[dict[str, Any]]) -> dict[tuple[str, str], FilterParam]:
    filters: dict[tuple[str, str], FilterParam] = {}
    for param in params:
        parsed = parse_filter_key(str(param.get("name", ""))) if param.get("in") == "query" else None
        if parsed is None:
            continue
        mode, name = parsed
        attribute = param.get("x-itglue-attribute")
        filters[(mode, name)] = FilterParam(name, mode, str(attribute) if attribute else None)
    return filters


def _param_schema(params: list[dict[str, Any]], name: str, resolver: _Resolver) -> tuple[dict[str, Any], Any]:
    for param in params:
        if param.get("in") == "query" and param.get("name") == name:
            return param, resolver.resolve(param.get("schema", {}))
    return {}, {}


def _sorts(params: list[dict[str, Any]], resolver: _Resolver) -> frozenset[str]:
    _, schema = _param_schema(params, "sort", resolver)
    values = _enum_values(schema, resolver)
    return frozenset(snake(v.lstrip("-")) for v in values)


def _includes(params: list[dict[str, Any]], resolver: _Resolver) -> frozenset[str]:
    param, schema = _param_schema(params, "include", resolver)
    names = param.get("x-itglue-includes") or (schema.get("x-itglue-includes") if schema else None) or []
    if not names and schema:
        names = _enum_values(schema, resolver)
    return frozenset(snake(str(n)) for n in names)


def _enum_values(schema: Any, resolver: _Resolver) -> list[str]:
    schema = resolver.resolve(schema)
    if not isinstance(schema, dict):
        return []
    if "enum" in schema:
        return [str(v) for v in schema["enum"] if v is not None]
    if "items" in schema:
        return _enum_values(schema["items"], resolver)
    values: list[str] = []
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, []):
            values.extend(_enum_values(option, resolver))
    return values


def _read_attributes(document: dict[str, Any], resolver: _Resolver) -> dict[str, dict[str, dict[str, Any]]]:
    """Map each wire type to its read-schema attributes (``<Name>`` + ``<Name>Attributes``).

    Only a schema with a ``<Name>Document`` is a read schema: write-side schemas (``<Name>Write``,
    ``<Name>Update``...) also carry a one-value ``type`` enum and an attributes schema, and must not
    shadow it.
    """
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name, raw_schema in schemas.items():
        attributes_schema = schemas.get(f"{name}Attributes")
        schema = resolver.resolve(raw_schema)
        if attributes_schema is None or not isinstance(schema, dict) or f"{name}Document" not in schemas:
            continue
        type_schema = resolver.resolve(schema.get("properties", {}).get("type", {}))
        enum = type_schema.get("enum") if isinstance(type_schema, dict) else None
        if not enum or len(enum) != 1:
            continue
        properties = resolver.resolve(attributes_schema).get("properties", {})
        found[str(enum[0])] = {str(k): resolver.resolve(v) for k, v in properties.items()}
    return found


def _required_on_create(document: dict[str, Any], resolver: _Resolver) -> dict[str, tuple[str, ...]]:
    """Map each wire type to the attributes its ``<Name>WriteAttributes`` lists in ``x-itglue-required-on-create``.

    The wire type is the one-value ``type`` enum of the read schema ``<Name>``.
    """
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    found: dict[str, tuple[str, ...]] = {}
    for name, raw_schema in schemas.items():
        required = raw_schema.get("x-itglue-required-on-create") if isinstance(raw_schema, dict) else None
        if not name.endswith("WriteAttributes") or not required:
            continue
        read = resolver.resolve(schemas.get(name.removesuffix("WriteAttributes"), {}))
        type_schema = resolver.resolve(read.get("properties", {}).get("type", {})) if isinstance(read, dict) else {}
        enum = type_schema.get("enum") if isinstance(type_schema, dict) else None
        if enum and len(enum) == 1:
            found[str(enum[0])] = tuple(str(attribute) for attribute in required)
    return found
