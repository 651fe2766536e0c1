"""`Unset`: "left out", as distinct from None ("null"), and the `is_set` type guard.

Read models type nearly every attribute without it (IT Glue returns all of them, null when empty). It stays
where leaving a value out means something: write models, where an attribute left out of a PATCH keeps its value
while None clears it, and the few read attributes that are conditional (a password's value, which only a
revealing read carries; the type-specific attributes of document sections).
"""

from __future__ import annotations

from typing import TypeGuard, TypeVar

from itglue_api.types import UNSET, Unset

T = TypeVar("T")

__all__ = ["UNSET", "Unset", "is_set"]


def is_set(value: T | Unset) -> TypeGuard[T]:
    """Whether a value was given (is not `UNSET`); narrows ``X | Unset`` to ``X`` for type checkers.

    Example:
        >>> is_set(UNSET), is_set(None), is_set("x")
        (False, True, True)
    """
    return not isinstance(value, Unset)
