"""`ITGlueClient` and `AsyncITGlueClient`: what users construct.

Both clients are built the same way (`_Setup`): resolve the instance and its key, take the shared rate limiter
and circuit breaker for that host and key, then stack breaker -> retries -> limiter -> httpx transport under one
httpx client that also carries the key (`APIKeyAuth`). The resource services (``client.organizations`` ...) come
from the catalog the clients extend; writes go through a requester that emits events to plugins.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypedDict, TypeVar

import anyio
import httpx

from itglue_sdk._exceptions import InvalidParameterError
from itglue_sdk._http.auth import APIKeyAuth, KeyUsageState
from itglue_sdk._http.breaker import CircuitBreaker, shared_breakers
from itglue_sdk._http.health import HealthReport, check_health, check_health_async
from itglue_sdk._http.ratelimit import SlidingWindowLimiter, shared_limiters
from itglue_sdk._http.requester import JSON_API, AsyncHttpxRequester, HttpxRequester, TimeoutTypes
from itglue_sdk._http.retry import RetryPolicy
from itglue_sdk._http.tls import build_async_transport, build_transport
from itglue_sdk._http.transport import (
    AsyncClientTransport,
    AsyncResilientTransport,
    ClientTransport,
    ResilientTransport,
    RouteResolver,
    spec_route_resolver,
)
from itglue_sdk.config.instances import Instance, InstanceStore, make_instance, url_instance_name
from itglue_sdk.config.keys import resolve_api_key
from itglue_sdk.events.bus import ALL_EVENTS, EventBus, Plugin
from itglue_sdk.events.emitting import AsyncEmittingRequester, EmittingRequester
from itglue_sdk.observability.metrics import Metrics, MetricsSnapshot
from itglue_sdk.observability.redaction import SecretRegistry
from itglue_sdk.resources.batch import BatchResult, LimiterBudget, ProgressCallback, run_batch, run_batch_async
from itglue_sdk.resources.cache import (
    CachedLookups,
    CachedRecords,
    LookupCache,
    RecordCache,
    load_default_mirror,
    write_through,
)
from itglue_sdk.resources.catalog import AsyncResourceCatalog, ResourceCatalog
from itglue_sdk.resources.records import RecordReader

if TYPE_CHECKING:
    from itglue_api import Client as GeneratedClient

T = TypeVar("T")
R = TypeVar("R")


@functools.cache
def _user_agent() -> str:
    # importlib.metadata (and the scan of the installed distributions) only when a client is made, and once.
    from importlib import metadata  # noqa: PLC0415

    try:
        version = metadata.version("itglue-sdk")
    except metadata.PackageNotFoundError:  # pragma: no cover - source tree without install
        version = "unknown"
    return f"itglue-sdk/{version} (+python-httpx)"


class _HttpxOptions(TypedDict):
    base_url: str
    auth: httpx.Auth
    timeout: httpx.Timeout
    headers: dict[str, str]
    follow_redirects: bool


class _ResilienceOptions(TypedDict):
    limiter: SlidingWindowLimiter
    breaker: CircuitBreaker
    policy: RetryPolicy
    metrics: Metrics
    instance: str
    route_resolver: RouteResolver
    secrets: SecretRegistry


@dataclass
class _Setup:
    """What the sync and async clients share: instance, key, limiter, breaker, metrics, auth and events."""

    instance: Instance
    limiter: SlidingWindowLimiter
    breaker: CircuitBreaker
    metrics: Metrics
    auth: APIKeyAuth
    events: EventBus
    policy: RetryPolicy
    secrets: SecretRegistry
    timeout: httpx.Timeout

    @classmethod
    def build(
        cls,
        instance: str | None,
        base_url: str | None,
        api_key: str | None,
        *,
        rate_limit: int | None,
        rate_window: float | None,
        shared_budget: bool | None,
        retry_policy: RetryPolicy | None,
        max_retries: int | None,
        timeout: TimeoutTypes,
        strict_plugins: bool,
        load_plugins: bool | None,
        instances: InstanceStore | None,
    ) -> _Setup:
        store = instances or InstanceStore()
        if base_url:
            chosen = make_instance(instance or url_instance_name(base_url), base_url=base_url)
        else:
            chosen = store.get(instance)
        if rate_limit is not None or rate_window is not None:
            chosen = replace(
                chosen,
                rate_limit=rate_limit or chosen.rate_limit,
                rate_window=rate_window or chosen.rate_window,
            )
        key = resolve_api_key(chosen.name, api_key)
        secrets = SecretRegistry()
        secrets.register(key)
        policy = retry_policy or RetryPolicy()
        events = EventBus(strict=strict_plugins)
        if chosen.load_plugins if load_plugins is None else load_plugins:
            events.load_entry_points()
        return cls(
            instance=chosen,
            limiter=shared_limiters.get(
                chosen.base_url,
                key,
                limit=chosen.rate_limit,
                window=chosen.rate_window,
                shared_path=store.budget_path(chosen, key)
                if (chosen.shared_budget if shared_budget is None else shared_budget)
                else None,
            ),
            breaker=shared_breakers.get(chosen.base_url),
            metrics=Metrics(),
            auth=APIKeyAuth(
                key,
                base_url=chosen.base_url,
                instance=chosen.name,
                state=KeyUsageState(store.key_state_path(chosen)),
            ),
            events=events,
            policy=policy if max_retries is None else policy.with_max_retries(max_retries),
            secrets=secrets,
            timeout=chosen.timeout() if timeout is None else httpx.Timeout(timeout),
        )

    def mirror(self, cache: LookupCache | None, mirror: RecordCache | bool | None) -> RecordCache | None:
        """The mirror a client reads through: the one given, the instance's default, or none.

        ``mirror=None`` follows the instance's ``mirror`` setting unless a ``cache`` is given (the explicit
        argument wins over the profile); True opens the instance's default mirror; False attaches none.

        Raises:
            InvalidParameterError: Both a cache and a mirror were given.
            ConfigurationError: The default mirror is wanted but no package offers one.
        """
        if cache is not None and mirror is not None and mirror is not False:
            raise InvalidParameterError(
                "give a client a cache or a mirror, not both (the mirror answers the lookup groups too)",
                parameter="mirror",
            )
        wanted = self.instance.mirror and cache is None if mirror is None else mirror
        if wanted is True:
            return load_default_mirror(self.instance)
        if wanted is False:
            return None
        return wanted

    def lookups(self, cache: LookupCache | None, mirror: RecordCache | None) -> CachedLookups | None:
        """Bind a client's cache or mirror to its metrics (``cache_hits``/``cache_misses``)."""
        metrics = self.metrics

        def counted(hit: bool) -> None:
            metrics.record_cache(hit=hit)

        if mirror is not None:
            return CachedRecords(mirror, counted)
        return CachedLookups(cache, counted) if cache is not None else None

    def resilience_options(self) -> _ResilienceOptions:
        """Keyword arguments shared by the sync and async resilient transports."""
        return {
            "limiter": self.limiter,
            "breaker": self.breaker,
            "policy": self.policy,
            "metrics": self.metrics,
            "instance": self.instance.name,
            "route_resolver": spec_route_resolver(self.instance.base_url),
            "secrets": self.secrets,
        }

    def client_options(self) -> _HttpxOptions:
        """Keyword arguments shared by the httpx clients (redirects stay off: httpx would forward x-api-key)."""
        return {
            "base_url": self.instance.base_url,
            "auth": self.auth,
            "timeout": self.timeout,
            "headers": {"Accept": JSON_API, "User-Agent": _user_agent()},
            "follow_redirects": False,
        }


