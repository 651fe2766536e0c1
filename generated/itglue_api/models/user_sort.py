from typing import Literal

UserSort = Literal[
    "-created-at",
    "-created_at",
    "-email",
    "-id",
    "-name",
    "-reputation",
    "-updated-at",
    "-updated_at",
    "created-at",
    "created_at",
    "email",
    "id",
    "name",
    "reputation",
    "updated-at",
    "updated_at",
]

USER_SORT_VALUES: set[UserSort] = {
    "-created-at",
    "-created_at",
    "-email",
    "-id",
    "-name",
    "-reputation",
    "-updated-at",
    "-updated_at",
    "created-at",
    "created_at",
    "email",
    "id",
    "name",
    "reputation",
    "updated-at",
    "updated_at",
}


def check_user_sort(value: str) -> UserSort:
    if value in USER_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_SORT_VALUES!r}")
