"""What an MCP tool call costs over the SDK call it makes (not a test).

An in-process MCP client session (the `mcp` SDK's ``Client`` on the server object: the same request handling as
stdio, without the pipe) calls the tools against an emulator serving from its own process with its rate limit
off, beside the bare SDK calls they wrap. Each round runs every contender once, the order rotated; figures are
medians over the rounds of the wall milliseconds per call:

``sdk get``
    ``client.organizations.get(id)``: the floor of the ``get`` tool.
``mcp get``
    the ``get`` tool for the same record: argument validation, the SDK call in a worker thread, the compact
    record, the final scrub, the output schema's validation, the JSON-RPC framing.
``mcp list``
    the ``list`` tool, one page of 25 organizations.
``mcp search``
    the ``search`` tool answered from the mirror (a prefix of an organization's name).
``mcp query``
    the ``query`` tool: a count over the mirror's configurations.

Usage: ``uv run python scripts/bench/mcp_calls.py`` (``--quick`` for a short run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/: `bench` imports as it type-checks

from bench._common import EmulatorProcess, EmulatorSpec, Report

UNLIMITED = 10**9
"""The client's budget: the emulator's limit is off, and the SDK would otherwise pace at 3,000 per 5 minutes."""


async def measure(calls: int, rounds: int, report: Report) -> None:
    """Run the contenders against a fresh emulator and mirror; add the table to ``report``."""
    from mcp.client import Client  # noqa: PLC0415 - imported where measured, after the emulator started

    from itglue_mcp import Agent, build_server  # noqa: PLC0415
    from itglue_mirror import Mirror  # noqa: PLC0415
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    with (
        EmulatorProcess(EmulatorSpec(orgs=20, seed=1)) as emulator,
        tempfile.TemporaryDirectory() as folder,
        ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key, rate_limit=UNLIMITED) as client,
    ):
        mirror = Mirror(path=Path(folder) / "bench.duckdb")
        mirror.sync(client)
        organization = next(iter(client.organizations.list(limit=1)))
        prefix = str(organization.attributes.name)[:4]
        async with Client(build_server(Agent(client, mirror=mirror))) as session:

            async def tool(name: str, arguments: dict[str, object]) -> None:
                result = await session.call_tool(name, arguments)
                assert not result.is_error, result.content

            async def sdk_get() -> None:
                client.organizations.get(organization.id)

            contenders: dict[str, Callable[[], Awaitable[None]]] = {
                "sdk get": sdk_get,
                "mcp get": lambda: tool("get", {"type": "organizations", "id": int(organization.id)}),
                "mcp list": lambda: tool("list", {"type": "organizations", "limit": 25}),
                "mcp search": lambda: tool("search", {"text": prefix}),
                "mcp query": lambda: tool("query", {"sql": "SELECT count(*) FROM configurations"}),
            }
            for warm in contenders.values():
                await warm()
            times: dict[str, list[float]] = {name: [] for name in contenders}
            names = list(contenders)
            for number in range(rounds):
                shift = number % len(names)
                for name in names[shift:] + names[:shift]:
                    started = time.perf_counter()
                    for _ in range(calls):
                        await contenders[name]()
                    times[name].append((time.perf_counter() - started) / calls * 1000)
    floor = statistics.median(times["sdk get"])
    rows = []
    for name, values in times.items():
        median = statistics.median(values)
        rows.append([name, f"{median:.2f}", f"{min(values):.2f}", f"{median / floor:.2f}x"])
    report.table(["contender", "ms per call, median", "min", "vs sdk get"], rows)


def main() -> None:
    """Parse the arguments, run, print the table (and save it unless ``--quick``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer calls and rounds")
    arguments = parser.parse_args()
    calls, rounds = (20, 3) if arguments.quick else (200, 5)
    report = Report("mcp_calls", "MCP tool calls against the SDK calls they make")
    report.say(f"{calls} calls per contender per round, {rounds} rounds, the order rotated each round.")
    report.say()
    anyio.run(measure, calls, rounds, report)
    if not arguments.quick:
        print(f"saved {report.save()}")


if __name__ == "__main__":
    main()
