from typing import Literal

GroupSort = Literal[
    "-created_at", "-name", "-updated_at", "created_at", "name", "updated_at"
]

GROUP_SORT_VALUES: set[GroupSort] = {
    "-created_at",
    "-name",
    "-updated_at",
    "created_at",
    "name",
    "updated_at",
}


def check_group_sort(value: str) -> GroupSort:
    if value in GROUP_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_SORT_VALUES!r}"
    )
