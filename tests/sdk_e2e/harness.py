"""The real sync and async clients behind one awaitable interface, pointed at a running emulator.

Every end-to-end scenario is written once as an ``async`` test and runs against both clients: `Api.run` takes an
operation written against the shared client surface (``lambda c: c.organizations.create({...})``) and performs it
with the sync client (in a worker thread, so scenarios can run calls concurrently) or the async one.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
import anyio.to_thread
import httpx

from itglue_emulator.app import Emulator
from itglue_sdk import AsyncITGlueClient, InstanceStore, ITGlueClient, MetricsSnapshot, RetryPolicy
from itglue_sdk.resources.pagination import AsyncPager, SyncPager

Flavour = Literal["sync", "async"]

FAST_RETRIES = RetryPolicy(backoff_initial=0.01, backoff_max=0.02, rate_limit_waits=(0.01, 0.02, 0.04))
"""The production budgets (3 server retries, 3 connection retries, 3 waits on 429) with tiny waits."""


@dataclass
class Api:
    """One real client and how to drive it.

    Attributes:
        client: An `ITGlueClient` or an `AsyncITGlueClient`.
        flavour: Which of the two it is.
    """

    client: ITGlueClient | AsyncITGlueClient
    flavour: Flavour

    async def run(self, operation: Callable[[Any], Any]) -> Any:
        """Perform ``operation(client)`` and return its result; pagers are drained into lists.

        Args:
            operation: Uses only what both clients offer under the same names.

        Returns:
            The result (awaited for the async client).
        """
        if isinstance(self.client, AsyncITGlueClient):
            result = operation(self.client)
            if isinstance(result, AsyncPager):
                return [item async for item in result]
            return await result if inspect.isawaitable(result) else result

        def perform() -> Any:
            result = operation(self.client)
            return list(result) if isinstance(result, SyncPager) else result

        return await anyio.to_thread.run_sync(perform)

    def metrics(self) -> MetricsSnapshot:
        """The client's metrics."""
        return self.client.metrics()

    async def close(self) -> None:
        """Close the client's connection pools."""
        if isinstance(self.client, AsyncITGlueClient):
            await self.client.close()
        else:
            self.client.close()


@dataclass
class Wire:
    """Every request as it left the SDK for the socket (the innermost transport), over real HTTP.

    Attributes:
        requests: The requests, in order (headers as sent, body read).
    """

    requests: list[httpx.Request] = field(default_factory=list)

    def sync(self) -> httpx.BaseTransport:
        """A sync transport that records, then sends over HTTP."""
        wire = self

        class Recording(httpx.HTTPTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                wire.requests.append(request)
                return super().handle_request(request)

        return Recording()

    def async_(self) -> httpx.AsyncBaseTransport:
        """The async twin of `sync`."""
        wire = self

        class Recording(httpx.AsyncHTTPTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                wire.requests.append(request)
                return await super().handle_async_request(request)

        return Recording()


@dataclass
class Harness:
    """Builds clients of one flavour for one emulator, recording every retry wait instead of sleeping.

    Attributes:
        flavour: Which client `client` builds.
        emulator: The emulator (fresh per test).
        store: A throw-away profile file and state folder (never the user's).
        sleeps: Every retry wait the clients asked for, in seconds, in order.
    """

    flavour: Flavour
    emulator: Emulator
    store: InstanceStore
    sleeps: list[float] = field(default_factory=list)
    _apis: list[Api] = field(default_factory=list)

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await anyio.sleep(0)

    def wired(self, wire: Wire, **options: Any) -> Api:
        """A client (see `client`) whose innermost transport records into ``wire``."""
        return self.client(transport=wire.async_() if self.flavour == "async" else wire.sync(), **options)

    def client(self, *, keyed: bool = True, **options: Any) -> Api:
        """Build a client of this harness's flavour.

        Args:
            keyed: Pass the emulator's main key unless ``options`` has an ``api_key`` (False: resolve it).
            **options: Client arguments; by default the emulator's base URL, `FAST_RETRIES`, no plugins.

        Returns:
            The client, closed when the test ends.
        """
        if "instance" not in options:
            options.setdefault("base_url", self.emulator.base_url)
        if keyed:
            options.setdefault("api_key", self.emulator.api_key)
        options.setdefault("retry_policy", FAST_RETRIES)
        options.setdefault("load_plugins", False)
        options.setdefault("instances", self.store)
        client: ITGlueClient | AsyncITGlueClient
        if self.flavour == "async":
            client = AsyncITGlueClient(sleep=self._async_sleep, **options)
        else:
            client = ITGlueClient(sleep=self._sleep, **options)
        api = Api(client, self.flavour)
        self._apis.append(api)
        return api

    async def close(self) -> None:
        """Close every client built here."""
        for api in self._apis:
            await api.close()
