from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.checklist import Checklist
    from ..models.checklist_task import ChecklistTask
    from ..models.checklist_template import ChecklistTemplate
    from ..models.configuration import Configuration
    from ..models.configuration_interface import ConfigurationInterface
    from ..models.configuration_status import ConfigurationStatus
    from ..models.configuration_type import ConfigurationType
    from ..models.contact import Contact
    from ..models.contact_type import ContactType
    from ..models.copilot_smart_assist_document import CopilotSmartAssistDocument
    from ..models.country import Country
    from ..models.document import Document
    from ..models.document_image import DocumentImage
    from ..models.document_section import DocumentSection
    from ..models.domain import Domain
    from ..models.expiration import Expiration
    from ..models.export import Export
    from ..models.flexible_asset import FlexibleAsset
    from ..models.flexible_asset_field import FlexibleAssetField
    from ..models.flexible_asset_type import FlexibleAssetType
    from ..models.generic_resource import GenericResource
    from ..models.group import Group
    from ..models.location import Location
    from ..models.log import Log
    from ..models.manufacturer import Manufacturer
    from ..models.model import Model
    from ..models.operating_system import OperatingSystem
    from ..models.organization import Organization
    from ..models.organization_status import OrganizationStatus
    from ..models.organization_type import OrganizationType
    from ..models.password import Password
    from ..models.password_category import PasswordCategory
    from ..models.password_folder import PasswordFolder
    from ..models.platform import Platform
    from ..models.region import Region
    from ..models.related_item import RelatedItem
    from ..models.resource_access import ResourceAccess
    from ..models.user import User
    from ..models.user_metric import UserMetric


T = TypeVar("T", bound="RelatedItemCreateResult")

_KNOWN_KEYS = frozenset(
    {
        "data",
        "included",
    }
)
"""The keys `from_dict` reads; any other key of a wire object lands in `additional_properties`."""


