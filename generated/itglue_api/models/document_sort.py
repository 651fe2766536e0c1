from typing import Literal

DocumentSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

DOCUMENT_SORT_VALUES: set[DocumentSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_document_sort(value: str) -> DocumentSort:
    if value in DOCUMENT_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_SORT_VALUES!r}"
    )
