"""``itglue auth set|check|remove``: the key goes into the OS keychain and never comes out on the screen."""

from __future__ import annotations

import getpass
import os
import sys

import click

from itglue_sdk.cli.context import EXIT_FAILURE, EXIT_OK, CommandLineError, Group, fail, note, state
from itglue_sdk.cli.health import report_health
from itglue_sdk.config.keys import API_KEY_ENV, delete_api_key, store_api_key


@click.group(cls=Group)
def auth() -> None:
    """Store, check or remove the API key of an instance in the OS keychain."""


def _keychain_only() -> None:
    if state().base_url:
        raise CommandLineError("keys are kept per instance name, --base-url does not apply (use --instance)")


def _read_key(from_stdin: bool, instance: str) -> str:
    if from_stdin:
        return sys.stdin.readline()
    if not sys.stdin.isatty():
        raise CommandLineError("no terminal to prompt on; pipe the key in with --stdin")
    return getpass.getpass(f"API key for instance {instance!r} (input hidden): ")


@auth.command(name="set")
@click.option("--stdin", "from_stdin", is_flag=True, help="Read the key from standard input instead of a prompt.")
def set_key(from_stdin: bool) -> int:
    """Store an instance's API key in the OS keychain.

    The key is read from a hidden prompt, or from the first line of standard input with --stdin; never from the
    command line.
    """
    _keychain_only()
    current = state()
    name = current.instance_name()
    current.store.get(name)  # only known instances get a key: a typo would store it where nothing looks
    try:
        store_api_key(name, _read_key(from_stdin, name))
    except ValueError as exc:
        raise CommandLineError(str(exc)) from None
    note(f"stored the API key of instance {name!r} in the OS keychain; check it with `itglue auth check`")
    if os.environ.get(API_KEY_ENV):
        note(f"note: {API_KEY_ENV} is set and takes precedence over the keychain")
    return EXIT_OK


@auth.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def check(as_json: bool) -> int:
    """Validate the key with one cheap GET.

    Prints whether it is valid, the host, the latency and the rate-limit headroom (never the key). Exits 1
    unless the key is valid.
    """
    return report_health(as_json, key_check=True)


@auth.command()
def remove() -> int:
    """Delete the instance's key from the keychain."""
    _keychain_only()
    name = state().instance_name()
    if not delete_api_key(name):
        return fail(f"itglue: error: no API key stored for instance {name!r}", EXIT_FAILURE)
    note(f"removed the API key of instance {name!r} from the OS keychain")
    return EXIT_OK
