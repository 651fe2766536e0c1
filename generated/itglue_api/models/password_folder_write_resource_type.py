from typing import Literal

PasswordFolderWriteResourceType = Literal["password-folders", "password_folders"]

PASSWORD_FOLDER_WRITE_RESOURCE_TYPE_VALUES: set[PasswordFolderWriteResourceType] = {
    "password-folders",
    "password_folders",
}


def check_password_folder_write_resource_type(
    value: str,
) -> PasswordFolderWriteResourceType:
    if value in PASSWORD_FOLDER_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_FOLDER_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
