"""The spec, read at run time: which routes, parameters and writable attributes each resource group has.

The facade builds its requests from `itglue_api/openapi.json` (written by `scripts/regenerate` next to the
generated package) instead of calling the generated endpoint functions, whose query keyword names are mangled
(``filterorganization_id``). The file is parsed once, on first use, so that ``import itglue_sdk`` stays light.

This module is also the one place where Python names and wire names are mapped (`wire_key`, `python_key`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, Literal

Action = Literal["list", "get", "create", "update", "delete", "bulk_update", "bulk_delete", "publish"]
FilterMode = Literal["exact", "exclude", "range"]
ValueKind = Literal["integer", "boolean", "date"]

ACTIONS: tuple[Action, ...] = ("list", "get", "create", "update", "delete", "bulk_update", "bulk_delete", "publish")


def wire_key(name: str) -> str:
    """Return the kebab-case wire spelling of a Python (snake_case) attribute name."""
    return name.replace("_", "-")


def python_key(name: str) -> str:
    """Return the snake_case spelling of a wire (kebab-case) name, as used in filters, sorts and includes."""
    return name.replace("-", "_")


@dataclass(frozen=True)
class FilterParam:
    """One ``filter[...]`` query parameter of an operation.

    Attributes:
        name: Snake field name, e.g. ``organization_id``.
        mode: ``exact`` (``filter[x]``), ``exclude`` (``filter[exclude][x]``) or ``range`` (``filter[range][x]``).
        choices: Allowed values when the spec declares an enum, else empty.
        kind: ``integer`` or ``boolean`` when the attribute it matches (``x-itglue-attribute``) has that type
            in the read schema (``id`` is always an integer), so values can be checked before sending;
            ``date`` for date and date-time attributes; None for text and filters without an attribute of
            their own.
    """

    name: str
    mode: FilterMode
    choices: tuple[str, ...] = ()
    kind: ValueKind | None = None

    @property
    def query_name(self) -> str:
        """The wire name of the parameter."""
        return f"filter[{self.name}]" if self.mode == "exact" else f"filter[{self.mode}][{self.name}]"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, reduced to what the facade needs.

    Attributes:
        operation_id: The spec's ``operationId``.
        group: Resource group (the tag), e.g. ``configurations``.
        action: ``x-itglue-action``.
        method: HTTP method, upper case.
        path: Path template, e.g. ``/organizations/{organization_id}/relationships/configurations/{id}``.
        resource: Wire type of the records (``x-itglue-resource``), e.g. ``flexible-assets``.
        parent: Path parameter naming the parent record (``organization_id``), None on top-level routes.
        filters: Allowed filters keyed by ``(mode, name)``.
        sorts: Allowed ``sort`` values (with their ``-`` variants); empty when sorting is not offered.
        includes: Allowed ``include`` names.
        query: Names of the other query parameters (``page[size]``, ``show_password``, ``version_id`` ...).
        required: Wire names of the query parameters the operation cannot do without (e.g.
            ``filter[flexible_asset_type_id]`` on ``GET /flexible_assets``).
    """

    operation_id: str
    group: str
    action: Action
    method: str
    path: str
    resource: str
    parent: str | None
    filters: Mapping[tuple[FilterMode, str], FilterParam] = field(default_factory=dict)
    sorts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    query: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GroupSpec:
    """Everything the spec says about one resource group.

    Attributes:
        name: Group name (snake plural), e.g. ``flexible_assets``.
        resource: Wire type of its records.
        model_name: Name of the generated read model, e.g. ``FlexibleAsset``.
        operations: Operations keyed by ``(action, parent)``; ``parent`` None for top-level routes.
        write_attributes: Wire names of the writable attributes (empty for read-only groups).
        write_relationships: Records a create may carry inline in ``relationships``, keyed by the relationship's
            wire name (``flexible-asset-fields``), valued by the group those records belong to (from the spec's
            ``<Model>WriteRelationships`` schema).
        session_only: Operations that need a user session (JWT) instead of an API key, keyed like
            ``operations``: an API-key client cannot call them, so they are kept apart to explain why.
    """

    name: str
    resource: str
    model_name: str
    operations: Mapping[tuple[Action, str | None], Operation]
    write_attributes: tuple[str, ...]
    write_relationships: Mapping[str, str] = field(default_factory=dict)
    session_only: Mapping[tuple[Action, str | None], Operation] = field(default_factory=dict)

    @property
    def parents(self) -> tuple[str, ...]:
        """Parent parameters of the group's nested routes, sorted."""
        return tuple(sorted({parent for _, parent in self.operations if parent is not None}))

    def actions(self, parent: str | None) -> tuple[Action, ...]:
        """Actions offered at one scope (top level when ``parent`` is None), in `ACTIONS` order."""
        present = {action for action, scope in self.operations if scope == parent}
        return tuple(action for action in ACTIONS if action in present)


