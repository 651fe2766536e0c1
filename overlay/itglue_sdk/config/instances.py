"""Named instances: which IT Glue host, rate budget and timeouts a profile name stands for.

Profiles live in ``instances.toml`` in the user's config folder (platformdirs), for example::

    [instances.sandbox]
    region = "eu"                 # us, eu or au ... or:
    # base_url = "https://itglue-proxy.example.com"
    rate_limit = 3000             # requests per rate_window seconds
    rate_window = 300.0
    connect_timeout = 30.0
    read_timeout = 60.0
    # data_dir = "/srv/itglue/sandbox"   (the instance's mirror; default: per-instance user data folder)
    # load_plugins = true         (run the `itglue_sdk.plugins` entry points in this instance's clients)
    # mirror = true               (this instance's clients read through its mirror: cache-first, write-through)
    # shared_budget = true        (processes using the same key draw from one rate budget: a file under the
    #                              state folder, locked with flock; POSIX only)

``production`` (US) and ``emulator`` (loopback) are built in; a file entry with the same name overrides them.
A top-level ``default = "sandbox"`` in the file (``itglue instances use sandbox``) picks the default instance;
``ITGLUE_INSTANCE`` wins over it; ``ITGLUE_CONFIG_DIR`` moves the file (``$ITGLUE_CONFIG_DIR/instances.toml``),
for the SDK and the ``itglue`` command alike. Keys never live in this file (see `itglue_sdk._http.auth`).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import platformdirs
import tomli_w

from itglue_sdk._exceptions import ConfigurationError, UnknownInstanceError
from itglue_sdk._http.ratelimit import DEFAULT_LIMIT, DEFAULT_WINDOW, budget_file_name
from itglue_sdk._http.tls import require_secure_url

APP_NAME = "itglue-sdk"
INSTANCE_ENV = "ITGLUE_INSTANCE"
CONFIG_DIR_ENV = "ITGLUE_CONFIG_DIR"
DEFAULT_INSTANCE = "production"
CONFIG_FILE_NAME = "instances.toml"
KEY_STATE_FILE_NAME = "key-state.json"

REGIONS: Mapping[str, str] = {
    "us": "https://api.itglue.com",
    "eu": "https://api.eu.itglue.com",
    "au": "https://api.au.itglue.com",
}

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_FIELDS = frozenset(
    {
        "region",
        "base_url",
        "rate_limit",
        "rate_window",
        "connect_timeout",
        "read_timeout",
        "data_dir",
        "load_plugins",
        "mirror",
        "shared_budget",
    }
)
_SECRET_FIELDS = frozenset({"key", "api_key", "api-key", "apikey", "password", "token"})


@dataclass(frozen=True)
class Instance:
    """One named IT Glue instance.

    Attributes:
        name: Profile name (also the keychain username and the data folder name).
        base_url: API base URL, without a trailing slash.
        region: ``us``/``eu``/``au`` when chosen by region, else ``None``.
        rate_limit: Requests allowed per ``rate_window``.
        rate_window: Rate window in seconds.
        connect_timeout: Connect timeout in seconds.
        read_timeout: Read (and write and pool) timeout in seconds.
        data_dir: Explicit mirror folder, or ``None`` for the per-instance default.
        load_plugins: Whether this instance's clients run the plugins of the ``itglue_sdk.plugins`` entry-point
            group (off unless the profile opts in: they are code any installed package may register).
        mirror: Whether this instance's clients attach its default mirror (``<data_dir>/<name>.duckdb``, opened
            through the ``itglue_sdk.mirrors`` entry point): reads cache-first from it while it is current,
            writes go through to it (see `itglue_sdk.ITGlueClient`). Off unless the profile opts in.
        shared_budget: Whether this instance's clients share their rate budget with the other processes using
            the same host and key (see `itglue_sdk._http.ratelimit`). Off unless the profile opts in.
    """

    name: str
    base_url: str
    region: str | None = None
    rate_limit: int = DEFAULT_LIMIT
    rate_window: float = DEFAULT_WINDOW
    connect_timeout: float = 30.0
    read_timeout: float = 60.0
    data_dir: Path | None = None
    load_plugins: bool = False
    mirror: bool = False
    shared_budget: bool = False

    def timeout(self) -> httpx.Timeout:
        """The httpx timeout for this instance."""
        return httpx.Timeout(self.read_timeout, connect=self.connect_timeout)


BUILTIN_INSTANCES: Mapping[str, Instance] = {
    "production": Instance("production", REGIONS["us"], region="us"),
    "emulator": Instance("emulator", "http://127.0.0.1:8080"),
}


def make_instance(
    name: str,
    *,
    region: str | None = None,
    base_url: str | None = None,
    rate_limit: int = DEFAULT_LIMIT,
    rate_window: float = DEFAULT_WINDOW,
    connect_timeout: float = 30.0,
    read_timeout: float = 60.0,
    data_dir: str | Path | None = None,
    load_plugins: bool = False,
    mirror: bool = False,
    shared_budget: bool = False,
) -> Instance:
    """Build a validated `Instance` from a region or a base URL (exactly one).

    Raises:
        ConfigurationError: Bad name, unknown region, both or neither of region/base URL, or bad numbers.
        InsecureURLError: A plain-http base URL to a host that is not loopback.
    """
    if not _NAME.match(name):
        raise ConfigurationError(
            f"invalid instance name {name!r}: use lower-case letters, digits, '-' and '_' (at most 63)"
        )
    if region is not None and base_url is None:
        if region not in REGIONS:
            raise ConfigurationError(f"instance {name!r}: unknown region {region!r}; use one of {', '.join(REGIONS)}")
        url = REGIONS[region]
    elif base_url is not None and region is None:
        url = str(require_secure_url(base_url)).rstrip("/")
    else:
        raise ConfigurationError(f"instance {name!r}: give exactly one of region ({'/'.join(REGIONS)}) or base_url")
    if rate_limit < 1 or rate_window <= 0 or connect_timeout <= 0 or read_timeout <= 0:
        raise ConfigurationError(f"instance {name!r}: rate_limit, rate_window and timeouts must be positive")
    if not isinstance(load_plugins, bool):  # TOML could give any type; a truthy string must not opt in
        raise ConfigurationError(f"instance {name!r}: load_plugins must be true or false")
    if not isinstance(mirror, bool):
        raise ConfigurationError(f"instance {name!r}: mirror must be true or false")
    if not isinstance(shared_budget, bool):
        raise ConfigurationError(f"instance {name!r}: shared_budget must be true or false")
    return Instance(
        name=name,
        base_url=url,
        region=region,
        rate_limit=int(rate_limit),
        rate_window=float(rate_window),
        connect_timeout=float(connect_timeout),
        read_timeout=float(read_timeout),
        data_dir=Path(data_dir).expanduser() if data_dir is not None else None,
        load_plugins=load_plugins,
        mirror=mirror,
        shared_budget=shared_budget,
    )


def url_instance_name(base_url: str) -> str:
    """The instance name of a client built from a bare base URL: ``custom-<host>-<port>``, plus a hash of the path.

    Each such endpoint gets its own keychain entry, state folder and key-state file, the same on every run.

    Args:
        base_url: The API base URL.

    Returns:
        A valid instance name (see `make_instance`).
    """
    url = httpx.URL(base_url)
    port = url.port or {"http": 80, "https": 443}.get(url.scheme, 0)
    host = re.sub(r"[^a-z0-9]+", "-", url.host.lower()).strip("-")[:40] or "host"
    name = f"custom-{host}-{port}"
    path = url.path.rstrip("/")
    if path:  # two API prefixes behind one proxy are two endpoints
        name += "-" + hashlib.sha256(path.encode()).hexdigest()[:8]
    return name


def _from_table(name: str, table: Any, source: Path) -> Instance:
    if not isinstance(table, dict):
        raise ConfigurationError(f"{source}: [instances.{name}] must be a table")
    secrets = _SECRET_FIELDS & set(table)
    if secrets:
        raise ConfigurationError(
            f"{source}: [instances.{name}] must not hold {', '.join(sorted(secrets))}: keys live in the OS "
            "keychain (`itglue auth set`) or ITGLUE_API_KEY, never in the profile file"
        )
    unknown = set(table) - _FIELDS
    if unknown:
        raise ConfigurationError(f"{source}: [instances.{name}] has unknown settings: {', '.join(sorted(unknown))}")
    try:
        return make_instance(name, **table)
    except TypeError as exc:  # a value of the wrong TOML type
        raise ConfigurationError(f"{source}: [instances.{name}]: {exc}") from exc


def _to_table(instance: Instance) -> dict[str, Any]:
    table: dict[str, Any] = {"region": instance.region} if instance.region else {"base_url": instance.base_url}
    table |= {
        "rate_limit": instance.rate_limit,
        "rate_window": instance.rate_window,
        "connect_timeout": instance.connect_timeout,
        "read_timeout": instance.read_timeout,
    }
    if instance.data_dir is not None:
        table["data_dir"] = str(instance.data_dir)
    if instance.load_plugins:
        table["load_plugins"] = True
    if instance.mirror:
        table["mirror"] = True
    if instance.shared_budget:
        table["shared_budget"] = True
    return table


class InstanceStore:
    """Reads and writes the profile file and answers where each instance keeps its data.

    Args:
        config_path: The TOML file (default: ``$ITGLUE_CONFIG_DIR/instances.toml`` when that is set, else
            ``<user config dir>/itglue-sdk/instances.toml``).
        data_root: Root of per-instance data folders (default: the user data dir).
        state_root: Root of per-instance state folders (default: the user state dir).
        environ: Environment for ``ITGLUE_INSTANCE`` and ``ITGLUE_CONFIG_DIR`` (default: ``os.environ``).
    """

    def __init__(
        self,
        config_path: Path | None = None,
        *,
        data_root: Path | None = None,
        state_root: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        config_dir = self._environ.get(CONFIG_DIR_ENV)
        default_dir = (
            Path(config_dir).expanduser() if config_dir else platformdirs.user_config_path(APP_NAME, appauthor=False)
        )
        self.path = config_path or default_dir / CONFIG_FILE_NAME
        self._data_root = data_root or platformdirs.user_data_path(APP_NAME, appauthor=False)
        self._state_root = state_root or platformdirs.user_state_path(APP_NAME, appauthor=False)

    def _read_document(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as handle:
                return tomllib.load(handle)
        except FileNotFoundError:
            return {}
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"{self.path}: invalid TOML: {exc}") from exc

    def _read_tables(self) -> dict[str, Any]:
        tables = self._read_document().get("instances", {})
        if not isinstance(tables, dict):
            raise ConfigurationError(f"{self.path}: 'instances' must be a table of tables")
        return tables

    def _write_tables(self, tables: Mapping[str, Any], *, default: str | None = None) -> None:
        # Rewriting the instances must not lose the file's default (nor setting the default lose the instances).
        chosen = default if default is not None else self.file_default()
        document: dict[str, Any] = {"default": chosen} if chosen else {}
        document["instances"] = dict(tables)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=self.path.parent, delete=False, suffix=".tmp") as tmp:
            tomli_w.dump(document, tmp)
        os.replace(tmp.name, self.path)

    def file_default(self) -> str | None:
        """The default instance the file names (``default = "..."``), if any."""
        value = self._read_document().get("default")
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{self.path}: 'default' must be an instance name")
        return value or None

    def set_default(self, name: str) -> None:
        """Make ``name`` the default instance in the file (``ITGLUE_INSTANCE`` still wins).

        Raises:
            UnknownInstanceError: No such instance.
        """
        self.get(name)
        self._write_tables(self._read_tables(), default=name)

    def all(self) -> dict[str, Instance]:
        """Every instance: built-ins, overridden or extended by the file."""
        instances = dict(BUILTIN_INSTANCES)
        for name, table in self._read_tables().items():
            instances[name] = _from_table(name, table, self.path)
        return instances

    def default_name(self) -> str:
        """``ITGLUE_INSTANCE`` if set, else the file's ``default``, else ``production``."""
        return self._environ.get(INSTANCE_ENV) or self.file_default() or DEFAULT_INSTANCE

    def get(self, name: str | None = None) -> Instance:
        """Return an instance by name (the default instance when ``name`` is ``None``).

        Raises:
            UnknownInstanceError: No such instance.
        """
        wanted = name or self.default_name()
        instances = self.all()
        try:
            return instances[wanted]
        except KeyError:
            raise UnknownInstanceError(
                f"unknown instance {wanted!r}; known: {', '.join(sorted(instances))}. "
                "Add one with `itglue instances add`"
            ) from None

    def add(self, instance: Instance, *, replace_existing: bool = False) -> None:
        """Save an instance to the file.

        Args:
            instance: The instance (build it with `make_instance`).
            replace_existing: Overwrite a file entry of the same name (built-ins may always be overridden).

        Raises:
            ConfigurationError: The file already has this name and ``replace_existing`` is false.
        """
        tables = self._read_tables()
        if instance.name in tables and not replace_existing:
            raise ConfigurationError(f"instance {instance.name!r} already exists in {self.path}")
        tables[instance.name] = _to_table(instance)
        self._write_tables(tables)

    def remove(self, name: str) -> None:
        """Delete an instance from the file (a built-in falls back to its defaults).

        Raises:
            UnknownInstanceError: The file has no such entry.
        """
        tables = self._read_tables()
        if name not in tables:
            raise UnknownInstanceError(f"instance {name!r} is not in {self.path}")
        del tables[name]
        # A default naming an instance that no longer exists would break every command; a built-in stays.
        dangling = self.file_default() == name and name not in BUILTIN_INSTANCES
        self._write_tables(tables, default="" if dangling else None)

    def data_dir(self, instance: Instance) -> Path:
        """The instance's own data folder (its mirror lives here)."""
        return instance.data_dir or self._data_root / "instances" / instance.name

    def state_dir(self, instance: Instance) -> Path:
        """The instance's state folder (key usage state; never the key)."""
        return self._state_root / "instances" / instance.name

    def key_state_path(self, instance: Instance) -> Path:
        """The file `auth.KeyUsageState` keeps the key's last successful use in."""
        return self.state_dir(instance) / KEY_STATE_FILE_NAME

    def budget_path(self, instance: Instance, api_key: str) -> Path:
        """The file the clients of a host and key share their rate budget through (``shared_budget``).

        It sits under the state root, beside the instances' folders rather than in one of them, so two
        instance names for one host and key (a profile, a bare ``base_url``) still share one budget. Its name
        is a hash of host and key (`itglue_sdk._http.ratelimit.budget_file_name`).
        """
        return self._state_root / "budgets" / budget_file_name(instance.base_url, api_key)
