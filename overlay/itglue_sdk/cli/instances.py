"""``itglue instances list|add|remove|use``: named IT Glue instances and which one is the default."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Collection
from typing import Any

import click

from itglue_sdk.cli.context import EXIT_OK, Group, note, state
from itglue_sdk.cli.render import TableWriter, out, render_json
from itglue_sdk.config.instances import BUILTIN_INSTANCES, INSTANCE_ENV, REGIONS, InstanceStore, make_instance


@click.group(cls=Group)
def instances() -> None:
    """Named IT Glue instances: the built-ins (production, emulator) and those in the profile file.

    The default is $ITGLUE_INSTANCE, else the one chosen with `itglue instances use`, else production. Keys never
    live in the file (`itglue auth set`).
    """


def _file_entries(store: InstanceStore) -> set[str]:
    """Names defined in the profile file (read after `InstanceStore.all` has validated it)."""
    try:
        with store.path.open("rb") as handle:
            return set(tomllib.load(handle).get("instances", {}))
    except FileNotFoundError:
        return set()


def _instance_source(name: str, in_file: Collection[str]) -> str:
    if name in in_file:
        return "file (overrides built-in)" if name in BUILTIN_INSTANCES else "file"
    return "built-in"


def _origin(store: InstanceStore) -> str:
    if os.environ.get(INSTANCE_ENV):
        return f"${INSTANCE_ENV}"
    return "profile file" if store.file_default() else "built-in default"


@instances.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_instances(as_json: bool) -> int:
    """Show every instance and the default."""
    store = state().store
    known = store.all()
    in_file = _file_entries(store)
    default = store.default_name()
    rows: list[dict[str, Any]] = [
        {
            "name": instance.name,
            "default": instance.name == default,
            "base_url": instance.base_url,
            "region": instance.region,
            "rate_limit": instance.rate_limit,
            "rate_window": instance.rate_window,
            "connect_timeout": instance.connect_timeout,
            "read_timeout": instance.read_timeout,
            "data_dir": str(store.data_dir(instance)),
            "mirror": instance.mirror,
            "load_plugins": instance.load_plugins,
            "source": _instance_source(instance.name, in_file),
        }
        for instance in sorted(known.values(), key=lambda item: item.name)
    ]
    if as_json:
        out(render_json({"default": default, "config_file": str(store.path), "instances": rows}))
        return EXIT_OK
    table = [
        row
        | {
            "default": "*" if row["default"] else "",
            "rate": f"{row['rate_limit']}/{row['rate_window']:g}s",
            "timeouts": f"{row['connect_timeout']:g}s/{row['read_timeout']:g}s",
            "uses": ",".join(name for name in ("mirror", "load_plugins") if row[name]) or "-",
        }
        for row in rows
    ]
    TableWriter(("default", "name", "base_url", "region", "rate", "timeouts", "uses", "source")).write(table)
    missing = "" if default in known else " - not defined: add it with `itglue instances add`"
    note(f"default instance: {default} ({_origin(store)}){missing}; profile file: {store.path}")
    return EXIT_OK


@instances.command()
@click.argument("name")
@click.option("--region", type=click.Choice(sorted(REGIONS)), help="IT Glue region.")
@click.option("--url", "--api-url", "instance_base_url", metavar="URL", help="API base URL (https).")
@click.option("--rate-limit", type=int, metavar="N", help="Requests per window (default 3000).")
@click.option("--rate-window", type=float, metavar="S", help="Window in seconds (default 300).")
@click.option("--connect-timeout", type=float, metavar="S", help="Connect timeout (default 30).")
@click.option("--read-timeout", type=float, metavar="S", help="Read timeout (default 60).")
@click.option("--data-dir", metavar="PATH", help="Folder of the instance's mirror (default: per user).")
@click.option(
    "--mirror/--no-mirror",
    default=False,
    help="Its clients read cache-first through its mirror and write through to it (`mirror = true`).",
)
@click.option(
    "--load-plugins/--no-load-plugins",
    default=False,
    help="Its clients run the installed `itglue_sdk.plugins` entry points (`load_plugins = true`).",
)
@click.option("--replace", is_flag=True, help="Overwrite an entry of the same name.")
def add(
    *,
    name: str,
    region: str | None,
    instance_base_url: str | None,
    rate_limit: int | None,
    rate_window: float | None,
    connect_timeout: float | None,
    read_timeout: float | None,
    data_dir: str | None,
    mirror: bool,
    load_plugins: bool,
    replace: bool,
) -> int:
    """Add (or with --replace, change) an instance in the profile file: give --region or --url."""
    from itglue_sdk.cli.context import CommandLineError  # noqa: PLC0415

    # --base-url is the global connection option; here the instance's own URL may also be given with it.
    base_url = instance_base_url or state().base_url
    if (region is None) == (base_url is None):
        raise CommandLineError("give exactly one of --region or --url (--base-url)")
    options: dict[str, Any] = {
        key: value
        for key, value in {
            "rate_limit": rate_limit,
            "rate_window": rate_window,
            "connect_timeout": connect_timeout,
            "read_timeout": read_timeout,
            "data_dir": data_dir,
        }.items()
        if value is not None
    }
    store = state().store
    instance = make_instance(
        name, region=region, base_url=base_url, mirror=mirror, load_plugins=load_plugins, **options
    )
    store.add(instance, replace_existing=replace)
    note(f"saved instance {instance.name!r} ({instance.base_url}) in {store.path}")
    note(f"store its key with `itglue auth set --instance {instance.name}`")
    return EXIT_OK


@instances.command()
@click.argument("name")
def remove(name: str) -> int:
    """Remove an instance from the profile file."""
    store = state().store
    store.remove(name)
    note(f"removed instance {name!r} from {store.path}")
    note(f"its API key, if any, stays in the keychain: `itglue auth remove --instance {name}` deletes it")
    return EXIT_OK


@instances.command()
@click.argument("name")
def use(name: str) -> int:
    """Make NAME the default instance (kept in the profile file; $ITGLUE_INSTANCE still wins)."""
    store = state().store
    store.set_default(name)
    note(f"default instance is now {name!r} (saved in {store.path})")
    if os.environ.get(INSTANCE_ENV) and os.environ[INSTANCE_ENV] != name:
        note(f"note: ${INSTANCE_ENV}={os.environ[INSTANCE_ENV]} is set and takes precedence")
    return EXIT_OK
