from typing import Literal

CopilotSmartAssistDocumentWriteResourceType = Literal[
    "copilot-smart-assist-documents", "copilot_smart_assist_documents"
]

COPILOT_SMART_ASSIST_DOCUMENT_WRITE_RESOURCE_TYPE_VALUES: set[
    CopilotSmartAssistDocumentWriteResourceType
] = {
    "copilot-smart-assist-documents",
    "copilot_smart_assist_documents",
}


def check_copilot_smart_assist_document_write_resource_type(
    value: str,
) -> CopilotSmartAssistDocumentWriteResourceType:
    if value in COPILOT_SMART_ASSIST_DOCUMENT_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COPILOT_SMART_ASSIST_DOCUMENT_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
