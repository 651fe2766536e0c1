from typing import Literal

ChecklistResourceType = Literal["checklists"]

CHECKLIST_RESOURCE_TYPE_VALUES: set[ChecklistResourceType] = {
    "checklists",
}


def check_checklist_resource_type(value: str) -> ChecklistResourceType:
    if value in CHECKLIST_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_RESOURCE_TYPE_VALUES!r}"
    )
