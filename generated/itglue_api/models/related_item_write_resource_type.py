from typing import Literal

RelatedItemWriteResourceType = Literal["related-items", "related_items"]

RELATED_ITEM_WRITE_RESOURCE_TYPE_VALUES: set[RelatedItemWriteResourceType] = {
    "related-items",
    "related_items",
}


def check_related_item_write_resource_type(value: str) -> RelatedItemWriteResourceType:
    if value in RELATED_ITEM_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELATED_ITEM_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
