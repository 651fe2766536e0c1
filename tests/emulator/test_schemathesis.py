"""Every operation of the spec, fuzzed with valid inputs against the emulator's real records (no faults).

Path parameters are not left to chance (a random id never matches an estate id such as 13000001):
each case gets the id of an existing record of the operation's resource and, on nested routes, the id
of a parent that actually has such children. Reads share one emulator; each write operation gets a
fresh copy of the estate, so a DELETE or a PATCH moving a record cannot starve later operations.

Checks: documented status codes, content types and schemas, no 5xx. At the end, every GET operation
but the explicit ``NO_RECORD_GETS`` must have been answered 2xx at least once; writes are counted.
Examples are few and generation deterministic, which keeps the module under a minute.
"""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from itglue_emulator.app import Emulator
from itglue_emulator.documents import PARENT_LINKED
from itglue_emulator.estate import build_estate
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_emulator.spec import Operation, find_spec_file, load_spec
from itglue_emulator.store import Store
from itglue_emulator.wire import kebab

schema = schemathesis.openapi.from_dict(json.loads(find_spec_file().read_text(encoding="utf-8")))
schema.config.generation.update(modes=["positive"], deterministic=True, max_examples=2)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SPEC = load_spec()
ESTATE = build_estate(orgs=2, seed=1)
OPERATIONS = {(op.method, op.path): op for op in SPEC.operations}

# Parent types of polymorphic routes that IT Glue serves no top-level route for (no list, no show):
# the estate holds none of them, so reads below them can only answer 404. These reads are the only
# GET operations allowed to finish the run without a 2xx.
PARENTS_WITHOUT_RECORDS = frozenset({"tickets", "ssl-certificates", "folders"})
NO_RECORD_GETS = frozenset(
    {
        ("GET", "/tickets/{ticket_id}/relationships/attachments"),
        ("GET", "/tickets/{ticket_id}/relationships/attachments/{id}"),
        ("GET", "/ssl_certificates/{ssl_certificate_id}/relationships/attachments"),
        ("GET", "/ssl_certificates/{ssl_certificate_id}/relationships/attachments/{id}"),
    }
)

STATUSES: dict[tuple[str, str], list[int]] = {}
"""Every status each operation answered during the run (filled by ``test_operation_conforms``)."""

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16).decode()


def _seed_generated_records(emulator: Emulator) -> None:
    """Create what the estate has no record of but some route reads: an export and a document image."""
    headers = {"x-api-key": emulator.api_key, "content-type": "application/vnd.api+json"}
    with httpx.Client(base_url=emulator.base_url, headers=headers, timeout=10) as client:
        document_id = next(emulator.store.records("documents"))["id"]
        image = {"target": {"type": "document", "id": document_id}, "image": {"content": PNG, "file_name": "a.png"}}
        for path, payload in (
            ("/exports", {"data": {"type": "exports", "attributes": {"include_logs": False}}}),
            ("/document_images", {"data": {"type": "document_images", "attributes": image}}),
        ):
            response = client.post(path, json=payload)
            assert response.status_code == 201, response.text


def _start(estate: dict[str, list[dict[str, Any]]]) -> Emulator:
    emulator = Emulator.start(estate=estate, spec=SPEC, rate_limit=RateLimitConfig(enabled=False), export_delay=0.0)
    _seed_generated_records(emulator)
    return emulator


@pytest.fixture(scope="module")
def shared() -> Iterator[Emulator]:
    """The emulator every read runs against (reads change nothing but time-driven export states)."""
    emulator = _start(copy.deepcopy(ESTATE))
    yield emulator
    emulator.stop()


@pytest.fixture
def fresh() -> Iterator[Callable[[], Emulator]]:
    """A fresh estate for one write operation (all its cases), started on first use only."""
    started: list[Emulator] = []

    def get() -> Emulator:
        if not started:
            started.append(_start(copy.deepcopy(ESTATE)))
        return started[0]

    yield get
    for emulator in started:
        emulator.stop()


def _owner(op: Operation, record: dict[str, Any]) -> int | None:
    """Id of the record's parent in the sense of this nested route."""
    assert op.parent is not None
    if op.resource in PARENT_LINKED:
        parent = record.get("parent") or {}
        return parent.get("id") if parent.get("type") == op.parent.resource else None
    value = record["attributes"].get(kebab(op.parent.param))
    return value if isinstance(value, int) else None


