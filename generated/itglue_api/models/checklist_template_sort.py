from typing import Literal

ChecklistTemplateSort = Literal[
    "-created_at", "-updated_at", "created_at", "updated_at"
]

CHECKLIST_TEMPLATE_SORT_VALUES: set[ChecklistTemplateSort] = {
    "-created_at",
    "-updated_at",
    "created_at",
    "updated_at",
}


def check_checklist_template_sort(value: str) -> ChecklistTemplateSort:
    if value in CHECKLIST_TEMPLATE_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_TEMPLATE_SORT_VALUES!r}"
    )
