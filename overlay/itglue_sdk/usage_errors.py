"""Errors the resource facade raises before sending anything: the call itself is wrong.

They extend the SDK's hierarchy (`itglue_sdk.errors.ITGlueError`) and `ValueError`/`TypeError` where that is
what the mistake is, so ``except ValueError`` in user code keeps working.

```
ITGlueError
└── UsageError
    ├── InvalidParameterError (ValueError)   unknown filter/sort/include/attribute, bad value
    └── UnsupportedOperationError (TypeError) the group has no such operation at this scope
```

A file too large to upload raises `itglue_sdk.errors.RequestTooLargeError` (the same class as a 413 answer).
"""

from __future__ import annotations

from collections.abc import Iterable

from itglue_sdk.errors import ITGlueError


class UsageError(ITGlueError):
    """The SDK was called in a way the spec does not allow; nothing was sent."""


class InvalidParameterError(UsageError, ValueError):
    """A filter, sort, include, attribute or parameter value the operation does not accept.

    Attributes:
        parameter: What was wrong, in the API's vocabulary (``filter[exclude][name]``, ``sort``, ``include``,
            ``attributes.name``...).
        allowed: The values the spec allows there (empty when the problem is the value's form).
    """

    def __init__(self, message: str, *, parameter: str, allowed: Iterable[str] = ()) -> None:
        self.parameter = parameter
        self.allowed = tuple(allowed)
        if self.allowed:
            message = f"{message}; allowed: {', '.join(self.allowed)}"
        super().__init__(message)


class UnsupportedOperationError(UsageError, TypeError):
    """The resource group has no such operation (at this scope: top level or within a parent).

    Attributes:
        group: Resource group, e.g. ``countries``.
        action: The missing action, e.g. ``delete``.
        available: Actions the group offers at this scope.
    """

    def __init__(self, message: str, *, group: str, action: str, available: Iterable[str]) -> None:
        self.group = group
        self.action = action
        self.available = tuple(available)
        super().__init__(message)
