"""`cardbook member …` and `report --member`: who you are on this machine, and whose lists and reports you read
(docs/CLI.md, "Team members")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from cardbook.cli.main import main
from cardbook.storage.contacts.records import search_ids
from cardbook.storage.library import Library
from cardbook.storage.members import member_named
from cardbook.storage.models import FollowUpRow
from tests.storage.test_members import Team


@pytest.fixture
def team_root(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    library = Library.open(root)
    Team(library)  # Anne owes Paul her card; Claire exchanged with him; Marc gave Claire his and did not ask
    library.close()
    return root


def _json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def cardbook(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--library", str(root), *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_member_list_marks_the_member_chosen_here(team_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cardbook(team_root, capsys, "member", "list") == (0, "  Anne\n* Claire\n", "")
    assert cardbook(team_root, capsys, "member", "use", "anne")[0] == 0
    status, out, _ = cardbook(team_root, capsys, "member", "list", "--json")
    assert status == 0
    assert [(m["name"], m["current"]) for m in _json_lines(out)] == [("Anne", True), ("Claire", False)]


def test_each_member_lists_their_own_cards_to_send(team_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def owed() -> list[object]:
        status, out, _ = cardbook(team_root, capsys, "list", "cards-i-owe", "--json")
        assert status == 0
        return [line["name"] for line in _json_lines(out)]

    assert owed() == []  # Claire's machine
    cardbook(team_root, capsys, "member", "use", "Anne")
    assert owed() == ["Paul Vidal"]


def test_lists_events_and_networks_take_another_members_point_of_view(
    team_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def names(*args: str) -> list[object]:
        status, out, err = cardbook(team_root, capsys, *args, "--json")
        assert status == 0, err
        return [line["name"] for line in _json_lines(out)]

    def cards(*args: str) -> list[object]:
        status, out, err = cardbook(team_root, capsys, *args, "--json")
        assert status == 0, err
        return [line["cards"] for line in _json_lines(out)]

    # Claire's machine: her lists by default, Anne's or the team's when asked.
    assert names("list", "cards-i-owe") == [] and names("list", "one-way-givers") == ["Marc Vendeur"]
    assert names("list", "cards-i-owe", "--member", "anne") == ["Paul Vidal"]
    assert names("list", "one-way-givers", "--member", "Anne") == []
    # The team gave Paul a card (Claire's): nobody owes him one; Marc still never asked for the team's.
    assert names("list", "cards-i-owe", "--member", "all") == [] and names(
        "list", "one-way-givers", "--member", "all"
    ) == ["Marc Vendeur"]
    # Anne met Paul once; Claire met him three times and Marc once: the event's cards are each one's own.
    assert (
        cards("events", "--member", "Anne") == [1]
        and cards("events") == [4]
        and cards("events", "--member", "all") == [5]
    )
    assert cards("networks", "--all-time", "--member", "Anne") == [1]
    status, _, err = cardbook(team_root, capsys, "followups", "--member", "Zoé")
    assert status == 1 and err.count("\n") == 1 and "No member named “Zoé”" in err


def test_reports_per_member_add_up_to_the_teams(team_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def cards(*member: str) -> int:
        status, out, err = cardbook(team_root, capsys, "report", "network", "--all-time", "--format", "json", *member)
        assert (status, err) == (0, "")
        [network] = _json_lines(out)
        return int(str(network["cards"]))

    anne, claire, team = cards("--member", "Anne"), cards("--member", "claire"), cards("--member", "all")
    assert (anne, claire, team) == (1, 4, 5)
    assert cards() == claire  # this machine's member
    status, _, err = cardbook(team_root, capsys, "report", "network", "--member", "Zoé")
    assert status == 1 and err.count("\n") == 1 and "No member named “Zoé”" in err


def test_reports_say_whose_they_are(team_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def report(*args: str) -> list[str]:
        status, out, err = cardbook(team_root, capsys, "report", *args)
        assert (status, err) == (0, "")
        return out.splitlines()

    assert report("network", "--all-time")[:3] == ["What each network brought", "All time", "For Claire"]
    assert report("event", "BNI Lyon breakfast", "--member", "anne")[:2] == [
        "After the event: BNI Lyon breakfast", "For Anne"
    ]  # fmt: skip
    assert report("event", "BNI Lyon breakfast", "--member", "all", "--lang", "fr")[1] == "Pour l’équipe"
    saved = team_root.parent / "network.html"
    assert report("network", "--all-time", "--member", "all", "--output", str(saved)) == [str(saved)]
    assert "</h1><p class='meta'>All time</p><p class='meta'>For the team</p>" in saved.read_text(encoding="utf-8")
    cardbook(team_root, capsys, "member", "remove", "Anne")
    cardbook(team_root, capsys, "member", "remove", "Claire")  # no members now: a personal library says neither
    lines = report("network", "--all-time")
    assert lines[:2] == ["What each network brought", "All time"] and lines[2] == ""
    assert not [line for line in lines if line.startswith("For ")]


def test_a_follow_up_added_here_is_the_current_members(team_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = Library.open(team_root)
    [paul_id] = search_ids(library, "Vidal")
    library.close()
    assert cardbook(team_root, capsys, "member", "use", "Anne")[0] == 0
    assert cardbook(team_root, capsys, "followup", "add", str(paul_id), "--due", "2026-04-01")[0] == 0
    library = Library.open(team_root)
    with library.session() as session:
        owners = list(session.scalars(select(FollowUpRow.member_id)))
    assert owners == [member_named(library, "Anne").id]
    library.close()


def test_rename_remove_and_bad_names_end_to_end(team_root: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cardbook", "--library", str(team_root), "member", *args],
            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300,
        )  # fmt: skip

    assert run("add", "claire").stderr == "cardbook: there is already a member named “claire”\n"
    assert run("rename", "Claire", "Claire Roux").stdout == "Member renamed: Claire Roux\n"
    removed = run("remove", "Claire Roux")
    assert (removed.returncode, removed.stdout) == (
        0,
        "Member removed: Claire Roux (4 encounters kept, now nobody's)\n",
    )
    listed = run("list")
    assert listed.stdout.splitlines() == [
        "  Anne",
        "No member chosen on this machine: lists and figures are the team's (`cardbook member use NAME`).",
    ]
    unknown = run("use", "Claire Roux")
    assert (unknown.returncode, unknown.stderr) == (1, "cardbook: No member named “Claire Roux”\n")
