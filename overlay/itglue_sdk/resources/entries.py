"""The rows of the catalog's table: descriptors that give each resource group's typed service.

`itglue_sdk.resources._groups` (generated from the spec) declares one row per group, annotated with the group's
types, e.g. ``organizations: Resource[Organization, OrganizationWriteAttributes, OrganizationCreateParams, ...]``; that
annotation is all mypy needs to type ``client.organizations.list(sort="name")``. At run time a row resolves its
service class (the generic one, or a specialised one for passwords, flexible assets, attachments, documents and
related items) on first access; neither the generated models nor the spec are loaded before that.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, Self, TypeAlias, TypeVar, overload

from itglue_sdk.resources.service import (
    AsyncReadOnlyResourceService,
    AsyncResourceService,
    CreateT,
    FilterT,
    IncludeT,
    ModelT,
    ReadOnlyResourceService,
    ResourceDef,
    ResourceService,
    SortT,
    UpdateT,
    WriteT,
    _Service,
)

SyncS = TypeVar("SyncS")
AsyncS = TypeVar("AsyncS")


class CatalogBase:
    """What the rows of the table live on: a catalog, which builds each group's service once."""

    def _service(self, entry: Entry[Any, Any]) -> _Service[Any]:
        raise NotImplementedError


class SyncCatalog(CatalogBase):
    """A catalog of sync services (`itglue_sdk.resources.catalog.ResourceCatalog`)."""


class AsyncCatalog(CatalogBase):
    """A catalog of async services (`itglue_sdk.resources.catalog.AsyncResourceCatalog`)."""


class Entry(Generic[SyncS, AsyncS]):
    """One row of the table: a descriptor giving the sync or async service of a group, made once per catalog."""

    def __init__(self, module: str | None = None, sync_name: str = "", async_name: str = "") -> None:
        self._module = module
        self._names = (sync_name, async_name)
        self.group = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.group = name

    def service_class(self, flavour: int) -> Callable[[Any, ResourceDef[Any]], _Service[Any]]:
        """Return the service class: flavour 0 sync, 1 async."""
        if self._module is None:
            return (ResourceService, AsyncResourceService)[flavour]
        cls: Callable[[Any, ResourceDef[Any]], _Service[Any]] = getattr(
            importlib.import_module(self._module), self._names[flavour]
        )
        return cls

    @overload
    def __get__(self, catalog: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, catalog: SyncCatalog, owner: type[Any]) -> SyncS: ...
    @overload
    def __get__(self, catalog: AsyncCatalog, owner: type[Any]) -> AsyncS: ...
    def __get__(self, catalog: CatalogBase | None, owner: type[Any]) -> Any:
        if catalog is None:
            return self
        return catalog._service(self)


Resource: TypeAlias = Entry[
    ResourceService[ModelT, WriteT, CreateT, UpdateT, FilterT, SortT, IncludeT],
    AsyncResourceService[ModelT, WriteT, CreateT, UpdateT, FilterT, SortT, IncludeT],
]
"""A generic row: the group's read model, write model, create and update attributes, filters, sorts, includes."""

ReadOnly: TypeAlias = Entry[
    ReadOnlyResourceService[ModelT, FilterT, SortT, IncludeT],
    AsyncReadOnlyResourceService[ModelT, FilterT, SortT, IncludeT],
]
"""A row of a group the API offers no writes for: typed without write methods, so a type checker rejects
``catalog.countries.create(...)`` (at run time the generic service raises `UnsupportedOperationError`)."""


def generic() -> Any:
    """A row served by the generic service."""
    return Entry()


def special(module: str, sync_name: str, async_name: str) -> Any:
    """A row served by a specialised service class, imported from ``module`` on first access."""
    return Entry(module, sync_name, async_name)
