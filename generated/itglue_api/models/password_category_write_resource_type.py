from typing import Literal

PasswordCategoryWriteResourceType = Literal[
    "password-categories", "password_categories"
]

PASSWORD_CATEGORY_WRITE_RESOURCE_TYPE_VALUES: set[PasswordCategoryWriteResourceType] = {
    "password-categories",
    "password_categories",
}


def check_password_category_write_resource_type(
    value: str,
) -> PasswordCategoryWriteResourceType:
    if value in PASSWORD_CATEGORY_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_CATEGORY_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
