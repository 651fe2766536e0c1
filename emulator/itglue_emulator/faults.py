"""Fault injection: latency, error rates, resets, truncated or slow bodies, 429 bursts, scripts.

Every random choice comes from one generator seeded by the fault seed, and each
request draws the same number of values whatever the outcome, so a sequential
client sees the same faults on every run.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

FAULT_KINDS = ("reset", "truncate", "slow")
INJECTABLE_STATUSES = (429, 500, 502, 503, 504)
LATENCY_KINDS = ("fixed", "uniform", "exponential")


def _number(name: str, value: Any) -> float:
    """Return a setting as a float; booleans and non-numbers are refused (JSON ``true`` is no rate)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, not {value!r}")
    return float(value)


def _non_negative(name: str, value: Any) -> float:
    number = _number(name, value)
    if not number >= 0:  # also catches NaN
        raise ValueError(f"{name} must not be negative, not {value!r}")
    return number


def _probability(name: str, value: Any) -> float:
    number = _number(name, value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
    return number


def _count(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an integer of at least {minimum}, not {value!r}")
    return int(value)


@dataclass(frozen=True)
class Latency:
    """Added latency per request.

    Attributes:
        kind: ``fixed`` (``a`` seconds), ``uniform`` (between ``a`` and ``b``) or
            ``exponential`` (mean ``a``).
        a: First parameter, seconds.
        b: Second parameter, seconds (uniform only).
    """

    kind: str = "fixed"
    a: float = 0.0
    b: float = 0.0

    def __post_init__(self) -> None:
        """Reject unknown kinds and negative or non-numeric delays.

        Raises:
            ValueError: Naming the bad field.
        """
        if self.kind not in LATENCY_KINDS:
            raise ValueError(f"latency.kind must be one of {LATENCY_KINDS}, not {self.kind!r}")
        for name in ("a", "b"):
            _non_negative(f"latency.{name}", getattr(self, name))
        if self.kind == "uniform" and self.b < self.a:
            raise ValueError("latency.b must not be below latency.a for a uniform latency")

    @classmethod
    def parse(cls, text: str) -> Latency:
        """Parse ``0.05``, ``fixed:0.05``, ``uniform:0.01,0.2`` or ``exponential:0.05``.

        Args:
            text: The command-line spelling.

        Returns:
            The latency.

        Raises:
            ValueError: On an unknown kind or a bad number.
        """
        kind, _, params = text.partition(":") if ":" in text else ("fixed", "", text)
        kind = {"exp": "exponential"}.get(kind, kind)
        try:
            numbers = [float(p) for p in params.split(",") if p.strip()]
        except ValueError:
            raise ValueError(f"bad latency {text!r}: delays must be numbers") from None
        if not numbers:
            raise ValueError(f"bad latency {text!r}: no delay given")
        return cls(kind, numbers[0], numbers[1] if len(numbers) > 1 else numbers[0])

    def draw(self, rng: random.Random) -> float:
        """Draw one delay.

        Args:
            rng: The fault generator.

        Returns:
            Seconds to wait.
        """
        value = rng.random()
        if self.kind == "uniform":
            return self.a + (self.b - self.a) * value
        if self.kind == "exponential":
            return 0.0 if self.a <= 0 else rng.expovariate(1 / self.a)
        return self.a


@dataclass
class ScriptedFault:
    """A scripted fault: the next ``count`` requests matching ``method path`` answer ``status``.

    Attributes:
        method: HTTP method or ``*``.
        path: A glob on the request path (``/organizations/*``) or a route template.
        status: HTTP status, or 0 with ``kind`` set for a connection fault.
        count: Requests still to fault.
        retry_after: ``Retry-After`` seconds to send, if any.
        kind: ``status``, ``reset``, ``truncate`` or ``slow``.
    """

    method: str
    path: str
    status: int = 503
    count: int = 1
    retry_after: float | None = None
    kind: str = "status"

    def __post_init__(self) -> None:
        """Reject scripts that could never be served as asked.

        Raises:
            ValueError: Naming the bad field.
        """
        if self.kind not in ("status", *FAULT_KINDS):
            raise ValueError(f"kind must be one of {('status', *FAULT_KINDS)}, not {self.kind!r}")
        if not isinstance(self.method, str) or not isinstance(self.path, str):
            raise ValueError("method and path must be strings")
        _count("count", self.count, 1)
        if self.kind == "status" and (
            isinstance(self.status, bool) or not isinstance(self.status, int) or not 400 <= self.status <= 599
        ):
            raise ValueError(f"status must be an HTTP error status (400-599), not {self.status!r}")
        if self.retry_after is not None:
            _non_negative("retry_after", self.retry_after)

    def matches(self, method: str, path: str, route: str | None) -> bool:
        """Tell whether a request is targeted.

        Args:
            method: Request method.
            path: Request path, trailing slash removed.
            route: Route template it matched, if any.

        Returns:
            True when it matches.
        """
        if self.method != "*" and self.method.upper() != method.upper():
            return False
        wanted = "/" + self.path.strip("/")
        return wanted == route or fnmatch.fnmatchcase(path, wanted)

    @classmethod
    def parse(cls, text: str) -> ScriptedFault:
        """Parse ``COUNT:METHOD:PATH:STATUS[:RETRY_AFTER]``; STATUS may be reset/truncate/slow.

        Args:
            text: The command-line spelling, e.g. ``2:GET:/organizations:503:1``.

        Returns:
            The scripted fault.

        Raises:
            ValueError: On a malformed spelling.
        """
        parts = text.split(":")
        if len(parts) not in (4, 5):
            raise ValueError(f"bad scripted fault {text!r}; expected COUNT:METHOD:PATH:STATUS[:RETRY_AFTER]")
        count, method, path, status = parts[:4]
        try:
            retry_after = float(parts[4]) if len(parts) == 5 else None
            if status in FAULT_KINDS:
                return cls(method, path, 0, int(count), retry_after, status)
            return cls(method, path, int(status), int(count), retry_after)
        except ValueError as error:
            raise ValueError(f"bad scripted fault {text!r}: {error}") from None


@dataclass
class FaultConfig:
    """Fault settings (all off by default).

    Attributes:
        seed: Seed of the fault generator.
        latency: Added latency, if any.
        error_rates: Probability per status (500, 502, 503, 504, 429) of answering it.
        reset_rate: Probability of resetting the connection (RST) instead of answering.
        truncate_rate: Probability of closing after half the body (short write vs Content-Length).
        slow_body_rate: Probability of sending the body in slow chunks.
        slow_body_delay: Total seconds a slow body takes.
        retry_after: ``Retry-After`` seconds on injected 429/503 answers, if any.
    """

    seed: int = 1
    latency: Latency | None = None
    error_rates: dict[int, float] = field(default_factory=dict)
    reset_rate: float = 0.0
    truncate_rate: float = 0.0
    slow_body_rate: float = 0.0
    slow_body_delay: float = 1.0
    retry_after: float | None = None

    def __post_init__(self) -> None:
        """Reject settings that would break every request instead of faulting some.

        Raises:
            ValueError: Naming the bad field (rates outside [0, 1] or not numbers, negative delays,
                statuses that cannot be injected, a latency that is not a ``Latency``).
        """
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise ValueError(f"seed must be an integer, not {self.seed!r}")
        if self.latency is not None and not isinstance(self.latency, Latency):
            raise ValueError(f"latency must be a Latency, not {self.latency!r}")
        if not isinstance(self.error_rates, dict):
            raise ValueError("error_rates must map statuses to rates")
        for status, rate in self.error_rates.items():
            if status not in INJECTABLE_STATUSES:
                raise ValueError(f"error_rates: status {status!r} cannot be injected; use one of {INJECTABLE_STATUSES}")
            _probability(f"error_rates[{status}]", rate)
        for name in ("reset_rate", "truncate_rate", "slow_body_rate"):
            _probability(name, getattr(self, name))
        _non_negative("slow_body_delay", self.slow_body_delay)
        if self.retry_after is not None:
            _non_negative("retry_after", self.retry_after)

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as JSON-able data."""
        data = asdict(self)
        data["error_rates"] = {str(k): v for k, v in self.error_rates.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaultConfig:
        """Build settings from JSON data (the control route's body).

        Args:
            data: Keys as in ``to_dict``; missing keys keep their defaults.

        Returns:
            The settings.

        Raises:
            ValueError: On unknown keys or statuses.
        """
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        values = dict(data)
        latency = values.get("latency")
        if isinstance(latency, dict):
            unknown_latency = set(latency) - {"kind", "a", "b"}
            if unknown_latency:
                raise ValueError(f"unknown latency settings: {sorted(unknown_latency)}")
            values["latency"] = Latency(**latency)
        elif isinstance(latency, str | int | float) and not isinstance(latency, bool):
            values["latency"] = Latency.parse(str(latency))
        rates = values.get("error_rates") or {}
        if not isinstance(rates, dict):
            raise ValueError("error_rates must map statuses to rates")
        values["error_rates"] = {_status_key(k): v for k, v in rates.items()}
        return cls(**values)


def _status_key(key: Any) -> int:
    """JSON object keys are strings: ``"503"`` -> 503."""
    text = str(key).strip()
    if not text.isdigit():
        raise ValueError(f"error_rates: {key!r} is not an HTTP status")
    return int(text)


@dataclass(frozen=True)
class Decision:
    """What to do to one request.

    Attributes:
        delay: Seconds to wait before answering.
        kind: None (answer normally), ``status``, ``reset``, ``truncate`` or ``slow``.
        status: Status to answer for ``status``.
        retry_after: ``Retry-After`` seconds, if any.
        slow_delay: Total body time for ``slow``.
    """

    delay: float = 0.0
    kind: str | None = None
    status: int = 0
    retry_after: float | None = None
    slow_delay: float = 0.0


class FaultInjector:
    """Decide, per request, which fault (if any) to inject."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        """Create the injector.

        Args:
            config: Initial settings.
        """
        self._lock = threading.Lock()
        self.config = config or FaultConfig()
        self._rng = random.Random(self.config.seed)  # noqa: S311 - reproducible faults, not security
        self._scripts: list[ScriptedFault] = []
        self._burst = 0
        self._burst_retry_after: float | None = None

    def configure(self, config: FaultConfig) -> None:
        """Replace the settings and reseed (scripted faults and bursts are kept).

        Args:
            config: New settings.
        """
        with self._lock:
            self.config = config
            self._rng = random.Random(config.seed)  # noqa: S311 - reproducible faults, not security

    def script(self, fault: ScriptedFault) -> None:
        """Queue a scripted fault; scripts are consumed in the order queued.

        Args:
            fault: The fault.
        """
        fault.__post_init__()  # the script may have been changed since it was built
        with self._lock:
            self._scripts.append(fault)

    def burst_429(self, count: int, retry_after: float | None = None) -> None:
        """Answer the next ``count`` API requests with 429.

        Args:
            count: Number of requests.
            retry_after: ``Retry-After`` seconds to send, if any.

        Raises:
            ValueError: For a negative or non-integer count or a negative ``retry_after``.
        """
        _count("count", count, 0)
        if retry_after is not None:
            _non_negative("retry_after", retry_after)
        with self._lock:
            self._burst = count
            self._burst_retry_after = retry_after

    def reset(self) -> None:
        """Drop settings, scripts and bursts, and reseed."""
        with self._lock:
            self.config = FaultConfig(seed=self.config.seed)
            self._rng = random.Random(self.config.seed)  # noqa: S311 - reproducible faults, not security
            self._scripts.clear()
            self._burst = 0

    def pending(self) -> dict[str, Any]:
        """Return queued scripts and the remaining burst as JSON-able data."""
        with self._lock:
            return {"scripts": [asdict(s) for s in self._scripts], "burst_429": self._burst}

    def decide(self, method: str, path: str, route: str | None) -> Decision:
        """Pick the fault for one request.

        Args:
            method: Request method.
            path: Request path, trailing slash removed.
            route: Route template it matched, if any.

        Returns:
            The decision.
        """
        with self._lock:
            config = self.config
            # Fixed number of draws per request keeps the sequence reproducible.
            delay = config.latency.draw(self._rng) if config.latency else 0.0
            draws = [self._rng.random() for _ in range(3 + len(INJECTABLE_STATUSES))]
            for fault in self._scripts:
                if fault.matches(method, path, route):
                    fault.count -= 1
                    if fault.count <= 0:
                        self._scripts.remove(fault)
                    return Decision(delay, fault.kind, fault.status, fault.retry_after, config.slow_body_delay)
            if self._burst > 0:
                self._burst -= 1
                return Decision(delay, "status", 429, self._burst_retry_after)
            if draws[0] < config.reset_rate:
                return Decision(delay, "reset")
            for draw, status in zip(draws[3:], INJECTABLE_STATUSES, strict=True):
                if draw < config.error_rates.get(status, 0.0):
                    return Decision(delay, "status", status, config.retry_after if status in (429, 503) else None)
            if draws[1] < config.truncate_rate:
                return Decision(delay, "truncate")
            if draws[2] < config.slow_body_rate:
                return Decision(delay, "slow", slow_delay=config.slow_body_delay)
            return Decision(delay)


def parse_error_rates(pairs: Iterable[str]) -> dict[int, float]:
    """Parse ``STATUS=RATE`` pairs (``503=0.1``), as the command lines take them, into `FaultConfig.error_rates`.

    Args:
        pairs: The pairs as given.

    Returns:
        Rates keyed by status.

    Raises:
        ValueError: A pair that is not ``STATUS=RATE`` (the message names it).
    """
    rates: dict[int, float] = {}
    for pair in pairs:
        status, _, rate = pair.partition("=")
        try:
            rates[int(status)] = float(rate)
        except ValueError:
            raise ValueError(f"--error-rate takes STATUS=RATE, e.g. 503=0.1; not {pair!r}") from None
    return rates
