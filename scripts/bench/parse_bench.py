"""Record parsing benchmark (not a test): what turning a 1000-record page into typed models costs, and holds.

The emulator serves from its own process (``--orgs`` organizations, rate limit off). Two real pages are fetched
once with a bare ``httpx.Client``: ``/organizations`` and ``/configurations``, ``page[size]=1000``. On those bodies,
each round times every contender once, interleaved (the order rotates from round to round):

``json``
    ``json.loads(body)``: the floor.
``generated``
    ``json.loads`` + ``Model.from_dict(record)`` for every record (the generated attrs models, nothing else).
``sdk``
    What `itglue_sdk.resources.pagination.SyncPager` runs per page once the answer is in: the ``parse`` of the
    list call (`itglue_sdk.resources.service.ResourceCalls.list_pages`), i.e. ``json_document`` + the
    `itglue_sdk.resources.records.RecordReader` (fills of missing attributes, the generated parsers) + ``meta``,
    ``links`` and ``included``, on an ``httpx.Response`` holding the body.

Parsing is timed in CPU seconds of the benchmark's thread (``time.thread_time``: the machine may be busy with
other work, which wall time would count). Figures are medians over the rounds; a ratio is the contender's
records/s over the floor's of the same page. With
``--http`` each round also fetches page 1 of both groups over HTTP with a bare client (``httpx`` + ``json.loads``,
the floor of a listing) and with the SDK (``client.<group>.list(page_size=1000, limit=1000)``): that ratio is the
issue's "typed listing vs floor, page by page" (it includes the SDK's HTTP stack, which this benchmark does not
own).

Memory per held record (tracemalloc, after ``gc.collect()``): the bytes still allocated once a page's models are
built and the JSON document is dropped, divided by the records, for

``sdk``
    ``RecordReader.read_many(model, data)`` on the parsed page;
``direct``
    the same models constructed directly from plain dicts: ``Model(type_=..., id=..., attributes=Attributes(
    **fields), relationships=Relationships())``, the ``fields`` being ``{python_name: wire value}`` (dates
    converted with ``fromisoformat``), each model checked equal (attrs ``==``) to the one the SDK built.

The JSON document is parsed before tracing starts in both cases, and the plain dicts of ``direct`` are built
before tracing too; so the wire strings and numbers (the same objects in both) are not counted, and what is
measured is what the models add around the values: the instances, their ``additional_properties`` dicts, the
nested models and the datetimes (parsed inside the traced window in both). The ratio is ``sdk / direct``.

Usage: ``uv run python scripts/bench/parse_bench.py [--rounds N] [--orgs N] [--http] [--output FILE]``
(``--quick`` for a short run; ``--output scripts/bench/results/parse.md`` to save the table).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

GROUPS = ("organizations", "configurations")
PAGE = 1000
UNLIMITED = 10**9
"""The SDK client's budget: the emulator's limit is off, and the SDK would otherwise pace at 3,000 per 5 minutes."""


def serve(orgs: int) -> None:
    """Child: serve an estate without a rate limit, print the URL and key, serve until killed."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - the parent process never needs the emulator
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    emulator = Emulator(orgs=orgs, seed=1, rate_limit=RateLimitConfig(enabled=False))
    print(json.dumps({"base_url": emulator.base_url, "api_key": emulator.api_key}), flush=True)
    emulator.serve_forever()


def fetch_page(base_url: str, api_key: str, group: str) -> bytes:
    """The raw body of page 1 (1000 records) of a group."""
    with httpx.Client(base_url=base_url, headers={"x-api-key": api_key}) as client:
        response = client.get(f"/{group}", params={"page[size]": PAGE, "page[number]": 1})
        response.raise_for_status()
        return response.content


def _model(group: str) -> type[Any]:
    from itglue_sdk.resources.service import ResourceDef  # noqa: PLC0415

    return ResourceDef.load(group).model


