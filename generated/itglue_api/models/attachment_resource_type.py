from typing import Literal

AttachmentResourceType = Literal["attachments"]

ATTACHMENT_RESOURCE_TYPE_VALUES: set[AttachmentResourceType] = {
    "attachments",
}


def check_attachment_resource_type(value: str) -> AttachmentResourceType:
    if value in ATTACHMENT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTACHMENT_RESOURCE_TYPE_VALUES!r}"
    )
