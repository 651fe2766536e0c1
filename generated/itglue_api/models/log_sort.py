from typing import Literal

LogSort = Literal["-created_at", "created_at"]

LOG_SORT_VALUES: set[LogSort] = {
    "-created_at",
    "created_at",
}


def check_log_sort(value: str) -> LogSort:
    if value in LOG_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOG_SORT_VALUES!r}")
