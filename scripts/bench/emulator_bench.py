"""Emulator benchmarks (not tests): memory with a large estate and time to serve a 1000-record page.

Each page timing is printed beside two floors measured in the same run, so the figures read as ratios:
``json`` is the time to serialise that same response document in-process (no HTTP, no emulator logic),
``static`` the round trip of a trivial static response (the control route's health check) over the same
server and client. ``x floor`` divides the page's median by ``json + static``. ``parse`` is what a sync
client spends on the same page after it arrives: ``json.loads`` plus the generated models' ``from_dict``;
the emulator is no bottleneck while a page costs it no more than that.

The concurrency figure has N threads (one keep-alive client each) fetch 1000-record pages at once and
compares pages per second with one thread. Start-up is timed for 50 organizations (the default estate)
and for ``--orgs``.

Usage: ``uv run python scripts/bench/emulator_bench.py --orgs 1000``
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from itglue_api.models import ConfigurationList, ContactList
from itglue_emulator.app import Emulator

MODELS: dict[str, Any] = {"/configurations": ConfigurationList, "/contacts": ContactList}


def parse_body(model: Any, content: bytes) -> Any:
    """A list page's body decoded and read into its generated model."""
    return model.from_dict(json.loads(content))


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def median_seconds(action: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Run ``action`` ``runs`` times; return (median, min) seconds."""
    timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        timings.append(time.perf_counter() - t0)
    return statistics.median(timings), min(timings)


def pages_per_second(base_url: str, key: str, threads: int, pages_each: int) -> float:
    """Have ``threads`` clients fetch ``pages_each`` 1000-record configuration pages at once; return pages/s."""
    clients = [httpx.Client(base_url=base_url, headers={"x-api-key": key}, timeout=120) for _ in range(threads)]
    for client in clients:
        client.get("/_emulator/health")  # open the keep-alive connection outside the timing

    def fetch(client: httpx.Client) -> None:
        for number in range(1, pages_each + 1):
            page = {"page[size]": "1000", "page[number]": str(number)}
            client.get("/configurations", params=page).raise_for_status()

    workers = [threading.Thread(target=fetch, args=(client,)) for client in clients]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    return threads * pages_each / elapsed


def main() -> None:
    """Run the benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    baseline = rss_mib()
    small_start, _ = median_seconds(lambda: Emulator.start(orgs=50, seed=1).stop(), 3)
    print(f"start orgs=50: median {small_start:.2f}s")
    started = time.perf_counter()
    with Emulator.start(orgs=args.orgs, seed=1) as emu:
        start_seconds = time.perf_counter() - started
        records = sum(emu.store.counts().values())
        print(
            f"orgs={args.orgs} records={records} start={start_seconds:.2f}s "
            f"rss={rss_mib():.0f} MiB (baseline {baseline:.0f} MiB)"
        )
        with httpx.Client(base_url=emu.base_url, headers={"x-api-key": emu.api_key}, timeout=60) as client:
            client.get("/_emulator/health")
            static, _ = median_seconds(lambda: client.get("/_emulator/health"), args.runs * 3)
            print(f"static floor (GET /_emulator/health over HTTP): median {static * 1000:.2f} ms")
            for label, path, params in [
                ("configurations page 1000", "/configurations", {"page[size]": "1000"}),
                ("configurations page 1000 + sort", "/configurations", {"page[size]": "1000", "sort": "-name"}),
                (
                    "configurations page 1000 + include",
                    "/configurations",
                    {"page[size]": "1000", "include": "configuration_interfaces,passwords,attachments"},
                ),
                ("configurations page 50 (default)", "/configurations", {}),
                ("contacts page 1000", "/contacts", {"page[size]": "1000"}),
                ("organizations filter", "/organizations", {"filter[name]": "x"}),
            ]:
                response = client.get(path, params=params)
                median, fastest = median_seconds(functools.partial(client.get, path, params=params), args.runs)
                document = response.json()
                serialise, _ = median_seconds(functools.partial(json.dumps, document, separators=(",", ":")), args.runs)
                floor = serialise + static
                parse = ""
                if path in MODELS:
                    model, content = MODELS[path], response.content
                    parsed, _ = median_seconds(functools.partial(parse_body, model, content), args.runs)
                    parse = f", parse {parsed * 1000:.0f} ms (server/parse {median / parsed:.2f})"
                print(
                    f"{label}: median {median * 1000:.0f} ms, min {fastest * 1000:.0f} ms, "
                    f"body {len(response.content) / 1024:.0f} KiB, {len(document['data'])} records | "
                    f"json {serialise * 1000:.1f} ms, static {static * 1000:.2f} ms, "
                    f"x floor {median / floor:.1f}{parse}"
                )
        print(f"rss after requests={rss_mib():.0f} MiB")
    # Concurrency against a server in its own process: in-process client threads would share its GIL.
    command = [sys.executable, "-m", "itglue_emulator.cli", "serve", "--port", "0", "--orgs", str(args.orgs)]
    server = subprocess.Popen([*command, "--no-rate-limit"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().split(" at ")[1].strip()
        key = server.stdout.readline().rsplit(": ", 1)[1].strip()
        single = pages_per_second(base_url, key, 1, 12)
        parallel = pages_per_second(base_url, key, 4, 12)
        print(
            f"concurrent 1000-record pages (server in a subprocess): 1 thread {single:.1f} pages/s, "
            f"4 threads {parallel:.1f} pages/s (x{parallel / single:.2f})"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
