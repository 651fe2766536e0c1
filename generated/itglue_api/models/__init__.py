"""Contains all the data models used in inputs/outputs.

Each model is imported on first access (``from itglue_api.models import Organization`` imports the
``organization`` module and what it needs, not the whole package), so that using one group never loads the
models of every other. Type checkers see ordinary imports.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from .checklist_template_write_resource_type import (
        ChecklistTemplateWriteResourceType,
    )
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
    from .configuration_interface_create_request import (
        ConfigurationInterfaceCreateRequest,
    )
    from .configuration_interface_create_result import (
        ConfigurationInterfaceCreateResult,
    )
    from .configuration_interface_document import ConfigurationInterfaceDocument
    from .configuration_interface_list import ConfigurationInterfaceList
    from .configuration_interface_resource_type import (
        ConfigurationInterfaceResourceType,
    )
    from .configuration_interface_sort import ConfigurationInterfaceSort
    from .configuration_interface_update_request import (
        ConfigurationInterfaceUpdateRequest,
    )
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
    from .configuration_status_write_attributes import (
        ConfigurationStatusWriteAttributes,
    )
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
    from .configuration_type_write_resource_type import (
        ConfigurationTypeWriteResourceType,
    )
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
    from .copilot_smart_assist_document_document import (
        CopilotSmartAssistDocumentDocument,
    )
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
    from .flexible_asset_type_write_relationships import (
        FlexibleAssetTypeWriteRelationships,
    )
    from .flexible_asset_type_write_resource_type import (
        FlexibleAssetTypeWriteResourceType,
    )
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
    from .organization_status_write_resource_type import (
        OrganizationStatusWriteResourceType,
    )
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
    from .password_folder_bulk_update_attributes import (
        PasswordFolderBulkUpdateAttributes,
    )
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

_MODULES = {
    "Attachment": ".attachment",
    "AttachmentAttributes": ".attachment_attributes",
    "AttachmentBulkDeleteItem": ".attachment_bulk_delete_item",
    "AttachmentBulkDeleteRequest": ".attachment_bulk_delete_request",
    "AttachmentCollection": ".attachment_collection",
    "AttachmentCreateRequest": ".attachment_create_request",
    "AttachmentCreateResult": ".attachment_create_result",
    "AttachmentDocument": ".attachment_document",
    "AttachmentList": ".attachment_list",
    "AttachmentResourceType": ".attachment_resource_type",
    "AttachmentUpdate": ".attachment_update",
    "AttachmentUpdateAttributes": ".attachment_update_attributes",
    "AttachmentUpdateRequest": ".attachment_update_request",
    "AttachmentUpload": ".attachment_upload",
    "AttachmentWrite": ".attachment_write",
    "AttachmentWriteAttributes": ".attachment_write_attributes",
    "AttachmentWriteResourceType": ".attachment_write_resource_type",
    "BulkDeleteAttributes": ".bulk_delete_attributes",
    "BulkDeleteConfigurationsFilterpsaIntegrationType": ".bulk_delete_configurations_filterpsa_integration_type",
    "BulkDeleteConfigurationsFilterrmmIntegrationType": ".bulk_delete_configurations_filterrmm_integration_type",
    "BulkDeleteOrganizationsFilterpsaIntegrationType": ".bulk_delete_organizations_filterpsa_integration_type",
    "BulkUpdateConfigurationsFilterpsaIntegrationType": ".bulk_update_configurations_filterpsa_integration_type",
    "BulkUpdateConfigurationsFilterrmmIntegrationType": ".bulk_update_configurations_filterrmm_integration_type",
    "BulkUpdateOrganizationsFilterpsaIntegrationType": ".bulk_update_organizations_filterpsa_integration_type",
    "Checklist": ".checklist",
    "ChecklistAttributes": ".checklist_attributes",
    "ChecklistBulkDeleteItem": ".checklist_bulk_delete_item",
    "ChecklistBulkDeleteRequest": ".checklist_bulk_delete_request",
    "ChecklistBulkUpdateAttributes": ".checklist_bulk_update_attributes",
    "ChecklistBulkUpdateItem": ".checklist_bulk_update_item",
    "ChecklistBulkUpdateRequest": ".checklist_bulk_update_request",
    "ChecklistCollection": ".checklist_collection",
    "ChecklistCreateRequest": ".checklist_create_request",
    "ChecklistCreateResult": ".checklist_create_result",
    "ChecklistDocument": ".checklist_document",
    "ChecklistList": ".checklist_list",
    "ChecklistResourceType": ".checklist_resource_type",
    "ChecklistSort": ".checklist_sort",
    "ChecklistTask": ".checklist_task",
    "ChecklistTaskAttributes": ".checklist_task_attributes",
    "ChecklistTaskDocument": ".checklist_task_document",
    "ChecklistTaskList": ".checklist_task_list",
    "ChecklistTaskResourceType": ".checklist_task_resource_type",
    "ChecklistTaskSort": ".checklist_task_sort",
    "ChecklistTaskWriteResourceType": ".checklist_task_write_resource_type",
    "ChecklistTemplate": ".checklist_template",
    "ChecklistTemplateAttributes": ".checklist_template_attributes",
    "ChecklistTemplateDocument": ".checklist_template_document",
    "ChecklistTemplateList": ".checklist_template_list",
    "ChecklistTemplateResourceType": ".checklist_template_resource_type",
    "ChecklistTemplateSort": ".checklist_template_sort",
    "ChecklistTemplateWriteResourceType": ".checklist_template_write_resource_type",
    "ChecklistUpdateRequest": ".checklist_update_request",
    "ChecklistWrite": ".checklist_write",
    "ChecklistWriteAttributes": ".checklist_write_attributes",
    "ChecklistWriteResourceType": ".checklist_write_resource_type",
    "Configuration": ".configuration",
    "ConfigurationAttributes": ".configuration_attributes",
    "ConfigurationBulkDeleteItem": ".configuration_bulk_delete_item",
    "ConfigurationBulkDeleteRequest": ".configuration_bulk_delete_request",
    "ConfigurationBulkUpdateAttributes": ".configuration_bulk_update_attributes",
    "ConfigurationBulkUpdateItem": ".configuration_bulk_update_item",
    "ConfigurationBulkUpdateRequest": ".configuration_bulk_update_request",
    "ConfigurationCollection": ".configuration_collection",
    "ConfigurationCreateRequest": ".configuration_create_request",
    "ConfigurationCreateResult": ".configuration_create_result",
    "ConfigurationDocument": ".configuration_document",
    "ConfigurationInterface": ".configuration_interface",
    "ConfigurationInterfaceAttributes": ".configuration_interface_attributes",
    "ConfigurationInterfaceBulkUpdateAttributes": ".configuration_interface_bulk_update_attributes",
    "ConfigurationInterfaceBulkUpdateItem": ".configuration_interface_bulk_update_item",
    "ConfigurationInterfaceBulkUpdateRequest": ".configuration_interface_bulk_update_request",
    "ConfigurationInterfaceCollection": ".configuration_interface_collection",
    "ConfigurationInterfaceCreateRequest": ".configuration_interface_create_request",
    "ConfigurationInterfaceCreateResult": ".configuration_interface_create_result",
    "ConfigurationInterfaceDocument": ".configuration_interface_document",
    "ConfigurationInterfaceList": ".configuration_interface_list",
    "ConfigurationInterfaceResourceType": ".configuration_interface_resource_type",
    "ConfigurationInterfaceSort": ".configuration_interface_sort",
    "ConfigurationInterfaceUpdateRequest": ".configuration_interface_update_request",
    "ConfigurationInterfaceWrite": ".configuration_interface_write",
    "ConfigurationInterfaceWriteAttributes": ".configuration_interface_write_attributes",
    "ConfigurationInterfaceWriteList": ".configuration_interface_write_list",
    "ConfigurationInterfaceWriteResourceType": ".configuration_interface_write_resource_type",
    "ConfigurationList": ".configuration_list",
    "ConfigurationResourceType": ".configuration_resource_type",
    "ConfigurationSort": ".configuration_sort",
    "ConfigurationStatus": ".configuration_status",
    "ConfigurationStatusAttributes": ".configuration_status_attributes",
    "ConfigurationStatusCreateRequest": ".configuration_status_create_request",
    "ConfigurationStatusCreateResult": ".configuration_status_create_result",
    "ConfigurationStatusDocument": ".configuration_status_document",
    "ConfigurationStatusList": ".configuration_status_list",
    "ConfigurationStatusResourceType": ".configuration_status_resource_type",
    "ConfigurationStatusSort": ".configuration_status_sort",
    "ConfigurationStatusUpdateRequest": ".configuration_status_update_request",
    "ConfigurationStatusWrite": ".configuration_status_write",
    "ConfigurationStatusWriteAttributes": ".configuration_status_write_attributes",
    "ConfigurationStatusWriteResourceType": ".configuration_status_write_resource_type",
    "ConfigurationType": ".configuration_type",
    "ConfigurationTypeAttributes": ".configuration_type_attributes",
    "ConfigurationTypeCreateRequest": ".configuration_type_create_request",
    "ConfigurationTypeCreateResult": ".configuration_type_create_result",
    "ConfigurationTypeDocument": ".configuration_type_document",
    "ConfigurationTypeList": ".configuration_type_list",
    "ConfigurationTypeResourceType": ".configuration_type_resource_type",
    "ConfigurationTypeSort": ".configuration_type_sort",
    "ConfigurationTypeUpdateRequest": ".configuration_type_update_request",
    "ConfigurationTypeWrite": ".configuration_type_write",
    "ConfigurationTypeWriteAttributes": ".configuration_type_write_attributes",
    "ConfigurationTypeWriteResourceType": ".configuration_type_write_resource_type",
    "ConfigurationUpdateRequest": ".configuration_update_request",
    "ConfigurationWrite": ".configuration_write",
    "ConfigurationWriteAttributes": ".configuration_write_attributes",
    "ConfigurationWriteRelationships": ".configuration_write_relationships",
    "ConfigurationWriteResourceType": ".configuration_write_resource_type",
    "Contact": ".contact",
    "ContactAttributes": ".contact_attributes",
    "ContactBulkDeleteItem": ".contact_bulk_delete_item",
    "ContactBulkDeleteRequest": ".contact_bulk_delete_request",
    "ContactBulkUpdateAttributes": ".contact_bulk_update_attributes",
    "ContactBulkUpdateItem": ".contact_bulk_update_item",
    "ContactBulkUpdateRequest": ".contact_bulk_update_request",
    "ContactCollection": ".contact_collection",
    "ContactCreateRequest": ".contact_create_request",
    "ContactCreateResult": ".contact_create_result",
    "ContactDocument": ".contact_document",
    "ContactEmail": ".contact_email",
    "ContactEmailWrite": ".contact_email_write",
    "ContactList": ".contact_list",
    "ContactPhone": ".contact_phone",
    "ContactPhoneWrite": ".contact_phone_write",
    "ContactResourceType": ".contact_resource_type",
    "ContactSort": ".contact_sort",
    "ContactType": ".contact_type",
    "ContactTypeAttributes": ".contact_type_attributes",
    "ContactTypeCreateRequest": ".contact_type_create_request",
    "ContactTypeCreateResult": ".contact_type_create_result",
    "ContactTypeDocument": ".contact_type_document",
    "ContactTypeList": ".contact_type_list",
    "ContactTypeResourceType": ".contact_type_resource_type",
    "ContactTypeSort": ".contact_type_sort",
    "ContactTypeUpdateRequest": ".contact_type_update_request",
    "ContactTypeWrite": ".contact_type_write",
    "ContactTypeWriteAttributes": ".contact_type_write_attributes",
    "ContactTypeWriteResourceType": ".contact_type_write_resource_type",
    "ContactUpdateRequest": ".contact_update_request",
    "ContactWrite": ".contact_write",
    "ContactWriteAttributes": ".contact_write_attributes",
    "ContactWriteResourceType": ".contact_write_resource_type",
    "CopilotSmartAssistDocument": ".copilot_smart_assist_document",
    "CopilotSmartAssistDocumentAttributes": ".copilot_smart_assist_document_attributes",
    "CopilotSmartAssistDocumentBulkDeleteItem": ".copilot_smart_assist_document_bulk_delete_item",
    "CopilotSmartAssistDocumentBulkDeleteRequest": ".copilot_smart_assist_document_bulk_delete_request",
    "CopilotSmartAssistDocumentBulkUpdateAttributes": ".copilot_smart_assist_document_bulk_update_attributes",
    "CopilotSmartAssistDocumentBulkUpdateItem": ".copilot_smart_assist_document_bulk_update_item",
    "CopilotSmartAssistDocumentBulkUpdateRequest": ".copilot_smart_assist_document_bulk_update_request",
    "CopilotSmartAssistDocumentCollection": ".copilot_smart_assist_document_collection",
    "CopilotSmartAssistDocumentCreateRequest": ".copilot_smart_assist_document_create_request",
    "CopilotSmartAssistDocumentCreateResult": ".copilot_smart_assist_document_create_result",
    "CopilotSmartAssistDocumentDocument": ".copilot_smart_assist_document_document",
    "CopilotSmartAssistDocumentList": ".copilot_smart_assist_document_list",
    "CopilotSmartAssistDocumentResourceType": ".copilot_smart_assist_document_resource_type",
    "CopilotSmartAssistDocumentUpdateRequest": ".copilot_smart_assist_document_update_request",
    "CopilotSmartAssistDocumentWrite": ".copilot_smart_assist_document_write",
    "CopilotSmartAssistDocumentWriteAttributes": ".copilot_smart_assist_document_write_attributes",
    "CopilotSmartAssistDocumentWriteResourceType": ".copilot_smart_assist_document_write_resource_type",
    "Country": ".country",
    "CountryAttributes": ".country_attributes",
    "CountryDocument": ".country_document",
    "CountryList": ".country_list",
    "CountryResourceType": ".country_resource_type",
    "CountrySort": ".country_sort",
    "CountryWriteResourceType": ".country_write_resource_type",
    "Document": ".document",
    "DocumentAttributes": ".document_attributes",
    "DocumentBulkDeleteItem": ".document_bulk_delete_item",
    "DocumentBulkDeleteRequest": ".document_bulk_delete_request",
    "DocumentBulkUpdateAttributes": ".document_bulk_update_attributes",
    "DocumentBulkUpdateItem": ".document_bulk_update_item",
    "DocumentBulkUpdateRequest": ".document_bulk_update_request",
    "DocumentCollection": ".document_collection",
    "DocumentCreateRequest": ".document_create_request",
    "DocumentCreateResult": ".document_create_result",
    "DocumentDocument": ".document_document",
    "DocumentImage": ".document_image",
    "DocumentImageAttributes": ".document_image_attributes",
    "DocumentImageAttributesUrls": ".document_image_attributes_urls",
    "DocumentImageCreateRequest": ".document_image_create_request",
    "DocumentImageCreateResult": ".document_image_create_result",
    "DocumentImageDocument": ".document_image_document",
    "DocumentImageList": ".document_image_list",
    "DocumentImageResourceType": ".document_image_resource_type",
    "DocumentImageTarget": ".document_image_target",
    "DocumentImageTargetType": ".document_image_target_type",
    "DocumentImageUpdateRequest": ".document_image_update_request",
    "DocumentImageUpload": ".document_image_upload",
    "DocumentImageWrite": ".document_image_write",
    "DocumentImageWriteAttributes": ".document_image_write_attributes",
    "DocumentImageWriteResourceType": ".document_image_write_resource_type",
    "DocumentList": ".document_list",
    "DocumentResourceType": ".document_resource_type",
    "DocumentSection": ".document_section",
    "DocumentSectionAttributes": ".document_section_attributes",
    "DocumentSectionCreateRequest": ".document_section_create_request",
    "DocumentSectionCreateResult": ".document_section_create_result",
    "DocumentSectionDocument": ".document_section_document",
    "DocumentSectionKind": ".document_section_kind",
    "DocumentSectionList": ".document_section_list",
    "DocumentSectionResourceType": ".document_section_resource_type",
    "DocumentSectionUpdateRequest": ".document_section_update_request",
    "DocumentSectionWrite": ".document_section_write",
    "DocumentSectionWriteAttributes": ".document_section_write_attributes",
    "DocumentSectionWriteResourceType": ".document_section_write_resource_type",
    "DocumentSort": ".document_sort",
    "DocumentUpdateRequest": ".document_update_request",
    "DocumentWrite": ".document_write",
    "DocumentWriteAttributes": ".document_write_attributes",
    "DocumentWriteResourceType": ".document_write_resource_type",
    "Domain": ".domain",
    "DomainAttributes": ".domain_attributes",
    "DomainDocument": ".domain_document",
    "DomainList": ".domain_list",
    "DomainResourceType": ".domain_resource_type",
    "DomainSort": ".domain_sort",
    "DomainWriteResourceType": ".domain_write_resource_type",
    "ErrorDocument": ".error_document",
    "ErrorObject": ".error_object",
    "ErrorSource": ".error_source",
    "Expiration": ".expiration",
    "ExpirationAttributes": ".expiration_attributes",
    "ExpirationDocument": ".expiration_document",
    "ExpirationList": ".expiration_list",
    "ExpirationResourceType": ".expiration_resource_type",
    "ExpirationSort": ".expiration_sort",
    "ExpirationWriteResourceType": ".expiration_write_resource_type",
    "Export": ".export",
    "ExportAttributes": ".export_attributes",
    "ExportCreateRequest": ".export_create_request",
    "ExportCreateResult": ".export_create_result",
    "ExportDocument": ".export_document",
    "ExportList": ".export_list",
    "ExportResourceType": ".export_resource_type",
    "ExportSort": ".export_sort",
    "ExportUpdateRequest": ".export_update_request",
    "ExportWrite": ".export_write",
    "ExportWriteAttributes": ".export_write_attributes",
    "ExportWriteResourceType": ".export_write_resource_type",
    "FileUpload": ".file_upload",
    "FlexibleAsset": ".flexible_asset",
    "FlexibleAssetAttributes": ".flexible_asset_attributes",
    "FlexibleAssetBulkDeleteItem": ".flexible_asset_bulk_delete_item",
    "FlexibleAssetBulkDeleteRequest": ".flexible_asset_bulk_delete_request",
    "FlexibleAssetBulkUpdateAttributes": ".flexible_asset_bulk_update_attributes",
    "FlexibleAssetBulkUpdateItem": ".flexible_asset_bulk_update_item",
    "FlexibleAssetBulkUpdateRequest": ".flexible_asset_bulk_update_request",
    "FlexibleAssetCollection": ".flexible_asset_collection",
    "FlexibleAssetCreateRequest": ".flexible_asset_create_request",
    "FlexibleAssetCreateResult": ".flexible_asset_create_result",
    "FlexibleAssetDocument": ".flexible_asset_document",
    "FlexibleAssetField": ".flexible_asset_field",
    "FlexibleAssetFieldAttributes": ".flexible_asset_field_attributes",
    "FlexibleAssetFieldBulkUpdateAttributes": ".flexible_asset_field_bulk_update_attributes",
    "FlexibleAssetFieldBulkUpdateItem": ".flexible_asset_field_bulk_update_item",
    "FlexibleAssetFieldBulkUpdateRequest": ".flexible_asset_field_bulk_update_request",
    "FlexibleAssetFieldCollection": ".flexible_asset_field_collection",
    "FlexibleAssetFieldCreateRequest": ".flexible_asset_field_create_request",
    "FlexibleAssetFieldCreateResult": ".flexible_asset_field_create_result",
    "FlexibleAssetFieldDocument": ".flexible_asset_field_document",
    "FlexibleAssetFieldKind": ".flexible_asset_field_kind",
    "FlexibleAssetFieldList": ".flexible_asset_field_list",
    "FlexibleAssetFieldResourceType": ".flexible_asset_field_resource_type",
    "FlexibleAssetFieldSort": ".flexible_asset_field_sort",
    "FlexibleAssetFieldUpdateRequest": ".flexible_asset_field_update_request",
    "FlexibleAssetFieldWrite": ".flexible_asset_field_write",
    "FlexibleAssetFieldWriteAttributes": ".flexible_asset_field_write_attributes",
    "FlexibleAssetFieldWriteList": ".flexible_asset_field_write_list",
    "FlexibleAssetFieldWriteResourceType": ".flexible_asset_field_write_resource_type",
    "FlexibleAssetList": ".flexible_asset_list",
    "FlexibleAssetResourceType": ".flexible_asset_resource_type",
    "FlexibleAssetSort": ".flexible_asset_sort",
    "FlexibleAssetTraits": ".flexible_asset_traits",
    "FlexibleAssetType": ".flexible_asset_type",
    "FlexibleAssetTypeAttributes": ".flexible_asset_type_attributes",
    "FlexibleAssetTypeCreateRequest": ".flexible_asset_type_create_request",
    "FlexibleAssetTypeCreateResult": ".flexible_asset_type_create_result",
    "FlexibleAssetTypeDocument": ".flexible_asset_type_document",
    "FlexibleAssetTypeList": ".flexible_asset_type_list",
    "FlexibleAssetTypeResourceType": ".flexible_asset_type_resource_type",
    "FlexibleAssetTypeSort": ".flexible_asset_type_sort",
    "FlexibleAssetTypeUpdate": ".flexible_asset_type_update",
    "FlexibleAssetTypeUpdateRequest": ".flexible_asset_type_update_request",
    "FlexibleAssetTypeWrite": ".flexible_asset_type_write",
    "FlexibleAssetTypeWriteAttributes": ".flexible_asset_type_write_attributes",
    "FlexibleAssetTypeWriteRelationships": ".flexible_asset_type_write_relationships",
    "FlexibleAssetTypeWriteResourceType": ".flexible_asset_type_write_resource_type",
    "FlexibleAssetUpdateRequest": ".flexible_asset_update_request",
    "FlexibleAssetWrite": ".flexible_asset_write",
    "FlexibleAssetWriteAttributes": ".flexible_asset_write_attributes",
    "FlexibleAssetWriteResourceType": ".flexible_asset_write_resource_type",
    "GatewayError": ".gateway_error",
    "GenericResource": ".generic_resource",
    "GenericResourceAttributes": ".generic_resource_attributes",
    "Group": ".group",
    "GroupAttributes": ".group_attributes",
    "GroupBulkUpdateAttributes": ".group_bulk_update_attributes",
    "GroupBulkUpdateItem": ".group_bulk_update_item",
    "GroupBulkUpdateRequest": ".group_bulk_update_request",
    "GroupCollection": ".group_collection",
    "GroupCreateRequest": ".group_create_request",
    "GroupCreateResult": ".group_create_result",
    "GroupDocument": ".group_document",
    "GroupList": ".group_list",
    "GroupResourceType": ".group_resource_type",
    "GroupSort": ".group_sort",
    "GroupUpdateRequest": ".group_update_request",
    "GroupWrite": ".group_write",
    "GroupWriteAttributes": ".group_write_attributes",
    "GroupWriteResourceType": ".group_write_resource_type",
    "ListConfigurationsFilterpsaIntegrationType": ".list_configurations_filterpsa_integration_type",
    "ListConfigurationsFilterrmmIntegrationType": ".list_configurations_filterrmm_integration_type",
    "ListContactsFilterpsaIntegrationType": ".list_contacts_filterpsa_integration_type",
    "ListCopilotSmartAssistDocumentsFiltertype": ".list_copilot_smart_assist_documents_filtertype",
    "ListDocumentDocumentSectionsSort": ".list_document_document_sections_sort",
    "ListLinks": ".list_links",
    "ListLocationsFilterpsaIntegrationType": ".list_locations_filterpsa_integration_type",
    "ListMeta": ".list_meta",
    "ListMetaFilters": ".list_meta_filters",
    "ListOrganizationCopilotSmartAssistDocumentsFiltertype": ".list_organization_copilot_smart_assist_documents_filtertype",
    "ListOrganizationsFilterpsaIntegrationType": ".list_organizations_filterpsa_integration_type",
    "ListUsersFilterroleName": ".list_users_filterrole_name",
    "Location": ".location",
    "LocationAttributes": ".location_attributes",
    "LocationBulkDeleteItem": ".location_bulk_delete_item",
    "LocationBulkDeleteRequest": ".location_bulk_delete_request",
    "LocationBulkUpdateAttributes": ".location_bulk_update_attributes",
    "LocationBulkUpdateItem": ".location_bulk_update_item",
    "LocationBulkUpdateRequest": ".location_bulk_update_request",
    "LocationCollection": ".location_collection",
    "LocationCreateRequest": ".location_create_request",
    "LocationCreateResult": ".location_create_result",
    "LocationDocument": ".location_document",
    "LocationList": ".location_list",
    "LocationResourceType": ".location_resource_type",
    "LocationSort": ".location_sort",
    "LocationUpdateRequest": ".location_update_request",
    "LocationWrite": ".location_write",
    "LocationWriteAttributes": ".location_write_attributes",
    "LocationWriteResourceType": ".location_write_resource_type",
    "Log": ".log",
    "LogAttributes": ".log_attributes",
    "LogDocument": ".log_document",
    "LogList": ".log_list",
    "LogResourceType": ".log_resource_type",
    "LogSort": ".log_sort",
    "LogWriteResourceType": ".log_write_resource_type",
    "Manufacturer": ".manufacturer",
    "ManufacturerAttributes": ".manufacturer_attributes",
    "ManufacturerCreateRequest": ".manufacturer_create_request",
    "ManufacturerCreateResult": ".manufacturer_create_result",
    "ManufacturerDocument": ".manufacturer_document",
    "ManufacturerList": ".manufacturer_list",
    "ManufacturerResourceType": ".manufacturer_resource_type",
    "ManufacturerSort": ".manufacturer_sort",
    "ManufacturerUpdateRequest": ".manufacturer_update_request",
    "ManufacturerWrite": ".manufacturer_write",
    "ManufacturerWriteAttributes": ".manufacturer_write_attributes",
    "ManufacturerWriteResourceType": ".manufacturer_write_resource_type",
    "Model": ".model",
    "ModelAttributes": ".model_attributes",
    "ModelBulkUpdateAttributes": ".model_bulk_update_attributes",
    "ModelBulkUpdateItem": ".model_bulk_update_item",
    "ModelBulkUpdateRequest": ".model_bulk_update_request",
    "ModelCollection": ".model_collection",
    "ModelCreateRequest": ".model_create_request",
    "ModelCreateResult": ".model_create_result",
    "ModelDocument": ".model_document",
    "ModelList": ".model_list",
    "ModelResourceType": ".model_resource_type",
    "ModelSort": ".model_sort",
    "ModelUpdateRequest": ".model_update_request",
    "ModelWrite": ".model_write",
    "ModelWriteAttributes": ".model_write_attributes",
    "ModelWriteResourceType": ".model_write_resource_type",
    "OperatingSystem": ".operating_system",
    "OperatingSystemAttributes": ".operating_system_attributes",
    "OperatingSystemDocument": ".operating_system_document",
    "OperatingSystemList": ".operating_system_list",
    "OperatingSystemResourceType": ".operating_system_resource_type",
    "OperatingSystemSort": ".operating_system_sort",
    "OperatingSystemWriteResourceType": ".operating_system_write_resource_type",
    "Organization": ".organization",
    "OrganizationAttributes": ".organization_attributes",
    "OrganizationBulkDeleteItem": ".organization_bulk_delete_item",
    "OrganizationBulkDeleteRequest": ".organization_bulk_delete_request",
    "OrganizationBulkUpdateAttributes": ".organization_bulk_update_attributes",
    "OrganizationBulkUpdateItem": ".organization_bulk_update_item",
    "OrganizationBulkUpdateRequest": ".organization_bulk_update_request",
    "OrganizationCollection": ".organization_collection",
    "OrganizationCreateRequest": ".organization_create_request",
    "OrganizationCreateResult": ".organization_create_result",
    "OrganizationDocument": ".organization_document",
    "OrganizationList": ".organization_list",
    "OrganizationResourceType": ".organization_resource_type",
    "OrganizationSort": ".organization_sort",
    "OrganizationStatus": ".organization_status",
    "OrganizationStatusAttributes": ".organization_status_attributes",
    "OrganizationStatusCreateRequest": ".organization_status_create_request",
    "OrganizationStatusCreateResult": ".organization_status_create_result",
    "OrganizationStatusDocument": ".organization_status_document",
    "OrganizationStatusList": ".organization_status_list",
    "OrganizationStatusResourceType": ".organization_status_resource_type",
    "OrganizationStatusSort": ".organization_status_sort",
    "OrganizationStatusUpdateRequest": ".organization_status_update_request",
    "OrganizationStatusWrite": ".organization_status_write",
    "OrganizationStatusWriteAttributes": ".organization_status_write_attributes",
    "OrganizationStatusWriteResourceType": ".organization_status_write_resource_type",
    "OrganizationType": ".organization_type",
    "OrganizationTypeAttributes": ".organization_type_attributes",
    "OrganizationTypeCreateRequest": ".organization_type_create_request",
    "OrganizationTypeCreateResult": ".organization_type_create_result",
    "OrganizationTypeDocument": ".organization_type_document",
    "OrganizationTypeList": ".organization_type_list",
    "OrganizationTypeResourceType": ".organization_type_resource_type",
    "OrganizationTypeSort": ".organization_type_sort",
    "OrganizationTypeUpdateRequest": ".organization_type_update_request",
    "OrganizationTypeWrite": ".organization_type_write",
    "OrganizationTypeWriteAttributes": ".organization_type_write_attributes",
    "OrganizationTypeWriteResourceType": ".organization_type_write_resource_type",
    "OrganizationUpdateRequest": ".organization_update_request",
    "OrganizationWrite": ".organization_write",
    "OrganizationWriteAttributes": ".organization_write_attributes",
    "OrganizationWriteResourceType": ".organization_write_resource_type",
    "Password": ".password",
    "PasswordAttributes": ".password_attributes",
    "PasswordBulkDeleteItem": ".password_bulk_delete_item",
    "PasswordBulkDeleteRequest": ".password_bulk_delete_request",
    "PasswordBulkUpdateAttributes": ".password_bulk_update_attributes",
    "PasswordBulkUpdateItem": ".password_bulk_update_item",
    "PasswordBulkUpdateRequest": ".password_bulk_update_request",
    "PasswordCategory": ".password_category",
    "PasswordCategoryAttributes": ".password_category_attributes",
    "PasswordCategoryCreateRequest": ".password_category_create_request",
    "PasswordCategoryCreateResult": ".password_category_create_result",
    "PasswordCategoryDocument": ".password_category_document",
    "PasswordCategoryList": ".password_category_list",
    "PasswordCategoryResourceType": ".password_category_resource_type",
    "PasswordCategorySort": ".password_category_sort",
    "PasswordCategoryUpdateRequest": ".password_category_update_request",
    "PasswordCategoryWrite": ".password_category_write",
    "PasswordCategoryWriteAttributes": ".password_category_write_attributes",
    "PasswordCategoryWriteResourceType": ".password_category_write_resource_type",
    "PasswordCollection": ".password_collection",
    "PasswordCreateRequest": ".password_create_request",
    "PasswordCreateResult": ".password_create_result",
    "PasswordDocument": ".password_document",
    "PasswordFolder": ".password_folder",
    "PasswordFolderAttributes": ".password_folder_attributes",
    "PasswordFolderBulkDeleteItem": ".password_folder_bulk_delete_item",
    "PasswordFolderBulkDeleteRequest": ".password_folder_bulk_delete_request",
    "PasswordFolderBulkUpdateAttributes": ".password_folder_bulk_update_attributes",
    "PasswordFolderBulkUpdateItem": ".password_folder_bulk_update_item",
    "PasswordFolderBulkUpdateRequest": ".password_folder_bulk_update_request",
    "PasswordFolderCollection": ".password_folder_collection",
    "PasswordFolderCreateRequest": ".password_folder_create_request",
    "PasswordFolderCreateResult": ".password_folder_create_result",
    "PasswordFolderDocument": ".password_folder_document",
    "PasswordFolderList": ".password_folder_list",
    "PasswordFolderResourceType": ".password_folder_resource_type",
    "PasswordFolderSort": ".password_folder_sort",
    "PasswordFolderUpdateRequest": ".password_folder_update_request",
    "PasswordFolderWrite": ".password_folder_write",
    "PasswordFolderWriteAttributes": ".password_folder_write_attributes",
    "PasswordFolderWriteResourceType": ".password_folder_write_resource_type",
    "PasswordList": ".password_list",
    "PasswordResourceType": ".password_resource_type",
    "PasswordSort": ".password_sort",
    "PasswordUpdateRequest": ".password_update_request",
    "PasswordWrite": ".password_write",
    "PasswordWriteAttributes": ".password_write_attributes",
    "PasswordWriteResourceType": ".password_write_resource_type",
    "Platform": ".platform",
    "PlatformAttributes": ".platform_attributes",
    "PlatformDocument": ".platform_document",
    "PlatformList": ".platform_list",
    "PlatformResourceType": ".platform_resource_type",
    "PlatformSort": ".platform_sort",
    "PlatformWriteResourceType": ".platform_write_resource_type",
    "Region": ".region",
    "RegionAttributes": ".region_attributes",
    "RegionDocument": ".region_document",
    "RegionList": ".region_list",
    "RegionResourceType": ".region_resource_type",
    "RegionSort": ".region_sort",
    "RegionWriteResourceType": ".region_write_resource_type",
    "RelatedItem": ".related_item",
    "RelatedItemAttributes": ".related_item_attributes",
    "RelatedItemBulkDeleteItem": ".related_item_bulk_delete_item",
    "RelatedItemBulkDeleteRequest": ".related_item_bulk_delete_request",
    "RelatedItemCollection": ".related_item_collection",
    "RelatedItemCreateRequest": ".related_item_create_request",
    "RelatedItemCreateResult": ".related_item_create_result",
    "RelatedItemDestinationType": ".related_item_destination_type",
    "RelatedItemDocument": ".related_item_document",
    "RelatedItemList": ".related_item_list",
    "RelatedItemResourceType": ".related_item_resource_type",
    "RelatedItemUpdate": ".related_item_update",
    "RelatedItemUpdateAttributes": ".related_item_update_attributes",
    "RelatedItemUpdateRequest": ".related_item_update_request",
    "RelatedItemWrite": ".related_item_write",
    "RelatedItemWriteAttributes": ".related_item_write_attributes",
    "RelatedItemWriteResourceType": ".related_item_write_resource_type",
    "RelationshipLinkage": ".relationship_linkage",
    "Relationships": ".relationships",
    "ResourceAccess": ".resource_access",
    "ResourceAccessAttributes": ".resource_access_attributes",
    "ResourceAccessMeta": ".resource_access_meta",
    "ResourceAccessResourceType": ".resource_access_resource_type",
    "ResourceIdentifier": ".resource_identifier",
    "User": ".user",
    "UserAttributes": ".user_attributes",
    "UserCreateRequest": ".user_create_request",
    "UserCreateResult": ".user_create_result",
    "UserDocument": ".user_document",
    "UserList": ".user_list",
    "UserMetric": ".user_metric",
    "UserMetricAttributes": ".user_metric_attributes",
    "UserMetricDocument": ".user_metric_document",
    "UserMetricList": ".user_metric_list",
    "UserMetricResourceType": ".user_metric_resource_type",
    "UserMetricSort": ".user_metric_sort",
    "UserMetricWriteResourceType": ".user_metric_write_resource_type",
    "UserResourceType": ".user_resource_type",
    "UserSort": ".user_sort",
    "UserUpdateRequest": ".user_update_request",
    "UserWrite": ".user_write",
    "UserWriteAttributes": ".user_write_attributes",
    "UserWriteResourceType": ".user_write_resource_type",
}
"""Model name -> the module (relative to this package) that defines it."""

# Hidden from type checkers, so that a misspelt name is an error for them, not `Any`.
if not TYPE_CHECKING:
    import importlib

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


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
