from typing import Literal

DocumentSectionWriteResourceType = Literal["document-sections", "document_sections"]

DOCUMENT_SECTION_WRITE_RESOURCE_TYPE_VALUES: set[DocumentSectionWriteResourceType] = {
    "document-sections",
    "document_sections",
}


def check_document_section_write_resource_type(
    value: str,
) -> DocumentSectionWriteResourceType:
    if value in DOCUMENT_SECTION_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_SECTION_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
