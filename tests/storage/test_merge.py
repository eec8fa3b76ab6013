"""Duplicates (pure detection on a few hundred contacts, scaling by blocks) and merging in a real library."""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.duplicates import (
    MAX_SAME_NAME,
    MAX_SHARED,
    SUB_BLOCK,
    DuplicateIndex,
    DuplicateSubject,
    find_duplicates,
    subject_of,
)
from cardbook.domain.enums import ContactStatus, OfferedBy, PhoneKind, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter
from cardbook.domain.merging import merged_contact
from cardbook.domain.network import Event
from cardbook.domain.referral import FollowUp, Referral
from cardbook.storage.contacts.merge import find_library_duplicates, merge_contacts
from cardbook.storage.contacts.records import create_contact, get_contact, search
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import encounters_of, record_encounter
from cardbook.storage.ledger.events import save_event
from cardbook.storage.ledger.follow_ups import follow_ups_of, save_follow_up
from cardbook.storage.ledger.referrals import referrals_of, save_referral
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, ContactRow, StoredImageRow
from cardbook.storage.upkeep.integrity import check_library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # tests/storage/conftest.py

SYLLABLES = ["ma", "lo", "ri", "va", "ne", "tu", "ker", "bo", "dé", "zan", "gué", "lin", "pho", "sa", "mi", "ral"]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _people(count: int, seed: int = 7) -> list[Contact]:
    """Contacts with random, unrelated names and firms (so any duplicate found is one the test planted)."""
    rng = random.Random(seed)
    people = []
    for i in range(count):
        people.append(
            Contact(
                id=i + 1,
                full_name=f"{_word(rng, 2)} {_word(rng, 3)}",
                company=f"{_word(rng, 3)} {rng.choice(['Conseil', 'Tech', 'SAS', 'Avocats', ''])}".strip(),
                emails=[f"person{i}@example.fr"],
                phones=[Phone(f"06 00 00 {i // 100:02d} {i % 100:02d}", f"+336000{i:05d}", PhoneKind.MOBILE)],
            )
        )
    return people


def _pairs(candidates: list) -> set[tuple[int, int]]:  # type: ignore[type-arg]
    return {(c.first_id, c.second_id) for c in candidates}


def test_duplicates_found_among_a_few_hundred_contacts() -> None:
    people = _people(400)
    people[2].full_name, people[2].company = "Hélène Leroy", "Quadrant Ingénierie"
    family, given = people[1].full_name.split()[1], people[1].full_name.split()[0]
    planted = [
        # same email, different case, no name to disagree with
        Contact(id=1001, emails=["PERSON0@example.fr"]),
        # same phone, same person written the French way
        Contact(id=1002, full_name=f"{family.upper()} {given}", phones=[Phone("+33 6 00 00 00 01", "+33600000001")]),
        # accent-folded fuzzy name, same company with its legal form
        Contact(id=1003, full_name="Helene Leroi", company="Quadrant Ingénierie SAS"),
        # a namesake at another firm is not proposed by default...
        Contact(id=1004, full_name=people[3].full_name, company="Totally Different SARL"),
    ]
    candidates = find_duplicates(subject_of(c) for c in [*people, *planted])
    reasons = {(c.first_id, c.second_id): c for c in candidates}
    assert _pairs(candidates) == {(1, 1001), (2, 1002), (3, 1003)}
    assert reasons[(1, 1001)].reason == "same email person0@example.fr" and reasons[(1, 1001)].score == 100
    assert reasons[(2, 1002)].reason == "same phone +33600000001; same name" and reasons[(2, 1002)].score == 95
    assert reasons[(3, 1003)].reason == "similar name and same company"
    # ...but is there when weaker matches are asked for.
    weak = find_duplicates((subject_of(c) for c in [*people, *planted]), min_score=0)
    assert (4, 1004) in _pairs(weak)
    assert next(c for c in weak if c.second_id == 1004).reason == "same name, different company"


