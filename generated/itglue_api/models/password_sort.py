from typing import Literal

PasswordSort = Literal[
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "-url",
    "-username",
    "created_at",
    "id",
    "name",
    "updated_at",
    "url",
    "username",
]

PASSWORD_SORT_VALUES: set[PasswordSort] = {
    "-created_at",
    "-id",
    "-name",
    "-updated_at",
    "-url",
    "-username",
    "created_at",
    "id",
    "name",
    "updated_at",
    "url",
    "username",
}


def check_password_sort(value: str) -> PasswordSort:
    if value in PASSWORD_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_SORT_VALUES!r}"
    )
