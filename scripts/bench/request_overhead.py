"""Per-request CPU of the SDK's stack against a bare httpx client (not a test).

The emulator serves from its own process with its rate limit off, so only the client process is measured
(``time.process_time``). Each round runs every contender for ``--requests`` GETs of one organization, in turn
(interleaved, each round starting with the next contender, so load on the machine hits them alike); figures are
medians over the rounds, in microseconds of CPU per request, and ratios (medians of the per-round ratios) are to
the bare client of the same flavour:

``bare``
    ``httpx.Client`` (``AsyncClient``) with the base URL, the key and ``Accept`` headers: ``get(path).json()``.
``bare_url``
    The same client given the whole URL as a string, ``get(url).json()``: httpx parses it once instead of
    joining a relative path to its base URL (two more parses); the SDK's requester builds its URLs that way too.
``bare_model``
    ``bare`` plus the record parsed into the generated model, ``Organization.from_dict(body["data"])``: what the
    typed result costs on its own, which the SDK's ``get`` pays and ``bare`` does not.
``stack``
    ``client.http.get(path).json()``: the SDK's httpx client with its whole transport stack (key auth, breaker,
    retries, limiter, metrics, logging, secret registration), without the resource facade.
``sdk``
    ``client.organizations.get(id)``: the stack plus the facade (the call's path, error mapping, the record
    parsed into the generated model).

The clients get ``rate_limit=10**9``: the emulator's limit is off, and the SDK would otherwise pace itself at
its 3,000 per 5 minutes.

Usage: ``uv run python scripts/bench/request_overhead.py`` (``--quick`` for a short run; ``--output FILE`` to
write the Markdown table too)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

UNLIMITED = 10**9
"""The clients' budget: the emulator's limit is off, and the SDK would otherwise pace at 3,000 per 5 minutes."""


def serve() -> None:
    """Child: serve a small estate without a rate limit, print the URL and key, serve until killed."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - the parent process never needs the emulator
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    emulator = Emulator(orgs=5, seed=1, rate_limit=RateLimitConfig(enabled=False))
    print(json.dumps({"base_url": emulator.base_url, "api_key": emulator.api_key}), flush=True)
    emulator.serve_forever()


