"""Flexible assets: change some traits without wiping the others.

IT Glue replaces ``traits`` wholesale on PATCH: every trait not sent is deleted (the most common complaint
about its API). `FlexibleAssetService.update_traits` reads the asset, merges the changes into its current
traits and sends the full set. Tag traits are read as ``{"type": ..., "values": [{"id": ...}, ...]}`` but
must be written as ids: `itglue_sdk._spec.payloads.write_traits` converts kept tag traits and new tag values (ids or
models) for every write of ``traits``, this one included.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from itglue_api.models import FlexibleAsset, FlexibleAssetWriteAttributes
from itglue_api.types import Unset
from itglue_sdk._exceptions import InvalidParameterError
from itglue_sdk._http.requester import Plan, RequestOptions, TimeoutTypes, arun, run
from itglue_sdk._spec.payloads import Ref, write_attributes, write_traits
from itglue_sdk.resources.service import AsyncResourceService, Attributes, ResourceCalls, ResourceService
from itglue_sdk.types import (
    FlexibleAssetCreateParams,
    FlexibleAssetFilters,
    FlexibleAssetInclude,
    FlexibleAssetSort,
    FlexibleAssetUpdateParams,
)


def merge_traits(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Return the full trait set to write: current traits in write shape, overridden by ``changes``.

    Args:
        current: Traits as read (tag traits in their ``{type, values}`` shape).
        changes: Traits to set, keyed by field name-key; tag values as ids, models or lists of them. None
            clears a trait.

    Returns:
        Traits in write shape.
    """
    merged: dict[str, Any] = write_traits({**current, **changes})
    return merged


def update_traits_plan(
    calls: ResourceCalls[FlexibleAsset],
    ref: Ref,
    changes: Mapping[str, Any],
    attributes: FlexibleAssetWriteAttributes | Attributes | None = None,
) -> Plan[FlexibleAsset]:
    """Read the asset, merge, and PATCH the full trait set (with other attributes, if any).

    Args:
        calls: The flexible assets request builder.
        ref: Asset id or model.
        changes: Traits to set.
        attributes: Other attributes to change in the same PATCH (``traits`` among them is refused).

    Yields:
        The show call, then the update call.

    Returns:
        The updated asset.
    """
    others = write_attributes(calls.group, attributes) if attributes is not None else {}
    if "traits" in others:
        raise InvalidParameterError("give the traits to merge as traits=, not among attributes", parameter="traits")
    shown = yield calls.show(ref)
    traits = shown.record.attributes.traits
    current = {} if isinstance(traits, Unset) else traits.additional_properties
    updated: FlexibleAsset = yield calls.update(ref, {**others, "traits": merge_traits(current, changes)})
    return updated


class FlexibleAssetService(
    ResourceService[
        FlexibleAsset,
        FlexibleAssetWriteAttributes,
        FlexibleAssetCreateParams,
        FlexibleAssetUpdateParams,
        FlexibleAssetFilters,
        FlexibleAssetSort,
        FlexibleAssetInclude,
    ]
):
    """`ResourceService` for flexible assets, with `update_traits`."""

    def update_traits(
        self,
        id: Ref,
        traits: Mapping[str, Any],
        *,
        attributes: FlexibleAssetUpdateParams | FlexibleAssetWriteAttributes | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FlexibleAsset:
        """Set some traits and keep all the others (read, merge, PATCH the full set).

        Args:
            id: Asset id or model.
            traits: Traits to set, keyed by field name-key; tag traits as ids, models or lists of them;
                None clears a trait.
            attributes: Other attributes to change in the same PATCH (e.g. ``{"archived": True}``).
            timeout: This call's timeout, in seconds or as an ``httpx.Timeout``, instead of the client's.
            extra_headers: Headers added to this call's requests (see `itglue_sdk._http.requester.RequestOptions`).

        Returns:
            The updated asset.

        Raises:
            NotFoundError: No such asset.
        """
        return run(
            self._requester,
            update_traits_plan(self._calls, id, traits, attributes),
            RequestOptions.of(timeout, extra_headers),
        )


class AsyncFlexibleAssetService(
    AsyncResourceService[
        FlexibleAsset,
        FlexibleAssetWriteAttributes,
        FlexibleAssetCreateParams,
        FlexibleAssetUpdateParams,
        FlexibleAssetFilters,
        FlexibleAssetSort,
        FlexibleAssetInclude,
    ]
):
    """The async twin of `FlexibleAssetService`."""

    async def update_traits(
        self,
        id: Ref,
        traits: Mapping[str, Any],
        *,
        attributes: FlexibleAssetUpdateParams | FlexibleAssetWriteAttributes | None = None,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> FlexibleAsset:
        """Set some traits and keep all the others (see `FlexibleAssetService.update_traits`)."""
        return await arun(
            self._requester,
            update_traits_plan(self._calls, id, traits, attributes),
            RequestOptions.of(timeout, extra_headers),
        )
