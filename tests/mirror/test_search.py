"""`Mirror.search`: records planted in the emulator, synced over loopback HTTP, then found by name; ranking edge
cases on rows written into a mirror file directly."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from itglue_emulator.app import Emulator
from itglue_mirror import RESULT_SCHEMA, SEARCHED, Mirror, SearchTextError
from itglue_mirror import search as search_module
from itglue_mirror.schema import SCHEMA_VERSION
from itglue_mirror.search import (
    COUNTS_TABLE,
    GRAMS_TABLE,
    KEYS_TABLE,
    MAX_PIECES,
    SIMILAR_MAX_LENGTH,
    SIMILAR_MIN_LENGTH,
    WORDS_TABLE,
    _close_pieces,
    _scanned,
    _typed,
    direct_query,
    intact_pieces,
    one_edit_pattern,
    pieces_query,
    search,
    similar_query,
    word_keys,
)
from itglue_mirror.search import (
    _one_edit_variants as one_edit_variants,
)
from itglue_mirror.search import _positional as positional
from itglue_sdk import ITGlueClient, Secret

PASSWORD_VALUE = "Zq-PLANTED-VALUE-77"


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Mirror, dict[str, int]]]:
    """A mirror synced from an emulator in which names to find were created through the SDK."""
    with (
        Emulator.start(orgs=3, seed=7) as emulator,
        ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as client,
    ):
        ids: dict[str, int] = {}
        for name in ("Zephyr", "Zephyr Labs", "Old Zephyr Co", "Zephir Partners", "A_B Corp", "AxB Corp"):
            ids[name] = int(client.organizations.create({"name": name}).id)
        ids["password"] = int(
            client.passwords.create(
                {"name": "Zephyr Vault Admin", "password": Secret(PASSWORD_VALUE), "organization_id": ids["Zephyr"]}
            ).id
        )
        ids["contact"] = int(
            client.contacts.create({"first_name": "Ada", "last_name": "Zephyrine", "organization_id": ids["Zephyr"]}).id
        )
        mirror = Mirror(path=tmp_path_factory.mktemp("search") / "m.duckdb")
        mirror.sync(client, resources=["organizations", "passwords", "contacts", "configurations"])
        yield mirror, ids


def test_ranks_exact_then_prefix_then_contains_then_similar(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, ids = planted
    found = mirror.search("zephyr", resources=["organizations"])
    assert found.columns == list(RESULT_SCHEMA)
    assert found.select("name", "match").rows() == [
        ("Zephyr", "exact"),
        ("Zephyr Labs", "prefix"),
        ("Old Zephyr Co", "contains"),
        ("Zephir Partners", "similar"),
    ]
    scores = found["score"].to_list()
    assert scores[0] == 1.0
    assert scores == sorted(scores, reverse=True)
    exact = found.row(0, named=True)
    # An organization is its own organization.
    assert (exact["id"], exact["organization_id"]) == (ids["Zephyr"], ids["Zephyr"])
    assert exact["organization_name"] == "Zephyr"


def test_ignores_case_and_surrounding_blanks(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, _ = planted
    expected = mirror.search("zephyr")
    assert mirror.search("  ZePhYr ").equals(expected)


def test_percent_and_underscore_match_themselves(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, _ = planted
    found = mirror.search("a_b corp", resources=["organizations"])
    direct = found.filter(found["match"] != "similar")["name"].to_list()
    assert direct == ["A_B Corp"]
    # "AxB Corp" is one typo away: found, but only as a close spelling, never as a LIKE wildcard match.
    assert found.filter(found["name"] == "AxB Corp")["match"].to_list() == ["similar"]
    assert mirror.search("zeph%", resources=["organizations"]).filter(pl.col("match") != "similar").is_empty()


def test_resources_filter_and_unknown_resources(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, _ = planted
    found = mirror.search("zephyr", resources=["passwords", "contacts"])
    assert set(found["resource"]) == {"passwords", "contacts"}
    assert mirror.search("zephyr", resources=["flexible-assets"])["resource"].to_list() == []
    with pytest.raises(KeyError) as raised:
        mirror.search("zephyr", resources=["organisations", "contacts"])
    message = str(raised.value)
    assert "'organisations'" in message
    assert all(name in message for name in SEARCHED)


def test_passwords_are_found_by_name_without_their_value(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, ids = planted
    found = mirror.search("vault admin", resources=["passwords"])
    assert found.rows(named=True) == [
        {
            "resource": "passwords",
            "id": ids["password"],
            "name": "Zephyr Vault Admin",
            "organization_id": ids["Zephyr"],
            "organization_name": "Zephyr",
            "match": "contains",
            "score": found["score"][0],
        }
    ]
    assert PASSWORD_VALUE not in str(found.rows())
    # Searching for the value finds nothing: it is not in the mirror at all.
    assert mirror.search(PASSWORD_VALUE, resources=["passwords"]).is_empty()


def test_secrets_never_reach_the_word_table(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, _ = planted
    words = set(mirror.sql("SELECT word FROM _search_words")["word"])
    assert {"zephyr", "vault", "admin", "zephyrine"} <= words
    assert not words & {"zq", "planted", PASSWORD_VALUE.lower()}


def test_contacts_by_their_name(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, ids = planted
    found = mirror.search("ada zeph", resources=["contacts"])
    assert found.select("id", "name", "match").rows() == [(ids["contact"], "Ada Zephyrine", "prefix")]


def test_limit_keeps_the_best(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, _ = planted
    assert mirror.search("zephyr", resources=["organizations"], limit=2)["name"].to_list() == ["Zephyr", "Zephyr Labs"]
    with pytest.raises(ValueError, match="limit"):
        mirror.search("zephyr", limit=0)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_blank_text_is_refused(planted: tuple[Mirror, dict[str, int]], text: str) -> None:
    with pytest.raises(SearchTextError, match="empty"):
        planted[0].search(text)


def test_text_that_looks_like_syntax_is_plain_text(planted: tuple[Mirror, dict[str, int]]) -> None:
    mirror, _ = planted
    for text in ("c++ (x", "' OR 1=1 --", "a.b*[", "\\E$1"):
        assert mirror.search(text).is_empty(), text


@pytest.fixture
def handmade(tmp_path: Path) -> Mirror:
    """A mirror whose rows are written straight into its file (ranking cases the emulator cannot make)."""
    mirror = Mirror(path=tmp_path / "m.duckdb")
    mirror.close()  # its kept reader would refuse a writing connection in this process
    with duckdb.connect(str(mirror.path)) as con:
        con.execute(
            "INSERT INTO organizations (id, name) VALUES (1, 'Acme Corporation'), (2, 'acme'), (3, 'Acme'),"
            " (4, 'Ärzte Praxis'), (5, 'Reception Services')"
        )
        con.execute(
            "INSERT INTO configurations (id, name, organization_id, organization_name) VALUES"
            " (10, 'ACME', 1, 'stale name'), (11, 'Acme-FW01', 1, NULL), (12, 'Reception PC', 99, 'Gone Ltd'),"
            " (13, 'Dunder Mifflin Printer', 5, NULL)"
        )
        con.execute(
            "INSERT INTO contacts (id, first_name, last_name, organization_id) VALUES (20, 'Grace', 'Hopper', 1)"
        )
    mirror.refresh_answers()
    return mirror


def test_ties_go_to_shorter_names_then_name_resource_and_id(handmade: Mirror) -> None:
    found = handmade.search("acme")
    assert found.select("resource", "id", "name", "match").rows() == [
        ("configurations", 10, "ACME", "exact"),
        ("organizations", 3, "Acme", "exact"),
        ("organizations", 2, "acme", "exact"),
        ("configurations", 11, "Acme-FW01", "prefix"),
        ("organizations", 1, "Acme Corporation", "prefix"),
    ]
    # The organization's current name wins over the name the record carried.
    assert found.row(0, named=True)["organization_name"] == "Acme Corporation"


def test_close_spellings_match_words_of_long_names(handmade: Mirror) -> None:
    assert handmade.search("recepton").select("name", "match").rows() == [
        ("Reception PC", "similar"),
        ("Reception Services", "similar"),
    ]
    assert handmade.search("mifflni")["name"].to_list() == ["Dunder Mifflin Printer"]
    # An organization missing from the mirror leaves the name the record carries.
    assert handmade.search("reception pc").row(0, named=True)["organization_name"] == "Gone Ltd"
    assert handmade.search("acmr")["match"].unique().to_list() == ["similar"]
    # Three characters are too few for typo tolerance: nearly everything is one edit away.
    assert handmade.search("acx").is_empty()


def test_case_folding_beyond_ascii_and_contacts_without_a_full_name(handmade: Mirror) -> None:
    assert handmade.search("ärzte")["id"].to_list() == [4]
    assert handmade.search("ÄRZTE")["id"].to_list() == [4]
    assert handmade.search("hopper").select("resource", "id", "name").rows() == [("contacts", 20, "Grace Hopper")]


@pytest.mark.parametrize("text", ["reception", "a b", "x%y_z", "straße", "c++"])
def test_every_one_edit_variant_matches_and_keeps_an_intact_piece(text: str) -> None:
    pattern = one_edit_pattern(text)
    first, second = intact_pieces(text)
    variants = {text[:i] + text[i + 1 :] for i in range(len(text))}
    variants |= {text[:i] + "#" + text[i + 1 :] for i in range(len(text))}
    variants |= {text[:i] + "#" + text[i:] for i in range(len(text) + 1)}
    variants |= {text[:i] + text[i + 1] + text[i] + text[i + 2 :] for i in range(len(text) - 1)}
    with duckdb.connect() as con:
        for variant in variants - {""}:
            assert con.execute("SELECT regexp_matches(?, ?)", [f"Name {variant}", pattern]).fetchone() == (True,)
            assert first in variant or second in variant, variant
        # Inside a word (not at its start) is no match.
        assert con.execute("SELECT regexp_matches(?, ?)", ["xx" + text, pattern]).fetchone() == (False,)


def test_the_word_table_gives_what_the_scan_gives(handmade: Mirror, monkeypatch: pytest.MonkeyPatch) -> None:
    # The passes over the names (what a file without the piece table gets): the piece table is tested below.
    monkeypatch.setattr(search_module, "_indexed", lambda *_: None)
    handmade.close()
    with duckdb.connect(str(handmade.path)) as con:
        con.execute(
            "INSERT INTO documents (id, name) VALUES (30, 'Rece-ton Desk'), (31, 'Re ception'), (32, 'Receptoin'),"
            " (33, 'XReception'), (34, 'Recepton-PC'), (35, 'The reception pc'), (36, 'r ecepton'), (37, 'Mifflin'),"
            " (38, 'AxB Corp'), (39, 'Arzte'), (40, 'Reseption Hall'), (41, 'recep ton')"
        )
    handmade.refresh_answers()
    queries: list[str] = []

    def recording(query: str, parameters: Sequence[Any]) -> pl.DataFrame:
        queries.append(query)
        return handmade.sql(query, parameters)

    texts = ["recepton", "reception", "recepton pc", "mifflni", "mifflin", "a_b corp", "ärzte", "receptio", "hopr"]
    indexed = {text: search(recording, text, limit=50) for text in texts}
    assert sum(WORDS_TABLE in query for query in queries) == len(texts) - 1  # "a_b corp" starts with one letter
    handmade.close()  # its kept reader would refuse a writing connection in this process
    with duckdb.connect(str(handmade.path)) as con:
        con.execute(f"DROP TABLE {WORDS_TABLE}")  # as in a file made before the table existed
    for text, found in indexed.items():
        assert found.equals(handmade.search(text, limit=50)), text
    close = indexed["recepton"].filter(pl.col("match") == "similar")
    # A separator typed for a letter or slipped in counts; two edits, or a typo inside a word, do not.
    assert set(close["id"]) == {5, 12, 30, 32, 35, 36, 41}


def test_the_word_table_follows_syncs(tmp_path: Path) -> None:
    with (
        Emulator.start(orgs=2, seed=3) as emulator,
        ITGlueClient(base_url=emulator.base_url, api_key=emulator.api_key) as client,
    ):
        created = client.organizations.create({"name": "Quixotic Holdings"})
        mirror = Mirror(path=tmp_path / "m.duckdb")
        with duckdb.connect(str(mirror.path)) as con:
            con.execute(f"DROP TABLE {WORDS_TABLE}")  # the first sync of an older file builds the whole table
        mirror.sync(client, resources=["organizations", "contacts"])
        names = mirror.sql("SELECT name FROM organizations UNION ALL SELECT name FROM contacts")["name"]
        words = set(mirror.sql("SELECT word FROM _search_words")["word"])
        assert {word for name in names for word in re.findall(r"[^\W_]+", name.lower())} <= words
        assert mirror.search("quixotik", resources=["organizations"])["id"].to_list() == [int(created.id)]

        client.organizations.update(created, {"name": "Zanzibar Holdings"})
        report = mirror.sync(client, resources=["organizations"])
        assert report.resources["organizations"].mode == "incremental"
        assert mirror.search("zanzibra", resources=["organizations"])["id"].to_list() == [int(created.id)]
        assert mirror.search("quixotik", resources=["organizations"]).is_empty()
        # The old word stays until a rebuild, harmlessly: no name holds it any more.
        assert not mirror.sql("SELECT * FROM _search_words WHERE word = 'quixotic'").is_empty()
        mirror.refresh_answers()
        assert mirror.sql("SELECT * FROM _search_words WHERE word = 'quixotic'").is_empty()


def _two_passes(mirror: Mirror, text: str, limit: int) -> pl.DataFrame:
    """What search gave before its one pass: the direct matches, then the similar ones in the room they leave."""
    covered = tuple(SEARCHED)
    found = _typed(mirror.sql(*positional(*direct_query(text, covered, limit))))
    if found.height >= limit or not SIMILAR_MIN_LENGTH <= len(text) <= SIMILAR_MAX_LENGTH:
        return found
    pieces = _close_pieces(mirror.sql, text)
    if pieces == []:
        return found
    if pieces is None or len(pieces) > MAX_PIECES:
        query = similar_query(text, covered, limit - found.height)
    else:
        query = pieces_query(text, pieces, covered, limit - found.height)
    return pl.concat([found, _typed(mirror.sql(*positional(*query)))])


def test_one_pass_gives_what_a_pass_per_kind_gives(handmade: Mirror) -> None:
    handmade.close()
    with duckdb.connect(str(handmade.path)) as con:
        con.execute(
            "INSERT INTO documents (id, name) SELECT 100 + i, pick || ' ' || i FROM (SELECT i, ['Reception desk',"
            " 'Recepton guide', 'Acme backup', 'Acme Corp notes', 'Mifflin paper', 'Hopper notes'][1 + i % 6] AS pick"
            " FROM range(60) t(i))"
        )
    handmade.refresh_answers()
    texts = [
        "acme",
        "Acme Corp",
        "recepton",
        "reception",
        "mifflni",
        "hopr",
        "Acme-FW01",
        "notes",
        "acme bakup",
        "zzzz",
    ]
    for limit in (1, 3, 20, 200):
        for text in texts:
            assert handmade.search(text, limit=limit).equals(_two_passes(handmade, text, limit)), (text, limit)


def test_word_keys_find_every_word_close_to_a_text() -> None:
    texts = ["recepton", "mifflin", "abcd", "hopper", "kowalsky", "o187"]
    words = {"xyz", "abc", "ab", "a"}
    for text in texts:
        variants = {text[:i] + text[i + 1 :] for i in range(len(text))}
        variants |= {text[:i] + "q" + text[i + 1 :] for i in range(len(text))}
        variants |= {text[:i] + "q" + text[i:] for i in range(len(text) + 1)}
        variants |= {text[:i] + text[i + 1] + text[i] + text[i + 2 :] for i in range(len(text) - 1)}
        words |= variants | {variant + "zz" for variant in variants} | {"z" + variant for variant in variants}
    with duckdb.connect() as con:
        con.execute("CREATE TABLE w AS SELECT unnest(?::VARCHAR[]) AS word", [sorted(words)])
        con.execute(f"CREATE TABLE k AS SELECT DISTINCT unnest({word_keys('word')}) AS key, word FROM w")  # noqa: S608
        for text in texts:
            near = "(?i)^(?:" + one_edit_variants(text) + ")"  # what close_pieces_query looks for
            scanned = con.execute("SELECT word FROM w WHERE regexp_matches(word, ?)", [near]).fetchall()
            keyed = con.execute(
                f"SELECT DISTINCT word FROM k WHERE key IN (SELECT unnest({word_keys('$1')}))"  # noqa: S608
                " AND regexp_matches(word, $2)",
                [text, near],
            ).fetchall()
            assert scanned, text
            assert {row[0] for row in keyed} == {row[0] for row in scanned}, text


def test_an_older_file_gets_the_key_table_sorted_names_and_indexes(tmp_path: Path) -> None:
    mirror = Mirror(path=tmp_path / "m.duckdb")
    mirror.close()
    with duckdb.connect(str(mirror.path)) as con:
        con.execute("INSERT INTO organizations (id, name) VALUES (1, 'Zeta Org'), (2, 'Alpha Org'), (3, 'Quixotic')")
        con.execute(f"DROP TABLE {KEYS_TABLE}")
        con.execute(f"DROP TABLE {GRAMS_TABLE}")
        con.execute("DROP INDEX configurations_named_serial_number_index")
        con.execute("UPDATE _mirror_meta SET value = '2' WHERE key = 'schema_version'")
    reopened = Mirror(path=mirror.path)
    assert reopened.meta()["schema_version"] == str(SCHEMA_VERSION)
    assert reopened.sql(f"SELECT count(*) FROM {KEYS_TABLE}").item() > 0  # noqa: S608
    assert reopened.sql(f"SELECT count(*) FROM {GRAMS_TABLE}").item() > 0  # noqa: S608
    assert reopened.sql("SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'configurations_named'").item() == 1
    assert reopened.sql("SELECT name FROM _search_names ORDER BY rowid")["name"].to_list() == [
        "Alpha Org",
        "Quixotic",
        "Zeta Org",
    ]
    assert reopened.search("quixotik")["name"].to_list() == ["Quixotic"]


@pytest.mark.parametrize("source", ["cheapest", "halves", "close words"])
def test_the_piece_table_gives_what_the_passes_give(
    handmade: Mirror, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    # Every way of finding similar names' candidates: the text's rarest pieces or its halves, whichever holds
    # fewer names, the halves alone, and the pieces of close words.
    if source != "cheapest":
        monkeypatch.setattr(search_module, "_pigeonhole", lambda _: None)
    if source == "close words":
        monkeypatch.setattr(search_module, "_halves", lambda _: ())
    handmade.close()
    with duckdb.connect(str(handmade.path)) as con:
        con.execute(
            "INSERT INTO documents (id, name) SELECT 100 + i, pick || ' ' || i FROM (SELECT i, ['Reception desk',"
            " 'Recepton guide', 'Acme backup', 'Acme Corp notes', 'Mifflin paper', 'Hopper notes', 'Re ception',"
            " 'AxB Corp', 'O187-WIR4242', 'O188-WIR4242 spare', 'o187 wir4242'][1 + i % 11] AS pick"
            " FROM range(120) t(i))"
        )
    handmade.refresh_answers()
    texts = [
        "acme", "Acme Corp", "recepton", "reception", "recepton pc", "mifflni", "hopr", "Acme-FW01", "notes",
        "acme bakup", "zzzz", "O187-WIR4242", "o187-wir4243", "a_b corp", "ärzte", "ÄRZTE", "cep", "wir424",
        "re ception desk", "x%y", "c++ (x", "Dunder Mifflin Printr",
    ]  # fmt: skip
    queries: list[str] = []

    def recording(query: str, parameters: Sequence[Any]) -> pl.DataFrame:
        queries.append(query)
        return handmade.sql(query, parameters)

    for limit in (1, 3, 20, 200):
        for text in texts:
            queries.clear()
            found = search(recording, text, limit=limit)
            assert found.equals(_scanned(handmade.sql, text, tuple(SEARCHED), limit)), (text, limit)
            assert any(COUNTS_TABLE in query for query in queries), text
