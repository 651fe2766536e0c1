"""API keys: from the argument, the environment or the OS keychain (service ``itglue-sdk``)."""

from __future__ import annotations

import os
from collections.abc import Mapping

import keyring
import keyring.errors

from itglue_sdk._exceptions import KeyringUnavailableError, MissingAPIKeyError

KEYRING_SERVICE = "itglue-sdk"


API_KEY_ENV = "ITGLUE_API_KEY"


_NO_KEYRING_ALTERNATIVES = (
    "give the key to the client as its api_key argument, set the {env} environment variable, or make a "
    "keychain available "
    "(on headless Linux: install gnome-keyring and SecretStorage and run under `dbus-run-session`, "
    "or pick a backend in keyringrc.cfg / PYTHON_KEYRING_BACKEND)"
)


def _keyring_unavailable(instance: str, exc: keyring.errors.KeyringError) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        f"no usable OS keychain for the API key of instance {instance!r} ({type(exc).__name__}: {exc}); "
        + _NO_KEYRING_ALTERNATIVES.format(env=API_KEY_ENV)
    )


def resolve_api_key(instance: str, api_key: str | None = None, *, environ: Mapping[str, str] | None = None) -> str:
    """Find the API key for an instance: explicit argument, then ``ITGLUE_API_KEY``, then the keychain.

    Args:
        instance: Instance name (the keychain username).
        api_key: A key given explicitly; wins over everything else.
        environ: Environment to read (defaults to ``os.environ``).

    Returns:
        The key (a client registers it for redaction in its own `itglue_sdk.observability.redaction.SecretRegistry`).

    Raises:
        KeyringUnavailableError: No key was given and no keychain backend is usable.
        MissingAPIKeyError: No key anywhere.
    """
    env = os.environ if environ is None else environ
    key = api_key or env.get(API_KEY_ENV)
    if not key:
        try:
            key = keyring.get_password(KEYRING_SERVICE, instance)
        except keyring.errors.KeyringError as exc:
            raise _keyring_unavailable(instance, exc) from exc
    if not key or not key.strip():
        raise MissingAPIKeyError(
            f"no API key for instance {instance!r}: store one with `itglue auth set` (instance {instance!r}), "
            f"set {API_KEY_ENV}, or give the key to the client as its api_key argument"
        )
    return key.strip()


def store_api_key(instance: str, api_key: str) -> None:
    """Save a key in the OS keychain for an instance.

    Args:
        instance: Instance name.
        api_key: The key; surrounding whitespace is removed.

    Raises:
        ValueError: The key is empty or contains whitespace.
        KeyringUnavailableError: No keychain backend is usable.
    """
    key = api_key.strip()
    if not key or any(ch.isspace() for ch in key):
        raise ValueError("an API key must be non-empty and contain no whitespace")
    try:
        keyring.set_password(KEYRING_SERVICE, instance, key)
    except keyring.errors.KeyringError as exc:
        raise _keyring_unavailable(instance, exc) from exc


def delete_api_key(instance: str) -> bool:
    """Remove an instance's key from the OS keychain.

    Args:
        instance: Instance name.

    Returns:
        Whether a key was stored.

    Raises:
        KeyringUnavailableError: No keychain backend is usable.
    """
    try:
        keyring.delete_password(KEYRING_SERVICE, instance)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _keyring_unavailable(instance, exc) from exc
    return True
