"""Every operation of the spec, fuzzed with valid inputs against the emulator (no faults).

Checks that answers use documented status codes, content types and schemas,
and that nothing answers 5xx. Examples are bounded to keep the suite fast.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

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
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_emulator.spec import find_spec_file

schema = schemathesis.openapi.from_dict(json.loads(find_spec_file().read_text(encoding="utf-8")))
schema.config.generation.update(modes=["positive"], deterministic=True, max_examples=2)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzz_target() -> Iterator[Emulator]:
    """One emulator for the module: small generated estate, no rate limit."""
    with Emulator.start(orgs=2, seed=1, rate_limit=RateLimitConfig(enabled=False)) as emulator:
        yield emulator


@schema.parametrize()
@settings(
    max_examples=2, deadline=None, phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck)
)
def test_operation_conforms(case: schemathesis.Case, fuzz_target: Emulator) -> None:
    case.call_and_validate(base_url=fuzz_target.base_url, headers={"x-api-key": fuzz_target.api_key}, checks=CHECKS)
