"""Contains all the data models used in inputs/outputs"""

from .attachment import Attachment
from .attachment_attributes import AttachmentAttributes
from .attachment_bulk_delete_item import AttachmentBulkDeleteItem
from .attachment_bulk_delete_request import AttachmentBulkDeleteRequest
from .attachment_collection import AttachmentCollection
from .attachment_create_request import AttachmentCreateRequest
from .attachment_create_result import AttachmentCreateResult
from .attachment_document import AttachmentDocument
from .attachment_list import AttachmentList
from .attachment_resource_type import AttachmentResourceType
from .attachment_update import AttachmentUpdate
from .attachment_update_attributes import AttachmentUpdateAttributes
from .attachment_update_request import AttachmentUpdateRequest
from .attachment_upload import AttachmentUpload
from .attachment_write import AttachmentWrite
from .attachment_write_attributes import AttachmentWriteAttributes
from .attachment_write_resource_type import AttachmentWriteResourceType
from .bulk_delete_attributes import BulkDeleteAttributes
from .bulk_delete_configurations_filterpsa_integration_type import (
    BulkDeleteConfigurationsFilterpsaIntegrationType,
)
from .bulk_delete_configurations_filterrmm_integration_type import (
    BulkDeleteConfigurationsFilterrmmIntegrationType,
)
from .bulk_delete_organizations_filterpsa_integration_type import (
    BulkDeleteOrganizationsFilterpsaIntegrationType,
)
from .bulk_update_configurations_filterpsa_integration_type import (
    BulkUpdateConfigurationsFilterpsaIntegrationType,
)
from .bulk_update_configurations_filterrmm_integration_type import (
    BulkUpdateConfigurationsFilterrmmIntegrationType,
)
from .bulk_update_organizations_filterpsa_integration_type import (
    BulkUpdateOrganizationsFilterpsaIntegrationType,
)
from .checklist import Checklist
from .checklist_attributes import ChecklistAttributes
from .checklist_bulk_delete_item import ChecklistBulkDeleteItem
from .checklist_bulk_delete_request import ChecklistBulkDeleteRequest
from .checklist_bulk_update_attributes import ChecklistBulkUpdateAttributes
from .checklist_bulk_update_item import ChecklistBulkUpdateItem
from .checklist_bulk_update_request import ChecklistBulkUpdateRequest
from .checklist_collection import ChecklistCollection
from .checklist_create_request import ChecklistCreateRequest
from .checklist_create_result import ChecklistCreateResult
from .checklist_document import ChecklistDocument
from .checklist_list import ChecklistList
from .checklist_resource_type import ChecklistResourceType
from .checklist_sort import ChecklistSort
from .checklist_task import ChecklistTask
from .checklist_task_attributes import ChecklistTaskAttributes
from .checklist_task_document import ChecklistTaskDocument
from .checklist_task_list import ChecklistTaskList
from .checklist_task_resource_type import ChecklistTaskResourceType
from .checklist_task_sort import ChecklistTaskSort
from .checklist_task_write_resource_type import ChecklistTaskWriteResourceType
from .checklist_template import ChecklistTemplate
from .checklist_template_attributes import ChecklistTemplateAttributes
from .checklist_template_document import ChecklistTemplateDocument
from .checklist_template_list import ChecklistTemplateList
from .checklist_template_resource_type import ChecklistTemplateResourceType
from .checklist_template_sort import ChecklistTemplateSort
from .checklist_template_write_resource_type import ChecklistTemplateWriteResourceType
from .checklist_update_request import ChecklistUpdateRequest
from .checklist_write import ChecklistWrite
from .checklist_write_attributes import ChecklistWriteAttributes
from .checklist_write_resource_type import ChecklistWriteResourceType
from .configuration import Configuration
from .configuration_attributes import ConfigurationAttributes
from .configuration_bulk_delete_item import ConfigurationBulkDeleteItem
from .configuration_bulk_delete_request import ConfigurationBulkDeleteRequest
from .configuration_bulk_update_attributes import ConfigurationBulkUpdateAttributes
from .configuration_bulk_update_item import ConfigurationBulkUpdateItem
from .configuration_bulk_update_request import ConfigurationBulkUpdateRequest
from .configuration_collection import ConfigurationCollection
from .configuration_create_request import ConfigurationCreateRequest
from .configuration_create_result import ConfigurationCreateResult
from .configuration_document import ConfigurationDocument
from .configuration_interface import ConfigurationInterface
from .configuration_interface_attributes import ConfigurationInterfaceAttributes
from .configuration_interface_bulk_update_attributes import (
    ConfigurationInterfaceBulkUpdateAttributes,
)
from .configuration_interface_bulk_update_item import (
    ConfigurationInterfaceBulkUpdateItem,
)
from .configuration_interface_bulk_update_request import (
    ConfigurationInterfaceBulkUpdateRequest,
)
from .configuration_interface_collection import ConfigurationInterfaceCollection
from .configuration_interface_create_request import ConfigurationInterfaceCreateRequest
from .configuration_interface_create_result import ConfigurationInterfaceCreateResult
from .configuration_interface_document import ConfigurationInterfaceDocument
from .configuration_interface_list import ConfigurationInterfaceList
from .configuration_interface_resource_type import ConfigurationInterfaceResourceType
from .configuration_interface_sort import ConfigurationInterfaceSort
from .configuration_interface_update_request import ConfigurationInterfaceUpdateRequest
from .configuration_interface_write import ConfigurationInterfaceWrite
from .configuration_interface_write_attributes import (
    ConfigurationInterfaceWriteAttributes,
)
from .configuration_interface_write_list import ConfigurationInterfaceWriteList
from .configuration_interface_write_resource_type import (
    ConfigurationInterfaceWriteResourceType,
)
from .configuration_list import ConfigurationList
from .configuration_resource_type import ConfigurationResourceType
from .configuration_sort import ConfigurationSort
from .configuration_status import ConfigurationStatus
from .configuration_status_attributes import ConfigurationStatusAttributes
from .configuration_status_create_request import ConfigurationStatusCreateRequest
from .configuration_status_create_result import ConfigurationStatusCreateResult
from .configuration_status_document import ConfigurationStatusDocument
from .configuration_status_list import ConfigurationStatusList
from .configuration_status_resource_type import ConfigurationStatusResourceType
from .configuration_status_sort import ConfigurationStatusSort
from .configuration_status_update_request import ConfigurationStatusUpdateRequest
from .configuration_status_write import ConfigurationStatusWrite
from .configuration_status_write_attributes import ConfigurationStatusWriteAttributes
from .configuration_status_write_resource_type import (
    ConfigurationStatusWriteResourceType,
)
from .configuration_type import ConfigurationType
from .configuration_type_attributes import ConfigurationTypeAttributes
from .configuration_type_create_request import ConfigurationTypeCreateRequest
from .configuration_type_create_result import ConfigurationTypeCreateResult
from .configuration_type_document import ConfigurationTypeDocument
from .configuration_type_list import ConfigurationTypeList
from .configuration_type_resource_type import ConfigurationTypeResourceType
from .configuration_type_sort import ConfigurationTypeSort
from .configuration_type_update_request import ConfigurationTypeUpdateRequest
from .configuration_type_write import ConfigurationTypeWrite
from .configuration_type_write_attributes import ConfigurationTypeWriteAttributes
from .configuration_type_write_resource_type import ConfigurationTypeWriteResourceType
from .configuration_update_request import ConfigurationUpdateRequest
from .configuration_write import ConfigurationWrite
from .configuration_write_attributes import ConfigurationWriteAttributes
from .configuration_write_relationships import ConfigurationWriteRelationships
from .configuration_write_resource_type import ConfigurationWriteResourceType
from .contact import Contact
from .contact_attributes import ContactAttributes
from .contact_bulk_delete_item import ContactBulkDeleteItem
from .contact_bulk_delete_request import ContactBulkDeleteRequest
from .contact_bulk_update_attributes import ContactBulkUpdateAttributes
from .contact_bulk_update_item import ContactBulkUpdateItem
from .contact_bulk_update_request import ContactBulkUpdateRequest
from .contact_collection import ContactCollection
from .contact_create_request import ContactCreateRequest
from .contact_create_result import ContactCreateResult
from .contact_document import ContactDocument
from .contact_email import ContactEmail
from .contact_email_write import ContactEmailWrite
from .contact_list import ContactList
from .contact_phone import ContactPhone
from .contact_phone_write import ContactPhoneWrite
from .contact_resource_type import ContactResourceType
from .contact_sort import ContactSort
from .contact_type import ContactType
from .contact_type_attributes import ContactTypeAttributes
from .contact_type_create_request import ContactTypeCreateRequest
from .contact_type_create_result import ContactTypeCreateResult
from .contact_type_document import ContactTypeDocument
from .contact_type_list import ContactTypeList
from .contact_type_resource_type import ContactTypeResourceType
from .contact_type_sort import ContactTypeSort
from .contact_type_update_request import ContactTypeUpdateRequest
from .contact_type_write import ContactTypeWrite
from .contact_type_write_attributes import ContactTypeWriteAttributes
from .contact_type_write_resource_type import ContactTypeWriteResourceType
from .contact_update_request import ContactUpdateRequest
from .contact_write import ContactWrite
from .contact_write_attributes import ContactWriteAttributes
from .contact_write_resource_type import ContactWriteResourceType
from .copilot_smart_assist_document import CopilotSmartAssistDocument
from .copilot_smart_assist_document_attributes import (
    CopilotSmartAssistDocumentAttributes,
)
from .copilot_smart_assist_document_bulk_delete_item import (
    CopilotSmartAssistDocumentBulkDeleteItem,
)
from .copilot_smart_assist_document_bulk_delete_request import (
    CopilotSmartAssistDocumentBulkDeleteRequest,
)
from .copilot_smart_assist_document_bulk_update_attributes import (
    CopilotSmartAssistDocumentBulkUpdateAttributes,
)
from .copilot_smart_assist_document_bulk_update_item import (
    CopilotSmartAssistDocumentBulkUpdateItem,
)
from .copilot_smart_assist_document_bulk_update_request import (
    CopilotSmartAssistDocumentBulkUpdateRequest,
)
from .copilot_smart_assist_document_collection import (
    CopilotSmartAssistDocumentCollection,
)
from .copilot_smart_assist_document_create_request import (
    CopilotSmartAssistDocumentCreateRequest,
)
from .copilot_smart_assist_document_create_result import (
    CopilotSmartAssistDocumentCreateResult,
)
from .copilot_smart_assist_document_document import CopilotSmartAssistDocumentDocument
from .copilot_smart_assist_document_list import CopilotSmartAssistDocumentList
from .copilot_smart_assist_document_resource_type import (
    CopilotSmartAssistDocumentResourceType,
)
from .copilot_smart_assist_document_update_request import (
    CopilotSmartAssistDocumentUpdateRequest,
)
from .copilot_smart_assist_document_write import CopilotSmartAssistDocumentWrite
from .copilot_smart_assist_document_write_attributes import (
    CopilotSmartAssistDocumentWriteAttributes,
)
from .copilot_smart_assist_document_write_resource_type import (
    CopilotSmartAssistDocumentWriteResourceType,
)
from .country import Country
from .country_attributes import CountryAttributes
from .country_document import CountryDocument
from .country_list import CountryList
from .country_resource_type import CountryResourceType
from .country_sort import CountrySort
from .country_write_resource_type import CountryWriteResourceType
from .document import Document
from .document_attributes import DocumentAttributes
from .document_bulk_delete_item import DocumentBulkDeleteItem
from .document_bulk_delete_request import DocumentBulkDeleteRequest
from .document_bulk_update_attributes import DocumentBulkUpdateAttributes
from .document_bulk_update_item import DocumentBulkUpdateItem
from .document_bulk_update_request import DocumentBulkUpdateRequest
from .document_collection import DocumentCollection
from .document_create_request import DocumentCreateRequest
from .document_create_result import DocumentCreateResult
from .document_document import DocumentDocument
from .document_image import DocumentImage
from .document_image_attributes import DocumentImageAttributes
from .document_image_attributes_urls import DocumentImageAttributesUrls
from .document_image_create_request import DocumentImageCreateRequest
from .document_image_create_result import DocumentImageCreateResult
from .document_image_document import DocumentImageDocument
from .document_image_list import DocumentImageList
from .document_image_resource_type import DocumentImageResourceType
from .document_image_target import DocumentImageTarget
from .document_image_target_type import DocumentImageTargetType
from .document_image_update_request import DocumentImageUpdateRequest
from .document_image_upload import DocumentImageUpload
from .document_image_write import DocumentImageWrite
from .document_image_write_attributes import DocumentImageWriteAttributes
from .document_image_write_resource_type import DocumentImageWriteResourceType
from .document_list import DocumentList
from .document_resource_type import DocumentResourceType
from .document_section import DocumentSection
from .document_section_attributes import DocumentSectionAttributes
from .document_section_create_request import DocumentSectionCreateRequest
from .document_section_create_result import DocumentSectionCreateResult
from .document_section_document import DocumentSectionDocument
from .document_section_kind import DocumentSectionKind
from .document_section_list import DocumentSectionList
from .document_section_resource_type import DocumentSectionResourceType
from .document_section_update_request import DocumentSectionUpdateRequest
from .document_section_write import DocumentSectionWrite
from .document_section_write_attributes import DocumentSectionWriteAttributes
from .document_section_write_resource_type import DocumentSectionWriteResourceType
from .document_sort import DocumentSort
from .document_update_request import DocumentUpdateRequest
from .document_write import DocumentWrite
from .document_write_attributes import DocumentWriteAttributes
from .document_write_resource_type import DocumentWriteResourceType
from .domain import Domain
from .domain_attributes import DomainAttributes
from .domain_document import DomainDocument
from .domain_list import DomainList
from .domain_resource_type import DomainResourceType
from .domain_sort import DomainSort
from .domain_write_resource_type import DomainWriteResourceType
from .error_document import ErrorDocument
from .error_object import ErrorObject
from .error_source import ErrorSource
from .expiration import Expiration
from .expiration_attributes import ExpirationAttributes
from .expiration_document import ExpirationDocument
from .expiration_list import ExpirationList
from .expiration_resource_type import ExpirationResourceType
from .expiration_sort import ExpirationSort
from .expiration_write_resource_type import ExpirationWriteResourceType
from .export import Export
from .export_attributes import ExportAttributes
from .export_create_request import ExportCreateRequest
from .export_create_result import ExportCreateResult
from .export_document import ExportDocument
from .export_list import ExportList
from .export_resource_type import ExportResourceType
from .export_sort import ExportSort
from .export_update_request import ExportUpdateRequest
from .export_write import ExportWrite
from .export_write_attributes import ExportWriteAttributes
from .export_write_resource_type import ExportWriteResourceType
from .file_upload import FileUpload
from .flexible_asset import FlexibleAsset
from .flexible_asset_attributes import FlexibleAssetAttributes
from .flexible_asset_bulk_delete_item import FlexibleAssetBulkDeleteItem
from .flexible_asset_bulk_delete_request import FlexibleAssetBulkDeleteRequest
from .flexible_asset_bulk_update_attributes import FlexibleAssetBulkUpdateAttributes
from .flexible_asset_bulk_update_item import FlexibleAssetBulkUpdateItem
from .flexible_asset_bulk_update_request import FlexibleAssetBulkUpdateRequest
from .flexible_asset_collection import FlexibleAssetCollection
from .flexible_asset_create_request import FlexibleAssetCreateRequest
from .flexible_asset_create_result import FlexibleAssetCreateResult
from .flexible_asset_document import FlexibleAssetDocument
from .flexible_asset_field import FlexibleAssetField
from .flexible_asset_field_attributes import FlexibleAssetFieldAttributes
from .flexible_asset_field_bulk_update_attributes import (
    FlexibleAssetFieldBulkUpdateAttributes,
)
from .flexible_asset_field_bulk_update_item import FlexibleAssetFieldBulkUpdateItem
from .flexible_asset_field_bulk_update_request import (
    FlexibleAssetFieldBulkUpdateRequest,
)
from .flexible_asset_field_collection import FlexibleAssetFieldCollection
from .flexible_asset_field_create_request import FlexibleAssetFieldCreateRequest
from .flexible_asset_field_create_result import FlexibleAssetFieldCreateResult
from .flexible_asset_field_document import FlexibleAssetFieldDocument
from .flexible_asset_field_kind import FlexibleAssetFieldKind
from .flexible_asset_field_list import FlexibleAssetFieldList
from .flexible_asset_field_resource_type import FlexibleAssetFieldResourceType
from .flexible_asset_field_sort import FlexibleAssetFieldSort
from .flexible_asset_field_update_request import FlexibleAssetFieldUpdateRequest
from .flexible_asset_field_write import FlexibleAssetFieldWrite
from .flexible_asset_field_write_attributes import FlexibleAssetFieldWriteAttributes
from .flexible_asset_field_write_list import FlexibleAssetFieldWriteList
from .flexible_asset_field_write_resource_type import (
    FlexibleAssetFieldWriteResourceType,
)
from .flexible_asset_list import FlexibleAssetList
from .flexible_asset_resource_type import FlexibleAssetResourceType
from .flexible_asset_sort import FlexibleAssetSort
from .flexible_asset_traits import FlexibleAssetTraits
from .flexible_asset_type import FlexibleAssetType
from .flexible_asset_type_attributes import FlexibleAssetTypeAttributes
from .flexible_asset_type_create_request import FlexibleAssetTypeCreateRequest
from .flexible_asset_type_create_result import FlexibleAssetTypeCreateResult
from .flexible_asset_type_document import FlexibleAssetTypeDocument
from .flexible_asset_type_list import FlexibleAssetTypeList
from .flexible_asset_type_resource_type import FlexibleAssetTypeResourceType
from .flexible_asset_type_sort import FlexibleAssetTypeSort
from .flexible_asset_type_update import FlexibleAssetTypeUpdate
from .flexible_asset_type_update_request import FlexibleAssetTypeUpdateRequest
from .flexible_asset_type_write import FlexibleAssetTypeWrite
from .flexible_asset_type_write_attributes import FlexibleAssetTypeWriteAttributes
from .flexible_asset_type_write_relationships import FlexibleAssetTypeWriteRelationships
from .flexible_asset_type_write_resource_type import FlexibleAssetTypeWriteResourceType
from .flexible_asset_update_request import FlexibleAssetUpdateRequest
from .flexible_asset_write import FlexibleAssetWrite
from .flexible_asset_write_attributes import FlexibleAssetWriteAttributes
from .flexible_asset_write_resource_type import FlexibleAssetWriteResourceType
from .gateway_error import GatewayError
from .generic_resource import GenericResource
from .generic_resource_attributes import GenericResourceAttributes
from .group import Group
from .group_attributes import GroupAttributes
from .group_bulk_update_attributes import GroupBulkUpdateAttributes
from .group_bulk_update_item import GroupBulkUpdateItem
from .group_bulk_update_request import GroupBulkUpdateRequest
from .group_collection import GroupCollection
from .group_create_request import GroupCreateRequest
from .group_create_result import GroupCreateResult
from .group_document import GroupDocument
from .group_list import GroupList
from .group_resource_type import GroupResourceType
from .group_sort import GroupSort
from .group_update_request import GroupUpdateRequest
from .group_write import GroupWrite
from .group_write_attributes import GroupWriteAttributes
from .group_write_resource_type import GroupWriteResourceType
from .list_configurations_filterpsa_integration_type import (
    ListConfigurationsFilterpsaIntegrationType,
)
from .list_configurations_filterrmm_integration_type import (
    ListConfigurationsFilterrmmIntegrationType,
)
from .list_contacts_filterpsa_integration_type import (
    ListContactsFilterpsaIntegrationType,
)
from .list_copilot_smart_assist_documents_filtertype import (
    ListCopilotSmartAssistDocumentsFiltertype,
)
from .list_document_document_sections_sort import ListDocumentDocumentSectionsSort
from .list_links import ListLinks
from .list_locations_filterpsa_integration_type import (
    ListLocationsFilterpsaIntegrationType,
)
from .list_meta import ListMeta
from .list_meta_filters import ListMetaFilters
from .list_organization_copilot_smart_assist_documents_filtertype import (
    ListOrganizationCopilotSmartAssistDocumentsFiltertype,
)
from .list_organizations_filterpsa_integration_type import (
    ListOrganizationsFilterpsaIntegrationType,
)
from .list_users_filterrole_name import ListUsersFilterroleName
from .location import Location
from .location_attributes import LocationAttributes
from .location_bulk_delete_item import LocationBulkDeleteItem
from .location_bulk_delete_request import LocationBulkDeleteRequest
from .location_bulk_update_attributes import LocationBulkUpdateAttributes
from .location_bulk_update_item import LocationBulkUpdateItem
from .location_bulk_update_request import LocationBulkUpdateRequest
from .location_collection import LocationCollection
from .location_create_request import LocationCreateRequest
from .location_create_result import LocationCreateResult
from .location_document import LocationDocument
from .location_list import LocationList
from .location_resource_type import LocationResourceType
from .location_sort import LocationSort
from .location_update_request import LocationUpdateRequest
from .location_write import LocationWrite
from .location_write_attributes import LocationWriteAttributes
from .location_write_resource_type import LocationWriteResourceType
from .log import Log
from .log_attributes import LogAttributes
from .log_document import LogDocument
from .log_list import LogList
from .log_resource_type import LogResourceType
from .log_sort import LogSort
from .log_write_resource_type import LogWriteResourceType
from .manufacturer import Manufacturer
from .manufacturer_attributes import ManufacturerAttributes
from .manufacturer_create_request import ManufacturerCreateRequest
from .manufacturer_create_result import ManufacturerCreateResult
from .manufacturer_document import ManufacturerDocument
from .manufacturer_list import ManufacturerList
from .manufacturer_resource_type import ManufacturerResourceType
from .manufacturer_sort import ManufacturerSort
from .manufacturer_update_request import ManufacturerUpdateRequest
from .manufacturer_write import ManufacturerWrite
from .manufacturer_write_attributes import ManufacturerWriteAttributes
from .manufacturer_write_resource_type import ManufacturerWriteResourceType
from .model import Model
from .model_attributes import ModelAttributes
from .model_bulk_update_attributes import ModelBulkUpdateAttributes
from .model_bulk_update_item import ModelBulkUpdateItem
from .model_bulk_update_request import ModelBulkUpdateRequest
from .model_collection import ModelCollection
from .model_create_request import ModelCreateRequest
from .model_create_result import ModelCreateResult
from .model_document import ModelDocument
from .model_list import ModelList
from .model_resource_type import ModelResourceType
from .model_sort import ModelSort
from .model_update_request import ModelUpdateRequest
from .model_write import ModelWrite
from .model_write_attributes import ModelWriteAttributes
from .model_write_resource_type import ModelWriteResourceType
from .operating_system import OperatingSystem
from .operating_system_attributes import OperatingSystemAttributes
from .operating_system_document import OperatingSystemDocument
from .operating_system_list import OperatingSystemList
from .operating_system_resource_type import OperatingSystemResourceType
from .operating_system_sort import OperatingSystemSort
from .operating_system_write_resource_type import OperatingSystemWriteResourceType
from .organization import Organization
from .organization_attributes import OrganizationAttributes
from .organization_bulk_delete_item import OrganizationBulkDeleteItem
from .organization_bulk_delete_request import OrganizationBulkDeleteRequest
from .organization_bulk_update_attributes import OrganizationBulkUpdateAttributes
from .organization_bulk_update_item import OrganizationBulkUpdateItem
from .organization_bulk_update_request import OrganizationBulkUpdateRequest
from .organization_collection import OrganizationCollection
from .organization_create_request import OrganizationCreateRequest
from .organization_create_result import OrganizationCreateResult
from .organization_document import OrganizationDocument
from .organization_list import OrganizationList
from .organization_resource_type import OrganizationResourceType
from .organization_sort import OrganizationSort
from .organization_status import OrganizationStatus
from .organization_status_attributes import OrganizationStatusAttributes
from .organization_status_create_request import OrganizationStatusCreateRequest
from .organization_status_create_result import OrganizationStatusCreateResult
from .organization_status_document import OrganizationStatusDocument
from .organization_status_list import OrganizationStatusList
from .organization_status_resource_type import OrganizationStatusResourceType
from .organization_status_sort import OrganizationStatusSort
from .organization_status_update_request import OrganizationStatusUpdateRequest
from .organization_status_write import OrganizationStatusWrite
from .organization_status_write_attributes import OrganizationStatusWriteAttributes
from .organization_status_write_resource_type import OrganizationStatusWriteResourceType
from .organization_type import OrganizationType
from .organization_type_attributes import OrganizationTypeAttributes
from .organization_type_create_request import OrganizationTypeCreateRequest
from .organization_type_create_result import OrganizationTypeCreateResult
from .organization_type_document import OrganizationTypeDocument
from .organization_type_list import OrganizationTypeList
from .organization_type_resource_type import OrganizationTypeResourceType
from .organization_type_sort import OrganizationTypeSort
from .organization_type_update_request import OrganizationTypeUpdateRequest
from .organization_type_write import OrganizationTypeWrite
from .organization_type_write_attributes import OrganizationTypeWriteAttributes
from .organization_type_write_resource_type import OrganizationTypeWriteResourceType
from .organization_update_request import OrganizationUpdateRequest
from .organization_write import OrganizationWrite
from .organization_write_attributes import OrganizationWriteAttributes
from .organization_write_resource_type import OrganizationWriteResourceType
from .password import Password
from .password_attributes import PasswordAttributes
from .password_bulk_delete_item import PasswordBulkDeleteItem
from .password_bulk_delete_request import PasswordBulkDeleteRequest
from .password_bulk_update_attributes import PasswordBulkUpdateAttributes
from .password_bulk_update_item import PasswordBulkUpdateItem
from .password_bulk_update_request import PasswordBulkUpdateRequest
from .password_category import PasswordCategory
from .password_category_attributes import PasswordCategoryAttributes
from .password_category_create_request import PasswordCategoryCreateRequest
from .password_category_create_result import PasswordCategoryCreateResult
from .password_category_document import PasswordCategoryDocument
from .password_category_list import PasswordCategoryList
from .password_category_resource_type import PasswordCategoryResourceType
from .password_category_sort import PasswordCategorySort
from .password_category_update_request import PasswordCategoryUpdateRequest
from .password_category_write import PasswordCategoryWrite
from .password_category_write_attributes import PasswordCategoryWriteAttributes
from .password_category_write_resource_type import PasswordCategoryWriteResourceType
from .password_collection import PasswordCollection
from .password_create_request import PasswordCreateRequest
from .password_create_result import PasswordCreateResult
from .password_document import PasswordDocument
from .password_folder import PasswordFolder
from .password_folder_attributes import PasswordFolderAttributes
from .password_folder_bulk_delete_item import PasswordFolderBulkDeleteItem
from .password_folder_bulk_delete_request import PasswordFolderBulkDeleteRequest
from .password_folder_bulk_update_attributes import PasswordFolderBulkUpdateAttributes
from .password_folder_bulk_update_item import PasswordFolderBulkUpdateItem
from .password_folder_bulk_update_request import PasswordFolderBulkUpdateRequest
from .password_folder_collection import PasswordFolderCollection
from .password_folder_create_request import PasswordFolderCreateRequest
from .password_folder_create_result import PasswordFolderCreateResult
from .password_folder_document import PasswordFolderDocument
from .password_folder_list import PasswordFolderList
from .password_folder_resource_type import PasswordFolderResourceType
from .password_folder_sort import PasswordFolderSort
from .password_folder_update_request import PasswordFolderUpdateRequest
from .password_folder_write import PasswordFolderWrite
from .password_folder_write_attributes import PasswordFolderWriteAttributes
from .password_folder_write_resource_type import PasswordFolderWriteResourceType
from .password_list import PasswordList
from .password_resource_type import PasswordResourceType
from .password_sort import PasswordSort
from .password_update_request import PasswordUpdateRequest
from .password_write import PasswordWrite
from .password_write_attributes import PasswordWriteAttributes
from .password_write_resource_type import PasswordWriteResourceType
from .platform import Platform
from .platform_attributes import PlatformAttributes
from .platform_document import PlatformDocument
from .platform_list import PlatformList
from .platform_resource_type import PlatformResourceType
from .platform_sort import PlatformSort
from .platform_write_resource_type import PlatformWriteResourceType
from .region import Region
from .region_attributes import RegionAttributes
from .region_document import RegionDocument
from .region_list import RegionList
from .region_resource_type import RegionResourceType
from .region_sort import RegionSort
from .region_write_resource_type import RegionWriteResourceType
from .related_item import RelatedItem
from .related_item_attributes import RelatedItemAttributes
from .related_item_bulk_delete_item import RelatedItemBulkDeleteItem
from .related_item_bulk_delete_request import RelatedItemBulkDeleteRequest
from .related_item_collection import RelatedItemCollection
from .related_item_create_request import RelatedItemCreateRequest
from .related_item_create_result import RelatedItemCreateResult
from .related_item_destination_type import RelatedItemDestinationType
from .related_item_document import RelatedItemDocument
from .related_item_list import RelatedItemList
from .related_item_resource_type import RelatedItemResourceType
from .related_item_update import RelatedItemUpdate
from .related_item_update_attributes import RelatedItemUpdateAttributes
from .related_item_update_request import RelatedItemUpdateRequest
from .related_item_write import RelatedItemWrite
from .related_item_write_attributes import RelatedItemWriteAttributes
from .related_item_write_resource_type import RelatedItemWriteResourceType
from .relationship_linkage import RelationshipLinkage
from .relationships import Relationships
from .resource_access import ResourceAccess
from .resource_access_attributes import ResourceAccessAttributes
from .resource_access_meta import ResourceAccessMeta
from .resource_access_resource_type import ResourceAccessResourceType
from .resource_identifier import ResourceIdentifier
from .user import User
from .user_attributes import UserAttributes
from .user_create_request import UserCreateRequest
from .user_create_result import UserCreateResult
from .user_document import UserDocument
from .user_list import UserList
from .user_metric import UserMetric
from .user_metric_attributes import UserMetricAttributes
from .user_metric_document import UserMetricDocument
from .user_metric_list import UserMetricList
from .user_metric_resource_type import UserMetricResourceType
from .user_metric_sort import UserMetricSort
from .user_metric_write_resource_type import UserMetricWriteResourceType
from .user_resource_type import UserResourceType
from .user_sort import UserSort
from .user_update_request import UserUpdateRequest
from .user_write import UserWrite
from .user_write_attributes import UserWriteAttributes
from .user_write_resource_type import UserWriteResourceType

