"""Emulator benchmarks (not tests): memory with a large estate and time to serve a 1000-record page.

Usage: ``uv run python scripts/bench/emulator_bench.py --orgs 1000``
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import httpx

from itglue_emulator.app import Emulator


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


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
            for label, path, params in [
                ("configurations page 1000", "/configurations", {"page[size]": "1000"}),
                ("configurations page 1000 + sort", "/configurations", {"page[size]": "1000", "sort": "-name"}),
                ("contacts page 1000", "/contacts", {"page[size]": "1000"}),
                ("organizations filter", "/organizations", {"filter[name]": "x"}),
            ]:
                timings = []
                size = 0
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    response = client.get(path, params=params)
                    timings.append(time.perf_counter() - t0)
                    size = len(response.content)
                print(
                    f"{label}: median {statistics.median(timings) * 1000:.0f} ms, "
                    f"min {min(timings) * 1000:.0f} ms, body {size / 1024:.0f} KiB"
                )
        print(f"rss after requests={rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
