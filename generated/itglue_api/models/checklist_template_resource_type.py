from typing import Literal

ChecklistTemplateResourceType = Literal["checklist-templates"]

CHECKLIST_TEMPLATE_RESOURCE_TYPE_VALUES: set[ChecklistTemplateResourceType] = {
    "checklist-templates",
}


def check_checklist_template_resource_type(value: str) -> ChecklistTemplateResourceType:
    if value in CHECKLIST_TEMPLATE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_TEMPLATE_RESOURCE_TYPE_VALUES!r}"
    )
