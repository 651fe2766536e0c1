"""Side-loaded records (``include=``), parsed into the generated models of their types.

JSON:API answers carry related records in ``included``; the spec types it as the ``IncludedResource`` union:
one member per record schema, each with a one-value ``type`` enum, plus ``GenericResource`` for types the spec
does not model (``adapters_resources``...). Each record is parsed by its ``type`` with the model the spec
names (`itglue_sdk._spec.index.ApiSpec.included_models`); passwords become `itglue_sdk.PasswordRecord`, so a
side-loaded password value is held in a `Secret` like a read one::

    shown = client.flexible_asset_types.show(7, include="flexible_asset_fields")
    for field in shown.included_of(FlexibleAssetField):
        print(field.attributes.name_key)
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from itglue_api.models import GenericResource
from itglue_sdk._exceptions import AnswerShapeError
from itglue_sdk._spec.index import load_spec
from itglue_sdk.resources.records import RecordReader

if TYPE_CHECKING:  # the union names every record model: importing it loads them all
    from itglue_sdk.types import IncludedRecord


@functools.cache
def _models() -> Mapping[str, Any]:
    """Wire type -> model class, from the spec's union (built on first use)."""
    # Here, not at the top: every page of a listing passes through `parse_included`, and most carry no
    # `included`; loading (and, without bytecode caches, compiling) every model for them was a tenth of a
    # second of a process's first listing.
    from itglue_sdk._password_record import PasswordRecord  # noqa: PLC0415

    generated = importlib.import_module("itglue_api.models")
    models = {kind: getattr(generated, name) for kind, name in load_spec().included_models.items()}
    models["passwords"] = PasswordRecord
    return models


def parse_included(
    items: Iterable[Mapping[str, Any]] | None, reader: RecordReader | None = None
) -> list[IncludedRecord]:
    """Parse an answer's ``included`` member.

    Args:
        items: The wire records (None or missing: none).
        reader: Parses them, tolerating missing attributes (default: a reader of its own).

    Returns:
        One model per record, in order: the model of its ``type``, or `GenericResource` for other types.
    """
    if items is not None and not isinstance(items, list):
        raise AnswerShapeError("`included` is not a list")
    parsed: list[IncludedRecord] = []
    if not items:
        return parsed
    models, reader = _models(), reader or RecordReader()
    for item in items:
        if not isinstance(item, Mapping):
            raise AnswerShapeError("`included` holds something other than records")
        model = models.get(str(item.get("type")), GenericResource)
        parsed.append(reader.read(model, item))
    return parsed
