from typing import Literal

ListUsersFilterroleName = Literal[
    "Administrator", "Creator", "Editor", "Lite", "Manager", "Read-only"
]

LIST_USERS_FILTERROLE_NAME_VALUES: set[ListUsersFilterroleName] = {
    "Administrator",
    "Creator",
    "Editor",
    "Lite",
    "Manager",
    "Read-only",
}


def check_list_users_filterrole_name(value: str) -> ListUsersFilterroleName:
    if value in LIST_USERS_FILTERROLE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_FILTERROLE_NAME_VALUES!r}"
    )
