"""``itglue mcp serve``: the MCP server (`itglue_mcp`) for an AI assistant, over stdio or streamable HTTP.

The agent package (and the `mcp` SDK under it) is imported only when this command runs. Over stdio, stdout
carries the protocol, so everything else (the audit of writes and reveals, ``-v`` logs) goes to stderr.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from itglue_sdk.cli.context import EXIT_OK, Command, CommandLineError, Group, state
from itglue_sdk.cli.mirror import mirror_path


@click.group(cls=Group)
def mcp() -> None:
    """Serve IT Glue to an AI assistant over the Model Context Protocol."""


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise CommandLineError(f"--http takes HOST:PORT or PORT, e.g. 127.0.0.1:8765, not {text!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


@mcp.command(cls=Command)
@click.option("--read-only/--allow-writes", "read_only", default=True, help="Refuse writes (default), or allow them.")
@click.option("--allow-password-reveal", is_flag=True, help="Offer `reveal_password` (each reveal is logged).")
@click.option("--http", "http", metavar="[HOST:]PORT", help="Serve streamable HTTP at /mcp instead of stdio.")
@click.option("--host", metavar="HOST", help="Serve HTTP on this interface (beyond loopback, needs a token).")
@click.option("--token", metavar="TOKEN", envvar="ITGLUE_MCP_TOKEN", help="Bearer token HTTP clients must send.")
@click.option(
    "--import-from",
    "import_roots",
    multiple=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="A folder `import_document` may read files from (repeatable; default: none, text only).",
)
@click.option(
    "--mirror",
    "mirror_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The mirror file to use (default: the instance's, when it exists).",
)
def serve(
    *,
    read_only: bool,
    allow_password_reveal: bool,
    http: str | None,
    host: str | None,
    token: str | None,
    mirror_file: Path | None,
    import_roots: tuple[Path, ...],
) -> int:
    """Serve the tools (search, get, list, query, ...) over stdio, or over HTTP with --http.

    An assistant starts `itglue mcp serve --instance NAME` itself (see the README for its configuration); writes
    need --allow-writes, password values --allow-password-reveal.
    """
    from itglue_mcp import Agent, Permissions, build_server  # noqa: PLC0415 - the agent loads only for this command
    from itglue_mcp.serve import (  # noqa: PLC0415
        MCP_PATH,
        ExposedWithoutTokenError,
        check_exposure,
        is_loopback,
        serve_http,
        serve_stdio,
    )
    from itglue_mirror import Mirror  # noqa: PLC0415

    address = _address(http) if http else None
    if host is not None and address is None:
        raise CommandLineError("--host is for HTTP: give --http PORT as well")
    # Refused before the client, the mirror or the server is made.
    bind = host or (address[0] if address else "")
    if address is not None:
        if host is None and not is_loopback(bind):
            raise CommandLineError(
                f"--http serves on loopback only; to serve on {bind}, say so with --host {bind} and set a --token"
            )
        try:
            check_exposure(bind, token)
        except ExposedWithoutTokenError as exc:
            raise CommandLineError(str(exc)) from exc
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logging.getLogger("itglue_mcp").addHandler(handler)
    logging.getLogger("itglue_mcp").setLevel(logging.INFO)
    current = state()
    target = mirror_path(current, mirror_file)
    with current.client() as client:
        mirror = Mirror(client.instance.name, path=target) if target.exists() else None
        permissions = Permissions(
            allow_writes=not read_only, allow_password_reveal=allow_password_reveal, import_roots=import_roots
        )
        server = build_server(Agent(client, mirror=mirror, permissions=permissions))
        if address is None:
            serve_stdio(server)
            return EXIT_OK
        print(f"serving MCP at http://{bind}:{address[1]}{MCP_PATH}", file=sys.stderr)
        serve_http(server, host=bind, port=address[1], token=token)
    return EXIT_OK
