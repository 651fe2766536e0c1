"""Where the client's key comes from, proven by which of the emulator's keys the requests arrived with.

The emulator accepts two keys, ``admin`` and ``no-password-access``, and counts requests per key name, so each
precedence rule (explicit argument > ``ITGLUE_API_KEY`` > OS keychain) is checked by what reached the server.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from itglue_sdk import AuthenticationError, KeyringUnavailableError, MissingAPIKeyError
from itglue_sdk.config.instances import make_instance
from itglue_sdk.config.keys import store_api_key
from tests.sdk.helpers import MemoryKeyring, keychain
from tests.sdk_e2e.harness import Harness

pytestmark = pytest.mark.anyio

INSTANCE = "e2e"


@pytest.fixture
def memory_keychain() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with keychain(backend):
        yield backend


@pytest.fixture
def no_keychain() -> Iterator[None]:
    with keychain(keyring.backends.fail.Keyring()):  # type: ignore[no-untyped-call]
        yield


@pytest.fixture
def named(h: Harness) -> Harness:
    """The harness with an ``e2e`` instance profile pointing at its emulator."""
    h.store.add(make_instance(INSTANCE, base_url=h.emulator.base_url))
    return h


async def key_used(h: Harness, **options: str) -> str:
    """Make one call with a client of the ``e2e`` instance; return the name of the key the emulator saw."""
    before = dict(h.emulator.stats()["keys"])
    await h.client(instance=INSTANCE, keyed=False, **options).run(lambda c: c.organization_types.list(limit=1))
    after: dict[str, int] = h.emulator.stats()["keys"]
    [name] = [name for name, count in after.items() if count != before.get(name, 0)]
    return name


async def test_precedence_explicit_then_environment_then_keychain(
    named: Harness, memory_keychain: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = named.emulator
    admin, limited = emulator.api_key, emulator.key_without_password_access()
    store_api_key(INSTANCE, limited)  # through the SDK, into the (in-memory) OS keychain
    assert await key_used(named) == "no-password-access"
    monkeypatch.setenv("ITGLUE_API_KEY", admin)
    assert await key_used(named) == "admin"
    assert await key_used(named, api_key=limited) == "no-password-access"
    with pytest.raises(AuthenticationError):  # explicit wins even when it is the one that does not work
        await key_used(named, api_key="ITG.ffffffffffffffffffffffffffffffff.not-this-one")


async def test_keychain_key_serves_the_session(named: Harness, memory_keychain: MemoryKeyring) -> None:
    store_api_key(INSTANCE, f"  {named.emulator.api_key}\n")  # pasted with whitespace: stored trimmed
    api = named.client(instance=INSTANCE, keyed=False)
    created = await api.run(lambda c: c.organizations.create({"name": "Keychain Ltd"}))
    assert created.attributes.name == "Keychain Ltd"
    assert named.emulator.stats()["keys"] == {"admin": 2}  # the validation GET, then the POST


@pytest.mark.usefixtures("no_keychain")
async def test_no_keychain_backend_explains_the_alternatives(named: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        named.client(instance=INSTANCE, keyed=False)
    message = str(caught.value)
    assert "no usable OS keychain" in message
    assert "'e2e'" in message
    assert "NoKeyringError" in message
    assert "ITGLUE_API_KEY" in message
    assert "as its api_key argument" in message
    # The environment needs no keychain at all.
    monkeypatch.setenv("ITGLUE_API_KEY", named.emulator.api_key)
    assert await key_used(named) == "admin"


@pytest.mark.usefixtures("memory_keychain")
async def test_no_key_anywhere_names_every_way_to_provide_one(named: Harness) -> None:
    with pytest.raises(MissingAPIKeyError, match=r"`itglue auth set`.*ITGLUE_API_KEY.*api_key argument"):
        named.client(instance=INSTANCE, keyed=False)
    assert named.emulator.request_count() == 0
