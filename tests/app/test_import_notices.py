"""What an import says about a damaged file it still imported (a stray quote, mixed encodings) and about values
too long to be real (cut at the caps of app/field_limits.py), in the app layer and on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardbook.app.contact_files import ProblemKind, import_contact_files
from cardbook.app.field_limits import LIST_LIMITS, TEXT_LIMITS
from cardbook.cli.main import main
from cardbook.storage.contacts.records import get_contact
from cardbook.storage.library import Library

HEADER = "Prénom,Nom,E-mail,Société\n"


def _csv_rows(count: int) -> list[str]:
    return [f"Léa{i},Moreau{i},lea{i}@exemple.fr,Atelier {i}\n" for i in range(count)]


def test_a_stray_quote_is_a_notice_and_every_row_is_imported(library: Library, tmp_path: Path) -> None:
    rows = _csv_rows(50)
    rows[3] = 'Paul,"Durand,paul@exemple.fr,Durand SA\n'
    path = tmp_path / "contacts.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    outcome = import_contact_files(library, [path], "FR")
    assert outcome.failed == [] and outcome.imported == 50
    [notice] = outcome.notices
    assert notice.kind is ProblemKind.UNBALANCED_QUOTE and "line 5" in notice.detail
    names = {get_contact(library, i).display_name for i in outcome.created_ids}
    assert "Léa49 Moreau49" in names and "Paul Durand" in names


def test_mixed_encodings_are_a_notice_and_names_are_stored_right(library: Library, tmp_path: Path) -> None:
    lines = [HEADER.encode()] + [
        f"Zoé{i},Lefèvre{i},zoe{i}@exemple.fr,Crème\n".encode("latin-1" if i == 1 else "utf-8") for i in range(3)
    ]
    path = tmp_path / "merged.csv"
    path.write_bytes(b"".join(lines))
    outcome = import_contact_files(library, [path], "FR")
    [notice] = outcome.notices
    assert notice.kind is ProblemKind.MIXED_ENCODING and notice.detail.startswith("line 3 is not UTF-8")
    names = sorted(get_contact(library, i).display_name for i in outcome.created_ids)
    assert names == ["Zoé0 Lefèvre0", "Zoé1 Lefèvre1", "Zoé2 Lefèvre2"]


def test_a_five_megabyte_vcard_name_is_cut_and_named(library: Library, tmp_path: Path) -> None:
    huge = "Dupont" * 900_000
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{huge}\r\nN:{huge};Jean;;;\r\nEMAIL:jean@exemple.fr\r\nEND:VCARD\r\n"
    path = tmp_path / "big.vcf"
    path.write_text(card, encoding="utf-8")
    outcome = import_contact_files(library, [path], "FR")
    assert outcome.imported == 1
    [notice] = outcome.notices
    assert notice.kind is ProblemKind.VALUE_CUT
    assert notice.detail.startswith("card 1 (line 1), “DupontDupont")
    assert f"name cut to {TEXT_LIMITS['name']} characters (was {len(huge):,})" in notice.detail
    assert "family name cut" in notice.detail and "\n" not in notice.detail and len(notice.detail) < 400
    contact = get_contact(library, outcome.created_ids[0])
    assert len(contact.full_name) == TEXT_LIMITS["name"] and contact.full_name.endswith("…")
    assert contact.emails == ["jean@exemple.fr"]


def test_ten_thousand_emails_keep_the_first_fifty(library: Library, tmp_path: Path) -> None:
    emails = "".join(f"EMAIL:p{i}@exemple.fr\r\n" for i in range(10_000))
    path = tmp_path / "many.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean Dupont\r\n{emails}END:VCARD\r\n", encoding="utf-8")
    outcome = import_contact_files(library, [path], "FR")
    [notice] = outcome.notices
    assert "“Jean Dupont”: emails: 9,950 of 10,000 left out" in notice.detail
    assert len(get_contact(library, outcome.created_ids[0]).emails) == LIST_LIMITS["emails"]


def test_a_long_csv_cell_is_cut_with_the_row_named(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "Léa,Moreau,lea@exemple.fr," + "Atelier " * 200_000 + "\n", encoding="utf-8")
    outcome = import_contact_files(library, [path], "FR")
    [notice] = outcome.notices
    assert notice.detail.startswith("row 1 (line 2), “Léa Moreau”: company cut to 300 characters")


def test_the_command_line_prints_each_notice_on_one_line(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _csv_rows(5)
    rows[1] = 'Paul,"Durand,paul@exemple.fr,Durand SA\n'
    path = tmp_path / "contacts.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    library.close()
    assert main(["--library", str(library.root), "import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"cardbook: {path}: line 3: a quote is opened and never closed; read without it, and the rows after it "
        "recovered"
    ]
    assert out.startswith("Imported 5 contacts")


def test_a_card_read_with_an_absurd_name_is_stored_cut_and_says_so(library: Library, tmp_path: Path) -> None:
    """A QR code or a misread can hand the reader a value no card holds: the card is stored with it cut, its
    proposals for the review page too, and the outcome says which field."""
    from cardbook.app.scanning import _outcomes, exchange_defaults
    from cardbook.ocr.fields import CardFields, FieldValue
    from cardbook.ocr.pipeline import CardResult
    from cardbook.storage.contacts.cards import cards_of

    photo = tmp_path / "card.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not read again here")
    huge = "Marie Curie " * 100_000
    fields = CardFields(
        name=FieldValue(huge, 0.9),
        emails=(FieldValue("marie@exemple.fr", 0.99),),
        address=FieldValue("12 rue X, " * 1_000, 0.8),
    )
    [outcome] = _outcomes(str(photo), [CardResult(str(photo), 0, fields, text=huge)], library,
                          exchange_defaults(None), False)  # fmt: skip
    assert outcome.contact_id is not None and outcome.error is None
    assert outcome.cut == (
        f"name cut to 300 characters (was {len(huge.strip()):,})",  # values are stripped first
        f"address cut to 1,000 characters (was {len(('12 rue X, ' * 1_000).strip()):,})",
    )
    contact = get_contact(library, outcome.contact_id)
    assert len(contact.full_name) == TEXT_LIMITS["name"] and contact.emails == ["marie@exemple.fr"]
    [card] = cards_of(library, outcome.contact_id)
    assert all(len(p.value) <= TEXT_LIMITS["address"] for ps in card.proposals.values() for p in ps)


def test_the_command_line_summarises_a_file_of_many_broken_cards(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nested BEGIN:VCARD lines are as many cards cut short (20,000 in the hostile corpus): twenty lines and one
    summary, not one line each."""
    path = tmp_path / "nested.vcf"
    path.write_text("BEGIN:VCARD\r\n" * 500 + "FN:Jean Dupont\r\n" + "END:VCARD\r\n" * 500, encoding="utf-8")
    library.close()
    assert main(["--library", str(library.root), "import", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 21
    assert lines[-1] == f"cardbook: {path}: and 479 more (479 skipped, 0 imported without a value)"
