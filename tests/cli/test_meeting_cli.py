"""`cardbook meeting add` and `meeting remove`, end to end in subprocesses: each option, each error as one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cardbook.domain.contact import Contact
from cardbook.storage.contacts.records import create_contact
from cardbook.storage.library import Library
from tests.cli.test_cli import run

TODAY = ("--today", "2026-06-10")


def _ok(lib: Path, *args: str) -> list[dict[str, Any]]:
    result = run(lib, *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _fails(lib: Path, *args: str) -> str:
    result = run(lib, *args)
    assert result.returncode != 0 and not result.stdout, result.stdout
    [line] = result.stderr.splitlines()  # one clear line, never a traceback
    return line


def _misused(lib: Path, *args: str) -> str:
    """argparse's answer to a malformed command: the usage, then one error line (status 2)."""
    result = run(lib, *args)
    assert result.returncode == 2 and not result.stdout and "Traceback" not in result.stderr
    return result.stderr.splitlines()[-1]


def _people(tmp_path: Path) -> tuple[Path, list[int]]:
    lib = tmp_path / "lib"
    library = Library.open(lib)
    ids = [create_contact(library, Contact(full_name=name)).id or 0 for name in ("Ana Test", "Ben Test", "Cy Test")]
    library.close()
    return lib, ids


def test_meeting_add_with_each_option_then_remove(tmp_path: Path) -> None:
    lib, (ana, ben, cy) = _people(tmp_path)
    [event] = _ok(lib, "event", "add", "Club breakfast", "--date", "2026-05-12", "--json")

    # Defaults: no event, today, no cards this time.
    plain = run(lib, "meeting", "add", str(ana), *TODAY)
    assert plain.returncode == 0 and plain.stdout.splitlines()[-1] == "1 meeting recorded on 2026-06-10."
    [first] = _ok(lib, "contact", str(ana), "--json")[0]["encounters"]
    assert (first["date"], first["event_id"], first["outcome"]) == ("2026-06-10", None, "no_cards")
    assert (first["symbol"], first["got_their_card"], first["gave_mine"]) == ("∅", False, False)

    # Several people at an event named by name: its date.
    both = _ok(lib, "meeting", "add", str(ben), str(cy), "--event", "club BREAKFAST", "--json", *TODAY)
    assert [(m["contact_id"], m["event_id"], m["date"]) for m in both] == [
        (ben, event["id"], "2026-05-12"), (cy, event["id"], "2026-05-12")
    ]  # fmt: skip
    # By id, with every other option.
    [full] = _ok(lib, "meeting", "add", str(ana), "--event", str(event["id"]), "--date", "2026-05-13", "--place",
                 "Stand 4", "--exchange", "mutual", "--note", "talked about the fair", "--json", *TODAY)  # fmt: skip
    assert (full["date"], full["place"], full["outcome"], full["note"]) == (
        "2026-05-13", "Stand 4", "mutual", "talked about the fair"
    )  # fmt: skip
    [owed] = _ok(lib, "meeting", "add", str(cy), "--exchange", "i-had-none", "--json", *TODAY)
    assert owed["outcome"] == "i_had_none" and [c["contact_id"] for c in _ok(lib, "list", "cards-i-owe", "--json")] == [
        cy
    ]  # fmt: skip
    # The exchange command knows the new answer too.
    assert _ok(lib, "exchange", str(owed["id"]), "--outcome", "no-cards", "--json")[0]["outcome"] == "no_cards"

    [events_line] = _ok(lib, "events", "--json")
    assert (events_line["meetings"], events_line["cards"], events_line["no_cards"]) == (3, 1, 2)

    removed = run(lib, "meeting", "remove", str(full["id"]), str(owed["id"]))
    assert removed.returncode == 0 and removed.stdout.splitlines()[-1] == "2 meetings removed."
    assert [m["id"] for m in _ok(lib, "contact", str(ana), "--json")[0]["encounters"]] == [first["id"]]


def test_meeting_errors_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    lib, (ana, ben, _cy) = _people(tmp_path)
    _ok(lib, "event", "add", "Club breakfast", "--date", "2026-05-12")
    _ok(lib, "event", "add", "Club breakfast", "--date", "2026-06-09")
    assert _fails(lib, "meeting", "add", str(ana), "9999", *TODAY) == "cardbook: No contact with id 9999"
    assert _fails(lib, "meeting", "add", str(ana), "--event", "Gala", *TODAY) == "cardbook: No event named “Gala”"
    assert _fails(lib, "meeting", "add", str(ana), "--event", "77", *TODAY) == "cardbook: No event with id 77"
    shared = _fails(lib, "meeting", "add", str(ana), "--event", "Club breakfast", *TODAY)
    assert "2 events are named “Club breakfast”" in shared and "--date" in shared
    assert _fails(lib, "meeting", "add", str(ana), "--date", "2027-01-01", *TODAY).endswith(
        "is in the future (today is 2026-06-10)"
    )
    assert "12/05/2026" in _misused(lib, "meeting", "add", str(ana), "--date", "12/05/2026")
    assert "invalid choice: 'maybe'" in _misused(lib, "meeting", "add", str(ben), "--exchange", "maybe")
    assert _fails(lib, "meeting", "remove", "4242") == "cardbook: No encounter with id 4242"
    assert "CONTACT_ID" in _misused(lib, "meeting", "add")
    assert "ENCOUNTER_ID" in _misused(lib, "meeting", "remove")
    assert _ok(lib, "contact", str(ana), "--json")[0]["encounters"] == []
    # The date picks one of the events that share a name.
    [met] = _ok(lib, "meeting", "add", str(ana), "--event", "Club breakfast", "--date", "2026-06-09", "--json", *TODAY)
    assert met["date"] == "2026-06-09"


def test_meeting_remove_puts_back_the_follow_up_it_moved(tmp_path: Path) -> None:
    """docs/MEETINGS.md, "Taking one back": the "stay in touch" follow-up goes back where it was, said per meeting."""
    lib, (ana, _ben, _cy) = _people(tmp_path)
    [rhythm] = _ok(lib, "followup", "add", str(ana), "--due", "2026-01-01", "--every", "4", "--json")
    [met] = _ok(lib, "meeting", "add", str(ana), "--date", "2026-05-01", "--json", *TODAY)
    [moved] = _ok(lib, "followup", "list", "--json")
    assert (moved["id"], moved["due"]) == (rhythm["id"], "2026-05-29")

    removed = run(lib, "meeting", "remove", str(met["id"]))
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.splitlines()[1:] == [f"  follow-up {rhythm['id']} back to 2026-01-01", "1 meeting removed."]
    [back] = _ok(lib, "followup", "list", "--json")
    assert back["due"] == "2026-01-01"

    [again] = _ok(lib, "meeting", "add", str(ana), "--date", "2026-05-01", "--json", *TODAY)
    [line] = _ok(lib, "meeting", "remove", str(again["id"]), "--json")
    assert line["id"] == again["id"] and line["follow_ups_put_back"] == [{"id": rhythm["id"], "due": "2026-01-01"}]
