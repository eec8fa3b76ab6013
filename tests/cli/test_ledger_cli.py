"""The ledger commands (events, networks, report, followups, strength) on the small known library, through
`cardbook.cli.main.main` (and its one-line error reporting), in this process and in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardbook.cli import main as cli
from cardbook.storage.ledger.networks import set_network_archived
from cardbook.storage.library import Library
from tests.storage.test_ledger_library import Small, build_small_library


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[Path, Small]]:
    path = tmp_path / "lib"
    library = Library.open(path)
    ids = build_small_library(library)
    library.close()
    yield path, ids


def run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    status = cli.main(["--library", str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_events_json(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, ids = small
    status, out, _ = run(capsys, path, "events", "--json")
    assert status == 0
    records = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert list(records) == [ids.e4, ids.e2, ids.e3, ids.e1]  # newest first
    assert records[ids.e2] | {"place": None} == {
        "id": ids.e2,
        "name": "Club Alpha breakfast",
        "date": "2026-03-12",
        "place": None,
        "network": "Club Alpha",
        "network_id": ids.club,
        "cards": 2,
        "meetings": 2,  # docs/MEETINGS.md: those without cards are meetings, not cards
        "no_cards": 0,
        "mutual": 1,
        "from_them": 1,
        "from_me": 0,
        "unknown": 0,
        "mutual_rate": 0.5,
        "recorded": 2,
        "unrecorded": 0,
    }
    assert records[ids.e4]["network"] is None


def test_events_text(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, _ = small
    status, out, _ = run(capsys, path, "events")
    assert status == 0
    assert "2026-03-12  Club Alpha breakfast  [Club Alpha]  2 cards, 50% (mutual 1 of 2 recorded)" in out


def test_networks(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, ids = small
    status, out, _ = run(capsys, path, "networks", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["name"], r["kind"], r["yearly_cost"], r["events"]) for r in records] == [
        ("CCI Beta", "chamber_of_commerce", 300.0, 1),
        ("Club Alpha", "business_club", 1200.0, 2),
        ("Free Meetup", "meetup", None, 0),
    ]
    library = Library.open(path)
    set_network_archived(library, ids.meetup)
    library.close()
    _, out, _ = run(capsys, path, "networks", "--active")
    assert "Free Meetup" not in out and "Club Alpha — business club, €1,200 a year, 2 events" in out


def test_report_event_by_name_as_text(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, _ = small
    status, out, _ = run(capsys, path, "report", "event", "cci beta EVENING")
    assert status == 0
    assert out.startswith("After the event: CCI Beta evening\n10 Feb 2026 · Lyon · CCI Beta\n")
    assert "⇄ Bruno Petit — Atelier B (met 1× before)" in out
    assert "? David Moreau — DM Conseil (first meeting)" in out


def test_report_event_html_in_french(
    capsys: pytest.CaptureFixture[str], small: tuple[Path, Small], tmp_path: Path
) -> None:
    path, ids = small
    target = tmp_path / "event.html"
    status, out, _ = run(capsys, path, "report", "event", str(ids.e2), "--output", str(target), "--lang", "fr")
    assert status == 0 and out.strip() == str(target)
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Cartes que vous devez" in html and "Claire Roux" in html


def test_report_event_errors_are_one_line(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, ids = small
    status, _, err = run(capsys, path, "report", "event", "club alpha")
    assert status == 1
    assert err == (
        f"cardbook: several events match “club alpha”: give the id of one of {ids.e2} (Club Alpha breakfast, "
        f"2026-03-12), {ids.e1} (Club Alpha breakfast, 2026-01-15)\n"
    )
    status, _, err = run(capsys, path, "report", "event", "Gala")
    assert (status, err) == (1, "cardbook: no event named “Gala”\n")
    status, _, err = run(capsys, path, "report", "event", "404")
    assert (status, err) == (1, "cardbook: No event with id 404\n")


def test_report_network_json_all_time(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, _ = small
    status, out, _ = run(capsys, path, "report", "network", "--format", "json", "--all-time")
    assert status == 0
    records = {r["network"]: r for r in map(json.loads, out.splitlines())}
    club = records["Club Alpha"]
    assert (club["events"], club["cards"], club["mutual_rate"], club["repeat_contacts"]) == (2, 4, 0.5, 1)
    assert (club["referrals_received"], club["referrals_received_won_value"], club["cost_per_referral"]) == (
        2,
        5000.0,
        600.0,
    )
    assert records[None]["cards"] == 2 and records["Free Meetup"]["cost_per_mutual_contact"] is None
    assert club["period_start"] is None


def test_report_network_defaults_to_the_last_year(
    capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]
) -> None:
    path, _ = small
    _, out, _ = run(capsys, path, "report", "network", "--format", "json", "--today", "2027-03-01")
    club = next(r for r in map(json.loads, out.splitlines()) if r["network"] == "Club Alpha")
    assert (club["period_start"], club["period_end"]) == ("2026-03-02", "2027-03-01")
    assert (club["events"], club["cards"], club["referrals_received"]) == (1, 2, 1)  # only 12 March and 20 March
    status, _, err = run(capsys, path, "report", "network", "--since", "2026-05-01", "--until", "2026-01-01")
    assert (status, err) == (1, "cardbook: --since is after --until\n")


def test_report_network_html(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small], tmp_path: Path) -> None:
    path, _ = small
    target = tmp_path / "networks.html"
    status, _, _ = run(capsys, path, "report", "network", "--all-time", "--output", str(target))
    assert status == 0
    html = target.read_text(encoding="utf-8")
    assert "What each network brought" in html and html.count("<svg") == 3


def test_followups(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, ids = small
    status, out, _ = run(capsys, path, "followups", "--due", "--json", "--today", "2026-03-25")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["name"], r["due"], r["state"]) for r in records] == [("Claire Roux", "2026-03-20", "overdue")]
    _, out, _ = run(capsys, path, "followups", "--today", "2026-03-25")
    assert f"{ids.bruno_rhythm:>6}  2026-04-01  this_week   Bruno Petit (every 6 weeks) — Coffee" in out
    _, out, _ = run(capsys, path, "followups", "--due", "--today", "2026-01-01")
    assert out == "No follow-up is due.\n"


def test_strength(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, ids = small
    status, out, _ = run(capsys, path, "strength", str(ids.anne), "--today", "2026-04-20")
    assert status == 0
    assert out == (
        "Anne Martin: 62/100 ●●●●○\n"
        "Met twice in 8 weeks, always a mutual exchange, sent me 2 referrals (1 won), last seen 5 weeks ago.\n"
    )
    _, out, _ = run(capsys, path, "strength", str(ids.anne), "--today", "2026-04-20", "--lang", "fr", "--json")
    record = json.loads(out)
    assert (record["score"], record["dots"]) == (62, 4)
    assert record["sentence"].startswith("2 rencontres en 8 semaines, toujours un échange mutuel")
    assert record["points"] == {"meetings": 12.0, "reciprocity": 20.0, "referrals": 15.0, "recency": 15.0}
    status, _, err = run(capsys, path, "strength", "999")
    assert (status, err) == (1, "cardbook: No contact with id 999\n")


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str], small: tuple[Path, Small]) -> None:
    path, _ = small
    with pytest.raises(SystemExit) as exc:
        cli.main(["--library", str(path), "followups", "--today", "tomorrow"])
    assert exc.value.code == 2
    assert "invalid date 'tomorrow' (expected YYYY-MM-DD)" in capsys.readouterr().err


_SUBPROCESS = """
import sys
from cardbook.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _run_process(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    command = [sys.executable, "-c", _SUBPROCESS, "--library", str(path), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=root)


def test_end_to_end_in_a_process(small: tuple[Path, Small]) -> None:
    path, ids = small
    result = _run_process(path, "strength", str(ids.claire), "--today", "2026-04-20", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["score"] == 21
    result = _run_process(path, "report", "event", "nothing like it")
    assert result.returncode == 1
    assert result.stderr == "cardbook: no event named “nothing like it”\n"


def test_wired_into_the_real_command_line(small: tuple[Path, Small]) -> None:
    """`cardbook events --json` as a script runs it."""
    path, ids = small
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "cardbook", "--library", str(path), "events", "--json"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [ids.e4, ids.e2, ids.e3, ids.e1]
