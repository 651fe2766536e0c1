r"""Query parameters in the API's own vocabulary, checked against the spec before anything is sent.

Filters are one mapping, shaped like the query string they become::

    filter={
        "organization_id": 5,                          # filter[organization_id]=5
        "name": ["Acme", "Kub, Reynolds"],             # filter[name]=Acme,Kub\, Reynolds  (any of)
        "document_folder_id": None,                    # filter[document_folder_id]=null
        "created_at": Range("2024-01-01", None),       # filter[created_at]=2024-01-01,*
        "exclude": {"name": "x"},                      # filter[exclude][name]=x
        "range": {"my_glue_account_id": (2, None)},    # filter[range][my_glue_account_id]=2,*
    }

Keys may be written snake_case (the API's spelling) or kebab-case. ``sort`` is one field, ``-`` prefixed for
descending order; ``include`` is a name or a list of names.

Values are checked against the type of the attribute a filter matches (from the spec): ids and ``*_id``
foreign keys take ints or digit strings (a list of them, or range bounds), boolean attributes take
``True``/``False`` or ``"true"``/``"false"``; None (``null``) is always accepted. IT Glue would otherwise
answer an empty list, or a 422, for ``filter[organization_type_id]=abc``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, Literal, TypeAlias

from itglue_sdk._exceptions import InvalidParameterError
from itglue_sdk._spec.index import FilterMode, FilterParam, Operation, python_key

MAX_PAGE_SIZE: Final = 1000
"""The API's largest page (and the facade's default page size)."""

Query = list[tuple[str, str]]
"""Query pairs in sending order."""


@dataclass(frozen=True)
class Range:
    """A closed or half-open range for ``filter[range][...]`` and date filters; None is an open end.

    Attributes:
        start: Lower bound, or None for no lower bound.
        end: Upper bound, or None for no upper bound.
    """

    start: int | float | str | date | None = None
    end: int | float | str | date | None = None

    def to_query(self) -> str:
        """Return the wire form ``start,end`` with ``*`` for an open end."""
        return ",".join("*" if bound is None else _scalar(bound) for bound in (self.start, self.end))


Bound: TypeAlias = int | float | str | date | None
"""One end of a range; None (or ``"*"``) leaves it open."""

IdFilter: TypeAlias = int | str | Sequence[int | str] | None
"""A filter on an id or ``*_id`` attribute: one id (int or digit string), any of several, or None (``null``)."""

TextFilter: TypeAlias = str | int | float | Sequence[str] | None
"""A filter on a text attribute: one value, any of several, or None (``null``)."""

FlagFilter: TypeAlias = bool | Literal["true", "false"] | None
"""A filter on a boolean attribute."""

DateFilter: TypeAlias = str | date | datetime | Range | None
"""A filter on a date or timestamp attribute: one value, or a `Range` (``start,end``, ``*`` open)."""

RangeFilter: TypeAlias = Range | tuple[Bound, Bound]
"""A ``filter[range][...]`` value: a `Range`, or a ``(start, end)`` pair with None for an open end."""


def list_query(
    op: Operation,
    *,
    filter: Mapping[str, Any] | None = None,
    sort: str | None = None,
    include: str | Sequence[str] | None = None,
    extra: Mapping[str, str] | None = None,
) -> Query:
    """Build and check the query of a list (or show) request.

    Args:
        op: The operation.
        filter: Filters (see the module docstring).
        sort: One sort field, ``-`` prefixed for descending order.
        include: Related records to side-load.
        extra: Other parameters of the operation (``show_password``...), already in wire form.

    Returns:
        The query pairs, without paging.

    Raises:
        InvalidParameterError: A name or value the operation does not accept.
    """
    query: Query = []
    for key, value in (filter or {}).items():
        name = python_key(key)
        if name == "exclude" and isinstance(value, Mapping):
            query.extend(_filter_pair(op, "exclude", python_key(k), v) for k, v in value.items())
        elif name == "range" and isinstance(value, Mapping):
            query.extend(_filter_pair(op, "range", python_key(k), v) for k, v in value.items())
        else:
            query.append(_filter_pair(op, "exact", name, value))
    if sort is not None:
        query.append(("sort", _sort(op, sort)))
    if include is not None:
        query.append(("include", include_value(op, include)))
    for name, value in (extra or {}).items():
        if name not in op.query:
            raise InvalidParameterError(
                f"{op.method} {op.path} takes no parameter {name!r}", parameter=name, allowed=sorted(op.query)
            )
        query.append((name, value))
    missing = op.required - {name for name, _ in query}
    if missing:
        raise InvalidParameterError(
            f"{op.method} {op.path} needs {', '.join(sorted(missing))} (the API answers 422 without it)",
            parameter=min(missing),
        )
    return query


def page_query(page_size: int, page_number: int) -> Query:
    """Return the paging pairs, checking the size against the API's bounds.

    Args:
        page_size: Records per page, 1 to 1000.
        page_number: 1-based page number.

    Returns:
        ``page[size]`` and ``page[number]``.

    Raises:
        InvalidParameterError: The size is out of bounds.
    """
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidParameterError(
            f"page size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}", parameter="page[size]"
        )
    return [("page[size]", str(page_size)), ("page[number]", str(page_number))]


def include_value(op: Operation, include: str | Sequence[str]) -> str:
    """Check include names and return the comma list to send.

    Args:
        op: The operation.
        include: One name, a comma list, or a sequence of names (snake or kebab).

    Returns:
        The ``include`` value.

    Raises:
        InvalidParameterError: A name the operation does not allow.
    """
    names = include.split(",") if isinstance(include, str) else list(include)
    checked = []
    for raw in names:
        name = python_key(raw.strip())
        if name not in op.includes:
            raise InvalidParameterError(
                f"{op.method} {op.path} cannot include {raw!r}", parameter="include", allowed=op.includes
            )
        checked.append(name)
    return ",".join(checked)


def _filter_pair(op: Operation, mode: FilterMode, name: str, value: Any) -> tuple[str, str]:
    param = op.filters.get((mode, name))
    wire_name = f"filter[{name}]" if mode == "exact" else f"filter[{mode}][{name}]"
    if param is None:
        if not op.filters:
            raise InvalidParameterError(
                f"{op.method} {op.path} cannot be filtered (IT Glue ignores filters on most nested routes; "
                "filter the top-level list instead)",
                parameter=wire_name,
            )
        raise InvalidParameterError(
            f"unknown filter {wire_name} for {op.method} {op.path}",
            parameter=wire_name,
            allowed=[p.query_name for p in op.filters.values() if p.mode == mode]
            or [p.query_name for p in op.filters.values()],
        )
    if mode == "range":
        if isinstance(value, tuple | list) and len(value) == 2:
            value = Range(value[0], value[1])
        if not isinstance(value, Range):
            raise InvalidParameterError(
                f"{wire_name} takes a Range or a (start, end) pair, None for an open end", parameter=wire_name
            )
        _check_values(param, wire_name, [value.start, value.end])
        return param.query_name, value.to_query()
    values = list(value) if isinstance(value, list | tuple | set | frozenset) else [value]
    _check_values(param, wire_name, [value.start, value.end] if isinstance(value, Range) else values)
    if param.choices:
        for item in values:
            if item not in param.choices:
                raise InvalidParameterError(
                    f"{item!r} is not a value of {wire_name}", parameter=wire_name, allowed=param.choices
                )
    if isinstance(value, Range):
        return param.query_name, value.to_query()
    # A comma separates alternatives on the wire, so a literal comma inside one value is escaped.
    return param.query_name, ",".join(_scalar(item).replace(",", "\\,") for item in values)


def _check_values(param: FilterParam, wire_name: str, values: list[Any]) -> None:
    """Refuse values the filtered attribute cannot hold (an id that is not a number, a boolean that is not)."""
    for item in values:
        if item is None or (isinstance(item, str) and item == "*"):  # null, or an open range bound
            continue
        if param.kind == "integer" and not (
            (isinstance(item, int) and not isinstance(item, bool))
            or (isinstance(item, str) and item.isascii() and item.isdigit())
        ):
            raise InvalidParameterError(
                f"{wire_name} takes integer ids (ints or digit strings), got {item!r}", parameter=wire_name
            )
        if param.kind == "boolean" and not (
            isinstance(item, bool) or (isinstance(item, str) and item.lower() in ("true", "false"))
        ):
            raise InvalidParameterError(
                f"{wire_name} takes true or false, got {item!r}", parameter=wire_name, allowed=("true", "false")
            )


def _sort(op: Operation, sort: str) -> str:
    descending = sort.startswith("-")
    value = ("-" if descending else "") + python_key(sort.removeprefix("-"))
    if value not in op.sorts:
        raise InvalidParameterError(
            f"{op.method} {op.path} cannot sort by {sort!r}" + ("" if op.sorts else " (this route offers no sorting)"),
            parameter="sort",
            allowed=op.sorts,
        )
    return value


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float | str):
        return str(value)
    raise InvalidParameterError(
        f"filter values must be text, numbers, booleans, dates or None, not {type(value).__name__}",
        parameter="filter",
    )
