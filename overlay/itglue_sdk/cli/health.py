"""``itglue health`` (and the report ``itglue auth check`` shares): one cheap GET, exit 1 when it fails."""

from __future__ import annotations

import os
from typing import Any

import click

from itglue_sdk._http.health import HealthReport
from itglue_sdk.cli.context import EXIT_FAILURE, EXIT_OK, Command, state
from itglue_sdk.cli.render import out, render_fields, render_json
from itglue_sdk.config.keys import API_KEY_ENV


def _key_source() -> str:
    return API_KEY_ENV if os.environ.get(API_KEY_ENV) else "keychain"


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "unknown" if value is None else yes if value else no


def _host_state(report: HealthReport) -> str:
    if report.breaker_open:
        return "not checked: circuit breaker open after recent failures"
    return _yes_no(report.host_reachable, "reachable", "unreachable")


def report_health(as_json: bool, *, key_check: bool) -> int:
    """Print the health report of the chosen instance.

    Args:
        as_json: Print JSON instead of aligned fields.
        key_check: Pass when the key is valid (``auth check``) rather than when everything is healthy.

    Returns:
        The exit status.
    """
    with state().client() as client:
        instance = client.instance
        report = client.health_check()
    passed = report.key_valid is True if key_check else report.healthy
    if as_json:
        out(
            render_json(
                {
                    "instance": instance.name,
                    "base_url": instance.base_url,
                    "healthy": report.healthy,
                    "host_reachable": report.host_reachable,
                    "breaker_open": report.breaker_open,
                    "key_valid": report.key_valid,
                    "key_source": _key_source(),
                    "latency_ms": None if report.latency_ms is None else round(report.latency_ms, 1),
                    "rate_limit_headroom": report.rate_limit_headroom,
                    "rate_limit_capacity": report.rate_limit_capacity,
                    "error": report.error,
                }
            )
        )
        return EXIT_OK if passed else EXIT_FAILURE
    fields: list[tuple[str, Any]] = [
        ("instance", instance.name),
        ("host", f"{instance.base_url} ({_host_state(report)})"),
        ("key", f"{_yes_no(report.key_valid, 'valid', 'invalid')} (from {_key_source()})"),
        ("latency", "" if report.latency_ms is None else f"{report.latency_ms:.0f} ms"),
        (
            "headroom",
            f"{report.rate_limit_headroom} of {report.rate_limit_capacity} requests left "
            f"in the {instance.rate_window:g} s window",
        ),
        ("status", "healthy" if report.healthy else "unhealthy"),
    ]
    if report.error:
        fields.append(("error", report.error))
    out(render_fields(fields))
    return EXIT_OK if passed else EXIT_FAILURE


@click.command(cls=Command)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def health(as_json: bool) -> int:
    """Check that the host answers, the key is accepted, the latency and the rate-limit headroom.

    One cheap GET. Exits 1 when unhealthy.
    """
    return report_health(as_json, key_check=False)
