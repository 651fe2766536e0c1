from typing import Literal

ModelResourceType = Literal["models"]

MODEL_RESOURCE_TYPE_VALUES: set[ModelResourceType] = {
    "models",
}


def check_model_resource_type(value: str) -> ModelResourceType:
    if value in MODEL_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_RESOURCE_TYPE_VALUES!r}"
    )
