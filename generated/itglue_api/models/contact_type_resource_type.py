from typing import Literal

ContactTypeResourceType = Literal["contact-types"]

CONTACT_TYPE_RESOURCE_TYPE_VALUES: set[ContactTypeResourceType] = {
    "contact-types",
}


def check_contact_type_resource_type(value: str) -> ContactTypeResourceType:
    if value in CONTACT_TYPE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_RESOURCE_TYPE_VALUES!r}"
    )
