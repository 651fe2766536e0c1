from typing import Literal

ListDocumentDocumentSectionsSort = Literal[
    "-created_at",
    "-id",
    "-sort",
    "-updated_at",
    "created_at",
    "id",
    "sort",
    "updated_at",
]

LIST_DOCUMENT_DOCUMENT_SECTIONS_SORT_VALUES: set[ListDocumentDocumentSectionsSort] = {
    "-created_at",
    "-id",
    "-sort",
    "-updated_at",
    "created_at",
    "id",
    "sort",
    "updated_at",
}


def check_list_document_document_sections_sort(
    value: str,
) -> ListDocumentDocumentSectionsSort:
    if value in LIST_DOCUMENT_DOCUMENT_SECTIONS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DOCUMENT_DOCUMENT_SECTIONS_SORT_VALUES!r}"
    )
