"""The catalog: every resource group of the spec as a typed service, ``catalog.<group>``.

`ResourceCatalog` (sync) and `AsyncResourceCatalog` share one table, `itglue_sdk.resources._groups.Groups`
(generated from the spec by ``scripts/regenerate``): each row is annotated with its group's types
(`itglue_sdk.types`), which is all mypy needs to type ``catalog.organizations.get(1)`` as ``Organization | None``
and to check ``sort=``, ``include=``, ``filter=`` and write attributes. Services are built on first access
(`itglue_sdk.resources.entries`).

The client composes a catalog with its transport stack::

    catalog = ResourceCatalog(HttpxRequester(http_client))
    catalog.configurations.within(organization_id=5).list()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itglue_sdk.resources._groups import Groups
from itglue_sdk.resources.cache import CachedLookups
from itglue_sdk.resources.entries import AsyncCatalog, Entry, SyncCatalog
from itglue_sdk.resources.records import RecordReader
from itglue_sdk.resources.service import ResourceDef, _Service

if TYPE_CHECKING:
    from itglue_sdk._http.requester import AsyncRequester, Requester


def groups() -> tuple[str, ...]:
    """Names of the groups in the table, sorted."""
    return tuple(sorted(name for name, value in vars(Groups).items() if isinstance(value, Entry)))


class _Catalog(Groups):
    """What both catalogs share: building each service once, on first access."""

    _flavour = 0

    def __init__(self, requester: Any, cache: CachedLookups | None = None, reader: RecordReader | None = None) -> None:
        self._requester = requester
        self._lookups = cache
        self._reader = reader or RecordReader()
        self._services: dict[str, _Service[Any]] = {}

    def _service(self, entry: Entry[Any, Any]) -> _Service[Any]:
        service = self._services.get(entry.group)
        if service is None:
            cls = entry.service_class(self._flavour)
            lookups = self._lookups
            cache = lookups if lookups is not None and lookups.covers(entry.group) else None
            resource = ResourceDef.load(entry.group, getattr(cls, "model", None), cache=cache, reader=self._reader)
            service = self._services[entry.group] = cls(self._requester, resource)
        return service


class ResourceCatalog(_Catalog, SyncCatalog):
    """Every resource group as a typed sync service: ``catalog.organizations``, ``catalog.passwords``..."""

    def __init__(
        self, requester: Requester, cache: CachedLookups | None = None, reader: RecordReader | None = None
    ) -> None:
        """Bind the catalog to a requester.

        Args:
            requester: Where requests go (e.g. `itglue_sdk._http.requester.HttpxRequester`).
            cache: Cache-first reads of the groups the binding covers: the lookup groups for a
                `CachedLookups`, the groups a mirror answers for a `CachedRecords` (`itglue_sdk.resources.cache`);
                None: off.
            reader: Parses the records of every group (`itglue_sdk.resources.records`); None: one of its own.
        """
        super().__init__(requester, cache, reader)


class AsyncResourceCatalog(_Catalog, AsyncCatalog):
    """Every resource group as a typed async service (the twin of `ResourceCatalog`)."""

    _flavour = 1

    def __init__(
        self, requester: AsyncRequester, cache: CachedLookups | None = None, reader: RecordReader | None = None
    ) -> None:
        """Bind the catalog to a requester.

        Args:
            requester: Where requests go (e.g. `itglue_sdk._http.requester.AsyncHttpxRequester`).
            cache: Cache-first reads of the groups the binding covers: the lookup groups for a
                `CachedLookups`, the groups a mirror answers for a `CachedRecords` (`itglue_sdk.resources.cache`);
                None: off.
            reader: Parses the records of every group (`itglue_sdk.resources.records`); None: one of its own.
        """
        super().__init__(requester, cache, reader)