class _ClientBase:
    """Methods that do not touch I/O, shared by both clients."""

    _setup: _Setup
    _mirror: RecordCache | None

    @property
    def instance(self) -> Instance:
        """The instance this client talks to (never holds the key)."""
        return self._setup.instance

    @property
    def mirror(self) -> RecordCache | None:
        """The mirror this client reads through and writes through to (``mirror=``), or None."""
        return self._mirror

    @property
    def events(self) -> EventBus:
        """The event bus: plugins registered here run after successful writes."""
        return self._setup.events

    def _attach_mirror(self) -> None:
        """Send this client's writes to its mirror and tell the mirror of the client (for its auto-refresh)."""
        if self._mirror is not None:
            self._setup.events.register_plugin(write_through(self._mirror))
            self._mirror.attach(self)

    def register_plugin(self, callback: Plugin, event_type: str = ALL_EVENTS) -> None:
        """Call ``callback`` after successful writes.

        Args:
            callback: Receives an `itglue_sdk.events.bus.Event`; its failure is logged, never raised (unless the
                client was made with ``strict_plugins=True``).
            event_type: ``organization.created``, a prefix pattern like ``password.*``, or ``*`` for all.
        """
        self._setup.events.register_plugin(callback, event_type)

    @property
    def secrets(self) -> SecretRegistry:
        """The key and password values this client has seen, scrubbed from logs and errors until it closes.

        They are this client's alone (another client's registry never holds them); `close` forgets them.
        """
        return self._setup.secrets

    def metrics(self) -> MetricsSnapshot:
        """Requests, latency, errors by status, retries, throttle waits, breaker state, cache hits/misses so far."""
        return self._setup.metrics.snapshot(breaker_state=self._setup.breaker.state.value)


