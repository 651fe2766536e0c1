"""The socket layer: a threading HTTP/1.1 server with keep-alive and raw fault control."""

from __future__ import annotations

import logging
import select
import socket
import struct
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from itglue_emulator.errors import error_body
from itglue_emulator.faults import Decision
from itglue_emulator.gateway import MAX_BODY_BYTES, HttpResponse, Incoming

logger = logging.getLogger("itglue_emulator")

Responder = Callable[[Incoming], tuple[HttpResponse, Decision | None]]
"""Turns a request into a response plus the fault to apply while sending it."""

_SLOW_CHUNKS = 8


class EmulatorServer(ThreadingHTTPServer):
    """``ThreadingHTTPServer`` that hands each request to a responder."""

    daemon_threads = True
    allow_reuse_address = True
    # socketserver's backlog of 5 drops the SYNs of a client opening more connections at once (a listing fetching
    # 8 pages ahead), and the kernel resends them a second later: a stall IT Glue's own front end never shows.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], responder: Responder) -> None:
        """Bind the server.

        Args:
            address: ``(host, port)``; port 0 picks a free one.
            responder: Request handler.
        """
        super().__init__(address, _Handler)
        self.responder = responder

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log a failed connection quietly: clients that give up mid-answer are normal under fault injection.

        Args:
            request: The client socket.
            client_address: The client's address.
        """
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle plus delayed ACKs add ~40 ms.
    disable_nagle_algorithm = True
    server: EmulatorServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def __getattr__(self, name: str) -> Any:
        # Any other method (OPTIONS, TRACE, ...) goes through the gateway too and ends in the HTML 404,
        # instead of http.server's own 501 page.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        # Only the request line is logged; headers (and so the key) never are.
        logger.debug("%s - %s", self.address_string(), format % args)

    def _serve(self) -> None:
        split = urlsplit(self.path)
        path = split.path or "/"
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            # Answer before reading the body, then drop the connection like the gateway does.
            self.close_connection = True
            self._send(HttpResponse.gateway(413), None)
            return
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = self._read_chunked()
            if body is None:
                self.close_connection = True
                self._send(HttpResponse.gateway(413), None)
                return
        else:
            body = self.rfile.read(length) if length else b""
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        incoming = Incoming(
            method=self.command,
            path=path,
            params=parse_qsl(split.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            base_url=f"http://{host}",
        )
        response, decision = self.server.responder(incoming)
        self._send(response, decision)

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _send(self, response: HttpResponse, decision: Decision | None) -> None:
        if decision is not None and decision.delay:
            time.sleep(decision.delay)
        kind = decision.kind if decision else None
        if kind == "reset":
            self._reset()
            return
        if kind == "status" and decision is not None:
            response = HttpResponse.json(
                decision.status,
                error_body(decision.status),
                "application/json" if decision.status != 500 else "application/vnd.api+json; charset=utf-8",
            )
            if decision.retry_after is not None:
                response.headers["Retry-After"] = str(max(0, round(decision.retry_after)))
        self.send_response(response.status)
        if response.content_type and response.body:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.status != 204:
            self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection or kind == "truncate":
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        body = response.body if self.command != "HEAD" else b""
        if kind == "truncate":
            self.wfile.write(body[: len(body) // 2])
        elif kind == "slow" and decision is not None and body:
            step = max(1, -(-len(body) // _SLOW_CHUNKS))
            for start in range(0, len(body), step):
                self.wfile.write(body[start : start + step])
                self.wfile.flush()
                if self._client_gone_within(decision.slow_delay / _SLOW_CHUNKS):
                    # The client gave up: stop now rather than write into a dead socket for the rest of the delay.
                    logger.debug("slow body abandoned: client closed the connection")
                    self.close_connection = True
                    return
        else:
            self.wfile.write(body)

    def _client_gone_within(self, seconds: float) -> bool:
        """Wait up to ``seconds``; return True as soon as the client closes (or resets) the connection.

        While an answer is still being sent a client has nothing to say, so the socket turning readable
        means end of stream or an error. Pipelined bytes (data after all) just let the wait run out.
        """
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                readable, _, _ = select.select([self.connection], [], [], remaining)
                if not readable:
                    return False
                if not self.connection.recv(1, socket.MSG_PEEK):
                    return True
            except OSError:
                return True
            time.sleep(remaining)
            return False
        return False

    def _reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER on, timeout 0)."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            logger.debug("connection already gone before reset")
