"""Rate-limit ceiling (issue 11, target 5): a bulk job paced by a scaled-down budget at a realistic latency.

The emulator serves from its own process with its budget scaled down (300 requests per 30 s: IT Glue's rate of
10 requests/s, in a window short enough to measure) and a fixed latency per request (200 ms, then 1 s). Its
estate is the generated one for 100 organizations with exactly ``--per-org`` configurations each. The job: for
every organization, list its configurations (``client.configurations.within(organization_id=...).list()``) and
update one field (``notes``) on each, one request per configuration. Contenders, each in a child process, the
emulator's counters and rate-limit history reset before each:

``batch``
    ``client.batch(job, organization_ids)`` with ``ITGlueClient(..., rate_limit=300, rate_window=30)``: the SDK's
    limiter has the emulator's budget, and the batch sizes itself from it (8 operations at first, then the
    budget's rate x the observed latency x 1.25; `itglue_sdk.resources.batch`).
``batch, max_workers=8``
    the fixed 8 workers that were the default before the batch sized itself, only where the sized batch would
    differ (rate x latency x 1.25 > 8).
``naive loop``
    the same client, one organization and one update after the other; stopped at ``--deadline`` seconds.
``py-itglue 0.2.6 loop``
    the same loop through py-itglue in its own venv (its limiter set to the same rate over its one-minute and
    five-minute windows); stopped at the deadline.

Figures: requests the emulator answered (429s included) and how many were 429 (its ``/_emulator/stats``), the
most operations the job had running at once, wall seconds, the overall rate, and the steady rate: responses
completed after the first window divided by the time after it. The first window admits a burst (the SDK grants
freely up to 80 % of it), so the overall rate of a short job can exceed budget/window; the steady rate is what
the budget allows for as long as the job lasts.
"% of allowed" is the steady rate over budget/window.

Usage: ``uv run python scripts/bench/ceiling.py`` (``--quick``: 60 requests per 10 s, 20 organizations of 6
configurations, 200 ms)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/: `bench` imports as it type-checks

from bench._common import EmulatorProcess, EmulatorSpec, Report, run_json
from bench.peers.venvs import ensure

from itglue_sdk.resources.batch import HEADROOM

SCRIPT = Path(__file__).resolve()
OLD_DEFAULT_WORKERS = 8
SIZED = -1  # --child value: client.batch without max_workers
TIMELINE_SLICE = 5.0


def job(
    base_url: str, api_key: str, organizations: list[int], *, budget: int, window: float, workers: int, deadline: float
) -> dict[str, Any]:
    """Child: the job through this SDK, on ``workers`` batch threads (0: the naive sequential loop).

    Args:
        base_url: The emulator.
        api_key: Its key.
        organizations: Organization ids.
        budget: Requests per window, given to the client.
        window: The window, seconds.
        workers: ``client.batch`` workers; `SIZED`: the batch's own sizing; 0 runs the plain loop, which stops
            starting work after ``deadline``.
        deadline: Seconds (naive loop only).

    Returns:
        ``seconds``, ``times`` (response completion offsets), ``updated``, ``failed``, ``organizations_done``,
        ``peak`` (most operations running at once).
    """
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    times: list[float] = []
    started = time.perf_counter()
    running = [0, 0]  # now, peak
    gauge = threading.Lock()

    def completed(response: httpx.Response) -> None:
        times.append(round(time.perf_counter() - started, 4))

    with ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=budget, rate_window=window) as client:
        client.http.event_hooks = {"response": [completed]}

        def touch(organization: int) -> int:
            with gauge:
                running[0] += 1
                running[1] = max(running)
            updated = 0
            try:
                for configuration in client.configurations.within(organization_id=organization).list():
                    if not workers and time.perf_counter() - started >= deadline:
                        break
                    client.configurations.update(configuration.id, {"notes": f"bench {organization}"})
                    updated += 1
            finally:
                with gauge:
                    running[0] -= 1
            return updated

        started = time.perf_counter()
        if workers:
            result = client.batch(touch, organizations, max_workers=None if workers == SIZED else workers)
            updated = sum(item.value or 0 for item in result.succeeded)
            failed = len(result.failed)
            done = len(result.succeeded)
        else:
            updated = failed = done = 0
            for organization in organizations:
                if time.perf_counter() - started >= deadline:
                    break
                updated += touch(organization)
                done += 1
        seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "times": times,
        "updated": updated,
        "failed": failed,
        "organizations_done": done,
        "peak": running[1],
    }


def steady_rate(times: list[float], window: float) -> float | None:
    """Responses completed after the first window per second of the time after it (None when too short).

    Args:
        times: Completion offsets, seconds.
        window: The rate-limit window.

    Returns:
        The rate, or None when the run ended within 1.2 windows.
    """
    if not times or max(times) < window * 1.2:
        return None
    end = max(times)
    return sum(1 for moment in times if moment > window) / (end - window)


def per_slice(times: list[float], width: float) -> str:
    """Completions per ``width`` seconds, as ``[n, n, ...]`` from 0 to the last completion.

    Args:
        times: Completion offsets, seconds.
        width: Slice length, seconds.

    Returns:
        The counts, comma-separated in brackets.
    """
    counts = [0] * (int(max(times, default=0) // width) + 1)
    for moment in times:
        counts[int(moment // width)] += 1
    return "[" + ", ".join(str(count) for count in counts) + "]"


def main() -> None:
    """Run both configurations (or, with ``--child``, one contender) and write ``results/ceiling.md``."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orgs", type=int, default=100)
    parser.add_argument("--per-org", type=int, default=8, help="configurations per organization")
    parser.add_argument("--budget", type=int, default=300)
    parser.add_argument("--window", type=float, default=30.0)
    parser.add_argument("--latency", type=float, nargs="+", default=[0.2, 1.0], help="seconds, one run each")
    parser.add_argument("--deadline", type=float, default=60.0, help="seconds the naive loops may run")
    parser.add_argument("--quick", action="store_true", help="60 per 10 s, 20 organizations, 200 ms, 10 s deadline")
    parser.add_argument("--save", type=Path, help="results file (default results/ceiling.md)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)  # workers (0: naive, SIZED: sized)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--api-key", help=argparse.SUPPRESS)
    parser.add_argument("--organizations", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child is not None:
        ids = [int(part) for part in args.organizations.split(",")]
        figures = job(
            args.base_url,
            args.api_key,
            ids,
            budget=args.budget,
            window=args.window,
            workers=args.child,
            deadline=args.deadline,
        )
        print(json.dumps(figures))
        return

    if args.quick:
        args.orgs, args.per_org, args.budget, args.window, args.latency, args.deadline = 20, 6, 60, 10.0, [0.2], 10.0
    allowed = args.budget / args.window
    report = Report("ceiling", "Rate-limit ceiling: a bulk update over a scaled-down budget")
    peer = ensure("py-itglue")
    report.extra_versions["py-itglue"] = peer.version if peer.python else f"{peer.version} (not installed)"
    job_requests = args.orgs * (1 + args.per_org) + 1
    report.say(
        f"Budget {args.budget} requests per {args.window:g} s (allowed rate {allowed:g}/s) on the emulator and in "
        f"the SDK clients; job: {args.orgs} organizations x (1 listing + {args.per_org} configuration updates) "
        f"= {job_requests:,} requests with the SDK's key check. Naive loops stop starting requests after "
        f"{args.deadline:g} s."
    )
    report.say()
    rows: list[list[str]] = []
    timelines: list[str] = []
    for latency in args.latency:
        spec = EmulatorSpec(
            orgs=args.orgs,
            configurations_per_org=args.per_org,
            budget=args.budget,
            window=args.window,
            latency=str(latency),
        )
        with EmulatorProcess(spec) as emulator:
            listing = httpx.get(
                f"{emulator.base_url}/organizations",
                params={"page[size]": 1000},
                headers={"x-api-key": emulator.api_key},
                timeout=60,
            ).json()
            id_list = ",".join(str(record["id"]) for record in listing["data"])
            common: list[str] = [
                *emulator.target(),
                "--organizations",
                id_list,
                "--budget",
                str(args.budget),
                "--window",
                str(args.window),
                "--deadline",
                str(args.deadline),
            ]
            own = [sys.executable, str(SCRIPT), "--child"]
            commands: dict[str, list[str]] = {"`client.batch(job, ids)` (sized)": [*own, str(SIZED), *common]}
            if math.ceil(latency * allowed * HEADROOM) > OLD_DEFAULT_WORKERS:
                commands[f"`client.batch(job, ids, max_workers={OLD_DEFAULT_WORKERS})` (the old default)"] = [
                    *own,
                    str(OLD_DEFAULT_WORKERS),
                    *common,
                ]
            commands["naive loop (this SDK, one request at a time)"] = [*own, "0", *common]
            if peer.python is not None:
                commands[f"py-itglue {peer.version} loop"] = peer.driver(
                    "ceiling-py-itglue", emulator.base_url, emulator.api_key, *common[4:]
                )
            contenders: dict[str, Callable[[], dict[str, Any]]] = {
                name: lambda command=command: run_json(command)  # type: ignore[misc]
                for name, command in commands.items()
            }
            for name, run in contenders.items():
                emulator.reset()
                time.sleep(0.2)
                figures = run()
                stats = emulator.stats()
                if "error" in figures:
                    rows.append([f"{latency:g} s", name, "failed: " + figures["error"], "", "", "", "", "", "", ""])
                    print(rows[-1], flush=True)
                    continue
                answered = int(stats["total"])
                limited = int(stats["statuses"].get("429", 0))
                steady = steady_rate(figures["times"], args.window)
                share = "n/a (shorter than 1.2 windows)" if steady is None else f"{steady / allowed:.0%}"
                verdict = ""
                if name.startswith("`client.batch"):
                    verdict = (
                        " (met)" if steady is not None and steady / allowed >= 0.95 and not limited else " (MISSED)"
                    )
                if name.startswith("`client.batch"):
                    timelines.append(f"- {latency:g} s, {name}: {per_slice(figures['times'], TIMELINE_SLICE)}")
                capped = figures.get("organizations_done", args.orgs) < args.orgs
                projected = job_requests / (answered / figures["seconds"]) if capped else figures["seconds"]
                rows.append(
                    [
                        f"{latency:g} s",
                        name,
                        f"{answered:,}",
                        f"{limited:,}",
                        str(figures.get("peak", 1)),  # the py-itglue loop is sequential
                        f"{figures['seconds']:.1f}" + (" (deadline)" if capped else ""),
                        f"{answered / figures['seconds']:.2f}",
                        "n/a" if steady is None else f"{steady:.2f}",
                        share + verdict,
                        f"{projected:,.0f}",
                    ]
                )
                print(rows[-1], flush=True)
    report.table(
        [
            "latency",
            "contender",
            "requests answered",
            "429s",
            "operations at once (peak)",
            "seconds",
            "overall req/s",
            "steady req/s",
            f"% of allowed ({allowed:g}/s)",
            "whole job, s (projected if stopped)",
        ],
        rows,
    )
    report.say()
    report.say(
        f"Responses completed per {TIMELINE_SLICE:g} s, from the start of each batch (where the steady rate is lost):"
    )
    report.say()
    for line in timelines:
        report.say(line)
    report.say()
    report.say(
        "Target 5: `client.batch` reaches at least 95 % of the allowed rate with zero 429s (steady rate, after the "
        "first window's burst)."
    )
    print(f"wrote {report.save(args.save)}")


if __name__ == "__main__":
    main()