def test_reasons_combine_and_shared_lines_are_not_people() -> None:
    a = DuplicateSubject(1, "Émilie Lefèvre", "Horizon", ("emilie@horizon.fr",), ("+33299000000",))
    b = DuplicateSubject(2, "LEFEVRE Emilie", "Horizon SAS", ("emilie@horizon.fr",), ("+33299000000",))
    colleague = DuplicateSubject(3, "Marc Petit", "Horizon", ("marc@horizon.fr",), ("+33299000000",))
    found = find_duplicates([a, b, colleague], min_score=0)
    best = found[0]
    assert (best.first_id, best.second_id, best.score) == (1, 2, 100)
    # The line Marc shares too is the firm's switchboard: named, not counted.
    assert best.reasons == (
        "same email emilie@horizon.fr",
        "same phone +33299000000 (a switchboard others share: not counted)",
        "same name and same company",
    )
    shared = [c for c in found if 3 in (c.first_id, c.second_id)]
    assert shared and all(c.score < 60 and "shared line" in c.reason for c in shared)
    assert all(3 not in (c.first_id, c.second_id) for c in find_duplicates([a, b, colleague]))


def test_switchboards_do_not_explode_and_scale_is_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 employees behind one switchboard and one contact@ inbox: no 2-million-pair list.
    rng = random.Random(1)
    staff = [
        DuplicateSubject(i, f"{_word(rng, 2)} {_word(rng, 3)}", "BigCorp", ("contact@bigcorp.fr",), ("+33100000000",))
        for i in range(2000)
    ]
    found = find_duplicates(staff)
    # Only the (random) near-namesakes among the staff are proposed, never everyone with everyone.
    assert len(found) < 200 and all("similar name" in c.reason or "same name" in c.reason for c in found)

    # 20,000 people: no pair-by-pair comparison. Checked on the work itself — the name pairs scored by rapidfuzz's
    # matrix and the pairs judged — not on a time ratio: until the company blocks fill up to SUB_BLOCK, the work
    # per person grows, and a time ratio measured 5.3–8.4 for the same code (a quadratic search would be 16).
    scored = _work_of_find_duplicates([subject_of(c) for c in _people(20_000, seed=3)], monkeypatch)
    per_person = SUB_BLOCK * 2 + MAX_SAME_NAME + 2 * MAX_SHARED  # a block of each name word, namesakes, shared keys
    assert scored["cells"] <= 20_000 * per_person and scored["judged"] <= 20_000 * per_person
    assert scored["cells"] < 20_000**2 / 100  # all pairs would be 400 million


