from typing import Literal

ModelWriteResourceType = Literal["models"]

MODEL_WRITE_RESOURCE_TYPE_VALUES: set[ModelWriteResourceType] = {
    "models",
}


def check_model_write_resource_type(value: str) -> ModelWriteResourceType:
    if value in MODEL_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
