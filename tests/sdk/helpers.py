"""Test helpers for the SDK building blocks: an in-memory keychain and a scripted loopback HTTP server."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import httpx
import keyring
import keyring.backend
import keyring.errors

from itglue_sdk._http.status import checked


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that lives in a dict, so tests never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


BackendT = TypeVar("BackendT", bound=keyring.backend.KeyringBackend)


@contextlib.contextmanager
def keychain(backend: BackendT) -> Iterator[BackendT]:
    """Make ``backend`` the process's keychain for a while (the developer's real one is never touched)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@dataclass
class Reply:
    """One scripted answer; ``drop`` closes the connection after reading the request, without answering."""

    status: int = 200
    body: bytes = b'{"data": []}'
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/vnd.api+json"})
    drop: bool = False


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """A real HTTP server on 127.0.0.1 that answers from a script and records every request."""

    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.seen: list[Seen] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.seen.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                reply = server.script.pop(0) if server.script else Reply()
                if reply.drop:
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle  # noqa: N815 - http.server's method names

            def log_message(self, format: str, *args: object) -> None:
                """Keep test output quiet."""

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


async def _achecked(response: httpx.Response) -> None:
    checked(response)


def _checked(response: httpx.Response) -> None:
    checked(response)


MAPPED: dict[str, list[Callable[[httpx.Response], None]]] = {"response": [_checked]}
"""httpx event hooks that map error answers to the SDK's errors, as its requester does (the transport does not)."""

AMAPPED: dict[str, list[Callable[[httpx.Response], Awaitable[None]]]] = {"response": [_achecked]}
"""The async twin of `MAPPED`."""
