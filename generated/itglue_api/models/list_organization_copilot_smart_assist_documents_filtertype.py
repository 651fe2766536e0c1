from typing import Literal

ListOrganizationCopilotSmartAssistDocumentsFiltertype = Literal[
    "duplicate", "expired", "not_viewed", "stale"
]

LIST_ORGANIZATION_COPILOT_SMART_ASSIST_DOCUMENTS_FILTERTYPE_VALUES: set[
    ListOrganizationCopilotSmartAssistDocumentsFiltertype
] = {
    "duplicate",
    "expired",
    "not_viewed",
    "stale",
}


def check_list_organization_copilot_smart_assist_documents_filtertype(
    value: str,
) -> ListOrganizationCopilotSmartAssistDocumentsFiltertype:
    if value in LIST_ORGANIZATION_COPILOT_SMART_ASSIST_DOCUMENTS_FILTERTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_COPILOT_SMART_ASSIST_DOCUMENTS_FILTERTYPE_VALUES!r}"
    )
