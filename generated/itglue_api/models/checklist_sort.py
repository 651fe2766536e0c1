from typing import Literal

ChecklistSort = Literal[
    "-completed", "-created_at", "-updated_at", "completed", "created_at", "updated_at"
]

CHECKLIST_SORT_VALUES: set[ChecklistSort] = {
    "-completed",
    "-created_at",
    "-updated_at",
    "completed",
    "created_at",
    "updated_at",
}


def check_checklist_sort(value: str) -> ChecklistSort:
    if value in CHECKLIST_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_SORT_VALUES!r}"
    )
