"""API keys: where they come from (argument, environment, OS keychain) and how requests carry them.

Keys live in the OS keychain through keyring (service ``itglue-sdk``, username = instance name). The SDK never
writes a key anywhere else; the per-instance state file only remembers when the key last worked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
import httpx
import keyring
import keyring.errors

from itglue_sdk.errors import KeyringUnavailableError, MissingAPIKeyError

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "itglue-sdk"
API_KEY_ENV = "ITGLUE_API_KEY"
# The product's design validates a key with the route every key may read; one record keeps it cheap.
VALIDATION_PATH = "/organizations"
VALIDATION_PARAMS = {"page[size]": "1"}
IDLE_WARNING_AFTER = timedelta(days=80)

_NO_KEYRING_ALTERNATIVES = (
    "give the key to the client as its api_key argument, set the {env} environment variable, or make a "
    "keychain available "
    "(on headless Linux: install gnome-keyring and SecretStorage and run under `dbus-run-session`, "
    "or pick a backend in keyringrc.cfg / PYTHON_KEYRING_BACKEND)"
)


def _keyring_unavailable(instance: str, exc: keyring.errors.KeyringError) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        f"no usable OS keychain for the API key of instance {instance!r} ({type(exc).__name__}: {exc}); "
        + _NO_KEYRING_ALTERNATIVES.format(env=API_KEY_ENV)
    )


def resolve_api_key(instance: str, api_key: str | None = None, *, environ: Mapping[str, str] | None = None) -> str:
    """Find the API key for an instance: explicit argument, then ``ITGLUE_API_KEY``, then the keychain.

    Args:
        instance: Instance name (the keychain username).
        api_key: A key given explicitly; wins over everything else.
        environ: Environment to read (defaults to ``os.environ``).

    Returns:
        The key (a client registers it for redaction in its own `itglue_sdk.redaction.SecretRegistry`).

    Raises:
        KeyringUnavailableError: No key was given and no keychain backend is usable.
        MissingAPIKeyError: No key anywhere.
    """
    env = os.environ if environ is None else environ
    key = api_key or env.get(API_KEY_ENV)
    if not key:
        try:
            key = keyring.get_password(KEYRING_SERVICE, instance)
        except keyring.errors.KeyringError as exc:
            raise _keyring_unavailable(instance, exc) from exc
    if not key or not key.strip():
        raise MissingAPIKeyError(
            f"no API key for instance {instance!r}: store one with `itglue auth set` (instance {instance!r}), "
            f"set {API_KEY_ENV}, or give the key to the client as its api_key argument"
        )
    return key.strip()


def store_api_key(instance: str, api_key: str) -> None:
    """Save a key in the OS keychain for an instance.

    Args:
        instance: Instance name.
        api_key: The key; surrounding whitespace is removed.

    Raises:
        ValueError: The key is empty or contains whitespace.
        KeyringUnavailableError: No keychain backend is usable.
    """
    key = api_key.strip()
    if not key or any(ch.isspace() for ch in key):
        raise ValueError("an API key must be non-empty and contain no whitespace")
    try:
        keyring.set_password(KEYRING_SERVICE, instance, key)
    except keyring.errors.KeyringError as exc:
        raise _keyring_unavailable(instance, exc) from exc


def delete_api_key(instance: str) -> bool:
    """Remove an instance's key from the OS keychain.

    Args:
        instance: Instance name.

    Returns:
        Whether a key was stored.

    Raises:
        KeyringUnavailableError: No keychain backend is usable.
    """
    try:
        keyring.delete_password(KEYRING_SERVICE, instance)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _keyring_unavailable(instance, exc) from exc
    return True


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
        self._state = state
        self._now = now
        self._validated = False
        self._idle_checked = False
        self._thread_lock = threading.Lock()
        self._async_lock = anyio.Lock()

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

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sync flow: the first requests are serialised by a thread lock until the key is validated."""
        lock: contextlib.AbstractContextManager[object] = (
            contextlib.nullcontext() if self._validated else self._thread_lock
        )
        with lock:
            yield from self._flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async flow: like `sync_auth_flow`, with an anyio lock so the event loop is never blocked."""
        lock: contextlib.AbstractAsyncContextManager[object] = (
            contextlib.nullcontext() if self._validated else self._async_lock
        )
        async with lock:
            flow = self._flow(request)
            outgoing = next(flow)
            while True:
                response = yield outgoing
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
