"""Document import benchmark (not a test): ``Importer.run`` over a folder of runbooks against a bare-httpx floor.

The emulator serves from its own process with its rate limit off (`bench._common.EmulatorProcess`). The folder
holds ``--documents`` Markdown runbooks, each a heading, a paragraph, a three-step procedure and a screenshot (9
requests per document: the document, 6 sections, the image and the final marker). Each round imports the
folder into a fresh organization with each contender, in alternating order:

``import``
    ``Importer(client, state=<fresh file>).run(FilesSource(folder), organization_id=...)``: conversion
    (markdown-it-py, nh3), the listing, the state file and every request through the SDK's stack.
``floor``
    The drafts converted beforehand (outside the timing), then the same requests sent by a bare
    ``httpx.Client``: POST the document, POST each section, POST the image, PATCH the description.

Also timed once per round: converting the folder alone (``FilesSource.items``), and a second ``import`` run of
the same folder (nothing changed: the listing only). Figures are medians over the rounds; the ratio is the
median import rate over the median floor rate of this run.

Usage: ``uv run python scripts/bench/import_bench.py`` (``--quick`` for a short run)
"""

from __future__ import annotations

import argparse
import base64
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/: `bench` imports as it type-checks

from bench._common import EmulatorProcess, EmulatorSpec

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
UNLIMITED = 10**9
"""The clients' budget: the emulator's limit is off, and the SDK would otherwise pace at 3,000 per 5 minutes."""
KINDS = {
    "heading": "Document::Heading",
    "text": "Document::Text",
    "step": "Document::Step",
    "gallery": "Document::Gallery",
}


def write_runbooks(folder: Path, documents: int) -> None:
    """The benchmark's folder: ``documents`` runbooks in folders of 20, each with its own screenshot."""
    for number in range(documents):
        directory = folder / f"area-{number // 20:02d}"
        directory.mkdir(parents=True, exist_ok=True)
        (directory / f"runbook-{number:04d}.png").write_bytes(PNG + number.to_bytes(4, "big"))
        (directory / f"runbook-{number:04d}.md").write_text(
            f"# Runbook {number}\n\nWhat to do when service {number} stops answering.\n\n"
            f"1. Check the monitoring page\n2. Restart service {number}\n3. Confirm it answers\n\n"
            f"![screen](runbook-{number:04d}.png)\n",
            encoding="utf-8",
        )


def run_import(base_url: str, api_key: str, folder: Path, organization_id: int, state: Path) -> dict[str, float]:
    """One ``Importer.run``: seconds, requests, documents created."""
    from itglue_import import Importer  # noqa: PLC0415
    from itglue_import.files import FilesSource  # noqa: PLC0415
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    with ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=UNLIMITED) as client:
        started = time.perf_counter()
        report = Importer(client, state=state).run(FilesSource(folder), organization_id=organization_id)
        seconds = time.perf_counter() - started
    assert report.ok, report.failed
    return {"seconds": seconds, "requests": report.requests, "created": report.count("created")}


def run_floor(base_url: str, api_key: str, drafts: list[Any], organization_id: int) -> dict[str, float]:
    """The same writes through a bare ``httpx.Client``: seconds and requests."""
    headers = {"x-api-key": api_key, "content-type": "application/vnd.api+json"}
    requests = 0
    with httpx.Client(base_url=base_url, headers=headers, timeout=60) as http:

        def send(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
            nonlocal requests
            requests += 1
            response = http.request(method, path, content=json.dumps({"data": body}))
            response.raise_for_status()
            answer: dict[str, Any] = response.json()
            return answer

        started = time.perf_counter()
        for draft in drafts:
            created = send(
                "POST",
                f"/organizations/{organization_id}/relationships/documents",
                {"type": "documents", "attributes": {"name": draft.name, "description": "pending"}},
            )
            document_id = created["data"]["id"]
            for sort, section in enumerate(draft.sections):
                attributes: dict[str, Any] = {"resource-type": KINDS[section.kind], "sort": sort}
                if section.kind != "gallery":
                    attributes["content"] = section.content
                if section.kind == "heading":
                    attributes["level"] = section.level
                made = send(
                    "POST",
                    f"/documents/{document_id}/relationships/sections",
                    {"type": "document-sections", "attributes": attributes},
                )
                for image in section.images:
                    content = base64.b64encode(image.data).decode()
                    target = {"type": "gallery", "id": int(made["data"]["id"])}
                    send(
                        "POST",
                        "/document_images",
                        {
                            "type": "document-images",
                            "attributes": {"target": target, "image": {"content": content, "file-name": image.name}},
                        },
                    )
            send(
                "PATCH",
                f"/documents/{document_id}",
                {"type": "documents", "attributes": {"description": draft.content_hash}},
            )
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "requests": requests}


