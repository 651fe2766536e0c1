"""Reading wire records into the generated models, tolerating answers that lack a required attribute.

IT Glue returns every attribute of a resource on every read, so the spec marks the read attributes required and
the generated models type them without `Unset` (``name: str``, ``description: str | None``). A real answer that
still lacks one (a field IT Glue dropped, a trimmed proxy, a partly documented resource) must not break a
listing over one record: `RecordReader` fills each missing attribute, parses, and leaves the attribute ``None``
on the model (a missing list or object reads as empty). It logs one warning per resource type and attribute,
and counts every fill (``metrics()`` shows them as ``missing_attributes``, keyed ``<type>.<attribute>``). An
answer that cannot be read at all (no ``id``, an attribute of the wrong type) still fails, as
`itglue_sdk._exceptions.UnexpectedResponseError`.

Which attributes are required, and their Python names, come from the packaged spec and the generated models,
read once on first use.

`RecordReader.read_many` (a page: up to 1000 records) pauses the cyclic garbage collector while it builds the
models: they are new objects, none garbage and none in a cycle, yet every 700 of them started a collection that
walked the page's JSON and the models built so far (a sixth of a listing's CPU). Reference counting still frees
what a parse drops; the collector is enabled again when the page is built (or fails), unless it was already off.
A list call's parse (`itglue_sdk.resources.service`) holds the same pause over ``json.loads`` of the page too.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from itglue_sdk._exceptions import AnswerShapeError
from itglue_sdk._spec.index import python_key, spec_document
from itglue_sdk._spec.payloads import WireModel

logger = logging.getLogger("itglue_sdk.resources.records")

M = TypeVar("M", bound=WireModel)

# A value the generated parser accepts for a missing attribute that is not nullable; the attribute is set
# back to None after parsing, so no invented value survives (the generated models serialise such a None as null,
# through the date templates in spec/templates).
_PARSEABLE: Mapping[tuple[str, str | None], Any] = {
    ("string", "date-time"): "1970-01-01T00:00:00Z",
    ("string", "date"): "1970-01-01",
    ("string", None): "",
    ("integer", None): 0,
    ("number", None): 0,
    ("boolean", None): False,
    ("array", None): [],
    ("object", None): {},
}


@dataclass(frozen=True)
class _Attribute:
    """A required attribute: its Python name, what stands in for it while parsing, and its item schema."""

    python: str
    filler: Any
    reset: bool
    items: str | None = None


@dataclass(frozen=True)
class _Shape:
    """The required attributes of one schema (wire key -> attribute), and those holding lists of objects."""

    attributes: Mapping[str, _Attribute]
    required: frozenset[str]
    nested: tuple[str, ...]


def _schemas() -> Mapping[str, Any]:
    schemas: Mapping[str, Any] = spec_document().get("components", {}).get("schemas", {})
    return schemas


def _ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _filler(schema: Mapping[str, Any]) -> tuple[Any, bool]:
    """What to parse in place of a missing value, and whether the attribute must be reset to None after.

    Lists and objects (contact e-mails, traits) read as empty instead: the generated models serialise them
    by iterating, and an empty list is what the record holds as far as the answer says.
    """
    kinds = schema.get("type", "object" if _ref_name(schema) else None)
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or ())
    if "null" in kinds or not kinds:
        return None, False
    kind = kinds[0]
    value = _PARSEABLE.get((kind, schema.get("format")), _PARSEABLE.get((kind, None)))
    return value, kind not in {"array", "object"}


@functools.cache
def _shape(schema_name: str) -> _Shape:
    """The required attributes of a schema, with the Python names the generated model gives them."""
    schema = _schemas()[schema_name]
    model = getattr(importlib.import_module("itglue_api.models"), schema_name)
    fields = {field.name for field in model.__attrs_attrs__}
    attributes: dict[str, _Attribute] = {}
    properties: Mapping[str, Any] = schema.get("properties", {})
    for key in schema.get("required", ()):
        python = python_key(key)
        python = python if python in fields else f"{python}_"
        filler, reset = _filler(properties[key])
        attributes[key] = _Attribute(python, filler, reset, _ref_name(properties[key].get("items", {})))
    nested = tuple(key for key, attribute in attributes.items() if attribute.items)
    return _Shape(attributes, frozenset(attributes), nested)


@functools.cache
def _attributes_schema(model: type[Any]) -> str | None:
    """The schema of a record model's ``attributes`` (``Organization`` -> ``OrganizationAttributes``).

    Overlay subclasses (`itglue_sdk.PasswordRecord`) resolve through the generated class they extend.
    """
    schemas = _schemas()
    for cls in model.__mro__:
        schema = schemas.get(cls.__name__)
        if schema is not None and cls.__module__.startswith("itglue_api."):
            name = _ref_name(schema.get("properties", {}).get("attributes", {}))
            return name if name and schemas[name].get("required") else None
    return None


@functools.cache
def _plan(model: type[WireModel]) -> _Shape | None:
    """The required attributes a record model's ``attributes`` must hold; None when it has none to check."""
    schema = _attributes_schema(model)
    return None if schema is None else _shape(schema)


