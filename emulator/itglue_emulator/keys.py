"""API keys the emulator accepts, with or without Password Access."""

from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass


@dataclass(frozen=True)
class ApiKey:
    """One API key.

    Attributes:
        name: Label used in statistics and logs (the secret never is).
        secret: The value clients send in ``x-api-key``.
        password_access: Whether the key may read password values.
    """

    name: str
    secret: str
    password_access: bool = True

    def __repr__(self) -> str:
        # Keep the secret out of reprs, tracebacks and logs.
        return f"ApiKey(name={self.name!r}, password_access={self.password_access})"


def demo_keys(seed: int) -> list[ApiKey]:
    """Build the demo keys for a seed: ``admin`` (Password Access) and ``no-password-access``.

    The values look like IT Glue keys (``ITG.<32 hex>.<64 chars>``) but carry an
    ``emulator`` marker so nobody mistakes them for real ones.

    Args:
        seed: Emulator seed; the same seed gives the same keys.

    Returns:
        The two keys.
    """
    rng = random.Random(f"keys-{seed}")  # noqa: S311 - demo keys must be reproducible per seed
    alphabet = string.ascii_letters + string.digits + "-_"

    def make() -> str:
        hex_part = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        tail = "".join(rng.choice(alphabet) for _ in range(56))
        return f"ITG.{hex_part}.emulator{tail}"

    return [ApiKey("admin", make(), True), ApiKey("no-password-access", make(), False)]


class KeyRing:
    """Look keys up by secret in constant time per candidate."""

    def __init__(self, keys: list[ApiKey]) -> None:
        """Hold the accepted keys.

        Args:
            keys: Accepted keys (names must be unique).
        """
        self._keys = list(keys)

    @property
    def keys(self) -> list[ApiKey]:
        """The accepted keys."""
        return list(self._keys)

    def find(self, secret: str | None) -> ApiKey | None:
        """Return the key with this secret.

        Args:
            secret: Value of the ``x-api-key`` header, if any.

        Returns:
            The key, or None for a missing or unknown secret.
        """
        if not secret:
            return None
        found = None
        for key in self._keys:
            if hmac.compare_digest(key.secret.encode(), secret.encode()):
                found = key
        return found