def _work_of_find_duplicates(subjects: list[DuplicateSubject], monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """find_duplicates run for real, counting the cells of the name matrices it scores and the pairs it judges."""
    import cardbook.domain.duplicates as duplicates

    work = {"cells": 0, "judged": 0}
    real_cdist, real_judge = duplicates.process.cdist, duplicates.judge

    def cdist(names: list[str], others: list[str], **options: object) -> object:
        work["cells"] += len(names) * len(others)
        return real_cdist(names, others, **options)

    def judge(*args: object) -> object:
        work["judged"] += 1
        return real_judge(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(duplicates, "process", SimpleNamespace(cdist=cdist))
    monkeypatch.setattr(duplicates, "judge", judge)
    duplicates.find_duplicates(subjects)
    return work


def test_index_matches_one_new_contact() -> None:
    index = DuplicateIndex(subject_of(c) for c in _people(300))
    new = subject_of(Contact(company="Somewhere", emails=["person7@example.fr"]), contact_id=5000)
    (match,) = index.matches(new)
    assert (match.first_id, match.second_id) == (8, 5000) and match.reason == "same email person7@example.fr"


def test_merged_contact_unites_lists_and_follows_choices() -> None:
    keep = Contact(
        id=1,
        full_name="Émilie Lefèvre",
        company="Horizon",
        title=None,
        emails=["emilie@horizon.fr"],
        phones=[Phone("06 12 34 56 78", "+33612345678", PhoneKind.MOBILE)],
        websites=["https://horizon.fr/"],
        tags=["client"],
        notes="Met at BNI",
        status=ContactStatus.AWAITING_REVIEW,
    )
    other = Contact(
        id=2,
        full_name="LEFÈVRE Émilie",
        company="Horizon Conseil SAS",
        title="Gérante",
        emails=["EMILIE@horizon.fr", "emilie@gmail.com"],
        phones=[Phone("+33 6 12 34 56 78", "+33612345678"), Phone("02 99 00 00 00", "+33299000000", PhoneKind.WORK)],
        websites=["horizon.fr", "blog.horizon.fr"],
        tags=["Client", "Rennes"],
        notes="Wants an accountant",
    )
    merged = merged_contact(keep, other, {"company": "other"})
    assert merged.id == 1 and merged.full_name == "Émilie Lefèvre"
    assert merged.company == "Horizon Conseil SAS" and merged.title == "Gérante"  # empty kept side falls back
    assert merged.emails == ["emilie@horizon.fr", "emilie@gmail.com"]
    assert [p.number for p in merged.phones] == ["06 12 34 56 78", "02 99 00 00 00"]
    assert merged.websites == ["https://horizon.fr/", "blog.horizon.fr"]
    assert merged.tags == ["client", "Rennes"]
    assert merged.notes == "Met at BNI\n\nWants an accountant"
    assert merged.status is ContactStatus.ACTIVE
    with pytest.raises(ValueError):
        merged_contact(keep, other, {"colour": "other"})


# --- in a library -------------------------------------------------------------------------------------------


def _image(library: Library, contact_id: int) -> None:
    with library.writing() as session:
        data = b"fake card bytes %d" % contact_id
        sha, _ = library.images.put(data, "png", session)
        image = StoredImageRow(sha256=sha, extension="png", byte_size=len(data))
        session.add(image)
        session.flush()
        session.add(CardImageRow(contact_id=contact_id, crop_image_id=image.id, ocr_text=f"card of {contact_id}"))


def test_merge_keeps_every_encounter_image_referral_follow_up_and_note(library: Library) -> None:
    keep = create_contact(library, Contact(full_name="Émilie Lefèvre", emails=["emilie@horizon.fr"], tags=["client"]))
    other = create_contact(
        library,
        Contact(full_name="LEFEVRE Emilie", company="Horizon", emails=["emilie@horizon.fr"], notes="From the fair"),
    )
    third = create_contact(library, Contact(full_name="Marc Petit"))
    assert keep.id and other.id and third.id
    fair = save_event(library, Event(name="Salon des Entrepreneurs", date=date(2025, 2, 5), place="Lyon"))
    record_encounter(library, Encounter(contact_id=keep.id, date=date(2024, 11, 3), offered_by=OfferedBy.ME,
                                        reciprocated=Reciprocated.NO))  # fmt: skip
    record_encounter(library, Encounter(contact_id=other.id, event_id=fair.id, offered_by=OfferedBy.THEM,
                                        reciprocated=Reciprocated.NO))  # fmt: skip
    _image(library, keep.id)
    _image(library, other.id)
    save_referral(library, Referral(from_contact_id=other.id, date=date(2025, 3, 1)))  # other -> me
    save_referral(library, Referral(from_contact_id=third.id, to_contact_id=other.id))  # third -> other
    save_referral(library, Referral(from_contact_id=other.id, to_contact_id=keep.id, note="between the two"))
    save_follow_up(library, FollowUp(contact_id=other.id, due=date(2025, 6, 1), note="call back"))

    merged = merge_contacts(library, keep.id, other.id, {"company": "other"})

    assert merged.id == keep.id and merged.company == "Horizon" and merged.tags == ["client"]
    assert merged.notes == "From the fair"
    with pytest.raises(NotFoundError):
        get_contact(library, other.id)
    encounters = encounters_of(library, keep.id)
    assert [e.date for e in encounters] == [date(2025, 2, 5), date(2024, 11, 3)]
    with library.session() as session:
        cards = session.scalars(select(CardImageRow).where(CardImageRow.contact_id == keep.id)).all()
        assert sorted(c.ocr_text for c in cards) == [f"card of {keep.id}", f"card of {other.id}"]
        row = session.get(ContactRow, keep.id)
        assert row is not None and row.meeting_count == 2 and row.last_met == date(2025, 2, 5)
        assert row.reciprocity == Reciprocity.MUTUAL.value  # I gave once, they gave once: cards went both ways
    referrals = referrals_of(library, keep.id)
    assert len(referrals) == 3
    assert {(r.from_contact_id, r.to_contact_id) for r in referrals} == {(keep.id, None), (third.id, keep.id)}
    between = next(r for r in referrals if r.note == "between the two")
    assert between.to_name == "LEFEVRE Emilie"  # never a contact referring business to themselves
    assert [f.note for f in follow_ups_of(library, keep.id)] == ["call back"]
    assert [s.id for s in search(library, "salon entrepreneurs")] == [keep.id]  # the other's event is searchable
    assert check_library(library).ok


def test_merge_refuses_nonsense_and_changes_nothing(library: Library) -> None:
    a = create_contact(library, Contact(full_name="A"))
    assert a.id is not None
    with pytest.raises(ValidationError):
        merge_contacts(library, a.id, a.id)
    with pytest.raises(NotFoundError):
        merge_contacts(library, a.id, 9999)
    b = create_contact(library, Contact(full_name="B"))
    assert b.id is not None
    with pytest.raises(ValidationError):
        merge_contacts(library, a.id, b.id, {"name": "both"})
    with library.session() as session:
        assert session.scalar(select(func.count()).select_from(ContactRow)) == 2


def test_library_duplicates(library: Library) -> None:
    for contact in _people(60):
        contact.id = None
        create_contact(library, contact)
    twin = create_contact(library, Contact(company="Somewhere", phones=[Phone("06 00 00 00 05", "+33600000005")]))
    found = find_library_duplicates(library)
    assert [(c.reason, c.second_id) for c in found] == [("same phone +33600000005", twin.id)]


def test_duplicate_detection_stays_bounded_in_a_block_of_thousands_of_similar_names() -> None:
    """Every new contact of one company used to be compared with the whole company (10,000 similar names: 100 s
    of fuzzy matching under the write lock). Blocks are now cut by name prefix and capped."""
    from cardbook.domain.duplicates import MAX_FUZZY_BLOCK, MAX_SAME_NAME, DuplicateIndex, DuplicateSubject

    firsts = ["Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Paul", "Anne"]
    subjects = [
        DuplicateSubject(i + 1, f"{firsts[i % 8]} Martin{i % 3 or ''}", "Quadrant Ingénierie") for i in range(4000)
    ]
    index, most = DuplicateIndex(), 0
    for subject in subjects:
        most = max(most, len(index.matches(subject)))
        index.add(subject)
    # The work per new contact is bounded, whatever the company's size: at most a few fuzzy blocks' most recent
    # members and a few namesakes are judged at all (min_score=0 returns every pair judged with any evidence).
    # Not timed: until the blocks fill, the work per contact grows, so a time ratio would not tell bounded work
    # from unbounded work at a size a test can afford.
    bound = 3 * MAX_FUZZY_BLOCK + MAX_SAME_NAME
    assert most <= bound
    for probe in ("Jean Martin", "Marie Martin2", "Claire Martine"):
        assert len(index.matches(DuplicateSubject(8000, probe, "Quadrant Ingénierie"), min_score=0)) <= bound
    lefebvre = DuplicateSubject(9001, "Émilie Lefebvre", "Quadrant SAS")
    index.add(lefebvre)
    [match] = index.matches(DuplicateSubject(9002, "Emilie Lefevre", "Quadrant Ingénierie"))
    assert match.first_id == 9001 and "similar name" in match.reason