@_attrs_define
class RelatedItemCreateResult:
    """
    Attributes:
        data (list[RelatedItem] | RelatedItem):
        included (list[Attachment | Checklist | ChecklistTask | ChecklistTemplate | Configuration |
            ConfigurationInterface | ConfigurationStatus | ConfigurationType | Contact | ContactType |
            CopilotSmartAssistDocument | Country | Document | DocumentImage | DocumentSection | Domain | Expiration | Export
            | FlexibleAsset | FlexibleAssetField | FlexibleAssetType | GenericResource | Group | Location | Log |
            Manufacturer | Model | OperatingSystem | Organization | OrganizationStatus | OrganizationType | Password |
            PasswordCategory | PasswordFolder | Platform | Region | RelatedItem | ResourceAccess | User | UserMetric] |
            Unset):
    """

    data: list[RelatedItem] | RelatedItem
    included: (
        list[
            Attachment
            | Checklist
            | ChecklistTask
            | ChecklistTemplate
            | Configuration
            | ConfigurationInterface
            | ConfigurationStatus
            | ConfigurationType
            | Contact
            | ContactType
            | CopilotSmartAssistDocument
            | Country
            | Document
            | DocumentImage
            | DocumentSection
            | Domain
            | Expiration
            | Export
            | FlexibleAsset
            | FlexibleAssetField
            | FlexibleAssetType
            | GenericResource
            | Group
            | Location
            | Log
            | Manufacturer
            | Model
            | OperatingSystem
            | Organization
            | OrganizationStatus
            | OrganizationType
            | Password
            | PasswordCategory
            | PasswordFolder
            | Platform
            | Region
            | RelatedItem
            | ResourceAccess
            | User
            | UserMetric
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, RelatedItem):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item: dict[str, Any]
                if (
                    isinstance(included_item_data, Organization)
                    or isinstance(included_item_data, Configuration)
                    or isinstance(included_item_data, ConfigurationInterface)
                    or isinstance(included_item_data, ConfigurationType)
                    or isinstance(included_item_data, ConfigurationStatus)
                    or isinstance(included_item_data, ContactType)
                    or isinstance(included_item_data, OrganizationType)
                    or isinstance(included_item_data, OrganizationStatus)
                    or isinstance(included_item_data, PasswordCategory)
                    or isinstance(included_item_data, Manufacturer)
                    or isinstance(included_item_data, Model)
                    or isinstance(included_item_data, Contact)
                    or isinstance(included_item_data, Location)
                    or isinstance(included_item_data, Password)
                    or isinstance(included_item_data, PasswordFolder)
                    or isinstance(included_item_data, FlexibleAssetType)
                    or isinstance(included_item_data, FlexibleAssetField)
                    or isinstance(included_item_data, FlexibleAsset)
                    or isinstance(included_item_data, Document)
                    or isinstance(included_item_data, DocumentSection)
                    or isinstance(included_item_data, DocumentImage)
                    or isinstance(included_item_data, Attachment)
                    or isinstance(included_item_data, RelatedItem)
                    or isinstance(included_item_data, Checklist)
                    or isinstance(included_item_data, ChecklistTask)
                    or isinstance(included_item_data, ChecklistTemplate)
                    or isinstance(included_item_data, Domain)
                    or isinstance(included_item_data, Expiration)
                    or isinstance(included_item_data, Export)
                    or isinstance(included_item_data, Log)
                    or isinstance(included_item_data, UserMetric)
                    or isinstance(included_item_data, User)
                    or isinstance(included_item_data, Group)
                    or isinstance(included_item_data, Country)
                    or isinstance(included_item_data, Region)
                    or isinstance(included_item_data, Platform)
                    or isinstance(included_item_data, OperatingSystem)
                    or isinstance(included_item_data, CopilotSmartAssistDocument)
                    or isinstance(included_item_data, ResourceAccess)
                ):
                    included_item = included_item_data.to_dict()
                else:
                    included_item = included_item_data.to_dict()

                included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_data(data: object) -> list[RelatedItem] | RelatedItem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = RelatedItem.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = RelatedItem.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(src_dict["data"])

        _included = src_dict.get("included", UNSET)
        included: (
            list[
                Attachment
                | Checklist
                | ChecklistTask
                | ChecklistTemplate
                | Configuration
                | ConfigurationInterface
                | ConfigurationStatus
                | ConfigurationType
                | Contact
                | ContactType
                | CopilotSmartAssistDocument
                | Country
                | Document
                | DocumentImage
                | DocumentSection
                | Domain
                | Expiration
                | Export
                | FlexibleAsset
                | FlexibleAssetField
                | FlexibleAssetType
                | GenericResource
                | Group
                | Location
                | Log
                | Manufacturer
                | Model
                | OperatingSystem
                | Organization
                | OrganizationStatus
                | OrganizationType
                | Password
                | PasswordCategory
                | PasswordFolder
                | Platform
                | Region
                | RelatedItem
                | ResourceAccess
                | User
                | UserMetric
            ]
            | Unset
        ) = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:

                def _parse_included_item(
                    data: object,
                ) -> (
                    Attachment
                    | Checklist
                    | ChecklistTask
                    | ChecklistTemplate
                    | Configuration
                    | ConfigurationInterface
                    | ConfigurationStatus
                    | ConfigurationType
                    | Contact
                    | ContactType
                    | CopilotSmartAssistDocument
                    | Country
                    | Document
                    | DocumentImage
                    | DocumentSection
                    | Domain
                    | Expiration
                    | Export
                    | FlexibleAsset
                    | FlexibleAssetField
                    | FlexibleAssetType
                    | GenericResource
                    | Group
                    | Location
                    | Log
                    | Manufacturer
                    | Model
                    | OperatingSystem
                    | Organization
                    | OrganizationStatus
                    | OrganizationType
                    | Password
                    | PasswordCategory
                    | PasswordFolder
                    | Platform
                    | Region
                    | RelatedItem
                    | ResourceAccess
                    | User
                    | UserMetric
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_0 = (
                            Organization.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_1 = (
                            Configuration.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_2 = (
                            ConfigurationInterface.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_3 = (
                            ConfigurationType.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_4 = (
                            ConfigurationStatus.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_5 = (
                            ContactType.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_6 = (
                            OrganizationType.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_7 = (
                            OrganizationStatus.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_8 = (
                            PasswordCategory.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_9 = (
                            Manufacturer.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_10 = Model.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_11 = Contact.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_12 = (
                            Location.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_13 = (
                            Password.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_14 = (
                            PasswordFolder.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_15 = (
                            FlexibleAssetType.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_16 = (
                            FlexibleAssetField.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_17 = (
                            FlexibleAsset.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_18 = (
                            Document.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_19 = (
                            DocumentSection.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_20 = (
                            DocumentImage.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_21 = (
                            Attachment.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_22 = (
                            RelatedItem.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_23 = (
                            Checklist.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_24 = (
                            ChecklistTask.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_25 = (
                            ChecklistTemplate.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_25
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_26 = Domain.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_26
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_27 = (
                            Expiration.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_27
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_28 = Export.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_28
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_29 = Log.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_29
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_30 = (
                            UserMetric.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_30
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_31 = User.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_31
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_32 = Group.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_32
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_33 = Country.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_33
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_34 = Region.from_dict(
                            data
                        )

                        return componentsschemas_included_resource_type_34
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_35 = (
                            Platform.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_35
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_36 = (
                            OperatingSystem.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_36
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_37 = (
                            CopilotSmartAssistDocument.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_37
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_included_resource_type_38 = (
                            ResourceAccess.from_dict(data)
                        )

                        return componentsschemas_included_resource_type_38
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_included_resource_type_39 = (
                        GenericResource.from_dict(data)
                    )

                    return componentsschemas_included_resource_type_39

                included_item = _parse_included_item(included_item_data)

                included.append(included_item)

        related_item_create_result = cls(
            data,
            included,
        )

        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            related_item_create_result.additional_properties = {
                prop_name: prop
                for prop_name, prop in src_dict.items()
                if prop_name not in _KNOWN_KEYS
            }

        return related_item_create_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class (not on every from_dict/to_dict call): models that refer to each other still load.
from ..models.attachment import Attachment
from ..models.checklist import Checklist
from ..models.checklist_task import ChecklistTask
from ..models.checklist_template import ChecklistTemplate
from ..models.configuration import Configuration
from ..models.configuration_interface import ConfigurationInterface
from ..models.configuration_status import ConfigurationStatus
from ..models.configuration_type import ConfigurationType
from ..models.contact import Contact
from ..models.contact_type import ContactType
from ..models.copilot_smart_assist_document import CopilotSmartAssistDocument
from ..models.country import Country
from ..models.document import Document
from ..models.document_image import DocumentImage
from ..models.document_section import DocumentSection
from ..models.domain import Domain
from ..models.expiration import Expiration
from ..models.export import Export
from ..models.flexible_asset import FlexibleAsset
from ..models.flexible_asset_field import FlexibleAssetField
from ..models.flexible_asset_type import FlexibleAssetType
from ..models.generic_resource import GenericResource
from ..models.group import Group
from ..models.location import Location
from ..models.log import Log
from ..models.manufacturer import Manufacturer
from ..models.model import Model
from ..models.operating_system import OperatingSystem
from ..models.organization import Organization
from ..models.organization_status import OrganizationStatus
from ..models.organization_type import OrganizationType
from ..models.password import Password
from ..models.password_category import PasswordCategory
from ..models.password_folder import PasswordFolder
from ..models.platform import Platform
from ..models.region import Region
from ..models.related_item import RelatedItem
from ..models.resource_access import ResourceAccess
from ..models.user import User
from ..models.user_metric import UserMetric
