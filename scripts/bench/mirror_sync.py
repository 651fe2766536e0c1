"""Mirror sync benchmark (not a test): a full ``Mirror.sync`` against the floor of fetching the same pages bare.

The emulator serves from its own process with its rate limit off: in-process, its request handling would share
the client's GIL and the contenders would be measured against each other's load. Its estate is the generated
one for ``--orgs`` organizations with the configurations topped up by copies to ``--configurations``, so most
records are configurations.

Each round runs both contenders, each in a fresh child process, in alternating order (the mirror first in odd
rounds, the floor first in even ones), so drift on a shared machine hits both alike:

``mirror``
    ``Mirror(path=<fresh file>).sync(client)`` with ``ITGlueClient(base_url=..., api_key=...)``, timed from the
    ``Mirror`` construction (schema creation included) to the end of the sync.
``floor``
    A bare ``httpx.Client`` GETs the very listings the mirror requested (recorded once, in an untimed warm-up
    sync), page 1 then pages 2..N on as many threads as the mirror's workers, and ``json.loads`` each body.

A child per run keeps its peak RSS (``ru_maxrss``) its own: it excludes the emulator and earlier rounds, and
includes the interpreter and imports (reported separately as the baseline). Records/s is records received
divided by wall seconds; the ratio is the median mirror rate over the median floor rate, both from this run.
One more mirror sync runs under cProfile (its page threads too) and its top functions are printed.

Usage: ``uv run python scripts/bench/mirror_sync.py`` (``--quick`` for a short run)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

RESULTS = Path(__file__).with_name("results")
SCRIPT = Path(__file__).resolve()
CHILD_TIMEOUT = 900.0
Listing = tuple[str, dict[str, str]]
"""One listing the mirror reads: path and query parameters other than ``page[number]``."""


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def serve(orgs: int, configurations: int) -> None:
    """Child: build the estate, serve it without a rate limit, print the URL and key, serve until killed."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - the parent process never needs the emulator
    from itglue_emulator.estate import build_estate  # noqa: PLC0415
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    estate = build_estate(orgs=orgs, seed=1)
    originals = estate["configurations"]
    next_id = max(int(record["id"]) for record in originals) + 1
    copies = []
    for index in range(max(0, configurations - len(originals))):
        original = originals[index % len(originals)]
        attributes = dict(original["attributes"])
        attributes["name"] = f"{attributes['name']}-{index // len(originals) + 2}"
        copies.append({"id": next_id + index, "attributes": attributes})
    originals.extend(copies)
    emulator = Emulator(estate=estate, seed=1, rate_limit=RateLimitConfig(enabled=False))
    records = sum(emulator.store.counts().values())
    print(json.dumps({"base_url": emulator.base_url, "api_key": emulator.api_key, "records": records}), flush=True)
    emulator.serve_forever()


def mirror_sync(base_url: str, api_key: str, listings_file: Path | None) -> dict[str, Any]:
    """Child: one full sync into a fresh file; optionally write the listings it requested to ``listings_file``."""
    from itglue_mirror import Mirror  # noqa: PLC0415 - imported after the baseline RSS reading below
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    baseline = peak_rss_mib()
    listings: dict[str, Listing] = {}
    lock = threading.Lock()

    def record_listing(request: httpx.Request) -> None:
        params = {key: value for key, value in request.url.params.items() if key != "page[number]"}
        with lock:
            listings.setdefault(request.url.path + "?" + json.dumps(params, sort_keys=True), (request.url.path, params))

    with tempfile.TemporaryDirectory() as folder, ITGlueClient(base_url=base_url, api_key=api_key) as client:
        if listings_file is not None:
            client.http.event_hooks = {"request": [record_listing]}
        started = time.perf_counter()
        report = Mirror(path=Path(folder) / "mirror.duckdb").sync(client)
        seconds = time.perf_counter() - started
    if listings_file is not None:
        listings_file.write_text(json.dumps(list(listings.values())))
    return {
        "seconds": seconds,
        "records": sum(part.received for part in report.resources.values()),
        "requests": report.requests,
        "peak_rss_mib": peak_rss_mib(),
        "imports_rss_mib": baseline,
    }


