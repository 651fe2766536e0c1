from typing import Literal

ContactWriteResourceType = Literal["contacts"]

CONTACT_WRITE_RESOURCE_TYPE_VALUES: set[ContactWriteResourceType] = {
    "contacts",
}


def check_contact_write_resource_type(value: str) -> ContactWriteResourceType:
    if value in CONTACT_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
