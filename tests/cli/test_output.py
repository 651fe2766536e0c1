"""The pieces behind the output and the option syntax, without a server."""

from __future__ import annotations

import csv
import io

import pytest

from itglue_sdk.apispec import load_spec
from itglue_sdk.catalog import groups
from itglue_sdk.cli_commands import CommandLineError, _split
from itglue_sdk.cli_output import (
    TABLE_COLUMNS,
    cell,
    csv_columns,
    read_attributes,
    render_csv,
    render_fields,
    render_table,
    table_columns,
)
from itglue_sdk.cli_resources import _fix_descending_sort, coerce, parse_filters

ROWS = [
    {"id": "1", "name": "Acme Corporation International Holdings", "city": "Springfield", "notes": "x" * 80},
    {"id": "22", "name": "Kub", "city": None, "notes": "line one\nline two"},
]


def test_every_group_has_a_compact_column_set_of_real_attributes() -> None:
    spec = load_spec()
    assert set(TABLE_COLUMNS) == set(groups())
    for name, columns in TABLE_COLUMNS.items():
        assert set(columns) <= set(read_attributes(spec.group(name))), name
        assert 1 <= len(columns) <= 6, name
        assert "password" not in columns


def test_groups_the_table_does_not_know_get_their_first_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(TABLE_COLUMNS, "countries")  # type: ignore[arg-type]
    assert table_columns(load_spec().group("countries")) == ("id", "name", "iso", "created-at", "updated-at")


def test_csv_columns_leave_the_password_out_unless_asked() -> None:
    group = load_spec().group("passwords")
    assert "password" not in csv_columns(group, show_password=False)
    assert csv_columns(group, show_password=True)[-1] == "password"
    assert csv_columns(load_spec().group("organizations"), show_password=True)[-1] == "updated-at"


def test_table_without_a_width_limit() -> None:
    assert render_table(ROWS, ("id", "name", "city"), width=None).splitlines() == [
        "id  name                                     city",
        "1   Acme Corporation International Holdings  Springfield",
        "22  Kub",
    ]


def test_table_shrinks_the_widest_columns_then_drops_trailing_ones() -> None:
    assert render_table(ROWS, ("id", "name", "city", "notes"), width=50).splitlines() == [
        "id  name             city         notes",
        "1   Acme Corporati…  Springfield  xxxxxxxxxxxxxxx…",
        "22  Kub                           line one line t…",
    ]
    assert render_table(ROWS, ("id", "name", "city", "notes"), width=20).splitlines() == [
        "id  name    city",
        "1   Acme …  Sprin…",
        "22  Kub",
    ]
    # id and name always stay, even when the line cannot fit.
    assert render_table(ROWS, ("id", "name", "city"), width=5).splitlines()[0] == "id  name"


def test_cells() -> None:
    assert cell(None) == ""
    assert cell(True) == "true"
    assert cell(3) == "3"
    assert cell({"a": [1, 2]}) == '{"a":[1,2]}'
    assert cell("2024-05-01T10:11:12.000Z", table=True) == "2024-05-01 10:11"
    assert cell("2024-05-01T10:11:12+00:00", table=True) == "2024-05-01 10:11"
    assert cell("2024-05-01T10:11:12+00:00") == "2024-05-01T10:11:12+00:00"
    assert cell("a\n  b", table=True) == "a b"


def test_csv_quotes_and_encodes() -> None:
    text = render_csv(
        [{"id": "1", "name": 'Kub, "Reynolds"', "tags": ["a", "b"], "x": None}], ("id", "name", "tags", "x")
    )
    assert list(csv.reader(io.StringIO(text))) == [
        ["id", "name", "tags", "x"],
        ["1", 'Kub, "Reynolds"', '["a","b"]', ""],
    ]


def test_fields_are_aligned() -> None:
    assert render_fields([("id", "5"), ("short-name", "RIS"), ("alert", None)]) == (
        "id          5\nshort-name  RIS\nalert       \n"
    )


def test_filter_syntax() -> None:
    assert parse_filters(
        ["name=Acme", "name=Kub, Reynolds", "id=5", "exclude:name=x", "range:my_glue_account_id=2,*", "range:date=,9"]
    ) == {
        "name": ["Acme", "Kub, Reynolds"],
        "id": "5",
        "exclude": {"name": "x"},
        "range": {"my_glue_account_id": ("2", None), "date": (None, "9")},
    }
    assert parse_filters(["name=a=b"]) == {"name": "a=b"}
    for bad in ("name", "=x", "exclude:=x", "nope:name=x", "range:id=5"):
        with pytest.raises(CommandLineError):
            parse_filters([bad])


@pytest.mark.parametrize(
    ("raw", "schema", "expected"),
    [
        ("5", {"type": ["integer", "null"]}, 5),
        ("five", {"type": "integer"}, "five"),
        ("null", {"type": ["string", "null"]}, None),
        ("null", {"type": "string"}, "null"),
        ("007", {"type": "string"}, "007"),
        ("True", {"type": ["boolean", "null"]}, True),
        ("1.5", {"type": "number"}, 1.5),
        ('[{"value": "a@b.c"}]', {"type": "array"}, [{"value": "a@b.c"}]),
        ('{"x": 1}', {"$ref": "#/components/schemas/FlexibleAssetTraits"}, {"x": 1}),
        ("[oops", {"type": "array"}, "[oops"),
        ("5", {}, "5"),
    ],
)
def test_set_values_take_the_type_of_the_spec(raw: str, schema: dict[str, object], expected: object) -> None:
    assert coerce(raw, schema) == expected


def test_split_finds_the_command_after_global_options() -> None:
    assert _split(["--instance", "x", "--base-url=u", "orgs", "list", "--instance", "y"]) == (
        ["--instance", "x", "--base-url=u"],
        "orgs",
        ["list", "--instance", "y"],
    )
    assert _split(["--help", "orgs"]) == (["--help", "orgs"], None, [])
    assert _split([]) == ([], None, [])


def test_descending_sort_spelling() -> None:
    assert _fix_descending_sort(["list", "--sort", "-name", "--limit", "2"]) == ["list", "--sort=-name", "--limit", "2"]
    assert _fix_descending_sort(["list", "--sort", "name"]) == ["list", "--sort", "name"]
    assert _fix_descending_sort(["list", "--sort", "--json"]) == ["list", "--sort", "--json"]


def test_multi_line_values_stay_in_their_column() -> None:
    assert render_fields([("id", "5"), ("notes", "one\ntwo")]) == "id     5\nnotes  one\n       two\n"
