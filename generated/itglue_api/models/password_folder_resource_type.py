from typing import Literal

PasswordFolderResourceType = Literal["password-folders"]

PASSWORD_FOLDER_RESOURCE_TYPE_VALUES: set[PasswordFolderResourceType] = {
    "password-folders",
}


def check_password_folder_resource_type(value: str) -> PasswordFolderResourceType:
    if value in PASSWORD_FOLDER_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_FOLDER_RESOURCE_TYPE_VALUES!r}"
    )
