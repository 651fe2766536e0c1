"""Parse list queries and apply filters, sorting and pagination (IT Glue semantics)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from itglue_emulator.errors import ApiError, unprocessable
from itglue_emulator.spec import BARE_RANGE, Operation, parse_filter_key
from itglue_emulator.store import Record
from itglue_emulator.wire import parse_bool, parse_moment, snake, split_values

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class AppliedFilter:
    """A validated filter.

    Attributes:
        name: Snake field name.
        mode: ``exact``, ``exclude`` or ``range``.
        attribute: Kebab attribute matched (None: matches no record).
        raw: The raw query value.
    """

    name: str
    mode: str
    attribute: str | None
    raw: str


@dataclass
class ListQuery:
    """The list-related parts of a request's query string.

    Attributes:
        filters: Validated filters.
        sort: ``(attribute, descending)`` pairs in priority order.
        includes: Validated include names (snake).
        page_size: Effective page size (over-max values are clamped to 1000).
        page_number: 1-based page number.
    """

    filters: list[AppliedFilter] = field(default_factory=list)
    sort: list[tuple[str, bool]] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)
    page_size: int = DEFAULT_PAGE_SIZE
    page_number: int = 1


def parse_list_query(op: Operation, params: list[tuple[str, str]]) -> ListQuery:
    """Validate the query of an operation against what the spec allows.

    Filters, sort fields and includes the spec does not list answer 422. Nested
    routes that declare no filters ignore them (IT Glue: "filtering in nested
    relationship routes is not possible", yet clients send them). Page sizes
    over 1000 are clamped to 1000, like Kaminari's ``max_per_page``.

    Args:
        op: The routed operation.
        params: Query pairs in request order.

    Returns:
        The parsed query.

    Raises:
        ApiError: 422 for values the operation does not accept.
    """
    query = ListQuery()
    for key, value in params:
        parsed = parse_filter_key(key)
        if parsed:
            _add_filter(op, query, parsed[0], parsed[1], value)
        elif key == "sort":
            query.sort = _parse_sort(op, value)
        elif key == "include":
            query.includes = parse_includes(op, value)
        elif key == "page[size]":
            query.page_size = min(_positive_int(key, value), MAX_PAGE_SIZE)
        elif key == "page[number]":
            query.page_number = _positive_int(key, value)
    return query


def parse_includes(op: Operation, value: str) -> list[str]:
    """Validate an ``include`` value.

    Args:
        op: The routed operation.
        value: Comma list of include names.

    Returns:
        Snake include names.

    Raises:
        ApiError: 422 for names the operation does not allow.
    """
    names = [snake(part.strip()) for part in value.split(",") if part.strip()]
    for name in names:
        if name not in op.includes:
            raise unprocessable("Invalid include", f"{name} is not an allowed include", "include")
    return names


def _add_filter(op: Operation, query: ListQuery, mode: str, name: str, value: str) -> None:
    allowed = op.filters.get((mode, name))
    if allowed is None:
        if op.parent is not None and not op.filters:
            return
        raise unprocessable("Invalid filter", f"filter {name} is not allowed here", f"filter[{name}]")
    if mode == "range" and len(split_values(value)) != 2:
        raise unprocessable(
            "Invalid filter",
            "a range takes two values: start,end (* for an open end)",
            "filter[range]" if name == BARE_RANGE else f"filter[range][{name}]",
        )
    named_ranges = [f for f in query.filters if f.mode == "range"]
    if mode == "range" and any((f.name == BARE_RANGE) != (name == BARE_RANGE) for f in named_ranges):
        # Rack cannot hold filter[range] as both a string and a hash and answers 400 before the app runs.
        raise ApiError(400, "Bad Request", "filter[range] cannot be sent both bare and with a field name", False)
    query.filters.append(AppliedFilter(name, mode, allowed.attribute, value))


def _parse_sort(op: Operation, value: str) -> list[tuple[str, bool]]:
    keys: list[tuple[str, bool]] = []
    for part in (p.strip() for p in value.split(",")):
        if not part:
            continue
        field_name = snake(part.lstrip("-"))
        if op.sorts and field_name not in op.sorts:
            raise unprocessable("Invalid sort", f"{part} is not a valid sort field", "sort")
        keys.append((field_name.replace("_", "-") if field_name != "id" else "id", part.startswith("-")))
    return keys


def _positive_int(key: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise unprocessable("Invalid page parameter", f"{key} must be a positive integer", key)
    return number


def field_value(record: Record, attribute: str) -> Any:
    """Return a record's value for a filter or sort attribute (``id`` is top level).

    Args:
        record: Stored record.
        attribute: Kebab attribute or ``id``.

    Returns:
        The value, None when absent.
    """
    if attribute == "id":
        return record["id"]
    return record["attributes"].get(attribute)


def apply_filters(records: list[Record], filters: list[AppliedFilter]) -> list[Record]:
    """Keep the records every filter accepts.

    Args:
        records: Candidates.
        filters: Validated filters.

    Returns:
        The matching records, order kept.
    """
    for applied in filters:
        if applied.attribute is None:
            # Filters with no attribute of their own (psa_id, group_id) match nothing in the emulator.
            return []
        predicate = _predicate(applied)
        attribute = applied.attribute
        records = [r for r in records if predicate(field_value(r, attribute))]
    return records


def _predicate(applied: AppliedFilter) -> Any:
    values = split_values(applied.raw)
    if applied.mode == "range":
        return lambda actual: _in_range(actual, values[0], values[1])
    if len(values) == 2 and applied.mode == "exact" and _is_date_bounds(values):
        # Documented for logs/user metrics: filter[created_at]=start,end is a date range.
        return lambda actual: _in_range(actual, values[0], values[1])

    def exact(actual: Any) -> bool:
        return any(_equals(actual, wanted) for wanted in values)

    if applied.mode == "exclude":
        return lambda actual: not exact(actual)
    return exact


def _is_date_bounds(values: list[str]) -> bool:
    return values != ["*", "*"] and all(v == "*" or parse_moment(v) is not None for v in values)


def _equals(actual: Any, wanted: str) -> bool:
    if isinstance(actual, list):
        return any(_equals(item, wanted) for item in actual)
    if actual is None:
        return wanted.lower() in ("", "null")
    if isinstance(actual, bool):
        return parse_bool(wanted) is actual
    if isinstance(actual, int | float):
        try:
            return float(wanted) == float(actual)
        except ValueError:
            return False
    text = str(actual)
    if len(wanted) == 10 and parse_moment(wanted) is not None and parse_moment(text) is not None:
        return text[:10] == wanted
    # String filters compare case-insensitively (IT Glue's database collation behaves so for names).
    return text.casefold() == wanted.casefold()


def _in_range(actual: Any, low: str, high: str) -> bool:
    if actual is None or isinstance(actual, bool):
        return False
    if isinstance(actual, int | float):
        try:
            return (low == "*" or float(actual) >= float(low)) and (high == "*" or float(actual) <= float(high))
        except ValueError:
            return False
    moment = parse_moment(str(actual))
    if moment is not None:
        start = None if low == "*" else parse_moment(low)
        end = None if high == "*" else parse_moment(high, end_of_day=True)
        if (low != "*" and start is None) or (high != "*" and end is None):
            return False
        return _between(moment, start, end)
    text = str(actual)
    return (low == "*" or text >= low) and (high == "*" or text <= high)


def _between(moment: datetime, start: datetime | None, end: datetime | None) -> bool:
    return (start is None or moment >= start) and (end is None or moment <= end)


def apply_sort(records: list[Record], keys: list[tuple[str, bool]]) -> list[Record]:
    """Sort records by several keys; records lacking a value sort last, ties stay in id order.

    Args:
        records: Records to sort, already in id order (as the store yields them).
        keys: ``(attribute, descending)`` pairs in priority order.

    Returns:
        A sorted list (``records`` itself when there is no key).
    """
    ordered = records
    for attribute, descending in reversed(keys):
        present = [r for r in ordered if field_value(r, attribute) is not None]
        missing = [r for r in ordered if field_value(r, attribute) is None]
        present.sort(key=lambda r: _sort_key(field_value(r, attribute)), reverse=descending)
        ordered = present + missing
    return ordered


def _sort_key(value: Any) -> Any:
    if isinstance(value, str):
        return (1, value.casefold())
    if isinstance(value, bool | int | float):
        return (0, float(value))
    return (2, str(value))


@dataclass(frozen=True)
class Page:
    """One page of a list.

    Attributes:
        records: The records on this page.
        number: Page number.
        size: Page size.
        total_count: Records over all pages.
        total_pages: Number of pages (at least 1).
    """

    records: list[Record]
    number: int
    size: int
    total_count: int
    total_pages: int


def paginate(records: list[Record], size: int, number: int, max_pages: int | None = None) -> Page:
    """Cut one page out of a list; pages past the end are empty.

    Args:
        records: All matching records, sorted.
        size: Page size.
        number: 1-based page number.
        max_pages: Cap on reachable pages (``/logs`` serves 5 pages at most).

    Returns:
        The page.
    """
    if max_pages is not None:
        records = records[: size * max_pages]
    total_pages = max(1, math.ceil(len(records) / size))
    start = (number - 1) * size
    return Page(records[start : start + size], number, size, len(records), total_pages)
