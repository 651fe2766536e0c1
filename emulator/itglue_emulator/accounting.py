"""Request accounting: counts per method and route template, and per key name."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any


class Accounting:
    """Thread-safe request counters, exposed to tests through the API and the control route."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: Counter[str] = Counter()
        self._keys: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._total = 0

    def record(self, method: str, route: str, key: str, status: int) -> None:
        """Count one answered request.

        Args:
            method: HTTP method.
            route: Route template (``/organizations/{id}``) or the raw path when unrouted.
            key: Key name (``anonymous`` or ``invalid`` when there is no valid key).
            status: Status answered (0 for a reset connection).
        """
        with self._lock:
            self._total += 1
            self._routes[f"{method.upper()} {route}"] += 1
            self._keys[key] += 1
            self._statuses[status] += 1

    def count(self, method: str | None = None, route: str | None = None) -> int:
        """Return how many requests matched.

        Args:
            method: HTTP method, or None for any.
            route: Route template, or None for any.

        Returns:
            The count.
        """
        with self._lock:
            if method is None and route is None:
                return self._total
            total = 0
            for entry, n in self._routes.items():
                entry_method, entry_route = entry.split(" ", 1)
                if (method is None or entry_method == method.upper()) and (route is None or entry_route == route):
                    total += n
            return total

    def snapshot(self) -> dict[str, Any]:
        """Return all counters as plain JSON-able data."""
        with self._lock:
            return {
                "total": self._total,
                "routes": dict(self._routes),
                "keys": dict(self._keys),
                "statuses": {str(k): v for k, v in self._statuses.items()},
            }

    def reset(self) -> None:
        """Zero every counter."""
        with self._lock:
            self._routes.clear()
            self._keys.clear()
            self._statuses.clear()
            self._total = 0