def main() -> None:
    """Run the rounds and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="40 documents, 3 rounds")
    arguments = parser.parse_args()
    documents, rounds = (40, 3) if arguments.quick else (arguments.documents, arguments.rounds)
    from itglue_import.files import FilesSource  # noqa: PLC0415
    from itglue_sdk import ITGlueClient  # noqa: PLC0415

    with EmulatorProcess(EmulatorSpec(orgs=2)) as emulator:
        base_url, api_key = emulator.base_url, emulator.api_key
        results: dict[str, list[float]] = {"import": [], "floor": [], "convert": [], "rerun": []}
        rerun_requests = 0.0
        with (
            tempfile.TemporaryDirectory() as scratch,
            ITGlueClient(base_url=base_url, api_key=api_key, rate_limit=UNLIMITED) as admin,
        ):
            folder = Path(scratch) / "runbooks"
            write_runbooks(folder, documents)
            for round_number in range(rounds):
                started = time.perf_counter()
                drafts = list(FilesSource(folder).items())
                results["convert"].append(time.perf_counter() - started)
                organizations = [
                    int(admin.organizations.create({"name": f"Bench {round_number}-{side}"}).id) for side in (0, 1)
                ]
                order = ["import", "floor"] if round_number % 2 == 0 else ["floor", "import"]
                for contender, organization_id in zip(order, organizations, strict=True):
                    state = Path(scratch) / f"state-{round_number}.sqlite"
                    if contender == "import":
                        done = run_import(base_url, api_key, folder, organization_id, state)
                        assert done["created"] == documents
                        results["import"].append(done["seconds"])
                        again = run_import(base_url, api_key, folder, organization_id, state)
                        results["rerun"].append(again["seconds"])
                        rerun_requests = again["requests"]
                        import_requests = done["requests"]
                    else:
                        floor = run_floor(base_url, api_key, drafts, organization_id)
                        results["floor"].append(floor["seconds"])
                        floor_requests = floor["requests"]
                print(f"round {round_number + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in results.items()))
    median = {name: statistics.median(values) for name, values in results.items()}
    print()
    print(f"{documents} runbooks, {rounds} rounds (medians)")
    print()
    print("| contender | seconds | documents/s | requests | requests/s |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| import (conversion included) | {median['import']:.2f} | {documents / median['import']:.1f} | "
        f"{import_requests:.0f} | {import_requests / median['import']:.0f} |"
    )
    print(
        f"| floor (bare httpx, drafts ready) | {median['floor']:.2f} | {documents / median['floor']:.1f} | "
        f"{floor_requests:.0f} | {floor_requests / median['floor']:.0f} |"
    )
    print(f"| conversion alone | {median['convert']:.2f} | {documents / median['convert']:.1f} | 0 | |")
    print(f"| second run, nothing changed | {median['rerun']:.2f} | | {rerun_requests:.0f} | |")
    print()
    print(f"import / floor, documents/s: {median['floor'] / median['import']:.2f}")


if __name__ == "__main__":
    main()
