from typing import Literal

RelatedItemDestinationType = Literal[
    "Checklist",
    "Checklist Template",
    "Configuration",
    "Contact",
    "Datto Device",
    "Document",
    "Document Folder",
    "Domain",
    "Flexible Asset",
    "Location",
    "Organization",
    "Password",
    "SSL Certificate",
    "Ticket",
    "User",
]

RELATED_ITEM_DESTINATION_TYPE_VALUES: set[RelatedItemDestinationType] = {
    "Checklist",
    "Checklist Template",
    "Configuration",
    "Contact",
    "Datto Device",
    "Document",
    "Document Folder",
    "Domain",
    "Flexible Asset",
    "Location",
    "Organization",
    "Password",
    "SSL Certificate",
    "Ticket",
    "User",
}


def check_related_item_destination_type(value: str) -> RelatedItemDestinationType:
    if value in RELATED_ITEM_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELATED_ITEM_DESTINATION_TYPE_VALUES!r}"
    )
