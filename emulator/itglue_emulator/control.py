"""The control route ``/_emulator/...``: faults, rate limit, statistics, reset, file downloads.

It sits outside the API paths and needs no key: it is a test harness, bound to
loopback by default.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from itglue_emulator.faults import FaultConfig, ScriptedFault
from itglue_emulator.gateway import HttpResponse, Incoming
from itglue_emulator.ratelimit import RateLimitConfig

if TYPE_CHECKING:
    from itglue_emulator.app import Emulator

PREFIX = "/_emulator"


def handle_control(emulator: Emulator, incoming: Incoming) -> HttpResponse:
    """Serve a control request.

    Args:
        emulator: The running emulator.
        incoming: The request (path starts with ``/_emulator``).

    Returns:
        The response.
    """
    route = incoming.path[len(PREFIX) :].rstrip("/") or "/"
    method = incoming.method
    try:
        body = json.loads(incoming.body) if incoming.body else {}
        if not isinstance(body, dict):
            raise ValueError("body must be a JSON object")
        return _dispatch(emulator, method, route, body)
    except (ValueError, TypeError) as error:
        return HttpResponse.json(400, {"error": str(error)}, "application/json")


def _ok(body: Any) -> HttpResponse:
    return HttpResponse.json(200, body, "application/json")


def _dispatch(emulator: Emulator, method: str, route: str, body: dict[str, Any]) -> HttpResponse:
    if route.startswith("/files/") and method == "GET":
        return _download(emulator, route)
    if (method, route) == ("GET", "/health"):
        return _ok({"status": "ok", "records": emulator.store.counts()})
    if (method, route) == ("GET", "/stats"):
        return _ok(emulator.stats())
    if (method, route) == ("POST", "/reset"):
        emulator.reset(
            stats=bool(body.get("stats", True)),
            faults=bool(body.get("faults", True)),
            rate_limit=bool(body.get("rate_limit", True)),
        )
        return _ok({"reset": True})
    if (method, route) == ("GET", "/faults"):
        return _ok({"config": emulator.faults.config.to_dict(), **emulator.faults.pending()})
    if method in ("PUT", "POST") and route == "/faults":
        emulator.faults.configure(FaultConfig.from_dict(body))
        return _ok({"config": emulator.faults.config.to_dict()})
    if (method, route) == ("POST", "/faults/script"):
        emulator.faults.script(ScriptedFault(**body))
        return _ok(emulator.faults.pending())
    if (method, route) == ("POST", "/faults/burst-429"):
        emulator.faults.burst_429(body.get("count", 1), body.get("retry_after"))
        return _ok(emulator.faults.pending())
    if (method, route) == ("GET", "/rate-limit"):
        return _ok(asdict(emulator.limiter.config))
    if method in ("PUT", "POST") and route == "/rate-limit":
        unknown = set(body) - set(RateLimitConfig.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown rate-limit settings: {sorted(unknown)}")
        emulator.limiter.configure(RateLimitConfig(**{**asdict(emulator.limiter.config), **body}))
        return _ok(asdict(emulator.limiter.config))
    return HttpResponse.json(404, {"error": f"no control route {method} {route}"}, "application/json")


def _download(emulator: Emulator, route: str) -> HttpResponse:
    parts = route.strip("/").split("/")
    if len(parts) != 3 or not parts[2].isdigit():
        return HttpResponse.json(404, {"error": "no such file"}, "application/json")
    with emulator.store.lock:
        record = emulator.store.get(parts[1], int(parts[2]))
        content = record.get("content") if record else None
        if record is None or content is None:
            return HttpResponse.json(404, {"error": "no such file"}, "application/json")
        attributes = record["attributes"]
        media_type = (
            attributes.get("attachment-content-type")
            or attributes.get("content-type")
            or record.get("media_type")
            or "application/octet-stream"
        )
    return HttpResponse(200, bytes(content), str(media_type))
