from __future__ import annotations

import logging
import sys
import textwrap
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from itglue_sdk._exceptions import PluginError
from itglue_sdk.events.bus import (
    PASSWORD_ROTATED,
    Event,
    EventBus,
    WriteAction,
    event_types_for,
    events_for_write,
    resource_event_name,
    value_changed,
)


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("organizations", "organization"),
        ("flexible-assets", "flexible_asset"),
        ("flexible_asset_types", "flexible_asset_type"),
        ("configuration-statuses", "configuration_status"),
        ("password-categories", "password_category"),
        ("addresses", "address"),
        ("documents", "document"),
    ],
)
def test_resource_event_names(wire: str, name: str) -> None:
    assert resource_event_name(wire) == name


def test_event_types() -> None:
    assert event_types_for("documents", WriteAction.CREATED) == ("document.created",)
    assert event_types_for("organizations", WriteAction.UPDATED, ["name"]) == ("organization.updated",)
    assert event_types_for("passwords", WriteAction.UPDATED, ["password", "name"]) == (
        "password.updated",
        PASSWORD_ROTATED,
    )
    assert event_types_for("passwords", WriteAction.UPDATED, ["notes"]) == ("password.updated",)
    assert event_types_for("passwords", WriteAction.CREATED, ["password"]) == ("password.created",)
    assert event_types_for("flexible-assets", WriteAction.DELETED) == ("flexible_asset.deleted",)


def _password(updated_at: str, **attributes: Any) -> dict[str, Any]:
    return {"id": "7", "type": "passwords", "attributes": {"name": "vpn", "updated-at": updated_at, **attributes}}


@pytest.mark.parametrize(
    ("record", "changed"),
    [
        (_password("2024-05-01T10:00:00.120Z", **{"password-updated-at": "2024-05-01T10:00:00.120Z"}), True),
        (_password("2024-05-01T10:00:00.121Z", **{"password-updated-at": "2024-05-01T10:00:00.120Z"}), True),
        (_password("2024-05-01T10:00:05.000Z", **{"password-updated-at": "2024-05-01T10:00:00.120Z"}), False),
        (_password("2024-05-01T10:00:05.000Z", **{"password-updated-at": None}), False),
        (_password("2024-05-01T10:00:05.000Z"), None),  # the answer lacks password-updated-at
        ({"id": "7", "type": "passwords"}, None),  # no attributes at all
        (_password("not a time", **{"password-updated-at": "2024-05-01T10:00:00.120Z"}), None),
    ],
)  # fmt: skip
def test_value_changed_reads_the_write_answer(record: dict[str, Any], changed: bool | None) -> None:
    assert value_changed(record) is changed
    events = events_for_write("passwords", WriteAction.UPDATED, [record], changed_attributes=["password"])
    # When the answer cannot tell, sending a value counts as changing it.
    rotated = changed is not False
    assert [event.type for event in events] == ["password.updated"] + [PASSWORD_ROTATED] * rotated


def test_events_for_bulk_writes_never_carry_password_values() -> None:
    records: list[dict[str, Any]] = [
        {"id": "1", "type": "passwords", "attributes": {"name": "vpn", "password": "hunter2-secret"}},
        {"id": 2, "type": "passwords", "attributes": {"name": "wifi", "otp-secret": "JBSWY3DP"}},
    ]
    events = events_for_write(
        "passwords", WriteAction.UPDATED, records, changed_attributes=["password"], instance="production"
    )
    assert [(e.type, e.record_id) for e in events] == [
        ("password.updated", "1"),
        ("password.rotated", "1"),
        ("password.updated", "2"),
        ("password.rotated", "2"),
    ]
    assert events[0].record["attributes"] == {"name": "vpn"}
    assert events[2].record["attributes"] == {"name": "wifi"}
    assert records[0]["attributes"]["password"] == "hunter2-secret"  # the caller's data is untouched
    assert all(e.instance == "production" for e in events)


def _event(event_type: str = "organization.updated") -> Event:
    return Event(type=event_type, resource_type="organizations", record_id="7")


