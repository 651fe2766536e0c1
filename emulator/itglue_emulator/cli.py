"""``itglue emulator serve``: run the emulator from the command line."""

from __future__ import annotations

import argparse
import logging
import sys

from itglue_emulator.faults import FaultConfig, Latency, ScriptedFault, parse_error_rates
from itglue_emulator.ratelimit import RateLimitConfig


def build_parser() -> argparse.ArgumentParser:
    """Build the command-line parser.

    Returns:
        The parser for ``serve`` and its flags.
    """
    parser = argparse.ArgumentParser(prog="itglue emulator", description="Local IT Glue API emulator.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the emulated API")
    serve.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    serve.add_argument("--seed", type=int, default=1, help="seed of the estate, keys and faults")
    serve.add_argument("--orgs", type=int, default=50, help="organizations in the generated estate")
    serve.add_argument("--export-delay", type=float, default=1.0, help="seconds an export stays pending")
    faults = serve.add_argument_group("faults")
    faults.add_argument("--fault-seed", type=int, help="seed of the fault generator (default: --seed)")
    faults.add_argument(
        "--latency", type=Latency.parse, help="added latency: 0.05 | uniform:0.01,0.2 | exponential:0.05"
    )
    faults.add_argument(
        "--error-rate",
        action="append",
        default=[],
        metavar="STATUS=RATE",
        help="answer STATUS (429/500/502/503/504) with probability RATE; repeatable",
    )
    faults.add_argument("--reset-rate", type=float, default=0.0, help="probability of a connection reset")
    faults.add_argument("--truncate-rate", type=float, default=0.0, help="probability of a truncated body")
    faults.add_argument("--slow-body-rate", type=float, default=0.0, help="probability of a slow body")
    faults.add_argument("--slow-body-delay", type=float, default=1.0, help="seconds a slow body takes")
    faults.add_argument("--fault-retry-after", type=float, help="Retry-After seconds on injected 429/503")
    faults.add_argument(
        "--script",
        action="append",
        default=[],
        type=ScriptedFault.parse,
        metavar="COUNT:METHOD:PATH:STATUS[:RETRY_AFTER]",
        help="scripted fault; repeatable",
    )
    faults.add_argument("--burst-429", type=int, default=0, help="answer the first N requests with 429")
    limits = serve.add_argument_group("rate limit")
    limits.add_argument("--rate-limit", type=int, default=3000, help="requests per window and key")
    limits.add_argument("--rate-window", type=float, default=300.0, help="window in seconds")
    limits.add_argument("--rate-retry-after", action="store_true", help="send Retry-After on 429")
    limits.add_argument("--no-rate-limit", action="store_true", help="disable the rate limit")
    serve.add_argument("--verbose", action="store_true", help="log each request line")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        Exit status.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    from itglue_emulator.app import Emulator  # noqa: PLC0415 - keep --help fast

    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(message)s")
    try:
        faults = FaultConfig.from_dict(
            {
                "seed": args.seed if args.fault_seed is None else args.fault_seed,
                "latency": args.latency,
                "error_rates": parse_error_rates(args.error_rate),
                "reset_rate": args.reset_rate,
                "truncate_rate": args.truncate_rate,
                "slow_body_rate": args.slow_body_rate,
                "slow_body_delay": args.slow_body_delay,
                "retry_after": args.fault_retry_after,
            }
        )
        rate_limit = RateLimitConfig(args.rate_limit, args.rate_window, args.rate_retry_after, not args.no_rate_limit)
        if args.burst_429 < 0:
            raise ValueError("--burst-429 must not be negative")
    except ValueError as error:
        parser.error(str(error))
    emulator = Emulator(
        orgs=args.orgs,
        seed=args.seed,
        host=args.host,
        port=args.port,
        faults=faults,
        rate_limit=rate_limit,
        export_delay=args.export_delay,
    )
    for fault in args.script:
        emulator.faults.script(fault)
    if args.burst_429:
        emulator.burst_429(args.burst_429, args.fault_retry_after)
    print(f"IT Glue emulator at {emulator.base_url}", flush=True)
    for key in emulator.keys:
        access = "with" if key.password_access else "without"
        print(f"  key {key.name} ({access} Password Access): {key.secret}", flush=True)
    print(f"  control: {emulator.base_url}/_emulator/stats", flush=True)
    try:
        emulator.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
