"""Structured JSON logs, secret redaction at the logging layer, in-process metrics and health reports."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import IO, Any

from itglue_sdk.observability.redaction import REDACTED, SENSITIVE_NAMES, redact, redact_value

# Attributes every LogRecord has; anything else on a record came from ``extra=`` and is logged as a field.
_STANDARD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {key: value for key, value in record.__dict__.items() if key not in _STANDARD_ATTRS}


class RedactionFilter(logging.Filter):
    """Scrub API keys and password values from every record a handler emits, whatever the caller logged.

    The message is formatted and redacted in place (so every later handler sees the clean text), ``extra``
    fields are scrubbed (values under sensitive names are replaced outright) and so are exception and stack
    texts. Attach it to handlers: a logger-level filter would miss records propagated from child loggers.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drops it."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # bad %-args: keep the raw parts rather than fail the caller's call
            message = f"{record.msg} {record.args}"
        record.msg = redact(message)
        record.args = None
        for key, value in _extra_fields(record).items():
            setattr(record, key, REDACTED if key.lower() in SENSITIVE_NAMES else redact_value(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class JsonLogFormatter(logging.Formatter):
    """Format each record as one JSON object per line: ts, level, logger, message, extra fields, exc."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a JSON line."""
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        payload.update(_extra_fields(record))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            payload["exc"] = record.exc_text
        if record.stack_info:
            payload["stack"] = self.formatStack(record.stack_info)
        return json.dumps(payload, default=str, ensure_ascii=False)


class _SDKHandler(logging.StreamHandler[IO[str]]):
    """Marks the handler `configure_logging` installed, so a second call replaces it."""


def configure_logging(
    level: int | str = logging.INFO, *, stream: IO[str] | None = None, logger_name: str = ""
) -> logging.Handler:
    """Send logs as redacted JSON lines to ``stream`` (stderr by default).

    Meant for applications and the CLI; a library importing the SDK keeps its own logging setup and can still
    attach `RedactionFilter` and `JsonLogFormatter` to its handlers.

    Args:
        level: Level for the configured logger.
        stream: Where to write (default ``sys.stderr``).
        logger_name: Logger to configure; ``""`` is the root logger, so the caller's own records are
            redacted too.

    Returns:
        The installed handler.
    """
    target = logging.getLogger(logger_name)
    for old in [h for h in target.handlers if isinstance(h, _SDKHandler)]:
        target.removeHandler(old)
    handler = _SDKHandler(stream)
    handler.setFormatter(JsonLogFormatter())
    handler.addFilter(RedactionFilter())
    target.addHandler(handler)
    target.setLevel(level)
    return handler
