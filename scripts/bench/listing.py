"""Listing benchmark (issue 11's first table): every organization of a 20,000-organization emulator.

The emulator serves from its own process, rate limit off (`bench._common.EmulatorProcess`); its estate is the
generated one for 200 organizations with the organizations topped up by renamed copies to ``--orgs``. Every
contender runs in a fresh child process per round, the order rotated each round; each reports records received
and wall seconds of the listing alone. Imports, client construction and one request for a single record are
untimed: a process's first request pays one-time costs (the SDK's spec index and model classes, the
async backend's imports, the connection) that the cold-start benchmark measures, and that a listing's throughput
should not carry. The peers' drivers are not warmed:

``floor``
    bare ``httpx.Client`` + ``json.loads``, pages of 1000 fetched one after another.
``floor+models``
    the floor, plus ``itglue_api.models.Organization.from_dict`` on every record (the generated attrs models).
``sdk``
    ``list(client.organizations.list())`` with ``ITGlueClient(base_url=..., api_key=..., rate_limit=10**9)``, so
    the SDK's own 3000/300 s budget does not pace it. When ``list()`` has a ``prefetch`` parameter (detected with
    ``inspect.signature``), ``sdk prefetch=0`` runs beside it.
``async``
    ``[o async for o in client.organizations.list()]`` with ``AsyncITGlueClient``, the same options.
``bytes x4``
    the serving-rate ceiling: page 1, then every other page on 4 threads, the bodies read and not parsed.
``py-itglue 0.2.6``
    its manual page loop in its own venv (`bench.peers.drivers`); its ``list_all`` returns the first page only.
``itglue 0.2.0``
    ``Organization.get()`` in its own venv, at the server's default page size of 50 (400 requests for 20,000).

The ratio column is each contender's median records/s over the floor's. A separate untimed child measures
memory per held record with ``tracemalloc``: the SDK's listing, the plain dicts ``json.loads`` gives, and the
generated models built from those dicts.

Usage: ``uv run python scripts/bench/listing.py`` (``--quick``: 2,000 organizations, 3 rounds)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import inspect
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/: `bench` imports as it type-checks

from bench._common import EmulatorProcess, EmulatorSpec, Report, interleave, run_json, spread
from bench.peers.venvs import ensure

SCRIPT = Path(__file__).resolve()
PAGE = 1000


def _pages(client: httpx.Client) -> tuple[dict[str, Any], int]:
    response = client.get("/organizations", params={"page[size]": PAGE, "page[number]": 1})
    response.raise_for_status()
    first: dict[str, Any] = json.loads(response.content)
    return first, int((first.get("meta") or {}).get("total-pages") or 1)


def _one(client: httpx.Client) -> None:
    """One request for a single record, untimed (see the module)."""
    client.get("/organizations", params={"page[size]": 1}).raise_for_status()


def floor(base_url: str, api_key: str, models: bool) -> dict[str, Any]:
    """Child: every page in turn, ``json.loads``, optionally each record into the generated model.

    Args:
        base_url: The emulator.
        api_key: Its key.
        models: Build ``Organization.from_dict`` for every record.

    Returns:
        ``records``, ``requests``, ``seconds``.
    """
    from itglue_api.models import Organization  # noqa: PLC0415

    held: list[Any] = []
    with httpx.Client(base_url=base_url, headers={"x-api-key": api_key}, timeout=120) as client:
        _one(client)
        started = time.perf_counter()
        number, total = 1, 1
        while number <= total:
            response = client.get("/organizations", params={"page[size]": PAGE, "page[number]": number})
            response.raise_for_status()
            document = json.loads(response.content)
            total = int((document.get("meta") or {}).get("total-pages") or 1)
            data = document.get("data") or []
            held.extend([Organization.from_dict(record) for record in data] if models else data)
            number += 1
        seconds = time.perf_counter() - started
    return {"records": len(held), "requests": total, "seconds": seconds}


def bytes_only(base_url: str, api_key: str, threads: int) -> dict[str, Any]:
    """Child: page 1, then the other pages on ``threads`` threads; bodies read, never parsed.

    Args:
        base_url: The emulator.
        api_key: Its key.
        threads: Concurrent requests.

    Returns:
        ``records`` (the listing's total count), ``requests``, ``bytes``, ``seconds``.
    """
    with httpx.Client(
        base_url=base_url, headers={"x-api-key": api_key}, timeout=120, limits=httpx.Limits(max_connections=threads)
    ) as client:
        _one(client)
        started = time.perf_counter()
        first, total = _pages(client)

        def page(number: int) -> int:
            response = client.get("/organizations", params={"page[size]": PAGE, "page[number]": number})
            response.raise_for_status()
            return len(response.content)

        with ThreadPoolExecutor(max_workers=threads) as pool:
            sizes = list(pool.map(page, range(2, total + 1)))
        seconds = time.perf_counter() - started
    records = int((first.get("meta") or {}).get("total-count") or 0)
    return {"records": records, "requests": total, "bytes": sum(sizes), "seconds": seconds}


def _list_options(prefetch: int | None) -> dict[str, Any]:
    return {} if prefetch is None else {"prefetch": prefetch}


def sdk(base_url: str, api_key: str, prefetch: int | None) -> dict[str, Any]:
    """Child: ``list(client.organizations.list())``.

    Args:
        base_url: The emulator.
        api_key: Its key.
        prefetch: Passed as ``prefetch=`` when not None (only where ``list()`` has it).

    Returns:
        ``records``, ``requests``, ``seconds``.
    """
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    with ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=10**9) as client:
        listing: Callable[..., Any] = client.organizations.list
        list(listing(limit=1))  # untimed, like the floor's `_one`
        started = time.perf_counter()
        records = list(listing(**_list_options(prefetch)))
        seconds = time.perf_counter() - started
    return {"records": len(records), "requests": -(-len(records) // PAGE), "seconds": seconds}


def sdk_async(base_url: str, api_key: str) -> dict[str, Any]:
    """Child: the same listing with ``AsyncITGlueClient``.

    Args:
        base_url: The emulator.
        api_key: Its key.

    Returns:
        ``records``, ``requests``, ``seconds``.
    """
    from itglue_sdk import AsyncITGlueClient  # noqa: PLC0415

    async def go() -> dict[str, Any]:
        async with AsyncITGlueClient(base_url=base_url, api_key=api_key, rate_limit=10**9) as client:
            [record async for record in client.organizations.list(limit=1)]  # untimed, like the floor's `_one`
            started = time.perf_counter()
            records = [record async for record in client.organizations.list()]
            seconds = time.perf_counter() - started
        return {"records": len(records), "requests": -(-len(records) // PAGE), "seconds": seconds}

    return asyncio.run(go())


def memory(base_url: str, api_key: str) -> dict[str, Any]:
    """Child: traced bytes per held record for the SDK's listing, plain dicts and models built from the dicts.

    Args:
        base_url: The emulator.
        api_key: Its key.

    Returns:
        Bytes per record of each, and the record count.
    """
    from itglue_api.models import Organization  # noqa: PLC0415
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    figures: dict[str, Any] = {}
    with ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=10**9) as client:
        list(client.organizations.list(limit=10))  # warm the client: imports and first-use caches untraced
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        records = list(client.organizations.list())
        gc.collect()
        figures["sdk"] = (tracemalloc.get_traced_memory()[0] - before) / len(records)
        tracemalloc.stop()
        figures["records"] = len(records)
        del records
    with httpx.Client(base_url=base_url, headers={"x-api-key": api_key}, timeout=120) as http:
        bodies = []
        first, total = _pages(http)
        for number in range(2, total + 1):
            response = http.get("/organizations", params={"page[size]": PAGE, "page[number]": number})
            bodies.append(response.content)
    Organization.from_dict(first["data"][0])
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    dicts = list(first["data"])
    for body in bodies:
        dicts.extend(json.loads(body)["data"])
    gc.collect()
    figures["dicts"] = (tracemalloc.get_traced_memory()[0] - before) / len(dicts)
    models = [Organization.from_dict(record) for record in dicts]
    del dicts, first
    gc.collect()
    figures["models_from_dicts"] = (tracemalloc.get_traced_memory()[0] - before) / len(models)
    tracemalloc.stop()
    return figures


def has_prefetch() -> bool:
    """Whether this SDK's ``list()`` takes ``prefetch=``."""
    from itglue_sdk.resources.service import ResourceService  # noqa: PLC0415

    return "prefetch" in inspect.signature(ResourceService.list).parameters


def main() -> None:
    """Run the benchmark (or, with ``--child``, one contender) and write ``results/listing.md``."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orgs", type=int, default=20_000, help="organizations served")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="2,000 organizations, 3 rounds")
    parser.add_argument("--no-peers", action="store_true", help="skip py-itglue and itglue")
    parser.add_argument("--save", type=Path, help="results file (default results/listing.md)")
    parser.add_argument(
        "--child", choices=["floor", "models", "sdk", "sdk0", "async", "bytes", "memory"], help=argparse.SUPPRESS
    )
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-key", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        children: dict[str, Callable[[], dict[str, Any]]] = {
            "floor": lambda: floor(args.base_url, args.api_key, models=False),
            "models": lambda: floor(args.base_url, args.api_key, models=True),
            "sdk": lambda: sdk(args.base_url, args.api_key, None),
            "sdk0": lambda: sdk(args.base_url, args.api_key, 0),
            "async": lambda: sdk_async(args.base_url, args.api_key),
            "bytes": lambda: bytes_only(args.base_url, args.api_key, 4),
            "memory": lambda: memory(args.base_url, args.api_key),
        }
        print(json.dumps(children[args.child]()))
        return

    if args.quick:
        args.orgs, args.rounds = 2_000, 3
    report = Report("listing", f"Listing {args.orgs:,} organizations: SDK, peers and the bare-httpx floor")
    with EmulatorProcess(EmulatorSpec(orgs=200, total_orgs=args.orgs)) as emulator:
        target = emulator.target()

        def child(name: str) -> Callable[[], dict[str, Any]]:
            return lambda: run_json([sys.executable, str(SCRIPT), "--child", name, *target])

        contenders: dict[str, Callable[[], dict[str, Any]]] = {
            "floor (httpx + json.loads, sequential pages)": child("floor"),
            "floor + generated attrs models": child("models"),
            "SDK `list(client.organizations.list())`": child("sdk"),
        }
        if has_prefetch():
            contenders["SDK `list(...list(prefetch=0))`"] = child("sdk0")
        contenders["`AsyncITGlueClient` `[o async for o in ...list()]`"] = child("async")
        contenders["bytes only, 4 threads (serving ceiling)"] = child("bytes")
        skipped: list[str] = []
        if not args.no_peers:
            for name, command in (("py-itglue", "list-py-itglue"), ("itglue", "list-itglue")):
                env = ensure(name)
                report.extra_versions[name] = env.version if env.python else f"{env.version} (not installed)"
                if env.python is None:
                    skipped.append(f"{name} {env.version}: {env.error}")
                    continue
                label = (
                    f"py-itglue {env.version}, manual page loop (`list(page=n, per_page=1000)`)"
                    if name == "py-itglue"
                    else f"itglue {env.version} `Organization.get()` (no page size)"
                )
                contenders[label] = lambda env=env, command=command: run_json(  # type: ignore[misc]
                    env.driver(command, emulator.base_url, emulator.api_key)
                )
        report.say(
            f"Emulator in its own process, rate limit off, {emulator.counts['organizations']:,} organizations "
            f"(of {sum(emulator.counts.values()):,} records). Each contender in a fresh child per round, order "
            f"rotated, {args.rounds} rounds, one single-record request untimed before each (not the peers'); "
            "records/s = records received / wall seconds of the listing."
        )
        report.say()

        def on_round(number: int, order: list[str], runs: dict[str, list[dict[str, Any]]]) -> None:
            cells = []
            for name in order:
                last = runs[name][-1]
                rate = "error" if "error" in last else f"{last['records'] / last['seconds']:,.0f}/s"
                cells.append(f"{name.split(' ')[0]} {rate}")
            print(f"round {number}: " + "; ".join(cells), flush=True)

        runs = interleave(contenders, args.rounds, on_round=on_round)
        memory_figures = run_json([sys.executable, str(SCRIPT), "--child", "memory", *target])

    floor_name = next(iter(contenders))
    floor_rate = spread(run["records"] / run["seconds"] for run in runs[floor_name] if "error" not in run)[1]
    rows = []
    for name, results in runs.items():
        good = [run for run in results if "error" not in run]
        if not good:
            rows.append([name, "failed: " + results[0]["error"], "", "", "", "", ""])
            continue
        rates = [run["records"] / run["seconds"] for run in good]
        low, median = spread(rates)
        seconds_min, seconds_median = spread(run["seconds"] for run in good)
        rows.append(
            [
                name,
                f"{good[0]['records']:,}",
                str(good[0].get("requests", "")),
                f"{seconds_median:.2f} (min {seconds_min:.2f})",
                f"{median:,.0f}",
                f"{low:,.0f}",
                f"**{median / floor_rate:.2f}x**",
            ]
        )
    report.table(
        ["contender", "records", "requests", "seconds median (min)", "records/s median", "records/s min", "vs floor"],
        rows,
    )
    report.say()
    for line in skipped:
        report.say(f"- not run: {line}")
    if "error" in memory_figures:
        report.say(f"Memory per held record: failed ({memory_figures['error']})")
    else:
        report.say(
            f"Memory per held record (tracemalloc, {memory_figures['records']:,} organizations): SDK listing "
            f"{memory_figures['sdk']:,.0f} B; plain dicts from `json.loads` {memory_figures['dicts']:,.0f} B; "
            f"generated models built from those dicts (dicts dropped) {memory_figures['models_from_dicts']:,.0f} B."
        )
    report.say()
    report.say("Raw runs (records/s per round, in round order):")
    report.say()
    for name, results in runs.items():
        report.say(
            f"- {name}: "
            + ", ".join(
                run["error"] if "error" in run else f"{run['records'] / run['seconds']:,.0f}" for run in results
            )
        )
    print(f"wrote {report.save(args.save)}")


if __name__ == "__main__":
    main()
