from typing import Literal

UserMetricSort = Literal[
    "-created",
    "-date",
    "-deleted",
    "-edited",
    "-id",
    "-viewed",
    "created",
    "date",
    "deleted",
    "edited",
    "id",
    "viewed",
]

USER_METRIC_SORT_VALUES: set[UserMetricSort] = {
    "-created",
    "-date",
    "-deleted",
    "-edited",
    "-id",
    "-viewed",
    "created",
    "date",
    "deleted",
    "edited",
    "id",
    "viewed",
}


def check_user_metric_sort(value: str) -> UserMetricSort:
    if value in USER_METRIC_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_METRIC_SORT_VALUES!r}"
    )
