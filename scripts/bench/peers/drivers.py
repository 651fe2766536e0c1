"""Peer drivers: run under a peer's own environment (`bench.peers.venvs`), print one JSON line of figures.

Subcommands (each takes ``BASE_URL API_KEY``):

``list-py-itglue``
    py-itglue 0.2.6: ``ITGlueClient(ITGlueConfig(api_key=..., base_url=...))`` (a config object is the one way
    its base URL reaches the client: ``ITGLUE_BASE_URL`` is ignored unless ``ITGLUE_REGION`` is invalid), its
    limiter raised out of the way, caching off, and the manual page loop ``organizations.list(page=n,
    per_page=1000)`` up to ``meta["total-pages"]``: its ``list_all`` stops after the first page (it looks for a
    ``has-next-page`` IT Glue does not send).
``list-itglue``
    itglue 0.2.0: ``itglue.connection.set_credentials(api_key, api_url)`` and ``Organization.get()``, which
    follows ``links.next`` at the server's default page size (it has no page size).
``ceiling-py-itglue``
    py-itglue's loop of the ceiling job: for each organization, list its configurations (1000 a page) and
    update one field of each, one request at a time, its limiter set to the emulator's budget scaled to its
    one-minute and five-minute windows; stops at ``--deadline`` seconds. Its ``update`` (the second definition
    in ``BaseAPI``, the one that runs) sends the given dict as the body verbatim, so the driver passes the
    ``{"data": {"type", "id", "attributes"}}`` envelope itself, as its users must.

The peers are not installed in the project's environment, so their imports are typed ``Any`` here.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections import Counter
from typing import Any


def _py_itglue(base_url: str, api_key: str, per_minute: int, per_five_minutes: int) -> Any:
    logging.disable(logging.CRITICAL)  # its per-call info logs are off by default in a user's app too
    from itglue import ITGlueClient, ITGlueConfig  # type: ignore[import-not-found]  # noqa: PLC0415

    config = ITGlueConfig(
        api_key=api_key,
        base_url=base_url,
        enable_caching=False,
        requests_per_minute=per_minute,
        requests_per_5_minutes=per_five_minutes,
        max_page_size=1000,
    )
    return ITGlueClient(config)


def list_py_itglue(base_url: str, api_key: str) -> dict[str, Any]:
    """Every organization through py-itglue's page loop.

    Args:
        base_url: The emulator.
        api_key: Its key.

    Returns:
        ``records``, ``requests`` and ``seconds``.
    """
    client = _py_itglue(base_url, api_key, 10**9, 10**9)
    started = time.perf_counter()
    records: list[Any] = []
    page, requests = 1, 0
    while True:
        collection = client.organizations.list(page=page, per_page=1000)
        requests += 1
        records.extend(collection.data)
        total = int((collection.meta or {}).get("total-pages") or 1)
        if page >= total:
            break
        page += 1
    seconds = time.perf_counter() - started
    return {"records": len(records), "requests": requests, "seconds": seconds, "type": type(records[0]).__name__}


def list_itglue(base_url: str, api_key: str) -> dict[str, Any]:
    """Every organization through itglue 0.2.0's ``Organization.get()``.

    Args:
        base_url: The emulator.
        api_key: Its key.

    Returns:
        ``records``, ``requests`` and ``seconds``.
    """
    import itglue  # noqa: PLC0415
    import requests  # noqa: PLC0415

    counted = {"requests": 0}
    send = requests.Session.send

    def counting_send(self: Any, request: Any, **kwargs: Any) -> Any:
        counted["requests"] += 1
        return send(self, request, **kwargs)

    setattr(requests.Session, "send", counting_send)  # noqa: B010 - mypy refuses assigning to a method
    itglue.connection.set_credentials(api_key=api_key, api_url=base_url)
    started = time.perf_counter()
    records = itglue.Organization.get()
    seconds = time.perf_counter() - started
    return {"records": len(records), "requests": counted["requests"], "seconds": seconds}


def ceiling_py_itglue(
    base_url: str, api_key: str, organizations: list[int], *, budget: int, window: float, deadline: float
) -> dict[str, Any]:
    """The ceiling job through py-itglue, one request at a time, stopping at the deadline.

    Args:
        base_url: The emulator.
        api_key: Its key.
        organizations: Organization ids.
        budget: The emulator's requests per window.
        window: Its window, seconds.
        deadline: Seconds after which no further request is started.

    Returns:
        ``requests``, ``seconds``, ``times`` (completion offsets), ``statuses``, ``organizations_done``,
        ``updated``, ``errors``.
    """
    per_minute = max(1, round(budget * 60 / window))
    per_five = max(1, round(budget * 300 / window))
    client = _py_itglue(base_url, api_key, per_minute, per_five)
    times: list[float] = []
    statuses: Counter[str] = Counter()
    started = time.perf_counter()

    def hook(response: Any, *args: Any, **kwargs: Any) -> None:
        times.append(round(time.perf_counter() - started, 4))
        statuses[str(response.status_code)] += 1

    client.http_client.session.hooks["response"].append(hook)
    done = updated = 0
    errors: Counter[str] = Counter()
    for organization in organizations:
        if time.perf_counter() - started >= deadline:
            break
        try:
            configurations = client.configurations.list(
                filter_params={"organization_id": organization}, per_page=1000
            ).data
        except Exception as error:
            errors[type(error).__name__] += 1
            continue
        for configuration in configurations:
            if time.perf_counter() - started >= deadline:
                break
            try:
                # Its live ``update`` sends the dict as the body: the caller builds the JSON:API envelope.
                envelope = {
                    "data": {
                        "type": "configurations",
                        "id": str(configuration.id),
                        "attributes": {"notes": f"bench {organization}"},
                    }
                }
                client.configurations.update(str(configuration.id), envelope)
                updated += 1
            except Exception as error:
                errors[f"{type(error).__name__}: {str(error)[:80]}"] += 1
        else:
            done += 1
    seconds = time.perf_counter() - started
    return {
        "requests": len(times),
        "seconds": seconds,
        "times": times,
        "statuses": dict(statuses),
        "organizations_done": done,
        "updated": updated,
        "errors": dict(errors),
    }


def main() -> None:
    """Run one driver and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["list-py-itglue", "list-itglue", "ceiling-py-itglue"])
    parser.add_argument("base_url")
    parser.add_argument("api_key")
    parser.add_argument("--organizations", default="", help="comma-separated organization ids (ceiling)")
    parser.add_argument("--budget", type=int, default=3000)
    parser.add_argument("--window", type=float, default=300.0)
    parser.add_argument("--deadline", type=float, default=120.0)
    args = parser.parse_args()
    if args.command == "list-py-itglue":
        result = list_py_itglue(args.base_url, args.api_key)
    elif args.command == "list-itglue":
        result = list_itglue(args.base_url, args.api_key)
    else:
        ids = [int(part) for part in args.organizations.split(",") if part]
        result = ceiling_py_itglue(
            args.base_url, args.api_key, ids, budget=args.budget, window=args.window, deadline=args.deadline
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
