from typing import Literal

ChecklistWriteResourceType = Literal["checklists"]

CHECKLIST_WRITE_RESOURCE_TYPE_VALUES: set[ChecklistWriteResourceType] = {
    "checklists",
}


def check_checklist_write_resource_type(value: str) -> ChecklistWriteResourceType:
    if value in CHECKLIST_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
