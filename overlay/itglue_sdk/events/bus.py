"""Events after successful writes, the plugin bus and entry-point plugin discovery.

Event types are ``<resource>.created|updated|deleted`` with the resource in snake singular
(``organization.updated``, ``flexible_asset.created``, ``document.created``), plus ``password.rotated`` when a
password's value changes (`value_changed` says how a write's answer tells). Plugins subscribe to an exact type,
a prefix (``password.*``) or everything (``*``).

Installed packages contribute plugins through the entry-point group ``itglue_sdk.plugins``: each entry point
names a callable that receives the `EventBus` and registers its callbacks, for example::

    [project.entry-points."itglue_sdk.plugins"]
    audit = "my_package.audit:register"      # def register(bus): bus.register_plugin(log_event, "*")

A failing plugin never fails the API call: it is logged. In strict mode (tests, development) it raises
`PluginError` instead.
"""

from __future__ import annotations

import enum
import inspect
import logging
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from itglue_sdk._exceptions import PluginError
from itglue_sdk.observability.redaction import SENSITIVE_NAMES

logger = logging.getLogger(__name__)

PLUGIN_ENTRY_POINT_GROUP = "itglue_sdk.plugins"
ALL_EVENTS = "*"
DOCUMENT_CREATED = "document.created"
ORGANIZATION_UPDATED = "organization.updated"
PASSWORD_ROTATED = "password.rotated"  # noqa: S105 - an event name, not a secret

# Attributes whose change means a password was rotated (IT Glue's password value attribute).
_PASSWORD_VALUE_ATTRIBUTES = frozenset({"password"})
# How far apart the two stamps of one value-changing save may be: IT Glue keeps whole seconds and reads its
# clock once per stamp, so they can straddle a second. The price is a spurious event for a same-value write
# within a second or two of a real change (harmless); a missed rotation would not be.
ROTATION_SLACK = timedelta(seconds=1)


