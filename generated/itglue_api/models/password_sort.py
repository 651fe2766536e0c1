from typing import Literal

PasswordSort = Literal[
    "-created-at",
    "-created_at",
    "-id",
    "-name",
    "-updated-at",
    "-updated_at",
    "-url",
    "-username",
    "created-at",
    "created_at",
    "id",
    "name",
    "updated-at",
    "updated_at",
    "url",
    "username",
]

PASSWORD_SORT_VALUES: set[PasswordSort] = {
    "-created-at",
    "-created_at",
    "-id",
    "-name",
    "-updated-at",
    "-updated_at",
    "-url",
    "-username",
    "created-at",
    "created_at",
    "id",
    "name",
    "updated-at",
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