@dataclass(frozen=True)
class ApiSpec:
    """The parsed spec: resource groups by name.

    Attributes:
        groups: Group specs keyed by group name.
        parent_resources: Wire type of the record each parent parameter names (``organization_id`` ->
            ``organizations``), from ``x-itglue-parent``.
        included_models: Schema (generated model) name of each wire type a side-loaded record may have, from
            the spec's ``IncludedResource`` union (records of other types are ``GenericResource``).
    """

    groups: Mapping[str, GroupSpec]
    parent_resources: Mapping[str, str]
    included_models: Mapping[str, str] = field(default_factory=dict)

    def group(self, name: str) -> GroupSpec:
        """Return one group.

        Args:
            name: Group name, e.g. ``organizations``.

        Returns:
            The group.

        Raises:
            KeyError: The spec has no such group.
        """
        return self.groups[name]

    @functools.cached_property
    def _routes(self) -> Mapping[tuple[int, str], tuple[tuple[tuple[str, ...], Mapping[str, Operation]], ...]]:
        """Path templates with their operations by method, keyed by (segment count, first segment).

        Within a key, templates with more literal segments come first.
        """
        by_template: dict[tuple[str, ...], dict[str, Operation]] = {}
        for group in self.groups.values():
            for op in group.operations.values():
                by_template.setdefault(_segments(op.path), {})[op.method] = op
        keyed: dict[tuple[int, str], list[tuple[tuple[str, ...], Mapping[str, Operation]]]] = {}
        for template, operations in by_template.items():
            keyed.setdefault((len(template), template[0]), []).append((template, operations))
        return {
            key: tuple(sorted(entries, key=lambda entry: sum(part.startswith("{") for part in entry[0])))
            for key, entries in keyed.items()
        }

    def route(self, path: str) -> tuple[str, Mapping[str, Operation]] | None:
        """Find the spec's path template a concrete request path matches.

        Args:
            path: Request path relative to the API base URL, e.g. ``/organizations/5/relationships/contacts``.

        Returns:
            The template (``/organizations/{organization_id}/relationships/contacts``) and its operations keyed
            by upper-case method, or None for paths the spec does not list.
        """
        segments = _segments(path)
        for template, operations in self._routes.get((len(segments), segments[0]), ()):
            if all(part.startswith("{") or part == given for part, given in zip(template, segments, strict=True)):
                return "/" + "/".join(template), operations
        return None


def _segments(path: str) -> tuple[str, ...]:
    return tuple(path.strip("/").split("/"))


