from typing import Literal

DocumentImageWriteResourceType = Literal["document-images", "document_images"]

DOCUMENT_IMAGE_WRITE_RESOURCE_TYPE_VALUES: set[DocumentImageWriteResourceType] = {
    "document-images",
    "document_images",
}


def check_document_image_write_resource_type(
    value: str,
) -> DocumentImageWriteResourceType:
    if value in DOCUMENT_IMAGE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_IMAGE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