__all__ = (
    "Attachment",
    "AttachmentAttributes",
    "AttachmentBulkDeleteItem",
    "AttachmentBulkDeleteRequest",
    "AttachmentCollection",
    "AttachmentCreateRequest",
    "AttachmentCreateResult",
    "AttachmentDocument",
    "AttachmentList",
    "AttachmentResourceType",
    "AttachmentUpdate",
    "AttachmentUpdateAttributes",
    "AttachmentUpdateRequest",
    "AttachmentUpload",
    "AttachmentWrite",
    "AttachmentWriteAttributes",
    "AttachmentWriteResourceType",
    "BulkDeleteAttributes",
    "BulkDeleteConfigurationsFilterpsaIntegrationType",
    "BulkDeleteConfigurationsFilterrmmIntegrationType",
    "BulkDeleteOrganizationsFilterpsaIntegrationType",
    "BulkUpdateConfigurationsFilterpsaIntegrationType",
    "BulkUpdateConfigurationsFilterrmmIntegrationType",
    "BulkUpdateOrganizationsFilterpsaIntegrationType",
    "Checklist",
    "ChecklistAttributes",
    "ChecklistBulkDeleteItem",
    "ChecklistBulkDeleteRequest",
    "ChecklistBulkUpdateAttributes",
    "ChecklistBulkUpdateItem",
    "ChecklistBulkUpdateRequest",
    "ChecklistCollection",
    "ChecklistCreateRequest",
    "ChecklistCreateResult",
    "ChecklistDocument",
    "ChecklistList",
    "ChecklistResourceType",
    "ChecklistSort",
    "ChecklistTask",
    "ChecklistTaskAttributes",
    "ChecklistTaskDocument",
    "ChecklistTaskList",
    "ChecklistTaskResourceType",
    "ChecklistTaskSort",
    "ChecklistTaskWriteResourceType",
    "ChecklistTemplate",
    "ChecklistTemplateAttributes",
    "ChecklistTemplateDocument",
    "ChecklistTemplateList",
    "ChecklistTemplateResourceType",
    "ChecklistTemplateSort",
    "ChecklistTemplateWriteResourceType",
    "ChecklistUpdateRequest",
    "ChecklistWrite",
    "ChecklistWriteAttributes",
    "ChecklistWriteResourceType",
    "Configuration",
    "ConfigurationAttributes",
    "ConfigurationBulkDeleteItem",
    "ConfigurationBulkDeleteRequest",
    "ConfigurationBulkUpdateAttributes",
    "ConfigurationBulkUpdateItem",
    "ConfigurationBulkUpdateRequest",
    "ConfigurationCollection",
    "ConfigurationCreateRequest",
    "ConfigurationCreateResult",
    "ConfigurationDocument",
    "ConfigurationInterface",
    "ConfigurationInterfaceAttributes",
    "ConfigurationInterfaceBulkUpdateAttributes",
    "ConfigurationInterfaceBulkUpdateItem",
    "ConfigurationInterfaceBulkUpdateRequest",
    "ConfigurationInterfaceCollection",
    "ConfigurationInterfaceCreateRequest",
    "ConfigurationInterfaceCreateResult",
    "ConfigurationInterfaceDocument",
    "ConfigurationInterfaceList",
    "ConfigurationInterfaceResourceType",
    "ConfigurationInterfaceSort",
    "ConfigurationInterfaceUpdateRequest",
    "ConfigurationInterfaceWrite",
    "ConfigurationInterfaceWriteAttributes",
    "ConfigurationInterfaceWriteList",
    "ConfigurationInterfaceWriteResourceType",
    "ConfigurationList",
    "ConfigurationResourceType",
    "ConfigurationSort",
    "ConfigurationStatus",
    "ConfigurationStatusAttributes",
    "ConfigurationStatusCreateRequest",
    "ConfigurationStatusCreateResult",
    "ConfigurationStatusDocument",
    "ConfigurationStatusList",
    "ConfigurationStatusResourceType",
    "ConfigurationStatusSort",
    "ConfigurationStatusUpdateRequest",
    "ConfigurationStatusWrite",
    "ConfigurationStatusWriteAttributes",
    "ConfigurationStatusWriteResourceType",
    "ConfigurationType",
    "ConfigurationTypeAttributes",
    "ConfigurationTypeCreateRequest",
    "ConfigurationTypeCreateResult",
    "ConfigurationTypeDocument",
    "ConfigurationTypeList",
    "ConfigurationTypeResourceType",
    "ConfigurationTypeSort",
    "ConfigurationTypeUpdateRequest",
    "ConfigurationTypeWrite",
    "ConfigurationTypeWriteAttributes",
    "ConfigurationTypeWriteResourceType",
    "ConfigurationUpdateRequest",
    "ConfigurationWrite",
    "ConfigurationWriteAttributes",
    "ConfigurationWriteRelationships",
    "ConfigurationWriteResourceType",
    "Contact",
    "ContactAttributes",
    "ContactBulkDeleteItem",
    "ContactBulkDeleteRequest",
    "ContactBulkUpdateAttributes",
    "ContactBulkUpdateItem",
    "ContactBulkUpdateRequest",
    "ContactCollection",
    "ContactCreateRequest",
    "ContactCreateResult",
    "ContactDocument",
    "ContactEmail",
    "ContactEmailWrite",
    "ContactList",
    "ContactPhone",
    "ContactPhoneWrite",
    "ContactResourceType",
    "ContactSort",
    "ContactType",
    "ContactTypeAttributes",
    "ContactTypeCreateRequest",
    "ContactTypeCreateResult",
    "ContactTypeDocument",
    "ContactTypeList",
    "ContactTypeResourceType",
    "ContactTypeSort",
    "ContactTypeUpdateRequest",
    "ContactTypeWrite",
    "ContactTypeWriteAttributes",
    "ContactTypeWriteResourceType",
    "ContactUpdateRequest",
    "ContactWrite",
    "ContactWriteAttributes",
    "ContactWriteResourceType",
    "CopilotSmartAssistDocument",
    "CopilotSmartAssistDocumentAttributes",
    "CopilotSmartAssistDocumentBulkDeleteItem",
    "CopilotSmartAssistDocumentBulkDeleteRequest",
    "CopilotSmartAssistDocumentBulkUpdateAttributes",
    "CopilotSmartAssistDocumentBulkUpdateItem",
    "CopilotSmartAssistDocumentBulkUpdateRequest",
    "CopilotSmartAssistDocumentCollection",
    "CopilotSmartAssistDocumentCreateRequest",
    "CopilotSmartAssistDocumentCreateResult",
    "CopilotSmartAssistDocumentDocument",
    "CopilotSmartAssistDocumentList",
    "CopilotSmartAssistDocumentResourceType",
    "CopilotSmartAssistDocumentUpdateRequest",
    "CopilotSmartAssistDocumentWrite",
    "CopilotSmartAssistDocumentWriteAttributes",
    "CopilotSmartAssistDocumentWriteResourceType",
    "Country",
    "CountryAttributes",
    "CountryDocument",
    "CountryList",
    "CountryResourceType",
    "CountrySort",
    "CountryWriteResourceType",
    "Document",
    "DocumentAttributes",
    "DocumentBulkDeleteItem",
    "DocumentBulkDeleteRequest",
    "DocumentBulkUpdateAttributes",
    "DocumentBulkUpdateItem",
    "DocumentBulkUpdateRequest",
    "DocumentCollection",
    "DocumentCreateRequest",
    "DocumentCreateResult",
    "DocumentDocument",
    "DocumentImage",
    "DocumentImageAttributes",
    "DocumentImageAttributesUrls",
    "DocumentImageCreateRequest",
    "DocumentImageCreateResult",
    "DocumentImageDocument",
    "DocumentImageList",
    "DocumentImageResourceType",
    "DocumentImageTarget",
    "DocumentImageTargetType",
    "DocumentImageUpdateRequest",
    "DocumentImageUpload",
    "DocumentImageWrite",
    "DocumentImageWriteAttributes",
    "DocumentImageWriteResourceType",
    "DocumentList",
    "DocumentResourceType",
    "DocumentSection",
    "DocumentSectionAttributes",
    "DocumentSectionCreateRequest",
    "DocumentSectionCreateResult",
    "DocumentSectionDocument",
    "DocumentSectionKind",
    "DocumentSectionList",
    "DocumentSectionResourceType",
    "DocumentSectionUpdateRequest",
    "DocumentSectionWrite",
    "DocumentSectionWriteAttributes",
    "DocumentSectionWriteResourceType",
    "DocumentSort",
    "DocumentUpdateRequest",
    "DocumentWrite",
    "DocumentWriteAttributes",
    "DocumentWriteResourceType",
    "Domain",
    "DomainAttributes",
    "DomainDocument",
    "DomainList",
    "DomainResourceType",
    "DomainSort",
    "DomainWriteResourceType",
    "ErrorDocument",
    "ErrorObject",
    "ErrorSource",
    "Expiration",
    "ExpirationAttributes",
    "ExpirationDocument",
    "ExpirationList",
    "ExpirationResourceType",
    "ExpirationSort",
    "ExpirationWriteResourceType",
    "Export",
    "ExportAttributes",
    "ExportCreateRequest",
    "ExportCreateResult",
    "ExportDocument",
    "ExportList",
    "ExportResourceType",
    "ExportSort",
    "ExportUpdateRequest",
    "ExportWrite",
    "ExportWriteAttributes",
    "ExportWriteResourceType",
    "FileUpload",
    "FlexibleAsset",
    "FlexibleAssetAttributes",
    "FlexibleAssetBulkDeleteItem",
    "FlexibleAssetBulkDeleteRequest",
    "FlexibleAssetBulkUpdateAttributes",
    "FlexibleAssetBulkUpdateItem",
    "FlexibleAssetBulkUpdateRequest",
    "FlexibleAssetCollection",
    "FlexibleAssetCreateRequest",
    "FlexibleAssetCreateResult",
    "FlexibleAssetDocument",
    "FlexibleAssetField",
    "FlexibleAssetFieldAttributes",
    "FlexibleAssetFieldBulkUpdateAttributes",
    "FlexibleAssetFieldBulkUpdateItem",
    "FlexibleAssetFieldBulkUpdateRequest",
    "FlexibleAssetFieldCollection",
    "FlexibleAssetFieldCreateRequest",
    "FlexibleAssetFieldCreateResult",
    "FlexibleAssetFieldDocument",
    "FlexibleAssetFieldKind",
    "FlexibleAssetFieldList",
    "FlexibleAssetFieldResourceType",
    "FlexibleAssetFieldSort",
    "FlexibleAssetFieldUpdateRequest",
    "FlexibleAssetFieldWrite",
    "FlexibleAssetFieldWriteAttributes",
    "FlexibleAssetFieldWriteList",
    "FlexibleAssetFieldWriteResourceType",
    "FlexibleAssetList",
    "FlexibleAssetResourceType",
    "FlexibleAssetSort",
    "FlexibleAssetTraits",
    "FlexibleAssetType",
    "FlexibleAssetTypeAttributes",
    "FlexibleAssetTypeCreateRequest",
    "FlexibleAssetTypeCreateResult",
    "FlexibleAssetTypeDocument",
    "FlexibleAssetTypeList",
    "FlexibleAssetTypeResourceType",
    "FlexibleAssetTypeSort",
    "FlexibleAssetTypeUpdate",
    "FlexibleAssetTypeUpdateRequest",
    "FlexibleAssetTypeWrite",
    "FlexibleAssetTypeWriteAttributes",
    "FlexibleAssetTypeWriteRelationships",
    "FlexibleAssetTypeWriteResourceType",
    "FlexibleAssetUpdateRequest",
    "FlexibleAssetWrite",
    "FlexibleAssetWriteAttributes",
    "FlexibleAssetWriteResourceType",
    "GatewayError",
    "GenericResource",
    "GenericResourceAttributes",
    "Group",
    "GroupAttributes",
    "GroupBulkUpdateAttributes",
    "GroupBulkUpdateItem",
    "GroupBulkUpdateRequest",
    "GroupCollection",
    "GroupCreateRequest",
    "GroupCreateResult",
    "GroupDocument",
    "GroupList",
    "GroupResourceType",
    "GroupSort",
    "GroupUpdateRequest",
    "GroupWrite",
    "GroupWriteAttributes",
    "GroupWriteResourceType",
    "ListConfigurationsFilterpsaIntegrationType",
    "ListConfigurationsFilterrmmIntegrationType",
    "ListContactsFilterpsaIntegrationType",
    "ListCopilotSmartAssistDocumentsFiltertype",
    "ListDocumentDocumentSectionsSort",
    "ListLinks",
    "ListLocationsFilterpsaIntegrationType",
    "ListMeta",
    "ListMetaFilters",
    "ListOrganizationCopilotSmartAssistDocumentsFiltertype",
    "ListOrganizationsFilterpsaIntegrationType",
    "ListUsersFilterroleName",
    "Location",
    "LocationAttributes",
    "LocationBulkDeleteItem",
    "LocationBulkDeleteRequest",
    "LocationBulkUpdateAttributes",
    "LocationBulkUpdateItem",
    "LocationBulkUpdateRequest",
    "LocationCollection",
    "LocationCreateRequest",
    "LocationCreateResult",
    "LocationDocument",
    "LocationList",
    "LocationResourceType",
    "LocationSort",
    "LocationUpdateRequest",
    "LocationWrite",
    "LocationWriteAttributes",
    "LocationWriteResourceType",
    "Log",
    "LogAttributes",
    "LogDocument",
    "LogList",
    "LogResourceType",
    "LogSort",
    "LogWriteResourceType",
    "Manufacturer",
    "ManufacturerAttributes",
    "ManufacturerCreateRequest",
    "ManufacturerCreateResult",
    "ManufacturerDocument",
    "ManufacturerList",
    "ManufacturerResourceType",
    "ManufacturerSort",
    "ManufacturerUpdateRequest",
    "ManufacturerWrite",
    "ManufacturerWriteAttributes",
    "ManufacturerWriteResourceType",
    "Model",
    "ModelAttributes",
    "ModelBulkUpdateAttributes",
    "ModelBulkUpdateItem",
    "ModelBulkUpdateRequest",
    "ModelCollection",
    "ModelCreateRequest",
    "ModelCreateResult",
    "ModelDocument",
    "ModelList",
    "ModelResourceType",
    "ModelSort",
    "ModelUpdateRequest",
    "ModelWrite",
    "ModelWriteAttributes",
    "ModelWriteResourceType",
    "OperatingSystem",
    "OperatingSystemAttributes",
    "OperatingSystemDocument",
    "OperatingSystemList",
    "OperatingSystemResourceType",
    "OperatingSystemSort",
    "OperatingSystemWriteResourceType",
    "Organization",
    "OrganizationAttributes",
    "OrganizationBulkDeleteItem",
    "OrganizationBulkDeleteRequest",
    "OrganizationBulkUpdateAttributes",
    "OrganizationBulkUpdateItem",
    "OrganizationBulkUpdateRequest",
    "OrganizationCollection",
    "OrganizationCreateRequest",
    "OrganizationCreateResult",
    "OrganizationDocument",
    "OrganizationList",
    "OrganizationResourceType",
    "OrganizationSort",
    "OrganizationStatus",
    "OrganizationStatusAttributes",
    "OrganizationStatusCreateRequest",
    "OrganizationStatusCreateResult",
    "OrganizationStatusDocument",
    "OrganizationStatusList",
    "OrganizationStatusResourceType",
    "OrganizationStatusSort",
    "OrganizationStatusUpdateRequest",
    "OrganizationStatusWrite",
    "OrganizationStatusWriteAttributes",
    "OrganizationStatusWriteResourceType",
    "OrganizationType",
    "OrganizationTypeAttributes",
    "OrganizationTypeCreateRequest",
    "OrganizationTypeCreateResult",
    "OrganizationTypeDocument",
    "OrganizationTypeList",
    "OrganizationTypeResourceType",
    "OrganizationTypeSort",
    "OrganizationTypeUpdateRequest",
    "OrganizationTypeWrite",
    "OrganizationTypeWriteAttributes",
    "OrganizationTypeWriteResourceType",
    "OrganizationUpdateRequest",
    "OrganizationWrite",
    "OrganizationWriteAttributes",
    "OrganizationWriteResourceType",
    "Password",
    "PasswordAttributes",
    "PasswordBulkDeleteItem",
    "PasswordBulkDeleteRequest",
    "PasswordBulkUpdateAttributes",
    "PasswordBulkUpdateItem",
    "PasswordBulkUpdateRequest",
    "PasswordCategory",
    "PasswordCategoryAttributes",
    "PasswordCategoryCreateRequest",
    "PasswordCategoryCreateResult",
    "PasswordCategoryDocument",
    "PasswordCategoryList",
    "PasswordCategoryResourceType",
    "PasswordCategorySort",
    "PasswordCategoryUpdateRequest",
    "PasswordCategoryWrite",
    "PasswordCategoryWriteAttributes",
    "PasswordCategoryWriteResourceType",
    "PasswordCollection",
    "PasswordCreateRequest",
    "PasswordCreateResult",
    "PasswordDocument",
    "PasswordFolder",
    "PasswordFolderAttributes",
    "PasswordFolderBulkDeleteItem",
    "PasswordFolderBulkDeleteRequest",
    "PasswordFolderBulkUpdateAttributes",
    "PasswordFolderBulkUpdateItem",
    "PasswordFolderBulkUpdateRequest",
    "PasswordFolderCollection",
    "PasswordFolderCreateRequest",
    "PasswordFolderCreateResult",
    "PasswordFolderDocument",
    "PasswordFolderList",
    "PasswordFolderResourceType",
    "PasswordFolderSort",
    "PasswordFolderUpdateRequest",
    "PasswordFolderWrite",
    "PasswordFolderWriteAttributes",
    "PasswordFolderWriteResourceType",
    "PasswordList",
    "PasswordResourceType",
    "PasswordSort",
    "PasswordUpdateRequest",
    "PasswordWrite",
    "PasswordWriteAttributes",
    "PasswordWriteResourceType",
    "Platform",
    "PlatformAttributes",
    "PlatformDocument",
    "PlatformList",
    "PlatformResourceType",
    "PlatformSort",
    "PlatformWriteResourceType",
    "Region",
    "RegionAttributes",
    "RegionDocument",
    "RegionList",
    "RegionResourceType",
    "RegionSort",
    "RegionWriteResourceType",
    "RelatedItem",
    "RelatedItemAttributes",
    "RelatedItemBulkDeleteItem",
    "RelatedItemBulkDeleteRequest",
    "RelatedItemCollection",
    "RelatedItemCreateRequest",
    "RelatedItemCreateResult",
    "RelatedItemDestinationType",
    "RelatedItemDocument",
    "RelatedItemList",
    "RelatedItemResourceType",
    "RelatedItemUpdate",
    "RelatedItemUpdateAttributes",
    "RelatedItemUpdateRequest",
    "RelatedItemWrite",
    "RelatedItemWriteAttributes",
    "RelatedItemWriteResourceType",
    "RelationshipLinkage",
    "Relationships",
    "ResourceAccess",
    "ResourceAccessAttributes",
    "ResourceAccessMeta",
    "ResourceAccessResourceType",
    "ResourceIdentifier",
    "User",
    "UserAttributes",
    "UserCreateRequest",
    "UserCreateResult",
    "UserDocument",
    "UserList",
    "UserMetric",
    "UserMetricAttributes",
    "UserMetricDocument",
    "UserMetricList",
    "UserMetricResourceType",
    "UserMetricSort",
    "UserMetricWriteResourceType",
    "UserResourceType",
    "UserSort",
    "UserUpdateRequest",
    "UserWrite",
    "UserWriteAttributes",
    "UserWriteResourceType",
)