@functools.cache
def spec_document() -> Mapping[str, Any]:
    """The packaged spec as parsed JSON, read once (for the few readers that need more than the index)."""
    text = resources.files("itglue_api").joinpath("openapi.json").read_text(encoding="utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


@functools.cache
def load_spec() -> ApiSpec:
    """Parse the packaged spec once and return its index."""
    return index_spec(spec_document())


def index_spec(document: Mapping[str, Any]) -> ApiSpec:
    """Index an OpenAPI document that follows the project's conventions.

    Args:
        document: The parsed spec.

    Returns:
        The index.
    """
    components = document.get("components", {})
    shared_params: Mapping[str, Any] = components.get("parameters", {})
    schemas: Mapping[str, Any] = components.get("schemas", {})
    by_group: dict[str, dict[tuple[Action, str | None], Operation]] = {}
    session_only: dict[str, dict[tuple[Action, str | None], Operation]] = {}
    api_key = _api_key_schemes(document)
    parent_resources: dict[str, str] = {}
    model_names: dict[str, str] = {}
    for path, item in document["paths"].items():
        for method, raw in item.items():
            if not isinstance(raw, dict) or "x-itglue-action" not in raw:
                continue
            op = _operation(path, method, raw, shared_params, schemas)
            schemes = {
                name for requirement in raw.get("security", document.get("security", [])) for name in requirement
            }
            served = by_group if schemes & api_key else session_only
            served.setdefault(op.group, {})[(op.action, op.parent)] = op
            if raw.get("x-itglue-parent"):
                parent_resources[raw["x-itglue-parent"]["param"]] = raw["x-itglue-parent"]["resource"]
            model = _record_schema(raw, schemas)
            if model:
                model_names.setdefault(op.group, model)
    groups = {}
    for name in sorted(by_group.keys() | session_only.keys()):
        operations = by_group.get(name, {})
        model_name = model_names[name]
        write_schema = schemas.get(f"{model_name}WriteAttributes", {})
        groups[name] = GroupSpec(
            name=name,
            resource=next(iter({**session_only.get(name, {}), **operations}.values())).resource,
            model_name=model_name,
            operations=operations,
            write_attributes=tuple(write_schema.get("properties", {})),
            session_only=session_only.get(name, {}),
        )
    group_of_resource = {group.resource: group.name for group in groups.values()}
    for name, group in groups.items():
        relationships = _write_relationships(group.model_name, schemas, group_of_resource)
        if relationships:
            groups[name] = replace(group, write_relationships=relationships)
    return ApiSpec(groups=groups, parent_resources=parent_resources, included_models=_included_models(schemas))


def _api_key_schemes(document: Mapping[str, Any]) -> set[str]:
    """Names of the security schemes that are API keys (``x-api-key``): the ones the SDK's clients hold."""
    schemes: Mapping[str, Any] = document.get("components", {}).get("securitySchemes", {})
    return {name for name, scheme in schemes.items() if scheme.get("type") == "apiKey"}


def _included_models(schemas: Mapping[str, Any]) -> dict[str, str]:
    """Wire type -> schema name of the members of ``IncludedResource`` whose ``type`` is an enum.

    Each wire type belongs to one schema (most have a one-value enum; resource accesses come in three spellings).
    """
    found: dict[str, str] = {}
    for member in schemas.get("IncludedResource", {}).get("anyOf", ()):
        name = member.get("$ref", "").rsplit("/", 1)[-1]
        type_schema = _resolve(schemas.get(name, {}).get("properties", {}).get("type", {}), schemas)
        for value in type_schema.get("enum", ()):
            found[value] = name
    return found


def _write_relationships(
    model_name: str, schemas: Mapping[str, Any], group_of_resource: Mapping[str, str]
) -> dict[str, str]:
    """Relationship name -> group of the records a ``<Model>Write`` object may carry inline.

    The chain is ``<Model>Write.relationships`` -> ``{name: <Child>WriteList}`` -> ``data.items`` ->
    ``<Child>Write.type``, whose enum names the child's wire type (kebab and snake spellings).
    """
    write = schemas.get(f"{model_name}Write", {})
    relationships = _resolve(write.get("properties", {}).get("relationships", {}), schemas)
    found: dict[str, str] = {}
    for name, ref in relationships.get("properties", {}).items():
        items = _resolve(ref, schemas).get("properties", {}).get("data", {}).get("items", {})
        type_schema = _resolve(_resolve(items, schemas).get("properties", {}).get("type", {}), schemas)
        child = next((group_of_resource[t] for t in type_schema.get("enum", ()) if t in group_of_resource), None)
        if child is not None:
            found[name] = child
    return found


def _operation(
    path: str, method: str, raw: Mapping[str, Any], shared: Mapping[str, Any], schemas: Mapping[str, Any]
) -> Operation:
    filters: dict[tuple[FilterMode, str], FilterParam] = {}
    sorts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    query: set[str] = set()
    required: set[str] = set()
    record = _record_schema(raw, schemas)
    attributes = schemas.get(f"{record}Attributes", {}).get("properties", {}) if record else {}
    for ref in raw.get("parameters", []):
        param = shared[ref["$ref"].rsplit("/", 1)[-1]] if "$ref" in ref else ref
        if param["in"] != "query":
            continue
        name: str = param["name"]
        schema = _resolve(param.get("schema", {}), schemas)
        if param.get("required"):
            required.add(name)
        if name.startswith("filter["):
            parts = name[len("filter[") : -1].split("][")
            mode: FilterMode = "exact" if len(parts) == 1 else parts[0]  # type: ignore[assignment]
            kind = _value_kind(param.get("x-itglue-attribute"), attributes, schemas)
            filters[(mode, parts[-1])] = FilterParam(parts[-1], mode, tuple(schema.get("enum", ())), kind)
        elif name == "sort":
            sorts = tuple(schema.get("enum", ()))
        elif name == "include":
            includes = tuple(param.get("x-itglue-includes", ()))
        else:
            query.add(name)
    parent = raw.get("x-itglue-parent")
    return Operation(
        operation_id=raw["operationId"],
        group=raw["tags"][0],
        action=raw["x-itglue-action"],
        method=method.upper(),
        path=path,
        resource=raw["x-itglue-resource"],
        parent=parent["param"] if parent else None,
        filters=filters,
        sorts=sorts,
        includes=includes,
        query=frozenset(query),
        required=frozenset(required),
    )


def _value_kind(attribute: str | None, attributes: Mapping[str, Any], schemas: Mapping[str, Any]) -> ValueKind | None:
    """The type of the attribute a filter matches: ``integer``/``boolean``/``date`` from the read schema."""
    if attribute is None:
        return None
    if attribute == "id":  # ids are strings on the wire but integers to every filter
        return "integer"
    resolved = _resolve(attributes.get(attribute, {}), schemas)
    declared = resolved.get("type", ())
    types = {declared} if isinstance(declared, str) else set(declared)
    if "integer" in types:
        return "integer"
    if "boolean" in types:
        return "boolean"
    return "date" if resolved.get("format") in ("date", "date-time") else None


def _resolve(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    if "$ref" in schema:
        resolved: Mapping[str, Any] = schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return resolved
    return schema


def _record_schema(raw: Mapping[str, Any], schemas: Mapping[str, Any]) -> str | None:
    """Name of the record schema an operation answers (the items of ``data``), if it answers records."""
    for status, response in raw.get("responses", {}).items():
        if not status.startswith("2") or "content" not in response:
            continue
        schema = next(iter(response["content"].values()))["schema"]
        data = _resolve(schema, schemas).get("properties", {}).get("data", {})
        for candidate in (data, data.get("items", {}), *data.get("oneOf", ())):
            if "$ref" in candidate:
                ref: str = candidate["$ref"]
                return ref.rsplit("/", 1)[-1]
    return None
