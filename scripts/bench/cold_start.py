"""Cold start of the SDK (not a test): ``import itglue_sdk`` + a client + its first ``get``, in fresh processes.

Each run is a new interpreter that times, with ``time.perf_counter``, ``import itglue_sdk``, then
``ITGlueClient(...)``, then ``client.organizations.get(id)`` against the emulator (its own process, rate limit
off), and lists the modules that first ``get`` imported. Bytecode is warm: the runs write and read their
``.pyc`` files under a temporary ``PYTHONPYCACHEPREFIX`` (so the source tree is never written) and one unmeasured
run fills it first. Figures are medians over ``--runs``.

``--tree PATH`` times another checkout too (its ``overlay`` and ``generated`` folders first on ``PYTHONPATH``,
e.g. a ``git worktree`` of an older commit), interleaved run for run with this one.

Usage: ``uv run python scripts/bench/cold_start.py`` (``--runs N``, ``--tree PATH``, ``--output FILE``)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import json, sys, time
base_url, api_key, organization = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
import itglue_sdk
imported = time.perf_counter()
client = itglue_sdk.ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=10**9, load_plugins=False)
made = time.perf_counter()
before = set(sys.modules)
client.organizations.get(organization)
done = time.perf_counter()
print(json.dumps({
    "import_ms": (imported - started) * 1000,
    "client_ms": (made - imported) * 1000,
    "get_ms": (done - made) * 1000,
    "total_ms": (done - started) * 1000,
    "modules": len(sys.modules),
    "first_get_imported": sorted(set(sys.modules) - before),
}))
"""


def serve() -> None:
    """Child: serve a small estate without a rate limit, print the URL and key, serve until killed."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - the parent process never needs the emulator
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    emulator = Emulator(orgs=5, seed=1, rate_limit=RateLimitConfig(enabled=False))
    print(json.dumps({"base_url": emulator.base_url, "api_key": emulator.api_key}), flush=True)
    emulator.serve_forever()


def first_organization(base_url: str, api_key: str) -> str:
    """The id of an organization the emulator holds (asked with plain httpx, outside any timing)."""
    import httpx  # noqa: PLC0415

    answer = httpx.get(f"{base_url}/organizations", headers={"x-api-key": api_key}, params={"page[size]": "1"})
    return str(answer.json()["data"][0]["id"])


def run_once(env: dict[str, str], base_url: str, api_key: str, organization: str) -> dict[str, Any]:
    """One fresh interpreter: its timings and the modules its first get imported."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, base_url, api_key, organization],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def environment(pycache: Path, tree: Path | None) -> dict[str, str]:
    """The children's environment: warm bytecode under ``pycache``, ``tree``'s packages first when given."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(tree / "overlay"), str(tree / "generated")])
    else:
        env.pop("PYTHONPATH", None)
    return env


def summary(name: str, runs: list[dict[str, Any]]) -> list[str]:
    """Markdown: the median of each phase, and what the first get imported."""
    median = {key: statistics.median(run[key] for run in runs) for key in ("import_ms", "client_ms", "get_ms")}
    total = statistics.median(run["total_ms"] for run in runs)
    imported = runs[-1]["first_get_imported"]
    models = [module for module in imported if module.startswith("itglue_api.models.")]
    return [
        f"| {name} | {median['import_ms']:.0f} ms | {median['client_ms']:.0f} ms | {median['get_ms']:.0f} ms | "
        f"**{total:.0f} ms** | {runs[-1]['modules']} | {len(models)} |",
    ]


def main() -> int:
    """Run the benchmark and print the Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tree", type=Path, help="another checkout to time alongside this one")
    parser.add_argument("--output", type=Path, help="also write the report to this file")
    args = parser.parse_args()
    if args.serve:
        serve()
        return 0
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    found = json.loads(process.stdout.readline())
    base_url, api_key = str(found["base_url"]), str(found["api_key"])
    trees: dict[str, Path | None] = {"this tree": None}
    if args.tree is not None:
        trees[f"{args.tree}"] = args.tree.resolve()
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    try:
        organization = first_organization(base_url, api_key)
        with tempfile.TemporaryDirectory(prefix="itglue-cold-start-") as tmp:
            envs = {name: environment(Path(tmp) / str(index), tree) for index, (name, tree) in enumerate(trees.items())}
            for env in envs.values():
                run_once(env, base_url, api_key, organization)  # fills the bytecode cache
            for _ in range(args.runs):
                for name, env in envs.items():
                    results[name].append(run_once(env, base_url, api_key, organization))
                time.sleep(0.05)
    finally:
        process.terminate()
        process.wait()
    report = [
        "# Cold start: import + client + first get",
        "",
        f"`scripts/bench/cold_start.py`: {args.runs} fresh interpreters per tree, interleaved, warm bytecode, "
        f"medians; emulator in its own process; Python {platform.python_version()}.",
        "",
        "| tree | `import itglue_sdk` | `ITGlueClient(...)` | first `organizations.get` | total | modules loaded |"
        " model modules the first get imported |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, runs in results.items():
        report += summary(name, runs)
    imported = results["this tree"][-1]["first_get_imported"]
    report += [
        "",
        "Modules the first `client.organizations.get` imported (this tree):",
        "",
        *[f"- `{m}`" for m in imported],
    ]
    text = "\n".join(report)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
