"""The ``Emulator``: a running IT Glue stand-in on loopback, with fault and rate-limit control."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from itglue_emulator.accounting import Accounting
from itglue_emulator.control import PREFIX, handle_control
from itglue_emulator.engine import Engine
from itglue_emulator.faults import Decision, FaultConfig, FaultInjector, ScriptedFault
from itglue_emulator.gateway import Gateway, HttpResponse, Incoming
from itglue_emulator.keys import ApiKey, KeyRing, demo_keys
from itglue_emulator.ratelimit import RateLimitConfig, RateLimiter
from itglue_emulator.resources import ResourceRules
from itglue_emulator.router import Router
from itglue_emulator.server import EmulatorServer
from itglue_emulator.spec import ApiSpec, load_spec
from itglue_emulator.store import Record, Store

_CONNECTION_FAULTS = ("status", "reset")
_POLL_INTERVAL = 0.05
"""Seconds between shutdown checks of the serving loop: keeps ``stop()`` quick for per-test emulators."""


class Emulator:
    """An IT Glue emulator serving HTTP on a background thread.

    Use ``Emulator.start(...)`` (or ``with Emulator.start(...) as emu``), then point
    a client at ``emu.base_url`` with ``emu.api_key``.
    """

    def __init__(
        self,
        *,
        orgs: int = 50,
        seed: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        estate: Mapping[str, list[Record]] | None = None,
        spec: ApiSpec | Path | None = None,
        keys: list[ApiKey] | None = None,
        faults: FaultConfig | None = None,
        rate_limit: RateLimitConfig | None = None,
        export_delay: float = 1.0,
    ) -> None:
        """Build the emulator (not yet listening; see ``start``).

        Args:
            orgs: Organizations in the generated estate.
            seed: Seed of the estate, the demo keys and (by default) the faults.
            host: Interface to bind.
            port: Port to bind; 0 picks a free one.
            estate: Records by wire type to serve instead of a generated estate.
            spec: Distilled spec or a path to the JSON spec; the generated copy by default.
            keys: Accepted keys; ``demo_keys(seed)`` by default (the first is the main key).
            faults: Initial fault settings (none by default).
            rate_limit: Rate-limit settings (3,000 per 300 s by default).
            export_delay: Seconds an export stays pending.
        """
        self.spec = spec if isinstance(spec, ApiSpec) else load_spec(spec)
        if estate is None:
            from itglue_emulator.estate import build_estate  # noqa: PLC0415 - optional, heavy data generator

            estate = build_estate(orgs=orgs, seed=seed)
        self.seed = seed
        self.store = Store(estate)
        self.keyring = KeyRing(keys or demo_keys(seed))
        self.limiter = RateLimiter(rate_limit or RateLimitConfig())
        self.faults = FaultInjector(faults or FaultConfig(seed=seed))
        self.accounting = Accounting()
        self.rules = ResourceRules(self.store, export_delay, self.spec.required_on_create)
        self.router = Router(self.spec.operations)
        self.gateway = Gateway(self.keyring, self.limiter, Engine(self.spec, self.store, self.rules))
        self._server = EmulatorServer((host, port), self._respond)
        self._thread: threading.Thread | None = None

    @classmethod
    def start(cls, orgs: int = 50, seed: int = 1, port: int = 0, **options: Any) -> Emulator:
        """Build an emulator and start serving.

        Args:
            orgs: Organizations in the generated estate.
            seed: Seed of the estate, keys and faults.
            port: Port to bind; 0 picks a free one.
            **options: Further ``Emulator`` arguments (host, estate, spec, keys, faults,
                rate_limit, export_delay).

        Returns:
            The running emulator.
        """
        emulator = cls(orgs=orgs, seed=seed, port=port, **options)
        emulator.serve_in_background()
        return emulator

    def serve_in_background(self) -> None:
        """Serve on a daemon thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(_POLL_INTERVAL,), name="itglue-emulator", daemon=True
        )
        self._thread.start()

    def serve_forever(self) -> None:
        """Serve on the calling thread until interrupted."""
        self._server.serve_forever()

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._thread is not None:
            # shutdown() waits for serve_forever; only a background loop can be waited for.
            self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Emulator:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def keys(self) -> list[ApiKey]:
        """Accepted keys; the first one has Password Access."""
        return self.keyring.keys

    @property
    def api_key(self) -> str:
        """The main key (with Password Access)."""
        return self.keys[0].secret

    def key_without_password_access(self) -> str:
        """Return a key lacking Password Access.

        Raises:
            LookupError: No such key was configured.
        """
        for key in self.keys:
            if not key.password_access:
                return key.secret
        raise LookupError("no key without Password Access configured")

    # -- control ---------------------------------------------------------------------------------------

    def set_faults(self, config: FaultConfig | None = None, **changes: Any) -> None:
        """Replace or adjust fault settings.

        Args:
            config: New settings; the current ones when omitted.
            **changes: Fields to change, e.g. ``error_rates={503: 0.2}``.
        """
        self.faults.configure(replace(config or self.faults.config, **changes))

    def script_fault(
        self,
        method: str,
        path: str,
        status: int = 503,
        *,
        count: int = 1,
        retry_after: float | None = None,
        kind: str = "status",
    ) -> None:
        """Make the next ``count`` requests matching ``method path`` fail.

        Args:
            method: HTTP method or ``*``.
            path: Path glob (``/organizations/*``) or route template.
            status: Status to answer (ignored for the connection kinds).
            count: Number of requests to fault.
            retry_after: ``Retry-After`` seconds to send.
            kind: ``status`` (default), ``reset``, ``truncate`` or ``slow``.
        """
        self.faults.script(ScriptedFault(method, path, status, count, retry_after, kind))

    def burst_429(self, count: int, retry_after: float | None = None) -> None:
        """Answer the next ``count`` API requests with 429.

        Args:
            count: Number of requests.
            retry_after: ``Retry-After`` seconds to send.
        """
        self.faults.burst_429(count, retry_after)

    def set_rate_limit(self, config: RateLimitConfig) -> None:
        """Replace the rate-limit settings (and forget past requests).

        Args:
            config: New settings.
        """
        self.limiter.configure(config)

    def stats(self) -> dict[str, Any]:
        """Return request counters (per method+route, per key name, per status)."""
        return self.accounting.snapshot()

    def request_count(self, method: str | None = None, route: str | None = None) -> int:
        """Return how many API requests matched.

        Args:
            method: HTTP method, or None for any.
            route: Route template such as ``/organizations/{id}``, or None for any.

        Returns:
            The count.
        """
        return self.accounting.count(method, route)

    def reset(self, *, stats: bool = True, faults: bool = True, rate_limit: bool = True) -> None:
        """Reset counters, faults and rate-limit history.

        Args:
            stats: Zero the request counters.
            faults: Drop fault settings, scripts and bursts.
            rate_limit: Forget admitted requests.
        """
        if stats:
            self.accounting.reset()
        if faults:
            self.faults.reset()
        if rate_limit:
            self.limiter.reset()

    # -- request path ----------------------------------------------------------------------------------

    def _respond(self, incoming: Incoming) -> tuple[HttpResponse, Decision | None]:
        if incoming.path == PREFIX or incoming.path.startswith(PREFIX + "/"):
            return handle_control(self, incoming), None
        path = "/" + incoming.path.strip("/")
        match = self.router.match(incoming.method, path)
        route = match.operation.path if match else path
        decision = self.faults.decide(incoming.method, path, route)
        if decision.kind in _CONNECTION_FAULTS:
            # Injected statuses and resets happen "in front of" the app: no side effects.
            key = self.keyring.find(incoming.headers.get("x-api-key"))
            response = HttpResponse(0 if decision.kind == "reset" else decision.status)
        else:
            response, key = self.gateway.serve(incoming, match)
        key_name = key.name if key else ("invalid" if incoming.headers.get("x-api-key") else "anonymous")
        self.accounting.record(incoming.method, route, key_name, response.status)
        return response, decision