def contenders(group: str, body: bytes) -> dict[str, Callable[[], int]]:
    """The timed functions of one page; each returns the records it built."""
    from itglue_sdk.resources.service import ResourceCalls, ResourceDef, Scope  # noqa: PLC0415

    resource: ResourceDef[Any] = ResourceDef.load(group)
    model = resource.model
    fetch = ResourceCalls(resource, Scope()).list_pages(filter=None, sort=None, include=None)
    call = fetch(1, PAGE)
    request = httpx.Request("GET", f"https://api.itglue.invalid/{group}")
    headers = {"content-type": "application/vnd.api+json"}

    def floor() -> int:
        return len(json.loads(body)["data"])

    def generated() -> int:
        return len([model.from_dict(item) for item in json.loads(body)["data"]])

    def sdk() -> int:
        response = httpx.Response(200, content=body, headers=headers, request=request)
        return len(call.parse(response).data)

    return {"json": floor, "generated": generated, "sdk": sdk}


def time_parsing(bodies: Mapping[str, bytes], rounds: int) -> dict[str, dict[str, float]]:
    """Median CPU seconds per page of each contender on each page, interleaved round by round."""
    timed = {group: contenders(group, body) for group, body in bodies.items()}
    samples: dict[str, dict[str, list[float]]] = {g: {name: [] for name in c} for g, c in timed.items()}
    for fns in timed.values():  # warm up: first-use caches (the spec index, the reader's shapes)
        for fn in fns.values():
            fn()
    for round_ in range(rounds):
        for group, fns in timed.items():
            names = list(fns)
            names = names[round_ % len(names) :] + names[: round_ % len(names)]
            for name in names:
                start = time.thread_time()
                fns[name]()
                samples[group][name].append(time.thread_time() - start)
    return {g: {name: statistics.median(s) for name, s in by.items()} for g, by in samples.items()}


def time_http(base_url: str, api_key: str, rounds: int) -> dict[str, dict[str, float]]:
    """Median seconds to fetch page 1 of each group: bare httpx + json.loads, and the SDK's listing."""
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    samples: dict[str, dict[str, list[float]]] = {g: {"floor": [], "sdk": []} for g in GROUPS}
    with (
        httpx.Client(base_url=base_url, headers={"x-api-key": api_key}) as bare,
        ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=UNLIMITED) as client,
    ):

        def floor(group: str) -> int:
            response = bare.get(f"/{group}", params={"page[size]": PAGE, "page[number]": 1})
            return len(json.loads(response.content)["data"])

        def sdk(group: str) -> int:
            return len(list(getattr(client, group).list(page_size=PAGE, limit=PAGE)))

        for group in GROUPS:
            floor(group), sdk(group)
        for round_ in range(rounds):
            for group in GROUPS:
                order = [("floor", floor), ("sdk", sdk)][:: 1 if round_ % 2 else -1]
                for name, fn in order:
                    start = time.perf_counter()
                    fn(group)
                    samples[group][name].append(time.perf_counter() - start)
    return {g: {name: statistics.median(s) for name, s in by.items()} for g, by in samples.items()}


