from typing import Literal

DocumentImageResourceType = Literal["document-images"]

DOCUMENT_IMAGE_RESOURCE_TYPE_VALUES: set[DocumentImageResourceType] = {
    "document-images",
}


def check_document_image_resource_type(value: str) -> DocumentImageResourceType:
    if value in DOCUMENT_IMAGE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_IMAGE_RESOURCE_TYPE_VALUES!r}"
    )