def start_emulator() -> tuple[subprocess.Popen[str], str, str]:
    """Start the emulator in its own process; return it, its URL and its key."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    found = json.loads(process.stdout.readline())
    return process, str(found["base_url"]), str(found["api_key"])


def cpu_us(run: Callable[[], None], requests: int) -> float:
    """CPU microseconds per request of ``run`` (which sends ``requests`` requests)."""
    started = time.process_time()
    run()
    return (time.process_time() - started) / requests * 1e6


def sync_contenders(
    base_url: str, api_key: str, requests: int
) -> tuple[dict[str, Callable[[], None]], Callable[[], None]]:
    """The sync contenders, and what closes their clients."""
    from itglue_api.models import Organization  # noqa: PLC0415 - imported with the SDK, after the emulator's start
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    client = ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=UNLIMITED, load_plugins=False)
    organization = next(iter(client.organizations.list())).id
    path = f"/organizations/{organization}"
    url = base_url.rstrip("/") + path
    bare = httpx.Client(base_url=base_url, headers={"x-api-key": api_key, "Accept": "application/vnd.api+json"})

    def run_bare() -> None:
        for _ in range(requests):
            bare.get(path).json()

    def run_bare_url() -> None:
        for _ in range(requests):
            bare.get(url).json()

    def run_bare_model() -> None:
        for _ in range(requests):
            Organization.from_dict(bare.get(path).json()["data"])

    def run_stack() -> None:
        for _ in range(requests):
            client.http.get(path).json()

    def run_sdk() -> None:
        for _ in range(requests):
            client.organizations.get(organization)

    def close() -> None:
        bare.close()
        client.close()

    contenders = {
        "bare": run_bare,
        "bare_url": run_bare_url,
        "bare_model": run_bare_model,
        "stack": run_stack,
        "sdk": run_sdk,
    }
    return contenders, close


async def async_rounds(base_url: str, api_key: str, requests: int, rounds: int) -> dict[str, list[float]]:
    """Interleaved rounds of the async contenders: CPU microseconds per request, per round."""
    from itglue_api.models import Organization  # noqa: PLC0415
    from itglue_sdk import AsyncITGlueClient  # noqa: PLC0415

    async with (
        AsyncITGlueClient(base_url=base_url, api_key=api_key, rate_limit=UNLIMITED, load_plugins=False) as client,
        httpx.AsyncClient(
            base_url=base_url, headers={"x-api-key": api_key, "Accept": "application/vnd.api+json"}
        ) as bare,
    ):
        record = await anext(aiter(client.organizations.list()))
        organization = record.id
        path = f"/organizations/{organization}"
        url = base_url.rstrip("/") + path

        async def run_bare() -> None:
            for _ in range(requests):
                (await bare.get(path)).json()

        async def run_bare_url() -> None:
            for _ in range(requests):
                (await bare.get(url)).json()

        async def run_bare_model() -> None:
            for _ in range(requests):
                Organization.from_dict((await bare.get(path)).json()["data"])

        async def run_stack() -> None:
            for _ in range(requests):
                (await client.http.get(path)).json()

        async def run_sdk() -> None:
            for _ in range(requests):
                await client.organizations.get(organization)

        contenders: dict[str, Callable[[], Awaitable[None]]] = {
            "bare": run_bare,
            "bare_url": run_bare_url,
            "bare_model": run_bare_model,
            "stack": run_stack,
            "sdk": run_sdk,
        }
        results: dict[str, list[float]] = {name: [] for name in contenders}
        for run in contenders.values():  # warm-up: connections, spec, models
            await run()
        for number in range(rounds):
            for name in rotated(list(contenders), number):
                started = time.process_time()
                await contenders[name]()
                results[name].append((time.process_time() - started) / requests * 1e6)
        return results


def rotated(names: list[str], by: int) -> list[str]:
    """``names`` starting at position ``by`` (modulo): each round starts with another contender."""
    start = by % len(names)
    return names[start:] + names[:start]


def table(title: str, results: dict[str, list[float]]) -> list[str]:
    """Markdown rows: median CPU per request, and its ratio to ``bare``, ``bare_url`` and ``bare_model``.

    Each ratio is the median of the per-round ratios (both contenders of a ratio ran in the same round), so a
    round slowed by other work on the machine slows both sides of its ratio.
    """
    lines = [
        f"### {title}",
        "",
        "| contender | CPU per request (median) | vs bare | vs bare_url | vs bare_model |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, samples in results.items():
        ratios = " | ".join(
            f"{statistics.median(sample / base for sample, base in zip(samples, results[other], strict=True)):.3f}x"
            for other in ("bare", "bare_url", "bare_model")
        )
        lines.append(f"| {name} | {statistics.median(samples):.0f} us | {ratios} |")
    return [*lines, ""]


def main() -> int:
    """Run the benchmark and print the Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--requests", type=int, default=500, help="requests per contender and round")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="100 requests, 3 rounds")
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    args = parser.parse_args()
    if args.serve:
        serve()
        return 0
    requests, rounds = (100, 3) if args.quick else (args.requests, args.rounds)
    load_before = os.getloadavg()
    process, base_url, api_key = start_emulator()
    try:
        contenders, close = sync_contenders(base_url, api_key, requests)
        try:
            for run in contenders.values():  # warm-up: connections, spec, models
                run()
            sync_results: dict[str, list[float]] = {name: [] for name in contenders}
            for number in range(rounds):
                for name in rotated(list(contenders), number):
                    sync_results[name].append(cpu_us(contenders[name], requests))
        finally:
            close()
        async_results = asyncio.run(async_rounds(base_url, api_key, requests, rounds))
    finally:
        process.terminate()
        process.wait()
    report = [
        "# Request overhead: CPU per GET, SDK vs bare httpx",
        "",
        f"`scripts/bench/request_overhead.py`: {requests} GETs of one organization per contender and round, "
        f"{rounds} interleaved rounds, medians; emulator in its own process; Python {platform.python_version()}; "
        f"load average {load_before[0]:.2f} before, {os.getloadavg()[0]:.2f} after ({os.cpu_count()} cores).",
        "",
        *table("sync", sync_results),
        *table("async", async_results),
    ]
    text = "\n".join(report)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