class ITGlueClient(_ClientBase, ResourceCatalog):
    """The synchronous IT Glue client.

    The key is validated on first use: the first request of a client that is not a GET (a write) is preceded by
    ``GET /organizations?page[size]=1`` with the same key, and the write goes out only if that answers 2xx; a
    first GET is its own validation. An invalid key therefore fails the first write with
    `itglue_sdk._exceptions.AuthenticationError` before anything is changed.

    Args:
        instance: Named instance (``production``, ``emulator`` or one added with ``itglue instances add``);
            ``ITGLUE_INSTANCE`` or ``production`` when omitted. With ``base_url``, only the name used for the
            key lookup and logs.
        base_url: Talk to this API base URL instead of a named instance. Without ``instance`` the client is
            named after the URL's host and port (``custom-127-0-0-1-8080``; see
            `itglue_sdk.config.instances.url_instance_name`): that name is the keychain entry and the key-state file.
        api_key: The key; else ``ITGLUE_API_KEY``, else the OS keychain entry of the instance.
        rate_limit: Requests per window for this instance and key (default: the instance's, 3000).
        rate_window: Window in seconds (default: the instance's, 300).
        shared_budget: Share the rate budget with the other processes using this host and key, through a small
            locked file in the state folder (POSIX; see `itglue_sdk._http.ratelimit`). Without it each process
            paces itself as if it had the whole budget. None (the default) follows the instance's
            ``shared_budget`` setting in ``instances.toml`` (off unless set).
        retry_policy: Retry budgets and waits.
        max_retries: Most retries of one request for each cause (server errors, connection failures, 429s),
            replacing those budgets of ``retry_policy``; 0 sends every request once. Default: the policy's (3).
        timeout: Timeout of every request, in seconds or as an ``httpx.Timeout``; default: the instance's
            (``connect_timeout``/``read_timeout``, 30 s and 60 s). Service calls take a ``timeout=`` of their own.
        strict_plugins: Raise `itglue_sdk._exceptions.PluginError` when a plugin fails instead of logging it.
        load_plugins: Register the plugins advertised in the ``itglue_sdk.plugins`` entry-point group. None
            (the default) follows the instance's ``load_plugins`` setting in ``instances.toml``, which is off
            unless set: entry points are code any installed package may register, so they run only by choice.
        instances: Where named instances are read from (default: the user's profile file).
        transport: Innermost httpx transport (default: pooled TLS 1.2+); the resilience stack wraps it.
        http_client: Your own ``httpx.Client`` to send through, instead of ``transport`` (not both). The SDK builds
            every request itself and sends it with ``http_client.send``: it keeps the client's transport and
            mounts (proxies, ``verify``/``cert``, connection limits, HTTP/2: so TLS is what you configured),
            its auth (applied after the SDK's key) and its event hooks; it does not use its ``base_url``,
            default headers, cookies, params, timeout or redirect setting (the instance's URL, the SDK's headers
            and timeout apply, redirects are never followed). Retries, pacing and the breaker wrap it as any
            transport. The SDK never closes it.
        sleep: Waits between retries (backoff, ``Retry-After``, 429 fallbacks); injectable so tests need not wait
            them out. The shared rate limiter keeps its own sleep.
        cache: Cache-first lookups, off by default (None). Given an `itglue_sdk.resources.cache.LookupCache` (e.g.
            ``MemoryLookupCache(ttl=300)``, or the mirror), ``get`` on the lookup groups (types, statuses,
            manufacturers, models, countries, regions, platforms, operating systems, password and contact
            types: `itglue_sdk.resources.cache.LOOKUP_GROUPS`) answers from the cache when the record is there and
            stores what it reads; creates, updates and deletes of those groups write through. Other groups, and
            ``list``/``show``, always ask the API. Hits and misses show in `metrics` (``cache_hits``,
            ``cache_misses``). Off by default because other users may change lookups meanwhile: a cache
            answers what it holds until its entries expire. Not together with ``mirror``.
        mirror: Read through a local mirror (``itglue_mirror.Mirror``, or any
            `itglue_sdk.resources.cache.RecordCache`). None (the default) follows the instance's ``mirror``
            setting in ``instances.toml`` (off unless set); True opens the instance's default mirror (through the
            ``itglue_sdk.mirrors`` entry point); False attaches none. With a mirror, ``get``, ``require`` and
            ``find(name=...)`` of every group whose mirrored rows hold all its attributes (organizations,
            configurations, contacts, the lookup groups...; not passwords nor flexible assets, whose secrets the
            mirror does not keep) answer from the mirror while that resource is fresh (synced within the mirror's
            ``stale_after``) and ask the API when it is stale or lacks the record; hits and misses show in
            `metrics`. Records read from it carry attributes, not ``relationships``. Every create, update and
            delete this client makes is applied to the mirror at once (write-through), so a read after a write
            never answers the old record; a write the mirror cannot take marks that resource stale there.

    Example:
        >>> with ITGlueClient("emulator") as client:  # doctest: +SKIP
        ...     for organization in client.organizations.list(sort="name"):
        ...         print(organization.attributes.name)
    """

    def __init__(
        self,
        instance: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        rate_limit: int | None = None,
        rate_window: float | None = None,
        shared_budget: bool | None = None,
        retry_policy: RetryPolicy | None = None,
        max_retries: int | None = None,
        timeout: TimeoutTypes = None,
        strict_plugins: bool = False,
        load_plugins: bool | None = None,
        instances: InstanceStore | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        cache: LookupCache | None = None,
        mirror: RecordCache | bool | None = None,
    ) -> None:
        self._setup = setup = _Setup.build(
            instance,
            base_url,
            api_key,
            rate_limit=rate_limit,
            rate_window=rate_window,
            shared_budget=shared_budget,
            retry_policy=retry_policy,
            max_retries=max_retries,
            timeout=timeout,
            strict_plugins=strict_plugins,
            load_plugins=load_plugins,
            instances=instances,
        )
        if http_client is not None and transport is not None:
            raise ValueError("give ITGlueClient a transport or an http_client, not both")
        self._mirror = setup.mirror(cache, mirror)
        inner = ClientTransport(http_client) if http_client is not None else transport or build_transport()
        resilient = ResilientTransport(inner, sleep=sleep, **setup.resilience_options())
        self.http = httpx.Client(transport=resilient, **setup.client_options())
        self._http_requester = HttpxRequester(self.http, instance=setup.instance.name)
        super().__init__(
            EmittingRequester(self._http_requester, setup.events, instance=setup.instance.name),
            setup.lookups(cache, self._mirror),
            RecordReader(setup.metrics.record_missing_attribute),
        )
        self._attach_mirror()

    @property
    def generated(self) -> GeneratedClient:
        """The generated low-level client, sharing this client's transport stack and key.

        Use it with any ``itglue_api.api.<group>.<operation>`` function for raw access. Error answers reach it
        as answers (after the transport's retries): ``sync_detailed`` returns a 404 with its ``ErrorDocument``
        rather than raising; only failures with no answer raise (`itglue_sdk._exceptions.APIConnectionError`...).
        """
        from itglue_api import Client as GeneratedClient  # noqa: PLC0415 - attrs and the client: only when asked for

        generated = GeneratedClient(base_url=self._setup.instance.base_url)
        generated.set_httpx_client(self.http)
        return generated

    def health_check(self) -> HealthReport:
        """Check the key, the host, the latency and the rate-limit headroom with one cheap GET.

        Returns:
            The report; API and network failures are reported, not raised.
        """
        return check_health(self.http, self._setup.limiter)

    def batch(
        self,
        operation: Callable[[T], R],
        items: Iterable[T],
        *,
        max_workers: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> BatchResult[T, R]:
        """Run ``operation`` over many items (e.g. organization ids) on a bounded thread pool.

        Every request still goes through this client's shared limiter, so a batch never exceeds the budget.
        Without ``max_workers`` the batch starts 8 operations and then keeps as many running as the budget's
        rate times this client's observed latency (p90 of its recent attempts, not counting limiter waits), plus
        a quarter, between 8 and 64: 13 at 10 requests/s and 1 s a request, so a latency-bound job still uses
        the whole budget. That sizing assumes the operations call this client, one request at a time
        (`itglue_sdk.resources.batch`).

        Args:
            operation: Called once per item.
            items: The inputs.
            max_workers: Run exactly this many operations at once instead.
            progress: Called after each item finishes.

        Returns:
            Every outcome, in input order; failures are collected, not raised.
        """
        budget = LimiterBudget(self._setup.limiter, self._setup.metrics)
        return run_batch(operation, items, max_workers=max_workers, progress=progress, budget=budget)

    def close(self) -> None:
        """Close the connection pools and forget the secret values this client saw (see `secrets`)."""
        if self._mirror is not None:
            self._mirror.detach(self)
        self._http_requester.close()
        self.http.close()
        self._setup.secrets.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncITGlueClient(_ClientBase, AsyncResourceCatalog):
    """The asynchronous IT Glue client: `ITGlueClient`'s twin, name for name, with awaitable calls.

    It shares the rate limiter and circuit breaker with any sync client of the same host and key.

    Args:
        instance: See `ITGlueClient`.
        base_url: See `ITGlueClient`.
        api_key: See `ITGlueClient`.
        rate_limit: See `ITGlueClient`.
        rate_window: See `ITGlueClient`.
        shared_budget: See `ITGlueClient`.
        retry_policy: See `ITGlueClient`.
        max_retries: See `ITGlueClient`.
        timeout: See `ITGlueClient`.
        strict_plugins: See `ITGlueClient`.
        load_plugins: See `ITGlueClient`.
        instances: See `ITGlueClient`.
        transport: Innermost async httpx transport.
        http_client: Your own ``httpx.AsyncClient`` to send through (see `ITGlueClient`).
        sleep: Async waits between retries (see `ITGlueClient`).
        cache: Cache-first lookups (see `ITGlueClient`); off by default.
        mirror: Read through a mirror and write through to it (see `ITGlueClient`). Its lookups run in the
            event loop's thread (a local file read); a mirror refreshes itself only through a sync client.
    """

    def __init__(
        self,
        instance: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        rate_limit: int | None = None,
        rate_window: float | None = None,
        shared_budget: bool | None = None,
        retry_policy: RetryPolicy | None = None,
        max_retries: int | None = None,
        timeout: TimeoutTypes = None,
        strict_plugins: bool = False,
        load_plugins: bool | None = None,
        instances: InstanceStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        cache: LookupCache | None = None,
        mirror: RecordCache | bool | None = None,
    ) -> None:
        self._setup = setup = _Setup.build(
            instance,
            base_url,
            api_key,
            rate_limit=rate_limit,
            rate_window=rate_window,
            shared_budget=shared_budget,
            retry_policy=retry_policy,
            max_retries=max_retries,
            timeout=timeout,
            strict_plugins=strict_plugins,
            load_plugins=load_plugins,
            instances=instances,
        )
        if http_client is not None and transport is not None:
            raise ValueError("give AsyncITGlueClient a transport or an http_client, not both")
        self._mirror = setup.mirror(cache, mirror)
        inner = AsyncClientTransport(http_client) if http_client is not None else transport or build_async_transport()
        resilient = AsyncResilientTransport(inner, sleep=sleep, **setup.resilience_options())
        self.http = httpx.AsyncClient(transport=resilient, **setup.client_options())
        self._http_requester = AsyncHttpxRequester(self.http, instance=setup.instance.name)
        super().__init__(
            AsyncEmittingRequester(self._http_requester, setup.events, instance=setup.instance.name),
            setup.lookups(cache, self._mirror),
            RecordReader(setup.metrics.record_missing_attribute),
        )
        self._attach_mirror()

    @property
    def generated(self) -> GeneratedClient:
        """The generated low-level client, sharing this client's transport stack (use its ``asyncio`` functions).

        Error answers reach it as answers, as with `ITGlueClient.generated`.
        """
        from itglue_api import Client as GeneratedClient  # noqa: PLC0415 - attrs and the client: only when asked for

        generated = GeneratedClient(base_url=self._setup.instance.base_url)
        generated.set_async_httpx_client(self.http)
        return generated

    async def health_check(self) -> HealthReport:
        """Check the key, the host, the latency and the rate-limit headroom with one cheap GET.

        Returns:
            The report; API and network failures are reported, not raised.
        """
        return await check_health_async(self.http, self._setup.limiter)

    async def batch(
        self,
        operation: Callable[[T], Awaitable[R]],
        items: Iterable[T],
        *,
        max_workers: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> BatchResult[T, R]:
        """Run ``operation`` over many items as concurrent tasks, sized to the budget as `ITGlueClient.batch` is.

        Args:
            operation: Coroutine function called once per item.
            items: The inputs.
            max_workers: Run exactly this many operations at once instead.
            progress: Called after each item finishes.

        Returns:
            Every outcome, in input order; failures are collected, not raised.
        """
        budget = LimiterBudget(self._setup.limiter, self._setup.metrics)
        return await run_batch_async(operation, items, max_concurrency=max_workers, progress=progress, budget=budget)

    async def close(self) -> None:
        """Close the connection pools and forget the secret values this client saw (see `secrets`)."""
        if self._mirror is not None:
            self._mirror.detach(self)
        await self._http_requester.aclose()
        await self.http.aclose()
        self._setup.secrets.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
