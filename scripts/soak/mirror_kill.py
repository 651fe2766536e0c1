"""Soak: kill -9 mirror syncs at random moments while another process keeps querying, then check what is left.

Each round changes the emulated estate (one new organization and one new contact, so their counts move together),
starts a full sync in a child process and kills it with SIGKILL after a random delay inside the sync's measured
duration (reading the API, applying, or just after; every other kill aims at the last fifth, where the apply is).
Then the mirror must open and hold the previous round's state or the new one as a whole (never one count moved
without the other), and a reader process that queries the file all along must never have failed nor seen half a
sync. After the last round an unkilled sync must converge on the emulator exactly.

Run: ``uv run scripts/soak/mirror_kill.py --rounds 30`` (about 4 s a round on 2 cores). Exit status 1
on any violation, with what was seen.
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import duckdb

from itglue_emulator.app import Emulator
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_mirror import Mirror
from itglue_sdk import ITGlueClient

RESOURCES = ["organizations", "contacts", "configurations", "locations", "related_items"]

SYNC = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from itglue_mirror import Mirror
    from itglue_sdk import ITGlueClient
    with ITGlueClient(base_url=sys.argv[2], api_key=sys.argv[3]) as client:
        Mirror(path=Path(sys.argv[1])).sync(client, resources=sys.argv[4].split(","), full=True)
    """
)

READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from itglue_mirror import Mirror
    path, stop = Path(sys.argv[1]), Path(sys.argv[2])
    while not stop.exists():
        try:
            row = Mirror(path=path, lock_timeout=60).sql(
                "SELECT (SELECT count(*) FROM organizations), (SELECT count(*) FROM contacts)"
            ).row(0)
            print(row[0], row[1], flush=True)
        except Exception as error:
            print("ERROR", type(error).__name__, error, flush=True)
    """
)


def child(script: str, *args: str) -> subprocess.Popen[str]:
    """Our own interpreter running one of this file's scripts."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def counts(path: Path) -> tuple[int, int]:
    """Organizations and contacts in the mirror, read directly."""
    with duckdb.connect(str(path), read_only=True) as con:
        row = con.execute("SELECT (SELECT count(*) FROM organizations), (SELECT count(*) FROM contacts)").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def main() -> int:
    """Run the soak; print a summary; 0 when every check held."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--orgs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)  # noqa: S311 - kill times, not secrets
    problems: list[str] = []
    outcomes = {"previous": 0, "new": 0}
    with (
        tempfile.TemporaryDirectory(prefix="mirror-soak-") as folder,
        # Off: dozens of syncs in a few minutes would exceed a real key's budget, and the kills are the point here.
        Emulator.start(orgs=options.orgs, seed=options.seed, rate_limit=RateLimitConfig(enabled=False)) as emulator,
        ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as client,
    ):
        path, stop = Path(folder) / "m.duckdb", Path(folder) / "stop"
        child(SYNC, str(path), emulator.base_url, emulator.api_key, ",".join(RESOURCES)).communicate()
        reader = child(READER, str(path), str(stop))
        started = time.monotonic()
        # Timed as the killed syncs will run: in a child process, start-up included, beside the reader.
        child(SYNC, str(path), emulator.base_url, emulator.api_key, ",".join(RESOURCES)).communicate()
        duration = time.monotonic() - started
        state = counts(path)
        difference = state[0] - state[1]
        for round_number in range(options.rounds):
            made = client.organizations.create({"name": f"Soak Round {round_number}"})
            client.contacts.create(
                {"first_name": "Soak", "last_name": str(round_number), "organization_id": int(made.id)}
            )
            # Every other kill aims at the end of the sync, where the short apply is.
            delay = (
                rng.uniform(0.05, duration * 1.1) if round_number % 2 else rng.uniform(duration * 0.8, duration * 1.1)
            )
            sync = child(SYNC, str(path), emulator.base_url, emulator.api_key, ",".join(RESOURCES))
            time.sleep(delay)
            sync.send_signal(signal.SIGKILL)
            sync.communicate()
            after = counts(path)
            if after[0] - after[1] != difference:
                problems.append(f"round {round_number}: killed after {delay:.2f} s, mirror holds half a sync {after}")
            outcomes["previous" if after == state else "new"] += 1
            state = after
        stop.touch()
        out, err = reader.communicate(timeout=120)
        final = Mirror(path=path).sync(client, resources=RESOURCES)
        expected = (len(list(client.organizations.list())), len(list(client.contacts.list())))
        if counts(path) != expected:
            problems.append(f"the last sync left {counts(path)}, the emulator has {expected}")
        if Mirror(path=path).staging_path.exists():
            problems.append("the last sync left its staging file")
    reads = out.splitlines()
    errors = [line for line in reads if line.startswith("ERROR")]
    partial = [line for line in reads if not line.startswith("ERROR") and eval_pair(line) != difference]
    problems += [f"reader: {line}" for line in errors[:5]] + [f"reader saw half a sync: {line}" for line in partial[:5]]
    print(
        f"{options.rounds} kills (mirror kept the previous sync {outcomes['previous']} times, had the new one"
        f" {outcomes['new']} times); reader: {len(reads)} queries, {len(errors)} errors, {len(partial)} partial;"
        f" final sync {final.requests} requests; sync duration {duration:.2f} s"
    )
    if err.strip():
        print(err, file=sys.stderr)
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


def eval_pair(line: str) -> int:
    """``"12 40"`` -> organizations minus contacts."""
    organizations, contacts = (int(value) for value in line.split())
    return organizations - contacts


if __name__ == "__main__":
    sys.exit(main())
