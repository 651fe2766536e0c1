"""IT Glue's error bodies: JSON:API errors from the app, ``{"message"}`` from the gateway."""

from __future__ import annotations

from typing import Any

# The Rails 404 page IT Glue serves for unknown routes (observed, powershellwrapper#140).
NOT_FOUND_HTML = """<!DOCTYPE html>
<html>
<head>
  <title>The page you were looking for doesn't exist (404)</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body>
  <div class="dialog">
    <div>
      <h1>The page you were looking for doesn't exist.</h1>
      <p>You may have mistyped the address or the page may have moved.</p>
    </div>
  </div>
</body>
</html>
"""

# Amazon API Gateway default messages for the statuses it produces itself.
GATEWAY_MESSAGES: dict[int, str] = {
    403: "Forbidden",
    413: "Request Too Long",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    502: "Internal server error",
    503: "Service Unavailable",
    504: "Endpoint request timed out",
}

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Record not found",
    422: "Unprocessable Entity",
    500: "Internal Server Error",
}


class ApiError(Exception):
    """An error answered by the application with a JSON:API error document.

    Attributes:
        status: HTTP status.
        body: The ``{"errors": [...]}`` document.
    """

    def __init__(
        self, status: int, title: str | None = None, detail: str | None = None, pointer: str | bool | None = False
    ) -> None:
        """Build the error.

        Args:
            status: HTTP status (numbers on the wire, like IT Glue).
            title: Error title; the status' standard title when omitted.
            detail: Optional detail.
            pointer: ``source.pointer``; False leaves ``source`` out, None writes ``null``.
        """
        super().__init__(title or _TITLES.get(status, "Error"))
        entry: dict[str, Any] = {"status": status, "title": title or _TITLES.get(status, "Error")}
        if detail is not None:
            entry["detail"] = detail
        if pointer is not False:
            entry["source"] = {"pointer": pointer}
        self.status = status
        self.body: dict[str, Any] = {"errors": [entry]}

    def at_item(self, index: int) -> ApiError:
        """Point the error at item ``index`` of a ``data`` array (``/data/attributes/x`` -> ``/data/1/attributes/x``).

        Args:
            index: Position of the failing item in the request's ``data`` array.

        Returns:
            This error, its pointers rewritten in place.
        """
        for entry in self.body.get("errors", []):
            source = entry.get("source")
            pointer = source.get("pointer") if isinstance(source, dict) else None
            if isinstance(pointer, str):
                lead = "/" if pointer.startswith("/") else ""
                parts = pointer.lstrip("/").split("/")
                if parts[0] == "data" and not (len(parts) > 1 and parts[1].isdigit()):
                    source["pointer"] = lead + "/".join(["data", str(index), *parts[1:]])
            elif isinstance(source, dict) or source is None:
                entry["source"] = {"pointer": f"/data/{index}"}
        return self


def not_found(resource: str, record_id: object) -> ApiError:
    """Return the 404 for an unknown record id.

    Args:
        resource: Wire type looked up.
        record_id: The id that was asked for.

    Returns:
        The error to raise.
    """
    return ApiError(404, "Record not found", f"Couldn't find {resource} with 'id'={record_id}", pointer=False)


def forbidden() -> ApiError:
    """Return the 403 IT Glue answers for a forbidden write (the gateway's ``{"message"}`` body, as the spec models it).

    Returns:
        The error to raise.
    """
    error = ApiError(403, "Forbidden")
    error.body = gateway_body(403)
    return error


def unprocessable(title: str, detail: str | None = None, pointer: str | bool | None = None) -> ApiError:
    """Return a 422 with IT Glue's body shape.

    Args:
        title: Error title.
        detail: Optional detail.
        pointer: ``source.pointer`` (null by default, like IT Glue's samples).

    Returns:
        The error to raise.
    """
    return ApiError(422, title, detail, pointer)


def gateway_body(status: int) -> dict[str, str]:
    """Return the API Gateway body for a status it answers itself.

    Args:
        status: HTTP status.

    Returns:
        ``{"message": "..."}``.
    """
    return {"message": GATEWAY_MESSAGES.get(status, "Internal server error")}


def error_body(status: int) -> dict[str, Any]:
    """Return the body IT Glue sends for an injected or internal error of this status.

    Args:
        status: HTTP status.

    Returns:
        An ``ErrorDocument`` for 4xx/500 from the app, a gateway body otherwise.
    """
    if status in GATEWAY_MESSAGES:
        return gateway_body(status)
    return ApiError(status).body