_pause_lock = threading.Lock()
_pauses = 0
"""Parses running with the collector paused by `collector_paused` (across threads)."""


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a page is parsed (see the module); nested and threaded pauses count.

    `RecordReader.read_many` pauses it; a page's whole parse (``json.loads`` of the body too, whose 1000 new
    dicts set off collections as well) can run inside one pause.

    Only a pause that found the collector enabled counts, and the last of them enables it again: a program that
    turned the collector off keeps it off.
    """
    global _pauses  # noqa: PLW0603 -- one process-wide count, as the collector is process-wide
    with _pause_lock:
        paused = _pauses > 0 or gc.isenabled()
        if paused:
            _pauses += 1
            gc.disable()
    try:
        yield
    finally:
        if paused:
            with _pause_lock:
                _pauses -= 1
                if _pauses == 0:
                    gc.enable()


def _from_dict(model: type[M], item: Mapping[str, Any]) -> M:
    """Run the generated parser, whose ``TypeError``/``AttributeError`` mean a value of the wrong JSON type."""
    try:
        return model.from_dict(item)
    except (TypeError, AttributeError) as exc:
        raise AnswerShapeError(f"a record {model.__name__} cannot read ({type(exc).__name__}: {exc})") from exc


class RecordReader:
    """Parses wire records into their models, filling what a tolerable answer lacks (see the module).

    Args:
        on_missing: Called with ``<type>.<attribute>`` for every attribute filled (a client counts them in its
            metrics); None: only the warning.
    """

    def __init__(self, on_missing: Callable[[str], None] | None = None) -> None:
        self._on_missing = on_missing
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    def read(self, model: type[M], item: Mapping[str, Any]) -> M:
        """Parse one wire record.

        Args:
            model: The record's model class (generated, or an overlay subclass).
            item: The resource object (``{"id", "type", "attributes", ...}``).

        Returns:
            The model; attributes the answer lacked are None.

        Raises:
            KeyError: No ``id`` or ``type``.
            AnswerShapeError: ``item`` is no object, or the generated parser cannot read it (an attribute of the
                wrong type). The requester reports both as `itglue_sdk._exceptions.UnexpectedResponseError`.
        """
        if not isinstance(item, Mapping):
            raise AnswerShapeError(f"a record is a JSON {type(item).__name__}, not an object")
        return self._read(model, _plan(model), item)

    def _read(self, model: type[M], shape: _Shape | None, item: Mapping[str, Any]) -> M:
        attributes = item.get("attributes")
        if shape is None or not (type(attributes) is dict or isinstance(attributes, Mapping)):
            return _from_dict(model, item)
        if shape.required <= attributes.keys() and not (shape.nested and self._nested_gaps(shape, attributes)):
            return _from_dict(model, item)
        return self._read_filled(model, shape, item, attributes)

    def _read_filled(self, model: type[M], shape: _Shape, item: Mapping[str, Any], attributes: Mapping[str, Any]) -> M:
        schema = _attributes_schema(model)
        kind = python_key(str(item.get("type", schema)))
        filled, resets = self._fill(shape, attributes, kind, ())
        record = _from_dict(model, {**item, "attributes": filled})
        for path in resets:
            target: Any = getattr(record, "attributes")  # noqa: B009 -- the protocol does not declare it
            for step in path[:-1]:
                target = target[step] if isinstance(step, int) else getattr(target, step)
            setattr(target, str(path[-1]), None)
        return record

    def read_many(self, model: type[M], data: Any) -> list[M]:
        """Parse ``data`` (one object or a list) into models.

        Args:
            model: The model class.
            data: The ``data`` member.

        Returns:
            The models, in order.

        Raises:
            AnswerShapeError: ``data`` holds something other than objects (the requester turns this into
                `itglue_sdk._exceptions.UnexpectedResponseError`, naming the call).
        """
        items = data if isinstance(data, list) else [data]
        if not all(type(item) is dict or isinstance(item, Mapping) for item in items):
            raise AnswerShapeError("`data` holds something other than records (null, a number, a string...)")
        shape, read = _plan(model), self._read
        with collector_paused():
            if shape is None or not shape.nested:
                # The generated parser reads every required key with `src_dict[key]`, so a page that has them all
                # (nearly every page) needs no check of its own: a failure, a KeyError included, reads the page
                # again record by record, which fills, counts and raises exactly as it always did. Not with
                # nested lists of objects: a nullable list's parser turns a KeyError of an item into the raw list.
                from_dict = model.from_dict
                with contextlib.suppress(KeyError, TypeError, AttributeError):
                    return [from_dict(item) for item in items]
            return [read(model, shape, item) for item in items]

    @staticmethod
    def _nested_gaps(shape: _Shape, attributes: Mapping[str, Any]) -> bool:
        for key in shape.nested:
            items = attributes.get(key)
            required = _shape(str(shape.attributes[key].items)).required
            if isinstance(items, list) and any(isinstance(x, Mapping) and not required <= x.keys() for x in items):
                return True
        return False

    def _fill(
        self, shape: _Shape, values: Mapping[str, Any], kind: str, path: tuple[str | int, ...]
    ) -> tuple[dict[str, Any], list[tuple[str | int, ...]]]:
        filled = dict(values)
        resets: list[tuple[str | int, ...]] = []
        for key, attribute in shape.attributes.items():
            if key not in filled:
                filled[key] = attribute.filler
                self._report(kind, ".".join([*(str(step) for step in path if isinstance(step, str)), attribute.python]))
                if attribute.reset:
                    resets.append((*path, attribute.python))
            elif attribute.items and isinstance(filled[key], list):
                inner, items = _shape(attribute.items), []
                for index, item in enumerate(filled[key]):
                    if not isinstance(item, Mapping):
                        items.append(item)
                        continue
                    completed, more = self._fill(inner, item, kind, (*path, attribute.python, index))
                    items.append(completed)
                    resets.extend(more)
                filled[key] = items
        return filled, resets

    def _report(self, kind: str, attribute: str) -> None:
        name = f"{kind}.{attribute}"
        with self._lock:
            first = name not in self._warned
            self._warned.add(name)
        if first:
            logger.warning(
                "the answer lacks the attribute %r of %s that IT Glue documents on every read; it reads as None"
                " (counted in metrics().missing_attributes; warned once per attribute)",
                attribute,
                kind,
                extra={"resource_type": kind, "attribute": attribute},
            )
        if self._on_missing is not None:
            self._on_missing(name)
