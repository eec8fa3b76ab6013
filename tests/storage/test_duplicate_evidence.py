"""Duplicates without false merges: what is evidence that two contacts are one person, and what is not.

Not evidence: a firm's role mailbox (contact@, accueil@), a switchboard number several people share, the same
name with a company missing. Evidence the old rules missed: a nickname (Bob / Robert), a number printed
nationally on one card and in E.164 on the other. A merge keeps the name and the job it does not show.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cardbook.cli.main import main
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.duplicate_evidence import canonical_keys, given_name_forms, is_role_mailbox
from cardbook.domain.duplicates import DuplicateIndex, DuplicateSubject, find_duplicates, subject_of
from cardbook.domain.enums import PhoneKind
from cardbook.storage.contacts.merge import find_library_duplicates, merge_contacts
from cardbook.storage.contacts.records import create_contact, get_contact, search
from cardbook.storage.library import Library
from cardbook.storage.models import RoleRow
from cardbook.storage.settings import DEFAULT_REGION_KEY, set_setting
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py


@pytest.mark.parametrize("email", ["contact@horizon.fr", "Info@x.com", "accueil@mairie.fr", "hello@studio.io",
                                   "sales2@acme.com", "no-reply@x.fr"])  # fmt: skip
def test_role_mailboxes_are_recognised(email: str) -> None:
    assert is_role_mailbox(email)


@pytest.mark.parametrize("email", ["marie.martin@horizon.fr", "contactless@x.fr", "salesforce.admin2@x.fr"])
def test_personal_mailboxes_are_not_role_mailboxes(email: str) -> None:
    assert not is_role_mailbox(email)


def test_two_people_sharing_a_firms_inbox_are_not_one() -> None:
    marie = DuplicateSubject(1, "Marie Martin", "Horizon", ("contact@horizon.fr",))
    marc = DuplicateSubject(2, "Marie Martel", "Horizon", ("contact@horizon.fr",))
    assert find_duplicates([marie, marc], min_score=0) == []  # not even a weak match: the inbox is no one's
    namesake = DuplicateSubject(3, "Marie Martin", "", ("contact@horizon.fr",))
    [weak] = find_duplicates([marie, namesake], min_score=0)
    assert weak.reasons == ("same email contact@horizon.fr (a shared mailbox: not counted)", "same name")
    assert weak.score == 50
    # The same pair sharing a personal address is still proposed.
    personal = [DuplicateSubject(i, "Marie Martin", "", ("marie@martin.fr",)) for i in (1, 2)]
    assert [c.score for c in find_duplicates(personal)] == [100]


def test_a_switchboard_number_is_not_evidence() -> None:
    line = "+33140000000"
    staff = [
        DuplicateSubject(1, "Sophie Bernard", "Acme", (), (line,)),
        DuplicateSubject(2, "Sophie Bertrand", "Acme", (), (line,)),
        DuplicateSubject(3, "Luc Moreau", "Acme", (), (line,)),
    ]
    assert find_duplicates(staff) == []
    index = DuplicateIndex(staff[:2])
    index.add(staff[2])
    assert index.matches(DuplicateSubject(4, "Sophie Bernardi", "", (), (line,))) == []
    # A number only one person's records hold still is.
    own = [DuplicateSubject(1, "Sophie Bernard", "Acme", (), ("+33612345678",)),
           DuplicateSubject(2, "Sophie Bernard", "", (), ("+33612345678",))]  # fmt: skip
    assert [c.score for c in find_duplicates(own)] == [95]


def test_the_same_name_without_a_company_is_a_namesake() -> None:
    marias = [DuplicateSubject(i, "Marie Martin") for i in range(1, 5)] + [DuplicateSubject(9, "Marie Martin", "Acme")]
    assert find_duplicates(marias) == []
    assert {c.reason for c in find_duplicates(marias, min_score=0)} == {"same name"}


@pytest.mark.parametrize(
    ("first", "second"),
    [("Bob Smith", "Robert Smith"), ("Kate Miller", "Catherine Miller"), ("Bill Gates", "William Gates"),
     ("Manu Petit", "Emmanuel Petit"), ("Fanfan Roux", "François Roux"), ("Peggy Olson", "Margaret Olson"),
     ("Ted Lasso", "Theodore Lasso"), ("Seb Morel", "Sébastien Morel")],
)  # fmt: skip
def test_a_nickname_is_the_same_given_name(first: str, second: str) -> None:
    assert set(canonical_keys(first)) & set(canonical_keys(second))
    pair = [DuplicateSubject(1, first, "Globex"), DuplicateSubject(2, second, "Globex SAS")]
    [found] = find_duplicates(pair)
    assert found.reason == "same name (nickname) and same company" and found.score >= 85
    index = DuplicateIndex(pair[:1])
    assert [c.second_id for c in index.matches(pair[1])] == [2]


def test_the_nickname_table_is_the_nicknames_dataset_with_a_french_supplement() -> None:
    """English pairs come from the PyPI "nicknames" dataset (Peggy/Margaret, Ted/Theodore are nowhere in our
    code); the supplement adds only French diminutives and Catherine's Kate."""
    assert "margaret" in given_name_forms("peggy") and "theodore" in given_name_forms("ted")
    assert given_name_forms("manu") == ("manu", "emmanuel")
    assert given_name_forms("chris") == ("chris",)  # a nickname of 18 names: says nothing
    assert given_name_forms("dupont") == ("dupont",)


