"""JSON:API bodies: write attributes in, typed models out.

Write inputs are either a generated ``<X>WriteAttributes`` model or a plain mapping whose keys may be
snake_case (``organization_id``) or kebab-case (``organization-id``); both are checked against the writable
attributes the spec lists for the group and sent in kebab-case. Only top-level attribute names are mapped:
values such as flexible asset ``traits`` (keyed by field name-keys) or file uploads (``file_name``) go out as
given. Bodies are encoded here, once, as compact UTF-8 JSON, so that their exact size is known before
sending.

Some creates carry records inline in ``relationships`` (a flexible asset type's fields, a configuration's
interfaces: the spec's ``<X>WriteRelationships``). They are given per relationship name as a list of write
inputs of the related group, checked like any write::

    {"flexible_asset_fields": [
        FlexibleAssetFieldWriteAttributes(name="Name", kind="Text", order=1, use_for_title=True),
        {"name": "Notes", "kind": "Textbox", "order": 2, "show_in_list": True},
    ]}
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol, Self

import httpx

from itglue_sdk._exceptions import AnswerShapeError, InvalidParameterError
from itglue_sdk._spec.index import ApiSpec, GroupSpec, python_key, wire_key
from itglue_sdk.secret import Secret

RecordId = int | str
"""A record id as the API gives it (a string of digits) or as Python code usually holds it (an int)."""


class WireModel(Protocol):
    """What the facade needs of a generated read model (attrs class with ``from_dict``/``to_dict``)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a wire object."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """Serialise to a wire object."""
        ...


class WriteModel(Protocol):
    """What the facade needs of a generated ``<X>WriteAttributes`` model."""

    def to_dict(self) -> dict[str, Any]:
        """Serialise to wire attributes (kebab keys)."""
        ...


class HasId(Protocol):
    """Any record model: it has the wire ``id``."""

    @property
    def id(self) -> str:
        """The record's id."""
        ...


RelationshipsInput = Mapping[str, Sequence[WriteModel | Mapping[str, Any]]] | WriteModel
"""Inline related records of a create: lists of write inputs keyed by relationship name (snake or kebab), or a
generated ``<X>WriteRelationships`` model."""

Ref = RecordId | HasId
"""A record given by id or as a model."""


def record_id(ref: Ref, *, what: str = "id") -> str:
    """Return a record's id as the decimal string the API uses.

    Args:
        ref: An id, or a model with an ``id``.
        what: Name of the argument, for the error message.

    Returns:
        The id.

    Raises:
        InvalidParameterError: Not a positive integer id (this also keeps path segments from being injected).
    """
    value = ref if isinstance(ref, int | str) else ref.id
    text = str(value)
    if isinstance(value, bool) or not text.isdigit() or not text.isascii():
        raise InvalidParameterError(f"{what} must be a positive integer record id, got {value!r}", parameter=what)
    return text


def write_attributes(group: GroupSpec, attributes: WriteModel | Mapping[str, Any]) -> dict[str, Any]:
    """Turn write input into wire attributes.

    Args:
        group: The group whose writable attributes apply.
        attributes: A generated write model or a mapping (snake or kebab keys).

    Returns:
        Attributes keyed by wire names.

    Raises:
        InvalidParameterError: A key the group cannot write.
    """
    if not isinstance(attributes, Mapping):
        return {key: _attribute_value(key, value) for key, value in attributes.to_dict().items()}
    allowed = group.write_attributes
    result: dict[str, Any] = {}
    for key, value in attributes.items():
        name = key if key in allowed else wire_key(key)
        if name not in allowed:
            raise InvalidParameterError(
                f"{group.name} has no writable attribute {key!r}",
                parameter=f"attributes.{key}",
                allowed=[name.replace("-", "_") for name in allowed],
            )
        result[name] = _attribute_value(name, value)
    return result


def _attribute_value(name: str, value: Any) -> Any:
    # Flexible asset traits are the one attribute whose values need more than JSON: tag traits go as ids.
    return write_traits(value) if name == "traits" else wire_value(value)


def write_traits(traits: Any) -> Any:
    """Turn flexible asset traits into their write shape: tag traits as integer ids.

    A tag trait may be given as a record model (``Configuration``), an id, a list of them, or as read
    (``{"type": "Configurations", "values": [{"id": ...}, ...]}``); IT Glue only takes ids. Other values go
    out as `wire_value` makes them (uploads, scalars, None to clear a trait). Used by every write of the
    attribute (create, update, bulk update, ``update_traits``).

    Args:
        traits: Traits keyed by field name-key (anything else goes out as `wire_value` makes it).

    Returns:
        The traits to send.
    """
    if not isinstance(traits, Mapping):
        return wire_value(traits)
    return {str(name): _trait_value(value) for name, value in traits.items()}


