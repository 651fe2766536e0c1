"""API keys: where they come from (argument, environment, OS keychain) and how requests carry them.

Keys live in the OS keychain through keyring (service ``itglue-sdk``, username = instance name). The SDK never
writes a key anywhere else; the per-instance state file only remembers when the key last worked.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
import httpx

logger = logging.getLogger(__name__)


# The product's design validates a key with the route every key may read; one record keeps it cheap.
VALIDATION_PATH = "/organizations"


VALIDATION_PARAMS = {"page[size]": "1"}


IDLE_WARNING_AFTER = timedelta(days=80)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default_port = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default_port


class KeyUsageState:
    """Remembers when an instance's key last worked, in a small JSON file (never the key itself).

    Writes are throttled to one per ``min_interval`` and failures to write are logged, not raised: bookkeeping
    must never fail an API call.

    Args:
        path: The state file.
        min_interval: Least time between two writes.
    """

    def __init__(self, path: Path, *, min_interval: timedelta = timedelta(hours=1)) -> None:
        self.path = path
        self.min_interval = min_interval
        self._last_written: datetime | None = None
        self._lock = threading.Lock()

    def last_success(self) -> datetime | None:
        """The recorded time of the last successful use, if any (unreadable files count as none)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return datetime.fromisoformat(data["last_success"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def record_success(self, when: datetime) -> None:
        """Record a successful use at ``when`` unless one was written less than ``min_interval`` ago."""
        last = self._last_written
        if last is not None and when - last < self.min_interval:  # nearly every call: no lock needed to say no
            return
        with self._lock:
            if self._last_written is not None and when - self._last_written < self.min_interval:
                return
            self._last_written = when
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=self.path.parent, delete=False, suffix=".tmp"
            ) as tmp:
                json.dump({"last_success": when.isoformat()}, tmp)
            os.replace(tmp.name, self.path)
        except OSError as exc:
            logger.debug("could not record key use in %s: %s", self.path, exc)


class APIKeyAuth(httpx.Auth):
    """Sends ``x-api-key``, validates the key on first use and remembers its last successful use.

    The first request validates the key: a GET is its own validation; any other method is preceded by
    ``GET /organizations?page[size]=1``, so a write never goes out with a key that was never seen to work.
    When that GET fails (a 401 or 403, after the transport's retries), its answer is the request's answer and
    the write is not sent. Every answer below 400 counts as a successful use of the key. One instance can serve
    a sync and an async client at once.

    The key is only attached to requests for the API's own origin (scheme, host and port of ``base_url``);
    anything else (a download from a storage host, say) goes out without it.

    Args:
        api_key: The key.
        base_url: API base URL: the origin the key belongs to, and the prefix of the validation request.
        instance: Instance name, for the idle-key warning.
        state: Where the last successful use is remembered (none: not remembered).
        now: Wall clock, injectable for tests.
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
        instance: str = "",
        state: KeyUsageState | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._key = api_key
        self._instance = instance
        self._base_url = base_url.rstrip("/")
        self._origin = _origin(httpx.URL(base_url))
        # The origin as a request's URL spells it when the base URL names no port (None for the default one).
        self._origin_key = (self._origin[0], self._origin[1], httpx.URL(base_url).port)
        self._state = state
        self._now = now
        self._validated = False
        self._idle_checked = False
        self._thread_lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None  # made on first async use: a sync client never needs one

    @property
    def validated(self) -> bool:
        """Whether the key has been seen to work in this process."""
        return self._validated

    def _validation_request(self, request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            "GET",
            self._base_url + VALIDATION_PATH,
            params=VALIDATION_PARAMS,
            headers={"x-api-key": self._key, "accept": "application/vnd.api+json"},
            extensions=request.extensions,
        )

    def _warn_if_idle(self) -> None:
        self._idle_checked = True
        last = self._state.last_success() if self._state else None
        if last is not None and self._now() - last > IDLE_WARNING_AFTER:
            logger.warning(
                "the API key of instance %r was last used successfully %d days ago; IT Glue may have revoked "
                "it - if calls fail, store a new one with `itglue auth set`",
                self._instance,
                (self._now() - last).days,
                extra={"event": "auth.key_idle", "instance": self._instance},
            )

    def _record_success(self) -> None:
        self._validated = True
        if self._state is not None:
            self._state.record_success(self._now())

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if _origin(request.url) != self._origin:
            yield request  # not the API: never send the key there
            return
        if not self._idle_checked:
            self._warn_if_idle()
        request.headers["x-api-key"] = self._key
        if not self._validated and request.method != "GET":
            validation = yield self._validation_request(request)
            if validation.status_code >= 400:
                return  # the caller gets the validation's answer (401/403...) and the write never goes out
            self._record_success()
        response = yield request
        if response.status_code < 400:
            self._record_success()

    def _sign(self, request: httpx.Request) -> bool:
        """Attach the key when ``request`` goes to the API's origin; say whether it did (the validated path)."""
        url = request.url
        if (url.scheme, url.host, url.port) != self._origin_key and _origin(url) != self._origin:
            return False
        request.headers["x-api-key"] = self._key
        return True

    def _validated_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """The common case once the key is validated: one header, no lock, no nested flow."""
        if not self._sign(request):
            yield request
            return
        response = yield request
        if response.status_code < 400:
            self._record_success()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sync flow: the first requests are serialised by a thread lock until the key is validated."""
        if not self._validated:
            with self._thread_lock:
                # Requests that queued here behind the validation go on in parallel once it succeeded.
                if not self._validated:
                    yield from self._flow(request)
                    return
        yield from self._validated_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async flow: like `sync_auth_flow`, with an anyio lock so the event loop is never blocked."""
        async with AsyncExitStack() as held:
            if not self._validated:
                if self._async_lock is None:
                    self._async_lock = anyio.Lock()
                await held.enter_async_context(self._async_lock)
                if self._validated:  # queued behind a validation that succeeded: go on in parallel
                    await held.aclose()
            flow = self._validated_flow(request) if self._validated else self._flow(request)
            outgoing = next(flow)
            while True:
                response = yield outgoing
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
