from typing import Literal

PasswordFolderSort = Literal[
    "-created-at",
    "-created_at",
    "-updated-at",
    "-updated_at",
    "created-at",
    "created_at",
    "updated-at",
    "updated_at",
]

PASSWORD_FOLDER_SORT_VALUES: set[PasswordFolderSort] = {
    "-created-at",
    "-created_at",
    "-updated-at",
    "-updated_at",
    "created-at",
    "created_at",
    "updated-at",
    "updated_at",
}


def check_password_folder_sort(value: str) -> PasswordFolderSort:
    if value in PASSWORD_FOLDER_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_FOLDER_SORT_VALUES!r}"
    )