def _trait_value(value: Any) -> Any:
    if isinstance(value, Mapping) and isinstance(value.get("values"), list):
        return [_tag_id(item) for item in value["values"]]  # a tag trait as read: keep the tagged ids
    if isinstance(value, list | tuple):
        return [_tag_id(item) for item in value]
    return _tag_id(value) if _is_record(value) else wire_value(value)


def _tag_id(item: Any) -> Any:
    if _is_record(item):
        return int(record_id(item))
    if isinstance(item, Mapping) and "id" in item:  # a read tag value, or a resource object
        return int(record_id(item["id"]))
    return wire_value(item)


def _is_record(value: Any) -> bool:
    """A record model (generated or overlay): it has the wire ``id`` and serialises with ``to_dict``."""
    return not isinstance(value, Mapping) and hasattr(value, "id") and callable(getattr(value, "to_dict", None))


def write_relationships(group: GroupSpec, relationships: RelationshipsInput, spec: ApiSpec) -> dict[str, Any]:
    """Turn inline related records into the wire ``relationships`` member of a create.

    Args:
        group: The group created in.
        relationships: Lists of write inputs keyed by relationship name (``flexible_asset_fields`` or
            ``flexible-asset-fields``), or a generated ``<X>WriteRelationships`` model (sent as it serialises).
        spec: The spec, for the related groups' writable attributes.

    Returns:
        ``{name: {"data": [{"type", "attributes"}, ...]}}`` keyed by wire names.

    Raises:
        InvalidParameterError: The group takes no such relationship, a value is not a list, or a record has
            an attribute its group cannot write.
    """
    if not isinstance(relationships, Mapping):
        return {key: wire_value(value) for key, value in relationships.to_dict().items()}
    allowed = group.write_relationships
    result: dict[str, Any] = {}
    for key, records in relationships.items():
        name = wire_key(key)
        if name not in allowed:
            raise InvalidParameterError(
                f"{group.name} takes no relationship {key!r} on create"
                + ("" if allowed else " (it takes no relationships)"),
                parameter=f"relationships.{key}",
                allowed=[python_key(name) for name in allowed],
            )
        if isinstance(records, str | bytes | Mapping) or not isinstance(records, Sequence):
            raise InvalidParameterError(
                f"relationship {key!r} takes a list of records, not {type(records).__name__}",
                parameter=f"relationships.{key}",
            )
        child = spec.group(allowed[name])
        result[name] = {
            "data": [resource_object(child.resource, write_attributes(child, record)) for record in records]
        }
    return result


def wire_value(value: Any) -> Any:
    """Convert a Python value to JSON: secrets revealed, models serialised, dates in ISO 8601.

    Args:
        value: An attribute value.

    Returns:
        A JSON-compatible value.
    """
    if isinstance(value, Secret):
        return value.reveal()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): wire_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [wire_value(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return wire_value(to_dict())
    return value


def encode(document: Mapping[str, Any]) -> bytes:
    """Encode a request document as compact UTF-8 JSON."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def resource_object(resource: str, attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``{"type": resource, "attributes": attributes}``."""
    return {"type": resource, "attributes": dict(attributes)}


def json_document(response: httpx.Response) -> Mapping[str, Any]:
    """The JSON object a JSON:API answer's body holds.

    Args:
        response: A successful answer, body read.

    Returns:
        The parsed document.

    Raises:
        ValueError: The body is not JSON; `AnswerShapeError` when it is JSON but not an object.
    """
    body = response.json()
    if not isinstance(body, Mapping):
        raise AnswerShapeError(f"the body is a JSON {type(body).__name__}, not an object")
    return body


def response_data(response: httpx.Response) -> Any:
    """Return the ``data`` member of a JSON:API answer that carries records.

    Args:
        response: A successful answer, body read.

    Returns:
        The ``data`` member (an object or a list).

    Raises:
        ValueError: The body is not JSON (``JSONDecodeError``), has no ``data``, or its ``data`` is null
            (`itglue_sdk._exceptions.AnswerShapeError`); the requester reports either as
            `itglue_sdk._exceptions.UnexpectedResponseError`, naming the call.
    """
    body = response.json()
    if not isinstance(body, dict) or "data" not in body:
        raise AnswerShapeError("the body has no JSON:API `data` member")
    if body["data"] is None:
        raise AnswerShapeError("`data` is null where a record is expected")
    return body["data"]
