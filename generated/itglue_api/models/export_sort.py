from typing import Literal

ExportSort = Literal["-created_at", "-updated_at", "created_at", "updated_at"]

EXPORT_SORT_VALUES: set[ExportSort] = {
    "-created_at",
    "-updated_at",
    "created_at",
    "updated_at",
}


def check_export_sort(value: str) -> ExportSort:
    if value in EXPORT_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_SORT_VALUES!r}"
    )
