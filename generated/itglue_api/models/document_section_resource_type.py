from typing import Literal

DocumentSectionResourceType = Literal["document-sections"]

DOCUMENT_SECTION_RESOURCE_TYPE_VALUES: set[DocumentSectionResourceType] = {
    "document-sections",
}


def check_document_section_resource_type(value: str) -> DocumentSectionResourceType:
    if value in DOCUMENT_SECTION_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_SECTION_RESOURCE_TYPE_VALUES!r}"
    )
