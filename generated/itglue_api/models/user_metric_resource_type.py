from typing import Literal

UserMetricResourceType = Literal["user-metrics"]

USER_METRIC_RESOURCE_TYPE_VALUES: set[UserMetricResourceType] = {
    "user-metrics",
}


def check_user_metric_resource_type(value: str) -> UserMetricResourceType:
    if value in USER_METRIC_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_METRIC_RESOURCE_TYPE_VALUES!r}"
    )
