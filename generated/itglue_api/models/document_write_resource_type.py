from typing import Literal

DocumentWriteResourceType = Literal["documents"]

DOCUMENT_WRITE_RESOURCE_TYPE_VALUES: set[DocumentWriteResourceType] = {
    "documents",
}


def check_document_write_resource_type(value: str) -> DocumentWriteResourceType:
    if value in DOCUMENT_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
