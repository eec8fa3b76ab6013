"""Every job of issue 11 on the command line, end to end in subprocesses: networks, events, contacts, the
exchange, referrals, follow-ups, duplicates, merge, introductions — and scan --import recognising a person."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import run
from tests.cli.test_scan_import import _photo


def _ok(lib: Path, *args: str) -> list[dict[str, Any]]:
    result = run(lib, *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _fails(lib: Path, *args: str) -> str:
    result = run(lib, *args)
    assert result.returncode != 0 and not result.stdout
    [line] = result.stderr.splitlines()  # one clear line, never a traceback
    return line


def test_every_job_of_the_exchange_on_the_command_line(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    [club] = _ok(lib, "network", "add", "Club Alpha", "--kind", "business_club", "--cost", "1200", "--json")
    assert _ok(lib, "network", "edit", str(club["id"]), "--cost", "1500", "--json")[0]["yearly_cost"] == 1500
    [event] = _ok(lib, "event", "add", "Petit-déjeuner", "--date", "2026-03-12", "--network", str(club["id"]), "--json")
    assert _ok(lib, "event", "edit", str(event["id"]), "--place", "Lyon", "--json")[0]["place"] == "Lyon"
    assert _ok(lib, "currency", "--json") == [{"currency": "EUR"}]

    photo = _photo(tmp_path / "card.jpg")
    [card] = _ok(lib, "scan", str(photo), "--json", "--import", "--event", "Petit-déjeuner", "--date", "2026-03-12",
                 "--offered-by", "them", "--reciprocated", "no", "--why", "not-asked")  # fmt: skip
    helene = card["contact_id"]
    [shown] = _ok(lib, "contact", str(helene), "--json", "--set", "needs=un expert-comptable", "--set", "tags=club")
    assert (shown["needs"], shown["tags"]) == ("un expert-comptable", ["club"])
    [encounter] = shown["encounters"]
    assert (encounter["outcome"], encounter["why_no_card"], encounter["event_id"]) == (
        "they_did_not_ask", "not_asked", event["id"]
    )  # fmt: skip

    # The exchange, told apart: "I had none" is a card I owe; "sent my card" clears it.
    [tagged] = _ok(lib, "exchange", str(encounter["id"]), "--outcome", "i-had-none", "--json")
    assert (tagged["outcome"], tagged["got_their_card"], tagged["gave_mine"]) == ("i_had_none", True, False)
    [partial] = _ok(lib, "exchange", str(helene), "--contact", "--outcome", "they-offered-first", "--json")
    assert (partial["outcome"], partial["symbol"]) == ("they_offered_first", "→ ?")
    _ok(lib, "exchange", str(helene), "--contact", "--offered-by", "them", "--reciprocated", "no", "--why", "my-lapse")
    [sent] = _ok(lib, "exchange", str(helene), "--contact", "--sent-my-card", "--on", "2026-03-14", "--json")
    assert (sent["outcome"], sent["reciprocated_on"]) == ("mutual", "2026-03-14")
    [owed] = _ok(lib, "exchange", str(helene), "--contact", "--all", "--outcome", "i-had-none", "--json")
    assert owed["outcome"] == "i_had_none" and [c["contact_id"] for c in _ok(lib, "list", "cards-i-owe", "--json")] == [
        helene
    ]  # fmt: skip
    assert _ok(lib, "exchange", str(helene), "--contact", "--no-card-owed", "--json")[0]["owe_dismissed"] is True
    assert _ok(lib, "list", "cards-i-owe", "--json") == []
    _ok(lib, "exchange", str(helene), "--contact", "--outcome", "mutual")
    assert "reason for no card" in _fails(lib, "exchange", str(encounter["id"]), "--reciprocated", "yes", "--why",
                                          "not-asked")  # fmt: skip

    # Someone who can bring what Hélène needs; the introduction is suggested, made, then not suggested again.
    _ok(lib, "import", *_vcard(tmp_path))
    [paul] = _ok(lib, "search", "marchand", "--json")
    paul_id = paul["id"]
    [intro] = _ok(lib, "introductions", "--json")
    assert (intro["needer_id"], intro["offerer_id"]) == (helene, paul_id)
    assert intro["reasons"] == ["title: “Expert-comptable”"]
    [made] = _ok(lib, "introduce", str(helene), str(paul_id), "--date", "2026-03-20", "--json")
    assert made["referral"]["direction"] == "between" and made["follow_up"]["due"] == "2026-04-03"
    assert _ok(lib, "introductions", "--json") == []

    [given] = _ok(lib, "referral", "add", "--from", str(helene), "--to", "me", "--outcome", "won", "--value", "4000",
                  "--date", "2026-04-01", "--json")  # fmt: skip
    assert given["direction"] == "received"
    assert len(_ok(lib, "referral", "list", "--contact", str(helene), "--json")) == 2
    [follow] = _ok(lib, "followup", "add", str(helene), "--due", "2026-05-01", "--note", "Café", "--json")
    assert any(f["id"] == follow["id"] for f in _ok(lib, "followup", "list", "--json"))
    assert _ok(lib, "followup", "done", str(follow["id"]), "--on", "2026-04-30", "--json")[0]["done_on"] == "2026-04-30"

    [network] = _ok(lib, "networks", "--json", "--all-time")
    assert (network["events"], network["referrals_received"], network["business_value"]) == (1, 1, 4000.0)
    assert (network["prescribers"], network["value_for_cost"], network["currency"]) == (1, 4000 / 1500, "EUR")

    # Duplicates and merge.
    _ok(lib, "import", *_vcard(tmp_path, "twin.vcf"))
    twin_id = max(r["id"] for r in _ok(lib, "search", "marchand", "--json"))
    [pair] = _ok(lib, "duplicates", "--json")
    assert {pair["first_id"], pair["second_id"]} == {paul_id, twin_id}
    assert _ok(lib, "merge", str(paul_id), str(twin_id), "--json")[0]["id"] == paul_id
    assert _ok(lib, "duplicates", "--json") == []


def _vcard(tmp_path: Path, name: str = "paul.vcf") -> list[str]:
    path = tmp_path / name
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul Marchand\r\nN:Marchand;Paul;;;\r\nTITLE:Expert-comptable\r\n"
        "ORG:Cabinet Marchand\r\nEMAIL:paul@marchand.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return [str(path)]


def test_scan_import_of_the_same_card_twice_leaves_one_contact_with_two_encounters(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    photo = _photo(tmp_path / "card.jpg")
    [first] = _ok(lib, "scan", str(photo), "--json", "--import", "--event", "Salon", "--date", "2026-02-01")
    person = first["contact_id"]
    # The very same file, byte for byte, for another meeting: that meeting is recorded for the contact holding
    # the card; nothing is read or filed again.
    second = run(lib, "scan", str(photo), "--json", "--import", "--event", "Club", "--date", "2026-03-01")
    assert second.returncode == 0 and not second.stdout, second.stderr
    assert f"already imported as {first['name']} (#{person}); met again at Club recorded" in second.stderr
    assert "1 meeting recorded" in second.stderr
    encounters = _ok(lib, "contact", str(person), "--json")[0]["encounters"]
    assert sorted(e["date"] for e in encounters) == ["2026-02-01", "2026-03-01"]
    assert len(_ok(lib, "search", "leroy", "--json")) == 1  # one contact, never a second

    # Run again for the same meetings (an interrupted import run again): nothing is stored twice.
    for event, date in (("Club", "2026-03-01"), ("Salon", "2026-02-01")):
        again = run(lib, "scan", str(photo), "--json", "--import", "--event", event, "--date", date)
        assert again.returncode == 0 and not again.stdout
        assert "already imported on" in again.stderr and f"(#{person})" in again.stderr
        assert "met again" not in again.stderr
    plain = run(lib, "scan", str(photo), "--json", "--import")  # no meeting named: the batch run again
    assert "already imported on" in plain.stderr and "met again" not in plain.stderr
    # Another day with no event is another meeting, recorded once.
    on_a_day = run(lib, "scan", str(photo), "--import", "--date", "2026-04-02")
    assert "met again on 2026-04-02 recorded" in on_a_day.stderr
    assert "met again" not in run(lib, "scan", str(photo), "--import", "--date", "2026-04-02").stderr
    encounters = _ok(lib, "contact", str(person), "--json")[0]["encounters"]
    assert sorted(e["date"] for e in encounters) == ["2026-02-01", "2026-03-01", "2026-04-02"]
    assert len(_ok(lib, "search", "leroy", "--json")) == 1

    # The same card photographed again (other bytes) is recognised as the person: "met again", one contact.
    again = tmp_path / "card-again.jpg"
    again.write_bytes(photo.read_bytes() + b"\0")  # bytes after the JPEG's end are ignored by every decoder
    [other] = _ok(lib, "scan", str(again), "--json", "--import", "--event", "Atelier", "--date", "2026-05-01")
    assert other["contact_id"] == person and other["met_again"] and other["match_reason"]
    third_photo = tmp_path / "card-third.jpg"
    third_photo.write_bytes(photo.read_bytes() + b"\0\0")
    [third] = _ok(lib, "scan", str(third_photo), "--json", "--import", "--no-match")
    assert third["contact_id"] != person and not third["met_again"]


def test_checks_on_what_is_typed(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    photo = _photo(tmp_path / "card.jpg")
    assert "in the future" in _fails(lib, "scan", str(photo), "--import", "--date", "2031-01-01",
                                     "--today", "2026-06-01")  # fmt: skip
    assert "contradicts the card" in _fails(lib, "scan", str(photo), "--import", "--offered-by", "me",
                                            "--reciprocated", "no")  # fmt: skip
    assert "only apply with --import" in _fails(lib, "scan", str(photo), "--offered-by", "them")


def test_the_other_options_of_the_exchange_commands(tmp_path: Path) -> None:
    """What the first test leaves out: the currency set, a network archived and back, --to-name, --every,
    --no-card-owed, exchange --all, introductions for one contact, the text of `contact`, and their one-line
    refusals."""
    lib = tmp_path / "lib"
    _ok(lib, "import", *_vcard(tmp_path))
    [paul] = _ok(lib, "search", "marchand", "--json")
    assert _ok(lib, "currency", "CHF", "--json") == [{"currency": "CHF"}]
    assert "three-letter code" in _fails(lib, "currency", "XX")
    [club] = _ok(lib, "network", "add", "Club", "--cost", "100", "--json")
    assert _ok(lib, "network", "edit", str(club["id"]), "--archived", "--json")[0]["archived"] is True
    assert _ok(lib, "networks", "--active", "--json") == []
    assert _ok(lib, "network", "edit", str(club["id"]), "--active", "--json")[0]["archived"] is False
    [event] = _ok(lib, "event", "add", "Salon", "--date", "2026-03-01", "--network", str(club["id"]), "--json")
    [salon] = _ok(lib, "events", "--json")
    assert salon["id"] == event["id"]

    [shown] = _ok(lib, "contact", str(paul["id"]), "--json")  # shown as JSON ...
    assert shown["name"] == "Paul Marchand" and shown["encounters"] == []
    text = run(lib, "contact", str(paul["id"]))  # ... and as text
    assert text.returncode == 0 and "Paul Marchand" in text.stdout and "Expert-comptable" in text.stdout
    assert "no encounter to tag" in _fails(lib, "exchange", str(paul["id"]), "--contact", "--outcome", "mutual")
    assert "No contact with id 999" in _fails(lib, "contact", "999")

    # Referrals to someone outside the library; --to and --to-name together is refused.
    [out] = _ok(lib, "referral", "add", "--from", str(paul["id"]), "--to-name", "Jean Dupont", "--value", "250",
                "--json")  # fmt: skip
    assert (out["direction"], out["to_name"], out["to_contact_id"]) == ("between", "Jean Dupont", None)
    assert "not both" in _fails(lib, "referral", "add", "--from", str(paul["id"]), "--to", "me", "--to-name", "X")
    assert "someone other than you" in _fails(lib, "referral", "add", "--from", "me", "--to", "me")
    [listed] = _ok(lib, "referral", "list", "--json")
    assert (listed["from_name"], listed["value"]) == ("Paul Marchand", 250.0)

    [every] = _ok(lib, "followup", "add", str(paul["id"]), "--every", "6", "--due", "2020-04-01", "--json")
    assert every["every_weeks"] == 6
    [later] = _ok(lib, "followup", "add", str(paul["id"]), "--due", "2099-01-01", "--json")
    assert [f["id"] for f in _ok(lib, "followup", "list", "--due", "--json")] == [every["id"]]
    assert {f["id"] for f in _ok(lib, "followup", "list", "--json")} == {every["id"], later["id"]}