def test_a_nickname_shared_by_two_names_never_makes_them_one() -> None:
    """Steph is Stéphane's and Stéphanie's (and Stephen's): it may be either, but those two stay two people."""
    stephanie, stephen = (
        DuplicateSubject(1, "Stephanie Martin", "Globex"),
        DuplicateSubject(2, "Stephen Martin", "Globex"),
    )
    assert not set(canonical_keys("Stephanie Martin")) & set(canonical_keys("Stephen Martin"))
    assert all(c.score < 85 for c in find_duplicates([stephanie, stephen]))
    steph = DuplicateSubject(3, "Steph Martin", "Globex")
    assert {(c.first_id, c.second_id) for c in find_duplicates([stephanie, stephen, steph])} >= {(1, 3), (2, 3)}


def test_a_national_number_is_compared_in_the_other_numbers_region() -> None:
    uk = subject_of(Contact(full_name="Tom Hardy", phones=[Phone("+44 20 7946 0018", "+442079460018")]), 1)
    national = Contact(full_name="Tom Hardy", phones=[Phone("020 7946 0018", None, PhoneKind.WORK)])
    [found] = find_duplicates([uk, subject_of(national, 2)])
    assert found.reasons[0] == "same phone +442079460018" and found.score == 95


def test_the_library_region_reads_national_numbers_too(library: Library) -> None:
    set_setting(library, DEFAULT_REGION_KEY, "GB")
    first = create_contact(library, Contact(full_name="Ann Lee", phones=[Phone("020 7946 0018", None)]))
    second = create_contact(library, Contact(full_name="Ann Lee", phones=[Phone("+44 20 7946 0018", "+442079460018")]))
    [found] = find_library_duplicates(library)
    assert (found.first_id, found.second_id) == (first.id, second.id) and "same phone" in found.reason


def test_merge_keeps_the_other_name_as_an_alias_and_the_other_job_as_a_past_role(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    robert = create_contact(library, Contact(full_name="Robert Smith", company="Globex", title="CEO",
                                             emails=["robert@globex.example"]))  # fmt: skip
    bob = create_contact(library, Contact(full_name="Bob Smith", company="Globex", title="Sales lead",
                                          emails=["bob@globex.example"]))  # fmt: skip
    assert main(["--library", library.location, "duplicates", "--json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    proposed = json.loads(line)
    assert (proposed["first_id"], proposed["second_id"]) == (robert.id, bob.id)
    assert proposed["reasons"] == ["same name (nickname) and same company"]
    assert main(["--library", library.location, "merge", str(robert.id), str(bob.id)]) == 0
    assert "Merged" in capsys.readouterr().out
    merged = get_contact(library, robert.id or 0)
    assert (merged.full_name, merged.title, merged.other_names) == ("Robert Smith", "CEO", ["Bob Smith"])
    with library.session() as session:
        roles = [(r.title, r.company) for r in session.scalars(select(RoleRow).where(RoleRow.contact_id == robert.id))]
    assert roles == [("Sales lead", "Globex")]
    assert [s.id for s in search(library, "bob")] == [robert.id]  # the other name is searched
    assert main(["--library", library.location, "contact", str(robert.id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["other_names"] == ["Bob Smith"]


def test_merging_the_same_name_respelled_adds_no_alias(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    keep = create_contact(library, Contact(full_name="Émilie Lefèvre", company="Horizon"))
    other = create_contact(library, Contact(full_name="LEFEVRE Emilie", company="Horizon"))
    merged = merge_contacts(library, keep.id or 0, other.id or 0)
    assert merged.other_names == []
    with library.session() as session:
        assert session.scalars(select(RoleRow)).all() == []
    library.close()
