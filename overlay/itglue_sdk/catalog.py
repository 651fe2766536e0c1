"""The table binding every resource group of the spec to a typed service: ``catalog.<group>``.

`ResourceCatalog` (sync) and `AsyncResourceCatalog` share one table, `_Groups`: each entry is annotated with
the generated models of its group, which is all mypy needs to type ``catalog.organizations.get(1)`` as
``Organization | None``. At run time an entry resolves its group from the spec by its attribute name, and its
service class (the generic one, or a specialised one for passwords, flexible assets, attachments, documents
and related items) on first access; neither the generated models nor the spec are loaded before that.

The client composes a catalog with its transport stack::

    catalog = ResourceCatalog(HttpxRequester(http_client))
    catalog.configurations.within(organization_id=5).list()
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Self, TypeAlias, TypeVar, overload

from itglue_sdk.cache import LOOKUP_GROUPS, CachedLookups
from itglue_sdk.records import RecordReader
from itglue_sdk.resources import (
    AsyncReadOnlyResourceService,
    AsyncResourceService,
    ModelT,
    ReadOnlyResourceService,
    ResourceDef,
    ResourceService,
    WriteT,
    _Service,
)

if TYPE_CHECKING:
    from itglue_api.models import (
        Checklist,
        ChecklistTask,
        ChecklistTemplate,
        ChecklistWriteAttributes,
        Configuration,
        ConfigurationInterface,
        ConfigurationInterfaceWriteAttributes,
        ConfigurationStatus,
        ConfigurationStatusWriteAttributes,
        ConfigurationType,
        ConfigurationTypeWriteAttributes,
        ConfigurationWriteAttributes,
        Contact,
        ContactType,
        ContactTypeWriteAttributes,
        ContactWriteAttributes,
        CopilotSmartAssistDocument,
        CopilotSmartAssistDocumentWriteAttributes,
        Country,
        DocumentImage,
        DocumentImageWriteAttributes,
        DocumentSection,
        DocumentSectionWriteAttributes,
        Domain,
        Expiration,
        Export,
        ExportWriteAttributes,
        FlexibleAssetField,
        FlexibleAssetFieldWriteAttributes,
        FlexibleAssetType,
        FlexibleAssetTypeWriteAttributes,
        Group,
        GroupWriteAttributes,
        Location,
        LocationWriteAttributes,
        Log,
        Manufacturer,
        ManufacturerWriteAttributes,
        Model,
        ModelWriteAttributes,
        OperatingSystem,
        Organization,
        OrganizationStatus,
        OrganizationStatusWriteAttributes,
        OrganizationType,
        OrganizationTypeWriteAttributes,
        OrganizationWriteAttributes,
        PasswordCategory,
        PasswordCategoryWriteAttributes,
        PasswordFolder,
        PasswordFolderWriteAttributes,
        Platform,
        Region,
        User,
        UserMetric,
        UserWriteAttributes,
    )
    from itglue_sdk.attachments import AsyncAttachmentService, AttachmentService
    from itglue_sdk.documents import AsyncDocumentService, DocumentService
    from itglue_sdk.flexible_assets import AsyncFlexibleAssetService, FlexibleAssetService
    from itglue_sdk.passwords import AsyncPasswordService, PasswordService
    from itglue_sdk.related_items import AsyncRelatedItemService, RelatedItemService
    from itglue_sdk.requester import AsyncRequester, Requester

SyncS = TypeVar("SyncS")
AsyncS = TypeVar("AsyncS")


class _Entry(Generic[SyncS, AsyncS]):
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
    def __get__(self, catalog: ResourceCatalog, owner: type[Any]) -> SyncS: ...
    @overload
    def __get__(self, catalog: AsyncResourceCatalog, owner: type[Any]) -> AsyncS: ...
    def __get__(self, catalog: _Catalog | None, owner: type[Any]) -> Any:
        if catalog is None:
            return self
        return catalog._service(self)


Resource: TypeAlias = _Entry[ResourceService[ModelT, WriteT], AsyncResourceService[ModelT, WriteT]]
"""A generic table row: the group's read model and write model."""

ReadOnly: TypeAlias = _Entry[ReadOnlyResourceService[ModelT], AsyncReadOnlyResourceService[ModelT]]
"""A row of a group the API offers no writes for: typed without write methods, so a type checker rejects
``catalog.countries.create(...)`` (at run time the generic service raises `UnsupportedOperationError`)."""


def _generic() -> Any:
    return _Entry()


def _special(module: str, sync_name: str, async_name: str) -> Any:
    return _Entry(module, sync_name, async_name)


