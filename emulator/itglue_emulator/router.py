"""Match request paths to spec operations (templated segments, trailing slash tolerated)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from itglue_emulator.spec import Operation

_PARAM = re.compile(r"\{([A-Za-z0-9_]+)\}")


@dataclass(frozen=True)
class Match:
    """A routed request.

    Attributes:
        operation: The matched spec operation.
        params: Path parameters by name (raw strings).
    """

    operation: Operation
    params: dict[str, str]


class Router:
    """Route ``(method, path)`` pairs to operations.

    Literal segments win over templated ones, so ``/documents/{id}/publish`` and
    ``/document_images/{id}`` never shadow each other.
    """

    def __init__(self, operations: tuple[Operation, ...]) -> None:
        compiled: list[tuple[int, str, re.Pattern[str], Operation]] = []
        for op in operations:
            literal_segments = sum(1 for seg in op.path.strip("/").split("/") if not _PARAM.fullmatch(seg))
            pattern = _compile(op.path)
            compiled.append((-literal_segments, op.method, pattern, op))
        compiled.sort(key=lambda entry: entry[0])
        self._routes = compiled

    def match(self, method: str, path: str) -> Match | None:
        """Find the operation for a request.

        Args:
            method: HTTP method (any case); PUT falls back to PATCH on member routes.
            path: Request path without the query string.

        Returns:
            The match, or None when no operation serves this method and path.
        """
        path = "/" + path.strip("/") if path != "/" else path
        method = method.upper()
        fallback: Match | None = None
        for _, op_method, pattern, op in self._routes:
            found = pattern.match(path)
            if not found:
                continue
            if op_method == method:
                return Match(op, found.groupdict())
            if method == "PUT" and op_method == "PATCH" and op.action == "update" and fallback is None:
                # IT Glue answers PUT like PATCH (observed in vendor support scripts).
                fallback = Match(op, found.groupdict())
        return fallback


def _compile(template: str) -> re.Pattern[str]:
    parts = []
    for segment in template.strip("/").split("/"):
        param = _PARAM.fullmatch(segment)
        parts.append(f"(?P<{param.group(1)}>[^/]+)" if param else re.escape(segment))
    return re.compile("^/" + "/".join(parts) + "$")
