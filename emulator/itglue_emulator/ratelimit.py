"""Sliding-window rate limit per API key (IT Glue: 3,000 requests per 5 minutes)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class RateLimitConfig:
    """Rate-limit settings.

    Attributes:
        budget: Requests allowed per window and key.
        window: Window length in seconds.
        retry_after: Whether 429 answers carry ``Retry-After`` (IT Glue's are not known to).
        enabled: Turn the limiter off entirely.
    """

    budget: int = 3000
    window: float = 300.0
    retry_after: bool = False
    enabled: bool = True

    def __post_init__(self) -> None:
        """Reject settings that would refuse or admit every request by accident.

        Raises:
            ValueError: Naming the bad field.
        """
        if isinstance(self.budget, bool) or not isinstance(self.budget, int) or self.budget < 1:
            raise ValueError(f"budget must be a positive integer, not {self.budget!r}")
        window = self.window
        if isinstance(window, bool) or not isinstance(window, int | float) or not window > 0:
            raise ValueError(f"window must be a positive number of seconds, not {window!r}")
        for name in ("retry_after", "enabled"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false, not {getattr(self, name)!r}")


class RateLimiter:
    """A sliding-window log: one timestamp per admitted request and key."""

    def __init__(self, config: RateLimitConfig, clock: Callable[[], float] = time.monotonic) -> None:
        """Create the limiter.

        Args:
            config: Settings; may be replaced at run time with ``configure``.
            clock: Monotonic clock (injectable for tests).
        """
        self.config = config
        self._clock = clock
        self._log: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def configure(self, config: RateLimitConfig) -> None:
        """Replace the settings and forget past requests.

        Args:
            config: New settings.
        """
        with self._lock:
            self.config = config
            self._log.clear()

    def admit(self, key: str) -> float | None:
        """Record a request if the key still has budget.

        Args:
            key: Key name.

        Returns:
            None when admitted; otherwise seconds until a slot frees up.
        """
        if not self.config.enabled:
            return None
        now = self._clock()
        with self._lock:
            log = self._log.setdefault(key, deque())
            while log and log[0] <= now - self.config.window:
                log.popleft()
            if len(log) >= self.config.budget:
                return max(0.0, log[0] + self.config.window - now)
            log.append(now)
            return None

    def reset(self) -> None:
        """Forget every admitted request."""
        with self._lock:
            self._log.clear()


def retry_after_header(wait: float) -> str:
    """Format a wait as a ``Retry-After`` value (whole seconds, at least 1).

    Args:
        wait: Seconds.

    Returns:
        The header value.
    """
    return str(max(1, math.ceil(wait)))
