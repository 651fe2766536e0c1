from typing import Literal

UserMetricWriteResourceType = Literal["user-metrics", "user_metrics"]

USER_METRIC_WRITE_RESOURCE_TYPE_VALUES: set[UserMetricWriteResourceType] = {
    "user-metrics",
    "user_metrics",
}


def check_user_metric_write_resource_type(value: str) -> UserMetricWriteResourceType:
    if value in USER_METRIC_WRITE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_METRIC_WRITE_RESOURCE_TYPE_VALUES!r}"
    )
