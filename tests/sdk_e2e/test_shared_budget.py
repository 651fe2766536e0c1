"""Two processes on one key against an emulator with a small budget (30 requests per 3 s).

Each process's client is given that budget. Alone, each believes it has all of it: together they send about
twice the budget at once and the emulator answers 429. With ``shared_budget=True`` both draw from one budget
kept in a locked file under the shared state folder, and the emulator never has to refuse a request.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from itglue_emulator.app import Emulator
from itglue_emulator.ratelimit import RateLimitConfig
from itglue_sdk import InstanceStore
from itglue_sdk.config.instances import make_instance

BUDGET = 30
WINDOW = 3.0
EACH = 20  # 40 requests in all: more than the budget, so pacing (or 429s) must happen

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from itglue_sdk import InstanceStore, ITGlueClient
    from itglue_sdk._exceptions import RateLimitError

    base_url, key, state, shared, count, go = sys.argv[1:7]
    store = InstanceStore(Path(state) / "instances.toml", data_root=Path(state) / "data", state_root=Path(state))
    refused = 0
    with ITGlueClient(
        base_url=base_url, api_key=key, instances=store, rate_limit=30, rate_window=3.0,
        shared_budget=shared == "1", max_retries=0, load_plugins=False,
    ) as client:
        Path(go + ".ready." + str(__import__("os").getpid())).touch()
        while not Path(go).exists():
            time.sleep(0.005)
        for _ in range(int(count)):
            try:
                list(client.organizations.list(page_size=1, limit=1))
            except RateLimitError:
                refused += 1
    print(json.dumps({"refused": refused}))
    """
)


def run_pair(emulator: Emulator, tmp_path: Path, *, shared: bool) -> list[int]:
    go = tmp_path / "go"
    args = [emulator.base_url, emulator.api_key, str(tmp_path / "state"), "1" if shared else "0", str(EACH), str(go)]
    children = [
        subprocess.Popen([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, text=True)  # noqa: S603 - our own interpreter and a literal
        for _ in range(2)
    ]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("go.ready.*"))) < 2:
        assert time.monotonic() < deadline, "the children did not start"
        assert all(child.poll() is None for child in children), "a child failed to start"
        time.sleep(0.01)
    go.touch()  # both start at once
    refused = []
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0
        refused.append(json.loads(out)["refused"])
    return refused


@pytest.fixture
def small_budget(emulator: Emulator) -> Emulator:
    emulator.set_rate_limit(RateLimitConfig(budget=BUDGET, window=WINDOW))
    return emulator


def answered(emulator: Emulator, status: str) -> int:
    statuses: dict[str, int] = emulator.stats()["statuses"]
    return statuses.get(status, 0)


def test_two_processes_sharing_the_budget_meet_no_429(small_budget: Emulator, tmp_path: Path) -> None:
    refused = run_pair(small_budget, tmp_path, shared=True)
    assert refused == [0, 0]
    assert answered(small_budget, "429") == 0
    assert answered(small_budget, "200") == 2 * EACH
    budgets = list((tmp_path / "state" / "budgets").iterdir())
    assert len(budgets) == 1
    assert small_budget.api_key not in budgets[0].name


def test_two_processes_each_with_its_own_budget_overrun_it(small_budget: Emulator, tmp_path: Path) -> None:
    refused = run_pair(small_budget, tmp_path, shared=False)
    assert answered(small_budget, "429") == sum(refused) > 0  # each sent 20 at once: 40 against a budget of 30


def test_an_instance_can_opt_in_in_its_profile(tmp_path: Path) -> None:
    store = InstanceStore(tmp_path / "instances.toml", state_root=tmp_path / "state")
    store.add(make_instance("shared", base_url="http://127.0.0.1:9", shared_budget=True))
    instance = store.get("shared")
    assert instance.shared_budget
    path = store.budget_path(instance, "ITG.secret-key")
    assert path.parent == tmp_path / "state" / "budgets"
    assert "secret" not in path.name
