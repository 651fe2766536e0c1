from typing import Literal

ExpirationSort = Literal[
    "-created_at",
    "-expiration_date",
    "-id",
    "-organization_id",
    "-updated_at",
    "created_at",
    "expiration_date",
    "id",
    "organization_id",
    "updated_at",
]

EXPIRATION_SORT_VALUES: set[ExpirationSort] = {
    "-created_at",
    "-expiration_date",
    "-id",
    "-organization_id",
    "-updated_at",
    "created_at",
    "expiration_date",
    "id",
    "organization_id",
    "updated_at",
}


def check_expiration_sort(value: str) -> ExpirationSort:
    if value in EXPIRATION_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPIRATION_SORT_VALUES!r}"
    )
