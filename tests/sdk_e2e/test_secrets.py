"""No API key or password value in cassettes, logs, exception messages or files, after real sessions and failures."""

from __future__ import annotations

import io
import json
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from itglue_sdk import APIStatusError, AuthenticationError, ITGlueError, Secret, configure_logging
from tests.cassettes import cassette_recorder, leaked_secrets
from tests.sdk_e2e.harness import Harness

pytestmark = pytest.mark.anyio

FIRST_PASSWORD = "Corr3ct-Horse-e2e"
SECOND_PASSWORD = "Battery-Staple-e2e"
WRONG_KEY = "ITG.00000000000000000000000000000000.wrong-key-for-the-e2e-suite"


def everything_said_by(errors: list[BaseException]) -> str:
    """Messages, reprs, tracebacks (with causes) and kept headers of some exceptions, as one text."""
    parts = []
    for error in errors:
        parts += [str(error), repr(error), "".join(traceback.format_exception(error))]
        if isinstance(error, APIStatusError):
            parts.append(repr(error.headers))
    return "\n".join(parts)


async def password_session(h: Harness) -> tuple[str, list[BaseException]]:
    """Create, read (with the value), rotate and fail around a password; return its id and the errors raised."""
    api = h.client()
    [home, *_] = await api.run(lambda c: c.organizations.list())
    created = await api.run(
        lambda c: c.passwords.create(
            {"name": "vault-entry", "password": Secret(FIRST_PASSWORD), "organization_id": int(home.id)}
        )
    )
    shown = await api.run(lambda c: c.passwords.get(created.id, show_password=True))
    assert shown.secret.reveal() == FIRST_PASSWORD  # the client gets the value; nothing else may keep it
    await api.run(lambda c: c.passwords.update(created.id, {"password": Secret(SECOND_PASSWORD)}))
    errors: list[BaseException] = []
    h.emulator.script_fault("PATCH", "/passwords/{id}", 500, count=4)
    h.emulator.script_fault("POST", "/passwords", 502, count=1)
    for operation in (
        lambda c: c.passwords.update(created.id, {"password": Secret(FIRST_PASSWORD)}),
        lambda c: c.passwords.create({"name": "again", "password": Secret(SECOND_PASSWORD), "organization_id": 1}),
        lambda c: c.passwords.create({"name": "bad", "password": Secret(FIRST_PASSWORD), "organization_id": 0}),
    ):
        with pytest.raises(ITGlueError) as caught:
            await api.run(operation)
        errors.append(caught.value)
    return created.id, errors


async def test_cassette_of_a_session_holds_no_key_and_no_password(h: Harness, tmp_path: Path) -> None:
    cassette = tmp_path / "session.yaml"
    with cassette_recorder().use_cassette(str(cassette)):
        password_id, _ = await password_session(h)

    text = cassette.read_text(encoding="utf-8")
    assert "vault-entry" in text  # bodies are stored as readable text, so the greps below mean something
    assert "x-api-key" in text
    assert "[REDACTED]" in text
    assert leaked_secrets(cassette, [h.emulator.api_key, FIRST_PASSWORD, SECOND_PASSWORD]) == []

    # The scrubbed cassette still replays: a client reads the recorded answers without reaching the emulator.
    sent = h.emulator.request_count()
    with cassette_recorder(record_mode="none").use_cassette(str(cassette)):
        replayed = await h.client().run(lambda c: c.passwords.get(password_id, show_password=True))
    assert h.emulator.request_count() == sent
    assert replayed.secret.reveal() == "[REDACTED]"


@pytest.fixture
def json_logs() -> Iterator[io.StringIO]:
    """Everything logged in the process at DEBUG, as the SDK's redacted JSON lines."""
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(logging.DEBUG, stream=stream)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


async def test_logs_and_errors_of_failed_calls_hold_no_key_and_no_password(h: Harness, json_logs: io.StringIO) -> None:
    _, errors = await password_session(h)
    wrong = h.client(api_key=WRONG_KEY)
    with pytest.raises(AuthenticationError) as caught:
        await wrong.run(lambda c: c.organizations.list())
    errors.append(caught.value)

    lines = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    attempts = [line for line in lines if line.get("event") == "http.attempt"]
    assert {line["status"] for line in attempts} >= {200, 201, 500, 502, 403}  # the failures were logged
    assert any(line["level"] == "DEBUG" for line in lines)  # and so was everything below them
    said = json_logs.getvalue() + everything_said_by(errors)
    for secret in (h.emulator.api_key, WRONG_KEY, FIRST_PASSWORD, SECOND_PASSWORD):
        assert secret not in said


