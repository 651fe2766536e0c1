from typing import Literal

CountrySort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
]

COUNTRY_SORT_VALUES: set[CountrySort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "name",
    "updated_at",
}


def check_country_sort(value: str) -> CountrySort:
    if value in COUNTRY_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COUNTRY_SORT_VALUES!r}"
    )
