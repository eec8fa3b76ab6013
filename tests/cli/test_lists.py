"""`cardbook list KIND`: the window's sidebar lists from a terminal, the same people as the storage services
give the window — and the seed's distinction kept: one-way givers are not the cards I owe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardbook.cli.main import main
from cardbook.storage.ledger import exchanges, referrals
from cardbook.storage.library import Library
from tests.storage.test_ledger_library import build_small_library


@pytest.fixture
def small(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    library = Library.open(root)
    build_small_library(library)
    library.close()
    return root


def listed(root: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["--library", str(root), "list", kind, "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_each_list_is_the_windows(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = Library.open(small)
    expected = {
        "one-way-givers": [line.contact_id for line in exchanges.one_way_givers(library)],
        "cards-i-owe": [line.contact_id for line in exchanges.cards_i_owe(library)],
        "reasons-unrecorded": [line.contact_id for line in exchanges.reasons_unrecorded(library)],
        "prescribers": [b.contact_id for b in referrals.referral_balances(library) if b.received],
    }
    library.close()
    assert expected["cards-i-owe"] and expected["prescribers"]  # the small library has some of each
    for kind, ids in expected.items():
        assert [record["contact_id"] for record in listed(small, kind, capsys)] == ids, kind
    assert set(expected["one-way-givers"]).isdisjoint(expected["cards-i-owe"])  # his choice, or my lapse


def test_text_output_names_people_and_bad_kinds_are_usage_errors(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--library", str(small), "list", "cards-i-owe"]) == 0
    out = capsys.readouterr().out
    assert out and all(line.split()[0].isdigit() for line in out.splitlines())
    with pytest.raises(SystemExit) as exited:
        main(["--library", str(small), "list", "everyone"])
    assert exited.value.code == 2
