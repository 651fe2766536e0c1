from typing import Literal

CopilotSmartAssistDocumentResourceType = Literal["copilot-smart-assist-documents"]

COPILOT_SMART_ASSIST_DOCUMENT_RESOURCE_TYPE_VALUES: set[
    CopilotSmartAssistDocumentResourceType
] = {
    "copilot-smart-assist-documents",
}


def check_copilot_smart_assist_document_resource_type(
    value: str,
) -> CopilotSmartAssistDocumentResourceType:
    if value in COPILOT_SMART_ASSIST_DOCUMENT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COPILOT_SMART_ASSIST_DOCUMENT_RESOURCE_TYPE_VALUES!r}"
    )
