from typing import Literal

PasswordCategoryResourceType = Literal["password-categories"]

PASSWORD_CATEGORY_RESOURCE_TYPE_VALUES: set[PasswordCategoryResourceType] = {
    "password-categories",
}


def check_password_category_resource_type(value: str) -> PasswordCategoryResourceType:
    if value in PASSWORD_CATEGORY_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_CATEGORY_RESOURCE_TYPE_VALUES!r}"
    )