def _plain_fields(attributes_model: type[Any], wire: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of an attributes model from a wire ``attributes`` object, dates parsed."""
    from itglue_sdk._spec.index import spec_document  # noqa: PLC0415

    schema = spec_document()["components"]["schemas"][attributes_model.__name__]
    names = {field.name for field in attributes_model.__attrs_attrs__}
    fields: dict[str, Any] = {}
    for key, prop in schema["properties"].items():
        if key not in wire:
            continue
        python = key.replace("-", "_")
        python = python if python in names else f"{python}_"
        value = wire[key]
        if isinstance(value, str) and prop.get("format") == "date-time":
            value = datetime.datetime.fromisoformat(value)
        elif isinstance(value, str) and prop.get("format") == "date":
            value = datetime.date.fromisoformat(value)
        fields[python] = value
    return fields


def _retained(build: Callable[[], list[Any]]) -> tuple[list[Any], int]:
    """Build under tracemalloc; return the result and the bytes it still holds after a collection."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        built = build()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return built, held


def memory(group: str, body: bytes) -> dict[str, float]:
    """Bytes held per record: the SDK's reader vs the same models constructed directly from plain dicts."""
    from itglue_api.models import Relationships  # noqa: PLC0415
    from itglue_sdk.resources.records import RecordReader  # noqa: PLC0415

    model = _model(group)
    annotation = next(f.type for f in model.__attrs_attrs__ if f.name == "attributes")
    attributes_model = getattr(sys.modules["itglue_api.models"], str(annotation))
    reader = RecordReader()
    data = json.loads(body)["data"]
    reader.read_many(model, data[:1])  # first-use caches outside the traced window
    ours, ours_bytes = _retained(lambda: reader.read_many(model, data))

    plain = [(item["type"], item["id"], item["attributes"], "relationships" in item) for item in data]

    def direct() -> list[Any]:
        return [
            model(
                type_=kind,
                id=id_,
                attributes=attributes_model(**_plain_fields(attributes_model, attributes)),
                **({"relationships": Relationships()} if related else {}),
            )
            for kind, id_, attributes, related in plain
        ]

    # The spec lookups of _plain_fields allocate nothing that survives; the dates are parsed inside, as in ours.
    theirs, theirs_bytes = _retained(direct)
    if ours != theirs:
        raise SystemExit(f"{group}: the directly constructed models differ from the SDK's; the comparison is void")
    return {"sdk": ours_bytes / len(ours), "direct": theirs_bytes / len(theirs)}


def table(
    parse: Mapping[str, Mapping[str, float]],
    held: Mapping[str, Mapping[str, float]],
    http: Mapping[str, Mapping[str, float]] | None,
    rounds: int,
) -> str:
    """The Markdown report."""
    lines = [
        f"Parsing a 1000-record page (CPU time, median of {rounds} interleaved rounds;"
        f" Python {sys.version.split()[0]})",
        "",
        "| page | contender | ms/page | records/s | vs json.loads |",
        "|---|---|---:|---:|---:|",
    ]
    for group, by in parse.items():
        for name, seconds in by.items():
            ratio = by["json"] / seconds
            lines.append(f"| {group} | {name} | {seconds * 1000:.2f} | {PAGE / seconds:,.0f} | {ratio:.2f}x |")
    lines += [
        "",
        "Memory held per record (tracemalloc; values shared, see the module docstring)",
        "",
        "| page | sdk B/record | direct B/record | sdk / direct |",
        "|---|---:|---:|---:|",
    ]
    for group, by in held.items():
        lines.append(f"| {group} | {by['sdk']:.0f} | {by['direct']:.0f} | {by['sdk'] / by['direct']:.2f}x |")
    if http:
        lines += [
            "",
            "Page 1 over HTTP (wall time; bare httpx + json.loads vs the SDK's listing of 1000 records)",
            "",
            "| page | floor ms | sdk ms | sdk vs floor (records/s) |",
            "|---|---:|---:|---:|",
        ]
        for group, by in http.items():
            ratio = by["floor"] / by["sdk"]
            lines.append(f"| {group} | {by['floor'] * 1000:.1f} | {by['sdk'] * 1000:.1f} | {ratio:.2f}x |")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Run the benchmark and print (or save) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--orgs", type=int, default=1000, help="organizations in the estate (at least 1000)")
    parser.add_argument("--http", action="store_true", help="also time page 1 over HTTP, bare vs the SDK")
    parser.add_argument("--quick", action="store_true", help="9 rounds")
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return 0
    rounds = 9 if args.quick else args.rounds
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(args.orgs)], stdout=subprocess.PIPE, text=True, bufsize=1
    )
    try:
        assert child.stdout is not None
        where = json.loads(child.stdout.readline())
        bodies = {group: fetch_page(where["base_url"], where["api_key"], group) for group in GROUPS}
        http = time_http(where["base_url"], where["api_key"], rounds) if args.http else None
    finally:
        child.terminate()
        child.wait()
    parse = time_parsing(bodies, rounds)
    held = {group: memory(group, body) for group, body in bodies.items()}
    report = table(parse, held, http, rounds)
    print(report, end="")
    if args.output:
        args.output.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
