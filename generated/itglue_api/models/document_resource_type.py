from typing import Literal

DocumentResourceType = Literal["documents"]

DOCUMENT_RESOURCE_TYPE_VALUES: set[DocumentResourceType] = {
    "documents",
}


def check_document_resource_type(value: str) -> DocumentResourceType:
    if value in DOCUMENT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_RESOURCE_TYPE_VALUES!r}"
    )
