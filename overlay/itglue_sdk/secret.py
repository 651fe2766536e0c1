"""`Secret`: a password value that does not show up in reprs, logs or tracebacks."""

from __future__ import annotations

import hmac
from typing import Final, NoReturn, final

MASK: Final = "********"


@final
class Secret:
    """A secret string whose ``repr``/``str``/format show a mask; `reveal` returns the value.

    The value is kept out of pickles and attribute listings so that it cannot leak through a cache or a
    debugger dump by accident. Comparison is constant time.

    Example:
        >>> secret = Secret("hunter2")
        >>> print(secret)
        ********
        >>> secret.reveal()
        'hunter2'
    """

    __slots__ = ("__value",)

    def __init__(self, value: str) -> None:
        """Wrap a value.

        Args:
            value: The secret text.
        """
        self.__value = value

    def reveal(self) -> str:
        """Return the secret value. Call it at the last moment, and never log the result."""
        return self.__value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, spec: str) -> str:
        return format(MASK, spec)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self.__value.encode(), other.reveal().encode())

    def __hash__(self) -> int:
        return hash((Secret, self.__value))

    def __bool__(self) -> bool:
        return bool(self.__value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled; reveal() it deliberately if it must be stored")
