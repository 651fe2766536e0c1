from typing import Literal

ContactResourceType = Literal["contacts"]

CONTACT_RESOURCE_TYPE_VALUES: set[ContactResourceType] = {
    "contacts",
}


def check_contact_resource_type(value: str) -> ContactResourceType:
    if value in CONTACT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_RESOURCE_TYPE_VALUES!r}"
    )
