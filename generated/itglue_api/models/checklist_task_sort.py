from typing import Literal

ChecklistTaskSort = Literal["-created_at", "-updated_at", "created_at", "updated_at"]

CHECKLIST_TASK_SORT_VALUES: set[ChecklistTaskSort] = {
    "-created_at",
    "-updated_at",
    "created_at",
    "updated_at",
}


def check_checklist_task_sort(value: str) -> ChecklistTaskSort:
    if value in CHECKLIST_TASK_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_TASK_SORT_VALUES!r}"
    )
