from typing import Literal

DomainSort = Literal["-created_at", "-updated_at", "created_at", "updated_at"]

DOMAIN_SORT_VALUES: set[DomainSort] = {
    "-created_at",
    "-updated_at",
    "created_at",
    "updated_at",
}


def check_domain_sort(value: str) -> DomainSort:
    if value in DOMAIN_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_SORT_VALUES!r}"
    )