def floor_fetch(base_url: str, api_key: str, listings: list[Listing], workers: int) -> dict[str, Any]:
    """Child: fetch and ``json.loads`` every page of the listings, each listing's later pages on ``workers`` threads."""
    baseline = peak_rss_mib()
    counted = {"records": 0, "requests": 0}
    lock = threading.Lock()

    with httpx.Client(base_url=base_url, headers={"x-api-key": api_key}, timeout=120) as client:

        def page(path: str, params: dict[str, str], number: int) -> dict[str, Any]:
            response = client.get(path, params={**params, "page[number]": str(number)})
            response.raise_for_status()
            document: dict[str, Any] = json.loads(response.content)
            with lock:
                counted["records"] += len(document.get("data") or [])
                counted["requests"] += 1
            return document

        started = time.perf_counter()
        for path, params in listings:
            total = (page(path, params, 1).get("meta") or {}).get("total-pages") or 1
            if total > 1:
                with ThreadPoolExecutor(max_workers=workers) as pool:
                    list(pool.map(lambda number, p=path, q=params: page(p, q, number), range(2, total + 1)))
        seconds = time.perf_counter() - started
    return {"seconds": seconds, **counted, "peak_rss_mib": peak_rss_mib(), "imports_rss_mib": baseline}


def profile_sync(base_url: str, api_key: str, top: int) -> str:
    """Child: one full sync under cProfile, page threads included; return the top functions by cumulative time.

    cProfile follows only the thread that enables it, so each pool thread gets a profiler of its own, switched on
    around its page reads; the threads' statistics are merged into the main thread's at the end.
    """
    from itglue_mirror import Mirror, fetch  # noqa: PLC0415
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    main_profiler = cProfile.Profile()
    thread_profilers: list[cProfile.Profile] = []
    local = threading.local()
    read_page = fetch._page

    def profiled_page(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            return read_page(*args, **kwargs)
        if not hasattr(local, "profiler"):
            local.profiler = cProfile.Profile()
            thread_profilers.append(local.profiler)
        local.profiler.enable()
        try:
            return read_page(*args, **kwargs)
        finally:
            local.profiler.disable()

    fetch._page = profiled_page
    with tempfile.TemporaryDirectory() as folder, ITGlueClient(base_url=base_url, api_key=api_key) as client:
        started = time.perf_counter()
        main_profiler.enable()
        Mirror(path=Path(folder) / "mirror.duckdb").sync(client)
        main_profiler.disable()
        seconds = time.perf_counter() - started
    out = io.StringIO()
    stats = pstats.Stats(main_profiler, stream=out)
    for profiler in thread_profilers:
        stats.add(profiler)
    out.write(
        f"profiled sync: {seconds:.2f}s wall; main thread plus {len(thread_profilers)} page threads merged "
        "(cumulative times of page functions add up across threads, so they can exceed the wall time)\n"
    )
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def run_child(*arguments: str) -> dict[str, Any]:
    """Run this script as a child with ``arguments`` and return the JSON it prints."""
    finished = subprocess.run(
        [sys.executable, str(SCRIPT), *arguments], capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=True
    )
    result: dict[str, Any] = json.loads(finished.stdout.strip().splitlines()[-1])
    return result


def summarise(label: str, runs: list[dict[str, Any]]) -> tuple[float, str]:
    """Median records/s of ``runs`` and a printable line for them."""
    rates = [run["records"] / run["seconds"] for run in runs]
    median = statistics.median(rates)
    line = (
        f"{label:<7} median {median:>8,.0f} records/s (rounds: {', '.join(f'{rate:,.0f}' for rate in rates)}); "
        f"median {statistics.median(run['seconds'] for run in runs):.2f}s, {runs[0]['records']:,} records, "
        f"{runs[0]['requests']} requests; peak RSS max {max(run['peak_rss_mib'] for run in runs):.0f} MiB "
        f"(after imports {runs[0]['imports_rss_mib']:.0f} MiB)"
    )
    return median, line


def main() -> None:
    """Run the benchmark (or, with ``--child``, one of its child processes) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orgs", type=int, default=200, help="organizations in the generated estate")
    parser.add_argument("--configurations", type=int, default=100_000, help="configurations in all (copies added)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, help="floor threads per listing (default: the mirror's workers)")
    parser.add_argument("--top", type=int, default=25, help="functions listed from the profile")
    parser.add_argument("--quick", action="store_true", help="3 rounds, 30,000 configurations")
    parser.add_argument("--save", type=Path, help="also write the printed figures to this file")
    parser.add_argument("--child", choices=["serve", "mirror", "floor", "profile"], help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-key", help=argparse.SUPPRESS)
    parser.add_argument("--listings", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "serve":
        serve(args.orgs, args.configurations)
        return
    if args.child == "mirror":
        print(json.dumps(mirror_sync(args.base_url, args.api_key, args.listings)))
        return
    if args.child == "floor":
        listings = [(path, params) for path, params in json.loads(args.listings.read_text())]
        print(json.dumps(floor_fetch(args.base_url, args.api_key, listings, args.workers)))
        return
    if args.child == "profile":
        print(json.dumps({"profile": profile_sync(args.base_url, args.api_key, args.top)}))
        return

    from itglue_mirror.mirror import DEFAULT_WORKERS  # noqa: PLC0415 - children that never need it skip the import

    if args.quick:
        args.rounds, args.configurations = 3, 30_000
    workers = args.workers or DEFAULT_WORKERS
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    sizing = ["--orgs", str(args.orgs), "--configurations", str(args.configurations)]
    server = subprocess.Popen(
        [sys.executable, str(SCRIPT), "--child", "serve", *sizing], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        emulator = json.loads(server.stdout.readline())
        target = ["--base-url", emulator["base_url"], "--api-key", emulator["api_key"]]
        say(
            f"estate: {emulator['records']:,} records ({args.orgs} orgs, {args.configurations:,} configurations), "
            f"emulator in its own process, rate limit off; floor threads per listing: {workers}"
        )
        with tempfile.TemporaryDirectory() as folder:
            listings_file = Path(folder) / "listings.json"
            warm_up = run_child("--child", "mirror", *target, "--listings", str(listings_file))
            say(f"warm-up mirror sync: {warm_up['seconds']:.2f}s, {warm_up['requests']} requests")
            floor_args = ["--child", "floor", *target, "--listings", str(listings_file), "--workers", str(workers)]
            runs: dict[str, list[dict[str, Any]]] = {"mirror": [], "floor": []}
            for number in range(1, args.rounds + 1):
                order = ["mirror", "floor"] if number % 2 else ["floor", "mirror"]
                for contender in order:
                    arguments = ["--child", "mirror", *target] if contender == "mirror" else floor_args
                    runs[contender].append(run_child(*arguments))
                say(
                    f"round {number}: "
                    + ", ".join(
                        f"{name} {runs[name][-1]['records'] / runs[name][-1]['seconds']:,.0f} records/s"
                        for name in order
                    )
                )
        mirror_rate, mirror_line = summarise("mirror", runs["mirror"])
        floor_rate, floor_line = summarise("floor", runs["floor"])
        say(mirror_line)
        say(floor_line)
        peak = max(run["peak_rss_mib"] for run in runs["mirror"])
        ratio = mirror_rate / floor_rate
        verdict = "met" if ratio >= 0.5 and peak < 1024 else "MISSED"
        say(f"mirror / floor = {ratio:.2f} (target >= 0.50); mirror peak RSS {peak:.0f} MiB (target < 1024): {verdict}")
        say(run_child("--child", "profile", *target, "--top", str(args.top))["profile"])
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.save is not None:
        args.save.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
