"""``itglue emulator serve``: run the local IT Glue emulator in the foreground.

The emulator package is imported only when this command runs (it must not import the SDK; the SDK's command may
import it). Bad options, a port in use or an estate that cannot be built end as one line and exit status 2.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import click

from itglue_sdk.cli.context import EXIT_OK, CommandLineError, Group

T = TypeVar("T")


def _parsed(parse_name: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A click callback turning text into the emulator's own value objects (`Latency`, `ScriptedFault`)."""

    def convert(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        from itglue_emulator import faults  # noqa: PLC0415 - lazy

        cls_name, _, _ = parse_name.partition(".")
        parse: Callable[[str], Any] = getattr(faults, cls_name).parse

        def one(text: str) -> Any:
            try:
                return parse(text)
            except ValueError as exc:
                raise click.BadParameter(str(exc), ctx=ctx, param=param) from None

        if value is None:
            return None
        if isinstance(value, tuple):
            return tuple(one(item) for item in value)
        return one(value)

    return convert


@click.group(cls=Group)
def emulator() -> None:
    """Run the local IT Glue emulator (JSON:API, keys, rate limit, faults) on loopback."""


PROBABILITY = click.FloatRange(0.0, 1.0)


@emulator.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="Port; 0 picks one.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the estate, keys and faults.")
@click.option("--orgs", type=click.IntRange(min=1), default=50, show_default=True, help="Organizations to generate.")
@click.option("--export-delay", type=click.FloatRange(min=0), default=1.0, help="Seconds an export stays pending.")
@click.option("--fault-seed", type=int, help="Seed of the fault generator (default: --seed).")
@click.option(
    "--latency", callback=_parsed("Latency"), help="Added latency: 0.05 | uniform:0.01,0.2 | exponential:0.05."
)
@click.option("--error-rate", multiple=True, metavar="STATUS=RATE", help="Answer STATUS with probability RATE.")
@click.option("--reset-rate", type=PROBABILITY, default=0.0, help="Probability of a connection reset.")
@click.option("--truncate-rate", type=PROBABILITY, default=0.0, help="Probability of a truncated body.")
@click.option("--slow-body-rate", type=PROBABILITY, default=0.0, help="Probability of a slow body.")
@click.option("--slow-body-delay", type=click.FloatRange(min=0), default=1.0, help="Seconds a slow body takes.")
@click.option("--fault-retry-after", type=click.FloatRange(min=0), help="Retry-After seconds on injected 429/503.")
@click.option(
    "--script",
    multiple=True,
    callback=_parsed("ScriptedFault"),
    metavar="COUNT:METHOD:PATH:STATUS[:RETRY_AFTER]",
    help="Scripted fault; repeatable.",
)
@click.option("--burst-429", type=click.IntRange(min=0), default=0, help="Answer the first N requests with 429.")
@click.option("--rate-limit", type=click.IntRange(min=1), default=3000, help="Requests per window and key.")
@click.option("--rate-window", type=click.FloatRange(min=0, min_open=True), default=300.0, help="Window (s).")
@click.option("--rate-retry-after", is_flag=True, help="Send Retry-After on 429.")
@click.option("--no-rate-limit", is_flag=True, help="Disable the rate limit.")
@click.option("--log-requests", is_flag=True, help="Log each request line.")
def serve(
    *,
    host: str,
    port: int,
    seed: int,
    orgs: int,
    export_delay: float,
    fault_seed: int | None,
    latency: Any,
    error_rate: tuple[str, ...],
    reset_rate: float,
    truncate_rate: float,
    slow_body_rate: float,
    slow_body_delay: float,
    fault_retry_after: float | None,
    script: tuple[Any, ...],
    burst_429: int,
    rate_limit: int,
    rate_window: float,
    rate_retry_after: bool,
    no_rate_limit: bool,
    log_requests: bool,
) -> int:
    """Serve the emulated API until interrupted; prints its base URL and demo keys."""
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - keep --help fast
    from itglue_emulator.faults import FaultConfig, parse_error_rates  # noqa: PLC0415
    from itglue_emulator.ratelimit import RateLimitConfig  # noqa: PLC0415

    logging.basicConfig(level=logging.DEBUG if log_requests else logging.WARNING, format="%(message)s")
    try:
        faults = FaultConfig.from_dict(
            {
                "seed": seed if fault_seed is None else fault_seed,
                "latency": latency,
                "error_rates": parse_error_rates(error_rate),
                "reset_rate": reset_rate,
                "truncate_rate": truncate_rate,
                "slow_body_rate": slow_body_rate,
                "slow_body_delay": slow_body_delay,
                "retry_after": fault_retry_after,
            }
        )
    except ValueError as exc:
        raise CommandLineError(str(exc)) from None
    limits = RateLimitConfig(rate_limit, rate_window, rate_retry_after, not no_rate_limit)
    try:
        server = Emulator(
            orgs=orgs,
            seed=seed,
            host=host,
            port=port,
            faults=faults,
            rate_limit=limits,
            export_delay=export_delay,
        )
    except OSError as exc:
        raise CommandLineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CommandLineError(str(exc)) from None
    for fault in script:
        server.faults.script(fault)
    if burst_429:
        server.burst_429(burst_429, fault_retry_after)
    click.echo(f"IT Glue emulator at {server.base_url}")
    for key in server.keys:
        access = "with" if key.password_access else "without"
        click.echo(f"  key {key.name} ({access} Password Access): {key.secret}")
    click.echo(f"  control: {server.base_url}/_emulator/stats")
    click.echo(f"  try: ITGLUE_API_KEY=<key> itglue --base-url {server.base_url} organizations list")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK
