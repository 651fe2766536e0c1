"""Listing benchmark (not a test): pages fetched ahead (``list(prefetch=...)``) against sequential floors.

Two emulators serve from their own processes with their rate limit off, each holding ``--orgs`` organizations
(20,000 by default: 20 pages of 1,000; organizations only, so the estate builds in a second): one bare, one
answering every request ``--latency`` seconds late (0.3 s, closer to the real API). The clients are built with
``rate_limit=10**9`` so the SDK's own 3,000/300 s budget does not pace them. Each round runs every contender
once, in an order that rotates from round to round; figures are medians over the rounds.

Contenders on the bare emulator (records per second of a full listing, 1,000-record pages):

``floor``
    A bare ``httpx.Client`` asking for page after page and ``json.loads``-ing each: the sequential floor.
``serve``
    Bytes only, four threads asking for the pages at once (no parsing): about what the emulator can serve.
``sdk p=0`` / ``sdk p=8`` (and ``async``)
    ``list(client.organizations.list(prefetch=...))``: typed models, the whole SDK stack; 0 is one page at
    a time, 8 the default.

On the slow emulator (seconds for the same 20-page listing): ``floor`` and the SDK with prefetch 0, 4 and 8,
sync and async.

Usage: ``uv run python scripts/bench/prefetch.py`` (``--quick``: 5,000 organizations, two rounds)
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

UNLIMITED = 10**9
"""The clients' budget: the emulator's limit is off, and the SDK would otherwise pace at 3,000 per 5 minutes."""
PAGE = 1000


def serve(orgs: int, latency: float) -> None:
    """Child: serve ``orgs`` organizations (and the lookups) without a rate limit, print URL and key, serve."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - the parent process never needs the emulator
    from itglue_emulator.estate import _Builder  # noqa: PLC0415
    from itglue_emulator.faults import FaultConfig, Latency  # noqa: PLC0415
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    builder = _Builder(orgs, 1)
    builder.build_lookups()
    builder.build_organizations()
    faults = FaultConfig(latency=Latency("fixed", latency)) if latency else None
    emulator = Emulator(estate=builder.estate, rate_limit=RateLimitConfig(enabled=False), faults=faults)
    print(json.dumps({"base_url": emulator.base_url, "api_key": emulator.api_key}), flush=True)
    emulator.serve_forever()


def page_params(number: int) -> dict[str, int]:
    """The query of one 1,000-record page."""
    return {"page[size]": PAGE, "page[number]": number}


def floor(base_url: str, key: str) -> int:
    """Sequential pages, bare httpx and ``json.loads``; returns the records read."""
    records = 0
    with httpx.Client(base_url=base_url, headers={"x-api-key": key}, timeout=60) as http:
        number: int | None = 1
        while number is not None:
            body = json.loads(http.get("/organizations", params=page_params(number)).content)
            records += len(body["data"])
            number = body["meta"].get("next-page")
    return records


def served(base_url: str, key: str, pages: int) -> int:
    """All pages, four threads at once, bytes only; returns the records (page count times the page size)."""
    with httpx.Client(base_url=base_url, headers={"x-api-key": key}, timeout=60) as http:

        def fetch(number: int) -> int:
            return len(http.get("/organizations", params=page_params(number)).content)

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(fetch, range(1, pages + 1)))
    return pages * PAGE


def sdk(base_url: str, key: str, prefetch: int) -> int:
    """The whole listing through `ITGlueClient`; returns the records read."""
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    with ITGlueClient(base_url=base_url, api_key=key, rate_limit=UNLIMITED, load_plugins=False) as client:
        return len(list(client.organizations.list(prefetch=prefetch)))


def sdk_async(base_url: str, key: str, prefetch: int) -> int:
    """The whole listing through `AsyncITGlueClient` (its own event loop); returns the records read."""
    from itglue_sdk import AsyncITGlueClient  # noqa: PLC0415

    async def main() -> int:
        async with AsyncITGlueClient(
            base_url=base_url, api_key=key, rate_limit=UNLIMITED, load_plugins=False
        ) as client:
            return len([org async for org in client.organizations.list(prefetch=prefetch)])

    return asyncio.run(main())


def timed(action: Callable[[], int]) -> tuple[float, int]:
    """Seconds the action took, and what it returned."""
    started = time.perf_counter()
    records = action()
    return time.perf_counter() - started, records


def rounds(contenders: dict[str, Callable[[], int]], count: int) -> dict[str, list[tuple[float, int]]]:
    """Run every contender once per round, starting each round one contender further along."""
    names = list(contenders)
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in names}
    for turn in range(count):
        for name in names[turn % len(names) :] + names[: turn % len(names)]:
            results[name].append(timed(contenders[name]))
    return results


def start(orgs: int, latency: float) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """Start an emulator process; return it and its URL and key."""
    command = [sys.executable, __file__, "--serve", "--orgs", str(orgs), "--latency", str(latency)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    return server, json.loads(server.stdout.readline())


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--orgs", type=int, default=20_000)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="5,000 organizations, two rounds")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.serve:
        serve(arguments.orgs, arguments.latency)
        return
    if arguments.quick:
        arguments.orgs, arguments.rounds = 5_000, 2
    pages = -(-arguments.orgs // PAGE)

    bare, fast = start(arguments.orgs, 0.0)
    slow_server, slow = start(arguments.orgs, arguments.latency)
    try:
        url, key = fast["base_url"], fast["api_key"]
        floor(url, key)  # warm both sides (imports, the server's caches) before timing
        sdk(url, key, 8)
        sdk_async(url, key, 8)
        print(f"organizations={arguments.orgs} pages={pages} x {PAGE} rounds={arguments.rounds}")
        print("\nbare emulator (records/s, median):")
        fast_results = rounds(
            {
                "floor": lambda: floor(url, key),
                "serve": lambda: served(url, key, pages),
                "sdk p=0": lambda: sdk(url, key, 0),
                "sdk p=8": lambda: sdk(url, key, 8),
                "async p=0": lambda: sdk_async(url, key, 0),
                "async p=8": lambda: sdk_async(url, key, 8),
            },
            arguments.rounds,
        )
        rate = {name: statistics.median(n / s for s, n in runs) for name, runs in fast_results.items()}
        for name, value in rate.items():
            print(
                f"  {name:10} {value:9.0f} records/s   x floor {value / rate['floor']:.2f}   "
                f"x serve {value / rate['serve']:.2f}"
            )

        url, key = slow["base_url"], slow["api_key"]
        print(f"\nemulator with {arguments.latency:g} s latency, {pages}-page listing (seconds, median):")
        slow_results = rounds(
            {
                "floor": lambda: floor(url, key),
                "sdk p=0": lambda: sdk(url, key, 0),
                "sdk p=4": lambda: sdk(url, key, 4),
                "sdk p=8": lambda: sdk(url, key, 8),
                "async p=0": lambda: sdk_async(url, key, 0),
                "async p=4": lambda: sdk_async(url, key, 4),
                "async p=8": lambda: sdk_async(url, key, 8),
            },
            max(2, arguments.rounds // 2),
        )
        seconds = {name: statistics.median(s for s, _ in runs) for name, runs in slow_results.items()}
        for name, value in seconds.items():
            print(f"  {name:10} {value:6.2f} s   / floor {value / seconds['floor']:.2f}")
    finally:
        bare.kill()
        slow_server.kill()


if __name__ == "__main__":
    main()
