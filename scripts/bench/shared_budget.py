"""Two processes on one key (not a test): requests per second achieved and 429s, with and without a shared budget.

An emulator serves from its own process with a scaled-down rate limit (``--budget`` requests per ``--window``
seconds, 60 per 6 s by default: IT Glue's 3,000 per 300 s is the same 10 requests a second, in bursts 50 times
smaller). Two worker processes, started together, each send ``--requests`` one-record listings through an
`ITGlueClient` given that same budget and ``max_retries=3`` (the default policy, so a 429 is waited out and
retried):

``separate``
    Each process's limiter believes it has the whole budget. Together they burst past it: the emulator answers
    429s, the retries wait them out.
``shared``
    ``shared_budget=True``: both draw from one budget kept in a locked file under a common state folder.

Each round runs both modes, alternating which goes first (the emulator's counters and window are emptied
before each run); figures are medians over the rounds. ``requests/s`` counts the requests that succeeded, over
the time both workers took; ``429`` is what the emulator answered; ``waits`` the client-side limiter waits.

Usage: ``uv run python scripts/bench/shared_budget.py`` (``--quick``: one round of 40 requests each)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx


def serve(budget: int, window: float) -> None:
    """Child: serve a small estate with the given rate limit, print URL and key, serve until killed."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - the parent process never needs the emulator
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    emulator = Emulator(orgs=2, seed=1, rate_limit=RateLimitConfig(budget=budget, window=window))
    print(json.dumps({"base_url": emulator.base_url, "api_key": emulator.api_key}), flush=True)
    emulator.serve_forever()


def work(arguments: argparse.Namespace) -> None:
    """Child: wait for the go file, send the requests, print what happened."""
    from itglue_sdk import InstanceStore, ITGlueClient  # noqa: PLC0415

    state = Path(arguments.state)
    store = InstanceStore(state / "instances.toml", data_root=state / "data", state_root=state)
    with ITGlueClient(
        base_url=arguments.base_url,
        api_key=arguments.key,
        instances=store,
        rate_limit=arguments.budget,
        rate_window=arguments.window,
        shared_budget=arguments.shared,
        load_plugins=False,
    ) as client:
        Path(f"{arguments.go}.ready.{arguments.worker}").touch()
        while not Path(arguments.go).exists():
            time.sleep(0.002)
        started = time.monotonic()
        for _ in range(arguments.requests):
            list(client.organizations.list(page_size=1, limit=1, prefetch=0))
        metrics = client.metrics()
    print(json.dumps({"seconds": time.monotonic() - started, "waits": metrics.throttle_waits}))


def control(base_url: str, path: str, body: dict[str, Any] | None = None) -> Any:
    """Call the emulator's control API (``/_emulator/...``)."""
    with httpx.Client(base_url=base_url, timeout=10) as http:
        response = http.post(path, json=body or {}) if body is not None else http.get(path)
        response.raise_for_status()
        return response.json()


def pair(emulator: dict[str, str], arguments: argparse.Namespace, *, shared: bool) -> dict[str, float]:
    """Run two workers at once; return requests/s, 429s and waits."""
    with tempfile.TemporaryDirectory() as folder:
        go = Path(folder) / "go"
        command = [sys.executable, __file__, "--work", "--base-url", emulator["base_url"], "--key"]
        command += [emulator["api_key"], "--state", folder, "--go", str(go), "--requests", str(arguments.requests)]
        command += ["--budget", str(arguments.budget), "--window", str(arguments.window)]
        command += ["--shared"] if shared else []
        workers = [
            subprocess.Popen([*command, "--worker", str(n)], stdout=subprocess.PIPE, text=True) for n in range(2)
        ]
        while len(list(Path(folder).glob("go.ready.*"))) < 2:
            if any(worker.poll() is not None for worker in workers):
                raise RuntimeError("a worker failed to start")
            time.sleep(0.01)
        go.touch()
        reports = [json.loads(worker.communicate(timeout=600)[0]) for worker in workers]
    stats = control(emulator["base_url"], "/_emulator/stats")
    statuses = stats.get("statuses", {})
    seconds = max(report["seconds"] for report in reports)
    return {
        "rate": statuses.get("200", 0) / seconds,
        "429": statuses.get("429", 0),
        "waits": sum(report["waits"] for report in reports),
        "seconds": seconds,
    }


def reset(base_url: str) -> None:
    """Zero the emulator's counters and empty its rate-limit window."""
    control(base_url, "/_emulator/reset", {})


def main() -> None:
    """Run the benchmark (or one of its child processes) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--budget", type=int, default=60)
    parser.add_argument("--window", type=float, default=6.0)
    parser.add_argument("--requests", type=int, default=90, help="per worker")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", action="store_true", help=argparse.SUPPRESS)
    for hidden in ("--base-url", "--key", "--state", "--go", "--worker"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    parser.add_argument("--shared", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.serve:
        serve(arguments.budget, arguments.window)
        return
    if arguments.work:
        work(arguments)
        return
    if arguments.quick:
        arguments.requests, arguments.rounds = 40, 1

    command = [sys.executable, __file__, "--serve", "--budget", str(arguments.budget)]
    server = subprocess.Popen([*command, "--window", str(arguments.window)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        emulator = json.loads(server.stdout.readline())
        results: dict[str, list[dict[str, float]]] = {"separate": [], "shared": []}
        for turn in range(arguments.rounds):
            for mode in ("separate", "shared") if turn % 2 == 0 else ("shared", "separate"):
                reset(emulator["base_url"])
                results[mode].append(pair(emulator, arguments, shared=mode == "shared"))
        sustained = arguments.budget / arguments.window
        print(
            f"budget {arguments.budget}/{arguments.window:g}s ({sustained:g} req/s), 2 processes x "
            f"{arguments.requests} requests, {arguments.rounds} rounds (medians)"
        )
        for mode, runs in results.items():
            rate = statistics.median(run["rate"] for run in runs)
            refused = statistics.median(run["429"] for run in runs)
            waits = statistics.median(run["waits"] for run in runs)
            seconds = statistics.median(run["seconds"] for run in runs)
            print(
                f"  {mode:9} {rate:6.1f} req/s ({rate / sustained:.2f} x budget)  429s {refused:4.0f}  "
                f"limiter waits {waits:4.0f}  {seconds:5.1f} s"
            )
    finally:
        server.kill()


if __name__ == "__main__":
    main()