class _Groups:
    """The table: one attribute per resource group of the spec, named like the group."""

    attachments: _Entry[AttachmentService, AsyncAttachmentService] = _special(
        "itglue_sdk.attachments", "AttachmentService", "AsyncAttachmentService"
    )
    checklist_tasks: ReadOnly[ChecklistTask] = _generic()
    checklist_templates: ReadOnly[ChecklistTemplate] = _generic()
    checklists: Resource[Checklist, ChecklistWriteAttributes] = _generic()
    configuration_interfaces: Resource[ConfigurationInterface, ConfigurationInterfaceWriteAttributes] = _generic()
    configuration_statuses: Resource[ConfigurationStatus, ConfigurationStatusWriteAttributes] = _generic()
    configuration_types: Resource[ConfigurationType, ConfigurationTypeWriteAttributes] = _generic()
    configurations: Resource[Configuration, ConfigurationWriteAttributes] = _generic()
    contact_types: Resource[ContactType, ContactTypeWriteAttributes] = _generic()
    contacts: Resource[Contact, ContactWriteAttributes] = _generic()
    copilot_smart_assist: Resource[CopilotSmartAssistDocument, CopilotSmartAssistDocumentWriteAttributes] = _generic()
    countries: ReadOnly[Country] = _generic()
    document_images: Resource[DocumentImage, DocumentImageWriteAttributes] = _generic()
    document_sections: Resource[DocumentSection, DocumentSectionWriteAttributes] = _generic()
    documents: _Entry[DocumentService, AsyncDocumentService] = _special(
        "itglue_sdk.documents", "DocumentService", "AsyncDocumentService"
    )
    domains: ReadOnly[Domain] = _generic()
    expirations: ReadOnly[Expiration] = _generic()
    exports: Resource[Export, ExportWriteAttributes] = _generic()
    flexible_asset_fields: Resource[FlexibleAssetField, FlexibleAssetFieldWriteAttributes] = _generic()
    flexible_asset_types: Resource[FlexibleAssetType, FlexibleAssetTypeWriteAttributes] = _generic()
    flexible_assets: _Entry[FlexibleAssetService, AsyncFlexibleAssetService] = _special(
        "itglue_sdk.flexible_assets", "FlexibleAssetService", "AsyncFlexibleAssetService"
    )
    groups: Resource[Group, GroupWriteAttributes] = _generic()
    locations: Resource[Location, LocationWriteAttributes] = _generic()
    logs: ReadOnly[Log] = _generic()
    manufacturers: Resource[Manufacturer, ManufacturerWriteAttributes] = _generic()
    models: Resource[Model, ModelWriteAttributes] = _generic()
    operating_systems: ReadOnly[OperatingSystem] = _generic()
    organization_statuses: Resource[OrganizationStatus, OrganizationStatusWriteAttributes] = _generic()
    organization_types: Resource[OrganizationType, OrganizationTypeWriteAttributes] = _generic()
    organizations: Resource[Organization, OrganizationWriteAttributes] = _generic()
    password_categories: Resource[PasswordCategory, PasswordCategoryWriteAttributes] = _generic()
    password_folders: Resource[PasswordFolder, PasswordFolderWriteAttributes] = _generic()
    passwords: _Entry[PasswordService, AsyncPasswordService] = _special(
        "itglue_sdk.passwords", "PasswordService", "AsyncPasswordService"
    )
    platforms: ReadOnly[Platform] = _generic()
    regions: ReadOnly[Region] = _generic()
    related_items: _Entry[RelatedItemService, AsyncRelatedItemService] = _special(
        "itglue_sdk.related_items", "RelatedItemService", "AsyncRelatedItemService"
    )
    user_metrics: ReadOnly[UserMetric] = _generic()
    users: Resource[User, UserWriteAttributes] = _generic()


def groups() -> tuple[str, ...]:
    """Names of the groups in the table, sorted."""
    return tuple(sorted(name for name, value in vars(_Groups).items() if isinstance(value, _Entry)))


class _Catalog(_Groups):
    """What both catalogs share: building each service once, on first access."""

    _flavour = 0

    def __init__(self, requester: Any, cache: CachedLookups | None = None, reader: RecordReader | None = None) -> None:
        self._requester = requester
        self._lookups = cache
        self._reader = reader or RecordReader()
        self._services: dict[str, _Service[Any]] = {}

    def _service(self, entry: _Entry[Any, Any]) -> _Service[Any]:
        service = self._services.get(entry.group)
        if service is None:
            cls = entry.service_class(self._flavour)
            cache = self._lookups if entry.group in LOOKUP_GROUPS else None
            resource = ResourceDef.load(entry.group, getattr(cls, "model", None), cache=cache, reader=self._reader)
            service = self._services[entry.group] = cls(self._requester, resource)
        return service


class ResourceCatalog(_Catalog):
    """Every resource group as a typed sync service: ``catalog.organizations``, ``catalog.passwords``..."""

    def __init__(
        self, requester: Requester, cache: CachedLookups | None = None, reader: RecordReader | None = None
    ) -> None:
        """Bind the catalog to a requester.

        Args:
            requester: Where requests go (e.g. `itglue_sdk.requester.HttpxRequester`).
            cache: Cache-first ``get`` and write-through for the lookup groups (`itglue_sdk.cache`); None: off.
            reader: Parses the records of every group (`itglue_sdk.records`); None: one of its own.
        """
        super().__init__(requester, cache, reader)


class AsyncResourceCatalog(_Catalog):
    """Every resource group as a typed async service (the twin of `ResourceCatalog`)."""

    _flavour = 1

    def __init__(
        self, requester: AsyncRequester, cache: CachedLookups | None = None, reader: RecordReader | None = None
    ) -> None:
        """Bind the catalog to a requester.

        Args:
            requester: Where requests go (e.g. `itglue_sdk.requester.AsyncHttpxRequester`).
            cache: Cache-first ``get`` and write-through for the lookup groups (`itglue_sdk.cache`); None: off.
            reader: Parses the records of every group (`itglue_sdk.records`); None: one of its own.
        """
        super().__init__(requester, cache, reader)