def test_subscriptions_exact_prefix_and_wildcard() -> None:
    bus = EventBus()
    got: list[str] = []
    bus.register_plugin(lambda e: got.append(f"exact:{e.type}"), "organization.updated")
    bus.register_plugin(lambda e: got.append(f"prefix:{e.type}"), "password.*")
    bus.register_plugin(lambda e: got.append(f"all:{e.type}"))
    for event_type in ("organization.updated", "password.rotated", "organization.created", "passwords_x.created"):
        bus.emit(_event(event_type))
    assert got == [
        "exact:organization.updated",
        "all:organization.updated",
        "prefix:password.rotated",
        "all:password.rotated",
        "all:organization.created",
        "all:passwords_x.created",
    ]


def test_unregister() -> None:
    bus = EventBus()
    got: list[Event] = []
    bus.register_plugin(got.append, "organization.updated")
    bus.unregister_plugin(got.append, "organization.updated")
    bus.emit(_event())
    assert got == []


def test_failing_plugin_is_logged_and_others_still_run(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    got: list[Event] = []

    def broken(event: Event) -> None:
        raise RuntimeError("plugin bug")

    bus.register_plugin(broken)
    bus.register_plugin(got.append)
    bus.emit(_event())
    assert len(got) == 1
    [record] = [r for r in caplog.records if r.name == "itglue_sdk.events.bus"]
    assert record.levelno == logging.ERROR
    assert "broken failed on organization.updated" in record.getMessage()


def test_strict_mode_raises() -> None:
    bus = EventBus(strict=True)
    bus.register_plugin(lambda e: 1 / 0)
    with pytest.raises(PluginError, match=r"failed on organization\.updated") as caught:
        bus.emit(_event())
    assert isinstance(caught.value.__cause__, ZeroDivisionError)


@pytest.mark.anyio
async def test_async_plugins_are_awaited() -> None:
    bus = EventBus()
    got: list[str] = []

    async def async_plugin(event: Event) -> None:
        got.append(f"async:{event.type}")

    bus.register_plugin(async_plugin)
    bus.register_plugin(lambda e: got.append(f"sync:{e.type}"))
    await bus.emit_async(_event())
    assert got == ["async:organization.updated", "sync:organization.updated"]


def test_async_plugin_on_the_sync_bus_fails_cleanly(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()

    async def async_plugin(event: Event) -> None:
        raise AssertionError("never runs")

    bus.register_plugin(async_plugin)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "coroutine was never awaited"
        bus.emit(_event())
    assert "async plugin called from a sync client" in caplog.text


@pytest.fixture
def plugin_distribution(tmp_path: Path) -> Iterator[Path]:
    """Install a tiny distribution with entry points by putting its files on sys.path."""
    (tmp_path / "demo_itglue_plugin.py").write_text(
        textwrap.dedent(
            """
            SEEN = []

            def register(bus):
                bus.register_plugin(SEEN.append, "organization.*")

            def broken(bus):
                raise ImportError("missing optional dependency")
            """
        )
    )
    dist_info = tmp_path / "demo_itglue_plugin-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: demo-itglue-plugin\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text(
        "[itglue_sdk.plugins]\ndemo = demo_itglue_plugin:register\nbroken = demo_itglue_plugin:broken\n"
    )
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    sys.modules.pop("demo_itglue_plugin", None)


@pytest.mark.usefixtures("plugin_distribution")
def test_entry_point_plugins_are_discovered_once(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    assert bus.load_entry_points() == ["demo"]
    assert bus.load_entry_points() == []  # already loaded: no double registration
    assert "'broken' failed to load" in caplog.text
    bus.emit(_event())
    import demo_itglue_plugin  # type: ignore[import-not-found]

    assert [e.type for e in demo_itglue_plugin.SEEN] == ["organization.updated"]


@pytest.mark.usefixtures("plugin_distribution")
def test_entry_point_failure_raises_in_strict_mode() -> None:
    with pytest.raises(PluginError, match="'broken' failed to load"):
        EventBus(strict=True).load_entry_points()


def test_an_uploads_file_is_not_parsed_for_its_event() -> None:
    """Only the attribute names matter: a big file's base64 is cut out before the body is parsed."""
    import base64 as b64

    from itglue_sdk.events.emitting import _sent_attributes

    content = b64.b64encode(bytes(range(256)) * 1024)
    body = b'{"data":{"type":"attachments","attributes":{"attachment":{"content":"' + content + b'","file_name":"a"}}}}'
    assert _sent_attributes(body) == {"attachment"}
    small = b'{"data":[{"type":"x","attributes":{"first_name":"A","notes":"' + b"Q" * 5000 + b'"}}]}'
    assert _sent_attributes(small) == {"first-name", "notes"}
