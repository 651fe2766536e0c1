from typing import Literal

ContactTypeWriteResourceType = Literal["contact-types", "contact_types"]

CONTACT_TYPE_WRITE_RESOURCE_TYPE_VALUES: set[ContactTypeWriteResourceType] = {
    "contact-types",
    "contact_types",
}


def check_contact_type_write_resource_type(value: str) -> ContactTypeWriteResourceType:
    if value in CONTACT_TYPE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
