from typing import Literal

ModelSort = Literal[
    "-created_at",
    "-id",
    "-manufacturer_id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "manufacturer_id",
    "name",
    "updated_at",
]

MODEL_SORT_VALUES: set[ModelSort] = {
    "-created_at",
    "-id",
    "-manufacturer_id",
    "-name",
    "-updated_at",
    "created_at",
    "id",
    "manufacturer_id",
    "name",
    "updated_at",
}


def check_model_sort(value: str) -> ModelSort:
    if value in MODEL_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_SORT_VALUES!r}"
    )
