"""Write events through the real clients: exactly once per successful write, whatever the route or the retries."""

from __future__ import annotations

import logging
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from itglue_sdk import Event, PluginError, Secret, ValidationError
from tests.sdk_e2e.conftest import organization_count
from tests.sdk_e2e.harness import Api, Harness

pytestmark = pytest.mark.anyio

PLUGIN_MODULE = "e2e_itglue_plugin"


class Recorder:
    """A plugin that keeps every event it is given."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def take(self) -> list[tuple[str, str | None]]:
        """(type, record id) of the events since the last call."""
        taken = [(event.type, event.record_id) for event in self.events]
        self.events.clear()
        return taken


def failing_plugin(event: Event) -> None:
    raise RuntimeError(f"plugin bug on {event.type}")


async def first(api: Api, group: str, **query: Any) -> Any:
    [record] = await api.run(lambda c: getattr(c, group).list(limit=1, **query))
    return record


async def test_every_write_fires_its_events_exactly_once(h: Harness) -> None:
    api = h.client()
    seen = Recorder()
    api.client.register_plugin(seen)
    home = await first(api, "organizations")
    config = await first(api, "configurations")
    assert seen.take() == []  # reads fire nothing

    org = await api.run(lambda c: c.organizations.create({"name": "Hooked Ltd"}))
    assert seen.take() == [("organization.created", org.id)]
    await api.run(lambda c: c.organizations.update(org.id, {"description": "changed"}))
    assert seen.take() == [("organization.updated", org.id)]

    made = await api.run(lambda c: c.organizations.create_many([{"name": "Bulk A"}, {"name": "Bulk B"}]))
    ids = [record.id for record in made]
    assert seen.take() == [("organization.created", record_id) for record_id in ids]
    await api.run(lambda c: c.organizations.bulk_update({record_id: {"quick_notes": "bulk"} for record_id in ids}))
    assert seen.take() == [("organization.updated", record_id) for record_id in ids]
    await api.run(lambda c: c.organizations.bulk_delete(ids))
    assert sorted(seen.take()) == sorted(("organization.deleted", record_id) for record_id in ids)
    await api.run(lambda c: c.organizations.delete(org.id))
    assert seen.take() == [("organization.deleted", org.id)]

    contact = await api.run(
        lambda c: c.contacts.within(organization_id=home.id).create({"first_name": "Ada", "last_name": "Byron"})
    )
    assert seen.take() == [("contact.created", contact.id)]
    interface = await api.run(
        lambda c: c.configuration_interfaces.within(configuration_id=config.id).create(
            {"name": "eth9", "ip_address": "10.9.9.9"}
        )
    )
    assert seen.take() == [("configuration_interface.created", interface.id)]
    document = await api.run(lambda c: c.documents.within(organization_id=home.id).create({"name": "Runbook"}))
    assert seen.take() == [("document.created", document.id)]

    password = await api.run(
        lambda c: c.passwords.create(
            {"name": "root", "password": Secret("first-Secret-1"), "organization_id": int(home.id)}
        )
    )
    assert seen.take() == [("password.created", password.id)]
    await api.run(lambda c: c.passwords.update(password.id, {"username": "admin"}))
    assert seen.take() == [("password.updated", password.id)]
    await api.run(lambda c: c.passwords.update(password.id, {"password": Secret("second-Secret-2")}))
    rotated = list(seen.events)
    assert seen.take() == [("password.updated", password.id), ("password.rotated", password.id)]
    for event in rotated:
        assert "password" not in event.record["attributes"]
        assert "Secret-" not in repr(event)

    with pytest.raises(ValidationError):
        await api.run(lambda c: c.configurations.create({"name": "x", "organization_id": int(home.id)}))
    assert seen.take() == []  # a rejected write fires nothing


async def test_password_rotated_fires_only_when_the_value_changed(h: Harness) -> None:
    api = h.client()
    seen = Recorder()
    api.client.register_plugin(seen, "password.*")
    home = await first(api, "organizations")
    seeded = await first(api, "passwords")
    password, untouched = await api.run(
        lambda c: c.passwords.create_many(
            [
                {"name": "svc", "password": "same-Value-1", "organization_id": int(home.id)},
                {"name": "svc2", "password": "same-Value-2", "organization_id": int(home.id)},
            ]
        )
    )
    seen.take()

    # The same value again: the answer's password-updated-at is not this write's updated-at, so no rotation.
    await api.run(lambda c: c.passwords.update(password.id, {"password": Secret("same-Value-1")}))
    assert seen.take() == [("password.updated", password.id)]
    value = (await api.run(lambda c: c.passwords.get(seeded.id, show_password=True))).secret.reveal()
    await api.run(lambda c: c.passwords.update(seeded.id, {"password": value}))
    assert seen.take() == [("password.updated", seeded.id)]

    # A new value: exactly one rotation, per record, bulk updates included.
    await api.run(lambda c: c.passwords.update(password.id, {"password": Secret("new-Value-3")}))
    assert seen.take() == [("password.updated", password.id), ("password.rotated", password.id)]
    await api.run(
        lambda c: c.passwords.bulk_update(
            {untouched.id: {"password": "same-Value-2"}, seeded.id: {"password": "bulk-Value-4"}}
        )
    )
    assert seen.take() == [
        ("password.updated", untouched.id),
        ("password.updated", seeded.id),
        ("password.rotated", seeded.id),
    ]


async def test_a_retried_write_fires_once(h: Harness) -> None:
    api = h.client()
    seen = Recorder()
    api.client.register_plugin(seen, "organization.*")
    await api.run(lambda c: c.organizations.list())
    h.emulator.script_fault("POST", "/organizations", 429, count=2)
    org = await api.run(lambda c: c.organizations.create({"name": "Retried Ltd"}))
    assert h.emulator.request_count("POST", "/organizations") == 3
    assert seen.take() == [("organization.created", org.id)]


async def test_a_failing_plugin_is_logged_and_the_write_stands(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    api = h.client()
    seen = Recorder()
    api.client.register_plugin(failing_plugin, "organization.created")
    api.client.register_plugin(seen)
    before = organization_count(h.emulator)
    with caplog.at_level(logging.ERROR, logger="itglue_sdk.events.bus"):
        org = await api.run(lambda c: c.organizations.create({"name": "Resilient Ltd"}))
    assert org.attributes.name == "Resilient Ltd"
    assert organization_count(h.emulator) == before + 1
    assert seen.take() == [("organization.created", org.id)]  # later plugins still run
    [record] = [r for r in caplog.records if getattr(r, "event", None) == "plugin.failed"]
    assert "failing_plugin failed on organization.created; the API call itself succeeded" in record.getMessage()
    assert record.exc_info is not None


async def test_strict_plugins_raise_plugin_error_after_the_write(h: Harness) -> None:
    api = h.client(strict_plugins=True)
    api.client.register_plugin(failing_plugin)
    before = organization_count(h.emulator)
    with pytest.raises(PluginError, match=r"failing_plugin failed on organization\.created \(the API call itself"):
        await api.run(lambda c: c.organizations.create({"name": "Strict Ltd"}))
    # Strict mode reports the plugin, it does not undo the write: retrying the call would create a second record.
    assert organization_count(h.emulator) == before + 1


async def test_coroutine_plugins(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    api = h.client()
    awaited: list[str] = []

    async def audit(event: Event) -> None:
        awaited.append(event.type)

    api.client.register_plugin(audit)
    await api.run(lambda c: c.organizations.create({"name": "Async Ltd"}))
    if h.flavour == "async":
        assert awaited == ["organization.created"]
    else:  # a sync client cannot await it: logged, and the write stands
        assert awaited == []
        assert "async plugin called from a sync client" in caplog.text


@pytest.fixture
def plugin_distribution(tmp_path: Path) -> Iterator[None]:
    """An installed distribution (a dist-info folder on sys.path) advertising one good and one broken plugin."""
    (tmp_path / f"{PLUGIN_MODULE}.py").write_text(
        textwrap.dedent(
            """
            SEEN = []

            def register(bus):
                bus.register_plugin(SEEN.append, "organization.*")

            def broken(bus):
                raise ImportError("optional dependency missing")
            """
        )
    )
    dist_info = tmp_path / "e2e_itglue_plugin-0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: e2e-itglue-plugin\nVersion: 0.1\n")
    (dist_info / "entry_points.txt").write_text(
        f"[itglue_sdk.plugins]\naudit = {PLUGIN_MODULE}:register\nbroken = {PLUGIN_MODULE}:broken\n"
    )
    sys.path.insert(0, str(tmp_path))
    yield
    sys.path.remove(str(tmp_path))
    sys.modules.pop(PLUGIN_MODULE, None)


@pytest.mark.usefixtures("plugin_distribution")
async def test_installed_plugins_are_discovered_by_the_client(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    api = h.client(load_plugins=True)
    assert "plugin entry point 'broken' failed to load" in caplog.text
    org = await api.run(lambda c: c.organizations.create({"name": "Discovered Ltd"}))
    await api.run(lambda c: c.organizations.update(org.id, {"description": "seen"}))
    plugin = sys.modules[PLUGIN_MODULE]
    assert [(event.type, event.record_id) for event in plugin.SEEN] == [
        ("organization.created", org.id),
        ("organization.updated", org.id),
    ]


@pytest.mark.usefixtures("plugin_distribution")
async def test_a_broken_installed_plugin_fails_a_strict_client(h: Harness) -> None:
    with pytest.raises(PluginError, match="'broken' failed to load"):
        h.client(load_plugins=True, strict_plugins=True)


@pytest.mark.usefixtures("plugin_distribution")
async def test_installed_plugins_stay_out_unless_the_user_opts_in(h: Harness) -> None:
    api = h.client(load_plugins=None)  # the library default: the instance decides, and it did not opt in
    await api.run(lambda c: c.organizations.create({"name": "Unplugged Ltd"}))
    assert PLUGIN_MODULE not in sys.modules  # the entry point's code never even ran


@pytest.mark.usefixtures("plugin_distribution")
async def test_an_instance_opts_in_to_installed_plugins_by_its_profile(h: Harness) -> None:
    h.store.path.write_text(f'[instances.plugged]\nbase_url = "{h.emulator.base_url}"\nload_plugins = true\n')
    api = h.client(instance="plugged", load_plugins=None)
    org = await api.run(lambda c: c.organizations.create({"name": "Plugged Ltd"}))
    assert [(event.type, event.record_id) for event in sys.modules[PLUGIN_MODULE].SEEN] == [
        ("organization.created", org.id)
    ]
    # An explicit False still wins over the profile.
    sys.modules.pop(PLUGIN_MODULE)
    h.client(instance="plugged", load_plugins=False)
    assert PLUGIN_MODULE not in sys.modules
