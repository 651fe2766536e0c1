"""Related items: link records to each other and read an entity's links.

::

    client.related_items.link(configuration, password, notes="local admin")
    client.related_items.link(("configurations", 12), ("flexible_assets", 40))
    for item in client.related_items.list_for(configuration):
        print(item.attributes.destination_type, item.attributes.destination_id)
    client.related_items.unlink(configuration, item)

IT Glue has no list route for related items: they are read with ``include=related_items`` on the source's
show route, which is what `RelatedItemService.list_for` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from itglue_api.models import RelatedItem, RelatedItemWriteAttributes
from itglue_api.models.related_item_destination_type import RELATED_ITEM_DESTINATION_TYPE_VALUES
from itglue_sdk._exceptions import InvalidParameterError
from itglue_sdk._http.requester import Call, RequestOptions, TimeoutTypes, arun, run
from itglue_sdk._spec.index import load_spec, python_key
from itglue_sdk._spec.payloads import Ref, record_id
from itglue_sdk.resources.records import RecordReader
from itglue_sdk.resources.service import AsyncResourceService, ResourceCalls, ResourceDef, ResourceService, Scope
from itglue_sdk.types import (
    RelatedItemCreateParams,
    RelatedItemFilters,
    RelatedItemInclude,
    RelatedItemSort,
    RelatedItemUpdateParams,
)


class TypedRecord(Protocol):
    """Any generated record model: it has a wire ``type`` and an ``id``."""

    @property
    def type_(self) -> str:
        """The wire type, e.g. ``configurations``."""
        ...

    @property
    def id(self) -> str:
        """The record's id."""
        ...


Target = TypedRecord | tuple[str, Ref]
"""A record given as a model, or as ``(type, id)`` with the type as wire type or group (``flexible_assets``)."""


def _type_and_id(target: Target) -> tuple[str, str]:
    if isinstance(target, tuple):
        kind, ref = target
        return python_key(kind), record_id(ref)
    return python_key(target.type_), record_id(target.id)


def _source_scope(source: Target) -> Scope:
    kind, ident = _type_and_id(source)
    parents = {python_key(resource): param for param, resource in load_spec().parent_resources.items()}
    groups = load_spec().group("related_items").parents
    param = parents.get(kind)
    if param not in groups:
        raise InvalidParameterError(
            f"records of type {kind!r} cannot have related items", parameter="source", allowed=groups
        )
    return Scope(param, ident)


def destination_type(kind: str) -> str:
    """Map a wire type or group (``flexible_assets``) to the API's destination type (``Flexible Asset``).

    Args:
        kind: Wire type or group name.

    Returns:
        The ``destination-type`` value.

    Raises:
        InvalidParameterError: The API cannot link to that type.
    """
    wanted = python_key(kind).removesuffix("s").replace("_", "")
    for value in sorted(RELATED_ITEM_DESTINATION_TYPE_VALUES):
        if value.replace(" ", "").lower() == wanted:
            return value
    raise InvalidParameterError(
        f"cannot link to records of type {kind!r}",
        parameter="destination",
        allowed=sorted(RELATED_ITEM_DESTINATION_TYPE_VALUES),
    )


def _calls(source: Target, reader: RecordReader | None) -> ResourceCalls[RelatedItem]:
    return ResourceCalls(ResourceDef.load("related_items", reader=reader), _source_scope(source))


def link_call(
    source: Target, destination: Target, notes: str | None, reader: RecordReader | None = None
) -> Call[RelatedItem]:
    """The create call of a related item from ``source`` to ``destination`` (parsed by ``reader``)."""
    kind, ident = _type_and_id(destination)
    attributes = {"destination_id": int(ident), "destination_type": destination_type(kind)}
    if notes is not None:
        attributes["notes"] = notes
    return _calls(source, reader).create_one(attributes)


def list_call(source: Target, reader: RecordReader | None = None) -> Call[list[RelatedItem]]:
    """The show call of ``source`` with ``include=related_items``, reduced to the related items."""
    kind, ident = _type_and_id(source)
    source_calls: ResourceCalls[Any] = ResourceCalls(ResourceDef.load(kind, reader=reader), Scope())
    show = source_calls.show(ident, include="related_items")
    parse = show.parse
    return Call(show.method, show.path, lambda response: parse(response).included_of(RelatedItem), show.params)


def unlink_call(source: Target, items: Iterable[Ref], reader: RecordReader | None = None) -> Call[list[RelatedItem]]:
    """The bulk delete call of some of ``source``'s related items."""
    return _calls(source, reader).bulk_delete(items)


class RelatedItemService(
    ResourceService[
        RelatedItem,
        RelatedItemWriteAttributes,
        RelatedItemCreateParams,
        RelatedItemUpdateParams,
        RelatedItemFilters,
        RelatedItemSort,
        RelatedItemInclude,
    ]
):
    """`ResourceService` for related items, with `link`, `list_for` and `unlink`."""

    def link(
        self,
        source: Target,
        destination: Target,
        *,
        notes: str | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RelatedItem:
        """Relate ``destination`` to ``source`` (e.g. a password to a configuration).

        Args:
            source: The record that gets the link (model or ``(type, id)``).
            destination: The record linked to.
            notes: Notes on the link.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The created related item. Linking the same pair twice answers a 422 `ValidationError`.
        """
        return run(
            self._requester,
            link_call(source, destination, notes, self._resource.reader),
            RequestOptions.of(timeout, extra_headers),
        )

    def list_for(
        self, source: Target, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> list[RelatedItem]:
        """Return a record's related items.

        Args:
            source: The record (model or ``(type, id)``).
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            Its related items.
        """
        return run(self._requester, list_call(source, self._resource.reader), RequestOptions.of(timeout, extra_headers))

    def unlink(
        self, source: Target, *items: Ref, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> list[RelatedItem]:
        """Remove related items from a record.

        Args:
            source: The record (model or ``(type, id)``).
            *items: Related item ids or models.
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The removed related items.
        """
        return run(
            self._requester,
            unlink_call(source, items, self._resource.reader),
            RequestOptions.of(timeout, extra_headers),
        )


class AsyncRelatedItemService(
    AsyncResourceService[
        RelatedItem,
        RelatedItemWriteAttributes,
        RelatedItemCreateParams,
        RelatedItemUpdateParams,
        RelatedItemFilters,
        RelatedItemSort,
        RelatedItemInclude,
    ]
):
    """The async twin of `RelatedItemService`."""

    async def link(
        self,
        source: Target,
        destination: Target,
        *,
        notes: str | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RelatedItem:
        """Relate ``destination`` to ``source`` (see `RelatedItemService.link`)."""
        return await arun(
            self._requester,
            link_call(source, destination, notes, self._resource.reader),
            RequestOptions.of(timeout, extra_headers),
        )

    async def list_for(
        self, source: Target, *, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> list[RelatedItem]:
        """Return a record's related items (see `RelatedItemService.list_for`)."""
        return await arun(
            self._requester, list_call(source, self._resource.reader), RequestOptions.of(timeout, extra_headers)
        )

    async def unlink(
        self, source: Target, *items: Ref, timeout: TimeoutTypes = None, extra_headers: Mapping[str, str] | None = None
    ) -> list[RelatedItem]:
        """Remove related items from a record (see `RelatedItemService.unlink`)."""
        return await arun(
            self._requester,
            unlink_call(source, items, self._resource.reader),
            RequestOptions.of(timeout, extra_headers),
        )
