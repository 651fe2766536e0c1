from typing import Literal

RelatedItemResourceType = Literal["related-items"]

RELATED_ITEM_RESOURCE_TYPE_VALUES: set[RelatedItemResourceType] = {
    "related-items",
}


def check_related_item_resource_type(value: str) -> RelatedItemResourceType:
    if value in RELATED_ITEM_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELATED_ITEM_RESOURCE_TYPE_VALUES!r}"
    )