class WriteAction(enum.StrEnum):
    """What a successful write did to a record."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


def resource_event_name(resource_type: str) -> str:
    """Turn a wire type (``flexible-assets``, ``configuration_statuses``) into the event prefix (snake singular).

    Args:
        resource_type: JSON:API type, kebab or snake plural.

    Returns:
        The snake-case singular, e.g. ``flexible_asset``, ``configuration_status``, ``password_category``.
    """
    name = resource_type.replace("-", "_")
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith(("sses", "uses")):
        return name[:-2]
    return name.removesuffix("s")


def event_types_for(
    resource_type: str, action: WriteAction, changed_attributes: Collection[str] = ()
) -> tuple[str, ...]:
    """The event types one successful write emits.

    Args:
        resource_type: JSON:API type of the written record.
        action: What the write did.
        changed_attributes: Attributes the write sent (kebab or snake), used to spot password rotation.

    Returns:
        ``("<resource>.<action>",)``, plus ``password.rotated`` for a password update that sets its value.
    """
    name = resource_event_name(resource_type)
    types = [f"{name}.{action.value}"]
    changed = {attribute.replace("_", "-") for attribute in changed_attributes}
    if name == "password" and action is WriteAction.UPDATED and changed & _PASSWORD_VALUE_ATTRIBUTES:
        types.append(PASSWORD_ROTATED)
    return tuple(types)


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def value_changed(record: Mapping[str, Any]) -> bool | None:
    """Whether the password record a write answered with says that this write changed its value.

    The API stamps ``password-updated-at`` when the value changes, in the same save that stamps ``updated-at``:
    the two agree (within `ROTATION_SLACK`) exactly when this write changed the value. A ``password-updated-at``
    of null means the value never changed. A same-value write within `ROTATION_SLACK` of a real change cannot be
    told apart from one, and counts as a change.

    Args:
        record: A JSON:API password resource object from the write's answer.

    Returns:
        True or False, or None when the record lacks those attributes (or they are not timestamps) and the
        caller must decide otherwise.
    """
    attributes = record.get("attributes")
    if not isinstance(attributes, Mapping) or not {"password-updated-at", "updated-at"} <= attributes.keys():
        return None
    updated_at = _moment(attributes["updated-at"])
    if updated_at is None:
        return None
    if attributes["password-updated-at"] is None:
        return False
    changed_at = _moment(attributes["password-updated-at"])
    if changed_at is None or (changed_at.tzinfo is None) != (updated_at.tzinfo is None):
        return None
    return abs(updated_at - changed_at) <= ROTATION_SLACK


def _without_secrets(record: Mapping[str, Any]) -> dict[str, Any]:
    """Copy a JSON:API resource object without secret attribute values (plugins never see passwords)."""
    clean = dict(record)
    attributes = record.get("attributes")
    if isinstance(attributes, Mapping):
        clean["attributes"] = {k: v for k, v in attributes.items() if str(k).lower() not in SENSITIVE_NAMES}
    return clean


@dataclass(frozen=True)
class Event:
    """Something that happened after a successful write.

    Attributes:
        type: Event type, e.g. ``organization.updated``.
        resource_type: JSON:API type of the record (kebab plural as the API answers).
        record_id: Id of the record, when known.
        record: The JSON:API resource object the API returned, without secret attribute values.
        instance: Instance name the write went to.
        occurred_at: When the SDK saw the write succeed.
    """

    type: str
    resource_type: str
    record_id: str | None
    record: Mapping[str, Any] = field(default_factory=dict)
    instance: str | None = None
    occurred_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def events_for_write(
    resource_type: str,
    action: WriteAction,
    records: Iterable[Mapping[str, Any]],
    *,
    changed_attributes: Collection[str] = (),
    instance: str | None = None,
) -> list[Event]:
    """Build the events for a successful write of one or many records (bulk writes give one set per record).

    Args:
        resource_type: JSON:API type of the records.
        action: What the write did.
        records: JSON:API resource objects from the answer (for deletes: at least ``{"id": ...}``).
        changed_attributes: Attributes the write sent.
        instance: Instance name.

    Returns:
        The events, in record order. ``password.rotated`` is left out for a record whose answer shows that its
        value did not change (`value_changed`); when the answer cannot tell, sending a value counts as a change.
    """
    types = event_types_for(resource_type, action, changed_attributes)
    events = []
    for record in records:
        record_id = record.get("id")
        clean = _without_secrets(record)
        for event_type in types:
            if event_type == PASSWORD_ROTATED and value_changed(record) is False:
                continue
            events.append(
                Event(
                    type=event_type,
                    resource_type=resource_type,
                    record_id=str(record_id) if record_id is not None else None,
                    record=clean,
                    instance=instance,
                )
            )
    return events


Plugin = Callable[[Event], object]
"""A plugin callback; it may return an awaitable, which `EventBus.emit_async` awaits."""


def _matches(pattern: str, event_type: str) -> bool:
    if pattern in (ALL_EVENTS, event_type):
        return True
    return pattern.endswith(".*") and event_type.startswith(pattern[:-1])


class EventBus:
    """Delivers events to registered plugins.

    Args:
        strict: Raise `PluginError` when a plugin fails instead of logging it.
    """

    def __init__(self, *, strict: bool = False) -> None:
        self.strict = strict
        self._plugins: list[tuple[str, Plugin]] = []
        self._loaded_entry_points: set[str] = set()
        self._lock = threading.Lock()

    def register_plugin(self, callback: Plugin, event_type: str = ALL_EVENTS) -> None:
        """Subscribe ``callback`` to ``event_type`` (exact, ``prefix.*`` or ``*``)."""
        with self._lock:
            self._plugins.append((event_type, callback))

    def unregister_plugin(self, callback: Plugin, event_type: str = ALL_EVENTS) -> None:
        """Remove a subscription made with the same arguments (no error if absent)."""
        with self._lock:
            self._plugins = [(t, cb) for t, cb in self._plugins if (t, cb) != (event_type, callback)]

    def _subscribers(self, event: Event) -> list[Plugin]:
        with self._lock:
            return [callback for pattern, callback in self._plugins if _matches(pattern, event.type)]

    def _failed(self, callback: Plugin, event: Event, exc: BaseException) -> None:
        name = getattr(callback, "__qualname__", repr(callback))
        if self.strict:
            # The write has already happened: say so, or a caller retrying on this error would write twice.
            raise PluginError(
                f"plugin {name} failed on {event.type} (the API call itself succeeded; do not repeat it): {exc}"
            ) from exc
        logger.error(
            "plugin %s failed on %s; the API call itself succeeded",
            name,
            event.type,
            exc_info=exc,
            extra={"event": "plugin.failed", "plugin": name, "event_type": event.type},
        )

    def emit(self, event: Event) -> None:
        """Deliver an event synchronously (async plugins cannot run here and count as failures).

        Raises:
            PluginError: A plugin failed and the bus is strict.
        """
        for callback in self._subscribers(event):
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    if inspect.iscoroutine(result):
                        result.close()  # never awaited: close it so Python does not warn
                    raise TypeError("async plugin called from a sync client; use the async client")
            except Exception as exc:
                self._failed(callback, event, exc)

    async def emit_async(self, event: Event) -> None:
        """Deliver an event, awaiting plugins that return awaitables.

        Raises:
            PluginError: A plugin failed and the bus is strict.
        """
        for callback in self._subscribers(event):
            try:
                result = callback(event)
                if inspect.isawaitable(result):
                    await result
            except Exception as exc:
                self._failed(callback, event, exc)

    def load_entry_points(self, group: str = PLUGIN_ENTRY_POINT_GROUP) -> list[str]:
        """Load plugins from installed packages; each entry point is called with this bus, once.

        Args:
            group: Entry-point group.

        Returns:
            Names of the entry points loaded by this call.

        Raises:
            PluginError: An entry point failed to load or register and the bus is strict.
        """
        import importlib.metadata  # noqa: PLC0415 - only clients that load plugins pay for it

        loaded = []
        for entry_point in importlib.metadata.entry_points(group=group):
            if entry_point.name in self._loaded_entry_points:
                continue
            try:
                entry_point.load()(self)
            except Exception as exc:
                if self.strict:
                    raise PluginError(f"plugin entry point {entry_point.name!r} failed to load: {exc}") from exc
                logger.error(
                    "plugin entry point %r failed to load; continuing without it",
                    entry_point.name,
                    exc_info=exc,
                    extra={"event": "plugin.load_failed", "plugin": entry_point.name},
                )
                continue
            self._loaded_entry_points.add(entry_point.name)
            loaded.append(entry_point.name)
        return loaded
