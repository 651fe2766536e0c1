from typing import Literal

DocumentImageTargetType = Literal["document", "gallery"]

DOCUMENT_IMAGE_TARGET_TYPE_VALUES: set[DocumentImageTargetType] = {
    "document",
    "gallery",
}


def check_document_image_target_type(value: str) -> DocumentImageTargetType:
    if value in DOCUMENT_IMAGE_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_IMAGE_TARGET_TYPE_VALUES!r}"
    )
