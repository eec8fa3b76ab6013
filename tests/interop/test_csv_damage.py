"""CSV files damaged the ways issue 15 found: a stray quote that swallowed the rows after it, and a file mixing
UTF-8 lines with Windows-1252 ones. Both are read as far as possible and said (a `FileNotice`)."""

from __future__ import annotations

from functools import partial

from cardbook.interop.csv_read import read_csv
from cardbook.interop.csv_text import MAX_LINES_NAMED, MAX_RECOVERIES
from tests.scaling import assert_linear

HEADER = "Prénom,Nom,E-mail,Téléphone,Société\n"


def _row(i: int) -> str:
    return f"Jean{i},Martin{i},jean{i}@exemple.fr,06 12 34 {i // 100 % 100:02d} {i % 100:02d},Société {i}\n"


def _names(result: object) -> list[str]:
    return [c.contact.display_name for c in result.contacts]  # type: ignore[attr-defined]


def test_a_stray_quote_is_reported_with_its_line_and_the_rows_after_it_recovered() -> None:
    rows = [_row(i) for i in range(2000)]
    rows[10] = 'Paul,"Durand,paul@exemple.fr,06 00 00 00 00,Durand SA\n'  # opened, never closed
    result = read_csv((HEADER + "".join(rows)).encode())
    [notice] = result.notices
    assert notice.kind == "unbalanced_quote" and notice.lines == (12,)  # the header is line 1
    assert "line 12" in notice.text and "\n" not in notice.text
    assert len(result.contacts) == 2000  # every row, the broken one too
    broken = next(c for c in result.contacts if c.line == 12)
    assert broken.contact.emails == ["paul@exemple.fr"] and broken.contact.family_name == "Durand"
    assert result.contacts[-1].contact.emails == ["jean1999@exemple.fr"]
    assert [c.line for c in result.contacts] == sorted(c.line for c in result.contacts)


def test_two_stray_quotes_that_close_each_other_are_both_found() -> None:
    rows = [_row(i) for i in range(30)]
    rows[5] = 'Paul,"Durand,paul@exemple.fr,,Durand SA\n'
    rows[20] = 'Anne,Petit,anne@exemple.fr,,"Petit SARL\n'
    result = read_csv((HEADER + "".join(rows)).encode())
    assert [n.lines for n in result.notices] == [(7, 22)]
    assert len(result.contacts) == 30


def test_a_quoted_note_over_several_lines_is_not_taken_for_a_stray_quote() -> None:
    data = HEADER + 'Marie,Curie,marie@exemple.fr,"01 02 03 04 05","Institut, labo 2\nbâtiment B\n2e étage"\n' + _row(1)
    result = read_csv(data.encode())
    assert result.notices == []
    assert "bâtiment B" in (result.contacts[0].contact.company or "")
    assert len(result.contacts) == 2


def test_a_file_of_stray_quotes_is_read_in_linear_time() -> None:
    def stray_quotes(count: int) -> bytes:
        return (HEADER + "".join('"' + _row(i) for i in range(count))).encode()

    result = read_csv(stray_quotes(3000))
    assert_linear(lambda count: partial(read_csv, stray_quotes(count)), 750)
    assert len(result.notices[0].lines) == MAX_RECOVERIES and "every line after" in result.notices[0].text
    assert len(result.contacts) == 3000


def test_mixed_utf8_and_windows_1252_rows_are_decoded_each_and_named() -> None:
    lines = [HEADER.encode("utf-8")]
    for i in range(8):
        text = f"Zoé{i},Lefèvre{i},zoe{i}@exemple.fr,,Crème & Cie\n"
        lines.append(text.encode("cp1252" if i in (2, 5) else "utf-8"))
    result = read_csv(b"".join(lines))
    assert [c.contact.given_name for c in result.contacts] == [f"Zoé{i}" for i in range(8)]
    assert all(c.contact.family_name == f"Lefèvre{i}" for i, c in enumerate(result.contacts))
    [notice] = result.notices
    assert notice.kind == "mixed_encoding" and notice.lines == (4, 7)
    assert notice.text.startswith("lines 4, 7 ") and "Windows-1252" in notice.text


def test_one_line_in_another_encoding_is_named_as_one() -> None:
    data = (HEADER + "Zoé,Lefèvre,zoe@exemple.fr,,Crème & Cie\n").encode() + "Hélène,Brûlé,,,\n".encode("cp1252")
    [notice] = read_csv(data).notices
    assert notice.text == "line 3 is not UTF-8 like the rest of the file: read as Windows-1252 (Latin-1)"


def test_a_file_in_windows_1252_throughout_is_not_a_mix() -> None:
    data = (HEADER + "Zoé,Lefèvre,zoe@exemple.fr,,Crème & Cie\n").encode("cp1252")
    result = read_csv(data)
    assert result.notices == [] and result.contacts[0].contact.given_name == "Zoé"


def test_many_foreign_rows_are_counted_not_all_listed() -> None:
    lines = [HEADER.encode()] + [
        f"Zoé{i},Lefèvre,z{i}@exemple.fr,,X\n".encode("cp1252" if i % 2 else "utf-8") for i in range(40)
    ]
    [notice] = read_csv(b"".join(lines)).notices
    assert len(notice.lines) == 20 and f"and {20 - MAX_LINES_NAMED} more" in notice.text
