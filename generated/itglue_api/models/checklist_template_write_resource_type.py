from typing import Literal

ChecklistTemplateWriteResourceType = Literal[
    "checklist-templates", "checklist_templates"
]

CHECKLIST_TEMPLATE_WRITE_RESOURCE_TYPE_VALUES: set[
    ChecklistTemplateWriteResourceType
] = {
    "checklist-templates",
    "checklist_templates",
}


def check_checklist_template_write_resource_type(
    value: str,
) -> ChecklistTemplateWriteResourceType:
    if value in CHECKLIST_TEMPLATE_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKLIST_TEMPLATE_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
