from typing import Literal

PasswordCategorySort = Literal[
    "-created_at", "-name", "-updated_at", "created_at", "name", "updated_at"
]

PASSWORD_CATEGORY_SORT_VALUES: set[PasswordCategorySort] = {
    "-created_at",
    "-name",
    "-updated_at",
    "created_at",
    "name",
    "updated_at",
}


def check_password_category_sort(value: str) -> PasswordCategorySort:
    if value in PASSWORD_CATEGORY_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_CATEGORY_SORT_VALUES!r}"
    )
