from typing import Literal

ListCopilotSmartAssistDocumentsFiltertype = Literal[
    "duplicate", "expired", "not_viewed", "stale"
]

LIST_COPILOT_SMART_ASSIST_DOCUMENTS_FILTERTYPE_VALUES: set[
    ListCopilotSmartAssistDocumentsFiltertype
] = {
    "duplicate",
    "expired",
    "not_viewed",
    "stale",
}


def check_list_copilot_smart_assist_documents_filtertype(
    value: str,
) -> ListCopilotSmartAssistDocumentsFiltertype:
    if value in LIST_COPILOT_SMART_ASSIST_DOCUMENTS_FILTERTYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_COPILOT_SMART_ASSIST_DOCUMENTS_FILTERTYPE_VALUES!r}"
    )
