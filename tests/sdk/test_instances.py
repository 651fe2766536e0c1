from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from itglue_sdk._exceptions import ConfigurationError, InsecureURLError, UnknownInstanceError
from itglue_sdk.config.instances import REGIONS, InstanceStore, make_instance, url_instance_name


@pytest.fixture
def store(tmp_path: Path) -> InstanceStore:
    return InstanceStore(
        tmp_path / "config" / "instances.toml",
        data_root=tmp_path / "data",
        state_root=tmp_path / "state",
        environ={},
    )


def test_builtins_and_default(store: InstanceStore, tmp_path: Path) -> None:
    production = store.get()
    assert (production.name, production.base_url, production.region) == ("production", "https://api.itglue.com", "us")
    assert (production.rate_limit, production.rate_window) == (3000, 300.0)
    timeout = production.timeout()
    assert (timeout.connect, timeout.read, timeout.write) == (30.0, 60.0, 60.0)
    assert store.get("emulator").base_url == "http://127.0.0.1:8080"
    assert not store.path.exists()  # reading never creates the file
    chosen = InstanceStore(store.path, environ={"ITGLUE_INSTANCE": "emulator"})
    assert chosen.get().name == "emulator"


def test_regions() -> None:
    assert REGIONS == {
        "us": "https://api.itglue.com",
        "eu": "https://api.eu.itglue.com",
        "au": "https://api.au.itglue.com",
    }


def test_add_region_instance_round_trips_without_secrets(store: InstanceStore) -> None:
    store.add(make_instance("sandbox", region="eu", rate_limit=1000, read_timeout=90))
    sandbox = store.get("sandbox")
    assert sandbox.base_url == "https://api.eu.itglue.com"
    assert (sandbox.rate_limit, sandbox.read_timeout) == (1000, 90.0)
    document = tomllib.loads(store.path.read_text())
    assert document["instances"]["sandbox"]["region"] == "eu"
    assert "base_url" not in document["instances"]["sandbox"]
    with pytest.raises(ConfigurationError, match="already exists"):
        store.add(make_instance("sandbox", region="au"))
    store.add(make_instance("sandbox", region="au"), replace_existing=True)
    assert store.get("sandbox").base_url == "https://api.au.itglue.com"


def test_base_url_instance_and_builtin_override(store: InstanceStore, tmp_path: Path) -> None:
    store.add(make_instance("proxy", base_url="https://itglue-proxy.example.com/"))
    assert store.get("proxy").base_url == "https://itglue-proxy.example.com"
    store.add(make_instance("emulator", base_url="http://localhost:9000", data_dir=tmp_path / "mirror"))
    assert store.get("emulator").base_url == "http://localhost:9000"
    assert store.data_dir(store.get("emulator")) == tmp_path / "mirror"
    store.remove("emulator")
    assert store.get("emulator").base_url == "http://127.0.0.1:8080"  # back to the built-in
    with pytest.raises(UnknownInstanceError):
        store.remove("emulator")


def test_each_instance_has_its_own_folders(store: InstanceStore, tmp_path: Path) -> None:
    production, emulator = store.get("production"), store.get("emulator")
    assert store.data_dir(production) == tmp_path / "data" / "instances" / "production"
    assert store.data_dir(production) != store.data_dir(emulator)
    assert store.key_state_path(emulator) == tmp_path / "state" / "instances" / "emulator" / "key-state.json"


def test_default_locations_use_platformdirs() -> None:
    default = InstanceStore()
    assert default.path.name == "instances.toml"
    assert default.path.parent.name == "itglue-sdk"


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"region": "eu", "base_url": "https://x.example.com"}, ConfigurationError, "exactly one"),
        ({}, ConfigurationError, "exactly one"),
        ({"region": "mars"}, ConfigurationError, "unknown region"),
        ({"base_url": "http://api.itglue.com"}, InsecureURLError, "loopback"),
        ({"region": "us", "rate_limit": 0}, ConfigurationError, "positive"),
    ],
)
def test_invalid_instances(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        make_instance("x", **kwargs)  # type: ignore[arg-type]


def test_invalid_name() -> None:
    with pytest.raises(ConfigurationError, match="invalid instance name"):
        make_instance("../evil", region="us")


def test_unknown_instance_lists_known_ones(store: InstanceStore) -> None:
    with pytest.raises(UnknownInstanceError, match=r"known: emulator, production.*itglue instances add"):
        store.get("sandbox")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ('[instances.prod2]\nregion = "us"\napi_key = "ITG.x"\n', "must not hold api_key"),
        ('[instances.prod2]\nregion = "us"\ncolour = "blue"\n', "unknown settings: colour"),
        ('[instances.prod2]\nregion = "us"\nrate_limit = "many"\n', "prod2"),
        ("instances = 3\n", "must be a table"),
        ("[instances\n", "invalid TOML"),
    ],
)
def test_bad_profile_files(store: InstanceStore, content: str, match: str) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(content)
    with pytest.raises(ConfigurationError, match=match):
        store.all()


def test_plugins_are_opted_into_per_instance(store: InstanceStore) -> None:
    assert not store.get("production").load_plugins  # off unless a profile says so
    store.add(make_instance("plugged", base_url="https://proxy.example.com", load_plugins=True))
    assert tomllib.loads(store.path.read_text())["instances"]["plugged"]["load_plugins"] is True
    assert store.get("plugged").load_plugins
    store.path.write_text('[instances.loose]\nregion = "eu"\nload_plugins = "yes"\n')
    with pytest.raises(ConfigurationError, match="load_plugins must be true or false"):
        store.get("loose")


def test_base_url_instance_names_are_stable_and_per_endpoint() -> None:
    assert url_instance_name("http://127.0.0.1:8080") == "custom-127-0-0-1-8080"
    assert url_instance_name("https://api.eu.itglue.com") == "custom-api-eu-itglue-com-443"
    proxied = {url_instance_name(f"https://proxy.example.com/{prefix}") for prefix in ("a", "b", "a/")}
    assert len(proxied) == 2  # the path prefix counts; a trailing slash does not
    for name in proxied:
        assert make_instance(name, base_url="https://proxy.example.com").name == name  # a valid name
