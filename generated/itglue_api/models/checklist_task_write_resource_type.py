from typing import Literal

ChecklistTaskWriteResourceType = Literal["checklist-tasks", "checklist_tasks"]

CHECKLIST_TASK_WRITE_RESOURCE_TYPE_VALUES: set[ChecklistTaskWriteResourceType] = {
    "checklist-tasks",
    "checklist_tasks",
}


def check_checklist_task_write_resource_type(
    value: str,
) -> ChecklistTaskWriteResourceType:
    if value in CHECKLIST_TASK_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_TASK_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