async def test_wrong_key_names_the_fix_and_never_the_key(h: Harness, tmp_path: Path) -> None:
    api = h.client(api_key=WRONG_KEY)
    with pytest.raises(AuthenticationError) as caught:
        await api.run(lambda c: c.organizations.list())
    error = caught.value
    assert error.status_code == 403  # the gateway's answer to an unknown key (the emulator never sends 401)
    assert "wrong key or wrong region" in str(error)
    assert "`itglue auth set`" in str(error)
    assert WRONG_KEY not in everything_said_by([error])

    # A write with a key that never worked is stopped by the validation GET: the POST is never sent.
    with pytest.raises(AuthenticationError):
        await api.run(lambda c: c.organizations.create({"name": "Never Ltd"}))
    assert h.emulator.request_count("POST", "/organizations") == 0
    assert h.emulator.request_count("GET", "/organizations") == 2  # the list above, then the validation

    good = h.client()
    await good.run(lambda c: c.organizations.create({"name": "Keyed Ltd"}))
    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert files  # the key-usage state was written ...
    for path in files:  # ... and no file holds a key
        content = path.read_bytes()
        assert h.emulator.api_key.encode() not in content
        assert WRONG_KEY.encode() not in content


async def test_password_values_are_redacted_whatever_the_caller_logs(h: Harness, json_logs: io.StringIO) -> None:
    api = h.client()
    [home, *_] = await api.run(lambda c: c.organizations.list())
    seeded = [p for p in await api.run(lambda c: c.passwords.list()) if p.attributes.name != "vault-entry"]
    sent = "Sent-as-a-plain-string-e2e"  # not wrapped in a Secret: still registered when it is sent
    await api.run(lambda c: c.passwords.create({"name": "plain", "password": sent, "organization_id": int(home.id)}))
    # Values the SDK hands out without ever having sent them: seeded passwords, read with get and show.
    got = await api.run(lambda c: c.passwords.get(seeded[0].id, show_password=True))
    shown = await api.run(lambda c: c.passwords.show(seeded[1].id, show_password=True))
    values = [got.secret.reveal(), shown.record.secret.reveal(), sent]
    assert all(len(value) >= 6 for value in values)

    caller = logging.getLogger("e2e.caller")  # the application's own logger, not the SDK's
    for value in values:
        caller.info("value is %s", value)
    caller.warning("in a structure", extra={"detail": {"note": f"old value {values[0]}"}})

    lines = [json.loads(line) for line in json_logs.getvalue().splitlines()]
    said = [line for line in lines if line["logger"] == "e2e.caller"]
    assert [line["message"] for line in said] == ["value is [REDACTED]"] * 3 + ["in a structure"]
    assert said[-1]["detail"] == {"note": "old value [REDACTED]"}
    for value in values:
        assert value not in json_logs.getvalue()


async def test_each_client_keeps_its_own_secrets_and_forgets_them_when_closed(
    h: Harness, json_logs: io.StringIO
) -> None:
    first, second = h.client(), h.client()
    [home, *_] = await first.run(lambda c: c.organizations.list())
    one, two = "First-client-only-e2e", "Second-client-only-e2e"
    for api, value in ((first, one), (second, two)):
        await api.run(
            lambda c, v=value: c.passwords.create(
                {"name": v[:5], "password": Secret(v), "organization_id": int(home.id)}
            )
        )
    assert first.client.secrets.knows(one)
    assert not first.client.secrets.knows(two)
    assert second.client.secrets.knows(two)
    assert not second.client.secrets.knows(one)
    caller = logging.getLogger("e2e.caller")
    caller.info("both: %s %s", one, two)  # while both are open, a line of either client's values is scrubbed

    await first.close()
    assert not first.client.secrets.knows(one)
    assert not first.client.secrets.knows(h.emulator.api_key)
    assert second.client.secrets.knows(h.emulator.api_key)  # the same key, held by the open client's registry
    caller.info("after close: %s %s", one, two)
    said = [json.loads(line)["message"] for line in json_logs.getvalue().splitlines() if "e2e.caller" in line]
    assert said == ["both: [REDACTED] [REDACTED]", f"after close: {one} [REDACTED]"]
