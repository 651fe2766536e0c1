"""vcrpy set-up that keeps API keys and password values out of recorded cassettes, for every suite that records.

The end-to-end suite records sessions against the emulator with it and greps the result; the live suite records real
sessions with the very same configuration. Scrubbing reuses the SDK's own redaction
(`itglue_sdk.observability.redaction`): JSON bodies lose every value under a sensitive name (``password``,
``otp-secret``, ``api-key`` ...), and any text loses the keys and password values of the open clients and anything
shaped like an IT Glue key. Only what is written to the cassette is scrubbed; the client still receives the real
answers.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import vcr
import vcr.request
import yaml

from itglue_sdk.observability.redaction import REDACTED, redact, redact_value

SCRUBBED_HEADERS = ("x-api-key", "authorization", "cookie")
DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie"})


def scrub_body(body: bytes | str | None) -> bytes | str | None:
    """Return a body with its secrets replaced by ``[REDACTED]``, in the type it came in.

    Args:
        body: A request or response body (JSON:API, a gateway message, HTML or binary).

    Returns:
        The scrubbed body; binary content that is not UTF-8 text is returned unchanged.
    """
    if body is None or body in (b"", ""):
        return body
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
    except UnicodeDecodeError:
        return body  # uploads and downloads: file content, not API data
    try:
        document = json.loads(text)
    except ValueError:
        scrubbed = redact(text)
    else:
        scrubbed = json.dumps(redact_value(document), ensure_ascii=False, separators=(",", ":"))
    return scrubbed.encode("utf-8") if isinstance(body, bytes) else scrubbed


def _length(body: bytes | str) -> str:
    return str(len(body.encode("utf-8") if isinstance(body, str) else body))


def scrub_request(request: vcr.request.Request) -> vcr.request.Request:
    """``before_record_request`` hook: scrub the body and the URL of a request about to be recorded."""
    request = copy.copy(request)
    body = scrub_body(request.body_bytes)
    request.body = body
    request.uri = redact(request.uri)
    if body and "content-length" in request.headers:
        request.headers = {**request.headers, "content-length": _length(body)}
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """``before_record_response`` hook: scrub the body of a recorded answer and drop cookie headers."""
    response = copy.deepcopy(response)
    response["headers"] = {
        name: values for name, values in response["headers"].items() if name.lower() not in DROPPED_RESPONSE_HEADERS
    }
    body = scrub_body(response["body"]["string"])
    response["body"]["string"] = body
    for name in response["headers"]:
        if name.lower() == "content-length" and body is not None:
            response["headers"][name] = [_length(body)]  # keep the recorded answer self-consistent
    return response


def cassette_recorder(**options: Any) -> vcr.VCR:
    """A `vcr.VCR` that records scrubbed cassettes (YAML, bodies decompressed so they can be scrubbed and read).

    Args:
        **options: Further `vcr.VCR` settings, e.g. ``record_mode="none"`` to replay only.

    Returns:
        The configured recorder.
    """
    settings: dict[str, Any] = {
        "filter_headers": [(name, REDACTED) for name in SCRUBBED_HEADERS],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "record_mode": "all",
    }
    settings.update(options)
    return vcr.VCR(**settings)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, bytes):
        yield value.decode("utf-8", errors="replace")
    elif isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def leaked_secrets(cassette: Path, secrets: Iterable[str]) -> list[str]:
    """Which of ``secrets`` a cassette file contains, in its raw text or in any decoded (e.g. base64) value.

    Args:
        cassette: A YAML cassette.
        secrets: Values that must not appear (keys, password values).

    Returns:
        The secrets found, empty when the cassette is clean.
    """
    raw = cassette.read_text(encoding="utf-8")
    decoded = "\n".join(_strings(yaml.safe_load(raw)))  # !!binary bodies come back as bytes
    return [secret for secret in secrets if secret and (secret in raw or secret in decoded)]
