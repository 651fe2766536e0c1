from typing import Literal

DocumentSectionKind = Literal[
    "Document::Gallery", "Document::Heading", "Document::Step", "Document::Text"
]

DOCUMENT_SECTION_KIND_VALUES: set[DocumentSectionKind] = {
    "Document::Gallery",
    "Document::Heading",
    "Document::Step",
    "Document::Text",
}


def check_document_section_kind(value: str) -> DocumentSectionKind:
    if value in DOCUMENT_SECTION_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_SECTION_KIND_VALUES!r}"
    )