def real_path_parameters(op: Operation, store: Store) -> dict[str, str]:
    """Ids of existing records for the operation's path: a child of a parent that has children, if any."""
    candidates = list(store.records(op.resource))
    found: dict[str, str] = {}
    if op.parent is not None:
        parent_ids = {record["id"] for record in store.records(op.parent.resource)}
        owned = [record for record in candidates if _owner(op, record) in parent_ids]
        if owned:
            candidates = owned[:1]
            found[op.parent.param] = str(_owner(op, owned[0]))
        elif parent_ids:
            candidates = []
            found[op.parent.param] = str(min(parent_ids))
    if "{id}" in op.path and candidates:
        found["id"] = str(candidates[0]["id"])
    return found


def _query_for(op: Operation, store: Store, query: dict[str, Any] | None) -> dict[str, Any] | None:
    if op.resource == "flexible-assets" and op.action == "list" and op.parent is None:
        # IT Glue refuses to list flexible assets without a type filter; give it a real type.
        wanted = {"filter[flexible_asset_type_id]": str(next(store.records("flexible-asset-types"))["id"])}
        return {**(query or {}), **wanted}
    return query


@schema.parametrize()
@settings(
    max_examples=2, deadline=None, phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck)
)
def test_operation_conforms(case: schemathesis.Case, shared: Emulator, fresh: Callable[[], Emulator]) -> None:
    op = OPERATIONS[(case.method.upper(), case.path)]
    reads = case.method.upper() == "GET"
    emulator = shared if reads else fresh()
    # Session-only reads (audit R3) answer an API key with 401; give them a session like the web app's.
    headers = {"authorization": "Bearer emulator-session"} if op.needs_user_session else {"x-api-key": emulator.api_key}
    case.path_parameters = {**(case.path_parameters or {}), **real_path_parameters(op, emulator.store)}
    case.query = _query_for(op, emulator.store, case.query)
    response = case.call(base_url=emulator.base_url, headers=headers)
    STATUSES.setdefault((op.method, op.path), []).append(response.status_code)
    case.validate_response(response, checks=CHECKS, headers=headers)
    if reads and not 200 <= response.status_code < 300:
        # Generated queries may combine into a 4xx; the bare read of the same record must succeed.
        bare = case.operation.Case(path_parameters=case.path_parameters, query=_query_for(op, emulator.store, {}))
        plain = bare.call(base_url=emulator.base_url, headers=headers)
        STATUSES[(op.method, op.path)].append(plain.status_code)
        bare.validate_response(plain, checks=CHECKS, headers=headers)


def _got_2xx(statuses: list[int]) -> bool:
    return any(200 <= status < 300 for status in statuses)


def test_every_read_got_a_2xx_and_writes_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    expected = {(op.method, op.path) for op in SPEC.operations}
    if set(STATUSES) != expected:
        pytest.skip("needs the whole test_operation_conforms run (it was deselected in part)")
    gets = {key for key in expected if key[0] == "GET"}
    # The exclusions are exactly the reads below parents the estate cannot hold.
    assert {
        (op.method, op.path)
        for op in SPEC.operations
        if op.method == "GET" and op.parent is not None and op.parent.resource in PARENTS_WITHOUT_RECORDS
    } == NO_RECORD_GETS
    without_2xx = sorted(key for key in gets if not _got_2xx(STATUSES[key]))
    assert without_2xx == sorted(NO_RECORD_GETS)
    writes = sorted(key for key in expected if key[0] != "GET")
    writes_2xx = [key for key in writes if _got_2xx(STATUSES[key])]
    summary = f"{len(gets) - len(without_2xx)}/{len(gets)} reads, {len(writes_2xx)}/{len(writes)} writes got a 2xx"
    with capsys.disabled():
        print(f"\nschemathesis: {summary}")
    # A floor, not an exact figure: catches the fuzzing falling back to ids that match nothing.
    assert len(writes_2xx) >= WRITE_2XX_FLOOR, summary


WRITE_2XX_FLOOR = 70
"""74 of 176 write operations got a 2xx when creates began enforcing the spec's ``x-itglue-required-on-create``
(86 before): generated bodies rarely carry every required attribute, and the rest are bodies IT Glue refuses."""
