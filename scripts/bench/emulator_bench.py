"""Emulator benchmarks (not tests): memory with a large estate and time to serve a 1000-record page.

Each page timing is printed beside two floors measured in the same run, so the figures read as ratios:
``json`` is the time to serialise that same response document in-process (no HTTP, no emulator logic),
``static`` the round trip of a trivial static response (the control route's health check) over the same
server and client. ``x floor`` divides the page's median by ``json + static``.

Usage: ``uv run python scripts/bench/emulator_bench.py --orgs 1000``
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from itglue_emulator.app import Emulator


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


def main() -> None:
    """Run the benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    baseline = rss_mib()
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
                ("contacts page 1000", "/contacts", {"page[size]": "1000"}),
                ("organizations filter", "/organizations", {"filter[name]": "x"}),
            ]:
                response = client.get(path, params=params)
                median, fastest = median_seconds(lambda p=path, q=params: client.get(p, params=q), args.runs)
                document = response.json()
                serialise, _ = median_seconds(lambda d=document: json.dumps(d, separators=(",", ":")), args.runs)
                floor = serialise + static
                print(
                    f"{label}: median {median * 1000:.0f} ms, min {fastest * 1000:.0f} ms, "
                    f"body {len(response.content) / 1024:.0f} KiB, {len(document['data'])} records | "
                    f"json {serialise * 1000:.1f} ms, static {static * 1000:.2f} ms, "
                    f"x floor {median / floor:.1f}"
                )
        print(f"rss after requests={rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
