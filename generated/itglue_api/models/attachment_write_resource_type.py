from typing import Literal

AttachmentWriteResourceType = Literal["attachments"]

ATTACHMENT_WRITE_RESOURCE_TYPE_VALUES: set[AttachmentWriteResourceType] = {
    "attachments",
}


def check_attachment_write_resource_type(value: str) -> AttachmentWriteResourceType:
    if value in ATTACHMENT_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTACHMENT_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
