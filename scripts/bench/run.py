"""One entry point for the benchmarks: ``uv run scripts/bench/run [--quick] [NAME...]``.

Runs the named benchmarks (default: every known one present) one after another, each as its own process
(``python scripts/bench/<name>.py [--quick]``), and writes each one's Markdown to ``results/<name>.md``
(``results/quick/<name>.md`` with ``--quick``, so a short run never overwrites the full figures). The harness's
own benchmarks (`OWN`) write their results themselves, header included; for the others their printed output
is kept under a header of the same kind (date, machine, load before and after, versions, the exact command).
Benchmarks listed in `KNOWN` but not present yet (the micro-benchmarks other work adds) are reported as
skipped; any other ``scripts/bench/*.py`` with a ``main`` can be named on the command line.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/: `bench` imports as it type-checks

from bench._common import HERE, REPO, RESULTS, Report, command_line

OWN = ("listing", "ceiling", "service_levels")
"""Benchmarks that take ``--save PATH`` and write their own header."""
KNOWN = (
    *OWN,
    "mirror_sync",
    "mirror_queries",
    "import_bench",
    "parse_bench",
    "request_overhead",
    "cold_start",
    "prefetch",
    "shared_budget",
    "mcp_calls",
)
NOT_BENCHMARKS = {"run", "_common"}


def available() -> list[str]:
    """Benchmark scripts present in ``scripts/bench``: the known ones in order, then any others."""
    present = {path.stem for path in HERE.glob("*.py")} - NOT_BENCHMARKS
    return [name for name in KNOWN if name in present] + sorted(present - set(KNOWN) - {"emulator_bench"})


def run_one(name: str, quick: bool) -> tuple[str, float, str]:
    """Run one benchmark and write its results file.

    Args:
        name: Script stem.
        quick: Pass ``--quick`` and write under ``results/quick``.

    Returns:
        ``(name, seconds, outcome)``.
    """
    script = HERE / f"{name}.py"
    if not script.exists():
        return name, 0.0, "skipped: not present yet"
    target = (RESULTS / "quick" if quick else RESULTS) / f"{name}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(script.relative_to(REPO)), *(["--quick"] if quick else [])]
    if name in OWN:
        command += ["--save", str(target.relative_to(REPO))]
    print(f"== {name}: {' '.join(command[1:])}", flush=True)
    report = Report(name, f"{name} (output of `{' '.join(['python', *command[1:]])}`)", command=command_line())
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=REPO, capture_output=name not in OWN, text=True, check=False)
    seconds = time.perf_counter() - started
    if name not in OWN:
        report.say("```")
        report.say((finished.stdout or "").rstrip())
        if finished.returncode:
            report.say((finished.stderr or "").rstrip()[-4000:])
        report.say("```")
        report.save(target)
        print(finished.stdout[-3000:], flush=True)
    outcome = "ok" if finished.returncode == 0 else f"FAILED (exit {finished.returncode})"
    return name, seconds, f"{outcome} -> {target.relative_to(REPO)}"


def main() -> None:
    """Run the benchmarks named on the command line (default: all present) and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"benchmarks (default: all of {', '.join(KNOWN)})")
    parser.add_argument("--quick", action="store_true", help="short runs, results under results/quick/")
    parser.add_argument("--list", action="store_true", help="print the benchmarks present and exit")
    args = parser.parse_args()
    if args.list:
        print("\n".join(available()))
        return
    names = args.names or list(KNOWN)
    outcomes = [run_one(name, args.quick) for name in names]
    print("\n== summary")
    for name, seconds, outcome in outcomes:
        print(f"{name:<18} {seconds:>7.1f} s  {outcome}")
    if any("FAILED" in outcome for _, _, outcome in outcomes):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
