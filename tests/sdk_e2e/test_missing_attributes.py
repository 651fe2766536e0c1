"""A real answer that lacks attributes the spec documents on every read: read, warned once, counted per client.

A small loopback server stands in for an IT Glue host whose answers are trimmed (the emulator always sends every
attribute); the whole client stack reads from it over HTTP.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from itglue_sdk import ITGlueClient, UnexpectedResponseError


def _organization(ident: int, **drop: bool) -> dict[str, Any]:
    attributes = {
        "name": f"Org {ident}",
        "description": None,
        "organization-type-id": 1,
        "organization-type-name": "Customer",
        "organization-status-id": 1,
        "organization-status-name": "Active",
        "psa-integration": None,
        "alert": None,
        "primary": False,
        "quick-notes": "notes",
        "short-name": f"O{ident}",
        "logo": None,
        "my-glue-account-id": None,
        "my-glue-account-status": None,
        "created-at": "2024-05-01T10:00:00.000Z",
        "updated-at": "2024-05-02T10:00:00.000Z",
    }
    return {
        "id": str(ident),
        "type": "organizations",
        "attributes": {key: value for key, value in attributes.items() if key not in drop},
    }


class _TrimmedHost(BaseHTTPRequestHandler):
    answers: ClassVar[dict[str, Any]] = {}

    def do_GET(self) -> None:
        body = json.dumps(self.answers[self.path.split("?")[0]]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.api+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def trimmed_host() -> Iterator[str]:
    meta = {"current-page": 1, "next-page": None, "prev-page": None, "total-pages": 1, "total-count": 3}
    _TrimmedHost.answers = {
        "/organizations": {
            "data": [
                _organization(1),
                _organization(2, **{"quick-notes": True, "created-at": True}),
                _organization(3, **{"quick-notes": True}),
            ],
            "meta": meta,
        },
        "/organizations/9": {"data": {"type": "organizations", "attributes": {"name": "no id"}}},
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TrimmedHost)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_listing_survives_missing_attributes_and_counts_them(
    trimmed_host: str, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        ITGlueClient(base_url=trimmed_host, api_key="trimmed-key", load_plugins=False) as client,
        caplog.at_level(logging.WARNING, logger="itglue_sdk.resources.records"),
    ):
        first = list(client.organizations.list())
        second = list(client.organizations.list())
        assert [org.id for org in first] == ["1", "2", "3"]
        assert first[0].attributes.quick_notes == "notes"
        assert first[1].attributes.quick_notes is None
        assert first[1].attributes.created_at is None  # not an invented date
        assert first[1].to_dict()["attributes"]["created-at"] is None  # and it serialises back as null
        assert second[2].attributes.name == "Org 3"
        assert client.metrics().missing_attributes == {
            "organizations.quick_notes": 4,
            "organizations.created_at": 2,
        }
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 2, warnings  # once per attribute and type, however many records lacked it
    assert all("trimmed-key" not in message for message in warnings)


def test_an_answer_that_cannot_be_read_at_all_is_a_typed_error(trimmed_host: str) -> None:
    with (
        ITGlueClient(base_url=trimmed_host, api_key="trimmed-key", load_plugins=False) as client,
        pytest.raises(UnexpectedResponseError, match="GET /organizations/9"),
    ):
        client.organizations.get(9)
    with ITGlueClient(base_url=trimmed_host, api_key="other-key", load_plugins=False) as fresh:
        assert fresh.metrics().missing_attributes == {}
