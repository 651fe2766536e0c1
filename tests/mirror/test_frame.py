"""Records become the staged frame: whole columns at once, with `_cell`'s conversions kept for odd values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from itglue_mirror import Mirror
from itglue_mirror.mirror import _cell, frame_of


@pytest.mark.parametrize(
    "odd",
    [
        {},
        {"organization-id": "7", "name": 12, "restricted": 1, "archived": "", "notes": 1.5},
        {"organization-id": True, "name": False, "primary-ip": {"v4": "10.0.0.1"}, "my-glue": 0},
    ],
    ids=["typed", "numbers-and-text-swapped", "booleans-and-objects"],
)
def test_frame_converts_as_cell_by_cell(tmp_path: Path, odd: dict[str, Any]) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    table = mirror.tables["configurations"]
    typed = {"organization-id": 3, "name": "fw01", "restricted": False, "archived": True, "notes": None}
    records = [
        {"id": "1", "attributes": typed},
        {"id": "2", "attributes": {**typed, **odd}},
        {"id": "3", "attributes": None},
    ]
    expected = {"id": [1, 2, 3]} | {
        column.name: [_cell(column, (record["attributes"] or {}).get(column.wire)) for record in records]
        for column in table.columns
    }

    frame = frame_of(table, records)

    assert frame.to_dict(as_series=False) == expected
    assert frame.schema["organization_id"] == pl.Int64()
    assert frame.schema["restricted"] == pl.Boolean()


def test_a_flexible_assets_traits_column_is_json_text(tmp_path: Path) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    table = mirror.tables["flexible_assets"]

    frame = frame_of(table, [{"id": "5", "attributes": {"traits": {"backup-tool": "Veeam"}, "name": "B"}}])

    assert frame["traits"].to_list() == ['{"backup-tool": "Veeam"}']
