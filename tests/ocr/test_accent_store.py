"""The prebuilt accent tables (``accent_store``): each shipped file holds exactly what the installed word lists
give, a file built from other sources is never used, and the reader takes its tables from the files."""

from __future__ import annotations

import json

import pytest

from cardbook.ocr import accent_store, accents


@pytest.mark.parametrize("lang", accents.LANGUAGES)
def test_each_shipped_file_holds_what_the_installed_list_builds(lang: str) -> None:
    stored = accent_store.load(lang, accents.tables_stamp())
    assert stored is not None, f"stale {accent_store.file_name(lang)}: run python -m cardbook.ocr.prebuilt_tables"
    assert stored == accents.build_tables(lang)


def test_a_file_built_from_another_list_version_or_rule_is_not_used() -> None:
    running = accents.tables_stamp()
    tables = ({"operacoes": "operações", "tecnico": "técnico"}, frozenset("çõé"), frozenset({"operações", "técnico"}))
    assert accent_store.decode(accent_store.encode(tables, running), running) == tables

    upgraded = json.loads(json.dumps(running))
    upgraded["packages"]["pyspellchecker"] = "0.0.0"
    assert accent_store.decode(accent_store.encode(tables, upgraded), running) is None
    edited = dict(running, rule="0" * 64)
    assert accent_store.decode(accent_store.encode(tables, edited), running) is None


def test_the_same_tables_give_the_same_bytes_and_empty_tables_round_trip() -> None:
    running = accents.tables_stamp()
    spellings = {f"w{index}": f"w{index}é" for index in range(500)}
    shuffled = dict(sorted(spellings.items(), reverse=True))
    tables = (spellings, frozenset("é"), frozenset(spellings.values()))
    assert accent_store.encode(tables, running) == accent_store.encode((shuffled, *tables[1:]), running)
    empty: accent_store.AccentTables = ({}, frozenset(), frozenset())
    assert accent_store.decode(accent_store.encode(empty, running), running) == empty
    with pytest.raises(ValueError):
        accent_store.encode(({"a\tb": "á"}, frozenset(), frozenset()), running)


def test_the_reader_takes_its_tables_from_the_shipped_files() -> None:
    accents._tables.cache_clear()
    try:
        assert accents.accented_spellings("pt")["operacoes"] == "operações"
        stored = accent_store.load("pt", accents.tables_stamp())
        assert stored is not None and accents.accented_spellings("pt") == stored[0]
        assert accents.with_accents("Diretor de Operacoes", "pt") == "Diretor de Operações"
    finally:
        accents._tables.cache_clear()
