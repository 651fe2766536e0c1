from typing import Literal

ChecklistTaskResourceType = Literal["checklist-tasks"]

CHECKLIST_TASK_RESOURCE_TYPE_VALUES: set[ChecklistTaskResourceType] = {
    "checklist-tasks",
}


def check_checklist_task_resource_type(value: str) -> ChecklistTaskResourceType:
    if value in CHECKLIST_TASK_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_TASK_RESOURCE_TYPE_VALUES!r}"
    )
