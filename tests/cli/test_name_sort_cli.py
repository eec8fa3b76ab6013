"""`--sort first|family` of `cardbook search` and `cardbook list`, and the given_name / family_name keys of their
JSON lines (docs/CLI.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardbook.cli.main import main
from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.library import Library
from tests.storage.test_ledger_library import build_small_library


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(argv) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture
def people(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    library = Library.open(root)
    for name in ("Marie Martin", "DUPONT Jean", "Zoé ABADIE", "Luc Berger", "Ana da Silva"):
        create_contact(library, Contact(full_name=name, company="Horizon Conseil"))
    create_contact(library, Contact(company="Horizon Conseil Lyon"))  # the company's own card: no person
    create_contact(library, Contact(full_name="Pieter van der Berg", given_name="Piet", family_name="Berg"))
    library.close()
    return root


def test_search_sorts_its_matches_by_first_or_family_name(people: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--library", str(people), "search", "horizon", "--json"]
    by_family = [r["name"] for r in _json([*base, "--sort", "family"], capsys)]
    assert by_family == [
        "Zoé ABADIE",
        "Luc Berger",
        "Ana da Silva",
        "DUPONT Jean",
        "Horizon Conseil Lyon",
        "Marie Martin",
    ]
    by_first = [r["name"] for r in _json([*base, "--sort", "first"], capsys)]
    assert by_first == [
        "Ana da Silva",
        "Horizon Conseil Lyon",
        "DUPONT Jean",
        "Luc Berger",
        "Marie Martin",
        "Zoé ABADIE",
    ]
    best_first = [r["name"] for r in _json(base, capsys)]
    assert sorted(best_first) == sorted(by_family)  # the same matches; their order is the search's own


def test_search_json_carries_the_names_parts(people: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = {r["name"]: r for r in _json(["--library", str(people), "search", "berg", "--json"], capsys)}
    assert (records["Pieter van der Berg"]["given_name"], records["Pieter van der Berg"]["family_name"]) == (
        "Piet",
        "Berg",
    )
    records = {r["name"]: r for r in _json(["--library", str(people), "search", "horizon", "--json"], capsys)}
    assert (records["DUPONT Jean"]["given_name"], records["DUPONT Jean"]["family_name"]) == ("Jean", "DUPONT")
    assert (records["Horizon Conseil Lyon"]["given_name"], records["Horizon Conseil Lyon"]["family_name"]) == (
        None,
        None,
    )
    # the contract's keys are all still there
    keys = {"id", "name", "company", "title", "meetings", "last_met", "exchange", "status"}
    assert keys < set(records["DUPONT Jean"])


def test_list_sorts_people_by_first_or_family_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    library = Library.open(root)
    build_small_library(library)  # prescribers: Anne Martin, David Moreau, Émile Faure
    library.close()
    base = ["--library", str(root), "list", "prescribers", "--json"]
    usual = [r["name"] for r in _json(base, capsys)]
    assert usual == ["Anne Martin", "Émile Faure", "David Moreau"]  # most won value first
    assert [r["name"] for r in _json([*base, "--sort", "family"], capsys)] == [
        "Émile Faure",
        "Anne Martin",
        "David Moreau",
    ]
    by_first = _json([*base, "--sort", "first"], capsys)
    assert [r["name"] for r in by_first] == ["Anne Martin", "David Moreau", "Émile Faure"]
    assert (by_first[0]["given_name"], by_first[0]["family_name"]) == ("Anne", "Martin")
    owed = _json(["--library", str(root), "list", "cards-i-owe", "--json", "--sort", "family"], capsys)
    assert [(r["given_name"], r["family_name"]) for r in owed] == [("Claire", "Roux")]


def test_a_bad_sort_is_a_usage_error(people: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--library", str(people), "search", "horizon", "--sort", "last"])
    assert exited.value.code == 2
