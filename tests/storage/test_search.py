from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import PhoneKind
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event
from cardbook.storage.contacts.records import create_contact, delete_contact, search, update_contact
from cardbook.storage.contacts.search_index import match_expression
from cardbook.storage.ledger.encounters import record_encounter
from cardbook.storage.ledger.events import save_event
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH

ENGINES = BOTH  # the same results from FTS5 and from PostgreSQL's full-text search


@pytest.fixture
def people(library: Library) -> dict[str, int]:
    made = {
        "emilie": Contact(
            full_name="Émilie Lefèvre",
            company="Horizon Conseil",
            title="Directrice commerciale",
            address="12 place Bellecour, 69002 Lyon",
        ),
        "jf": Contact(
            full_name="Jean-François Dupont",
            company="Nova SAS",
            title="Expert-comptable",
            address="3 rue de la Paix, 75002 Paris",
            notes="Comptable rencontré au club, très réactif",
        ),
        "coeur": Contact(
            full_name="Gaëlle Cœur",
            company="Atelier Cœur SARL",
            phones=[Phone("06 12 34 56 78", "+33612345678", PhoneKind.MOBILE)],
        ),
        "lyonnais": Contact(full_name="Paul Martin", company="Lyonnaise des Eaux", emails=["p.martin@lyonnaise.fr"]),
        "comptable_lyon": Contact(full_name="Sophie Bernard", title="Comptable", address="8 rue Mercière, Lyon"),
    }
    ids = {}
    for key, contact in made.items():
        created = create_contact(library, contact)
        assert created.id is not None
        ids[key] = created.id
    return ids


def _ids(library: Library, query: str) -> list[int]:
    return [s.id for s in search(library, query)]


def test_accent_and_case_insensitive(library: Library, people: dict[str, int]) -> None:
    assert _ids(library, "lefevre") == [people["emilie"]]
    assert _ids(library, "LEFÈVRE") == [people["emilie"]]
    assert _ids(library, "emilie") == [people["emilie"]]


def test_hyphenated_and_accented_first_names(library: Library, people: dict[str, int]) -> None:
    assert _ids(library, "jean francois") == [people["jf"]]
    assert _ids(library, "Jean-François") == [people["jf"]]


def test_ligature_oe_is_folded(library: Library, people: dict[str, int]) -> None:
    assert _ids(library, "coeur") == [people["coeur"]]
    assert _ids(library, "cœur") == [people["coeur"]]


def test_words_are_anded_and_prefix_matched(library: Library, people: dict[str, int]) -> None:
    assert _ids(library, "comptable lyon") == [people["comptable_lyon"]]
    assert set(_ids(library, "lyon")) == {people["emilie"], people["lyonnais"], people["comptable_lyon"]}
    assert _ids(library, "lef") == [people["emilie"]]


def test_name_match_ranks_above_note_match(library: Library, people: dict[str, int]) -> None:
    results = _ids(library, "comptable")
    assert results[0] in {people["comptable_lyon"], people["jf"]}
    assert set(results) == {people["comptable_lyon"], people["jf"]}


def test_phone_digits_and_email_are_searchable(library: Library, people: dict[str, int]) -> None:
    assert _ids(library, "0612345678") == [people["coeur"]]
    assert _ids(library, "06 12 34") == [people["coeur"]]
    assert _ids(library, "p.martin") == [people["lyonnais"]]


def test_event_names_are_searchable(library: Library, people: dict[str, int]) -> None:
    event = save_event(library, Event(name="Soirée Réseau Confluence", date=date(2026, 10, 1), place="Lyon"))
    record_encounter(library, Encounter(contact_id=people["jf"], event_id=event.id))
    assert _ids(library, "confluence") == [people["jf"]]


def test_index_follows_updates_and_deletes(library: Library, people: dict[str, int]) -> None:
    assert people["emilie"] in _ids(library, "horizon")
    from cardbook.storage.contacts.records import get_contact

    emilie = get_contact(library, people["emilie"])
    emilie.company = "Quadrant"
    update_contact(library, emilie)
    assert _ids(library, "horizon") == []
    assert _ids(library, "quadrant") == [people["emilie"]]
    delete_contact(library, people["emilie"])
    assert _ids(library, "quadrant") == []


@pytest.mark.parametrize(
    "hostile",
    [
        'NEAR( "',
        '"',
        "*",
        "-",
        "a OR",
        "AND",
        "NOT lyon",
        "lyon:*",
        "^lyon",
        "'; DROP TABLE contacts; --",
        "name:lyon",
        "(lyon",
        "lyon)",
        "{name}: x",
        "\x00",
        "   ",
        "%_",
        "\\",
        "🙂",
        "a" * 10_000,
    ],
)
def test_hostile_queries_never_raise(library: Library, people: dict[str, int], hostile: str) -> None:
    results = search(library, hostile)
    assert isinstance(results, list)


def test_operators_are_searched_as_words(library: Library, people: dict[str, int]) -> None:
    assert _ids(library, "NOT lyon") == []  # "not" is a word nobody has, not an operator
    assert set(_ids(library, "lyon:*")) == set(_ids(library, "lyon"))


def test_match_expression_quotes_every_token() -> None:
    assert match_expression('NEAR( "x') == '"near"* "x"*'
    assert match_expression("  ") is None
    assert match_expression("-*^") is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_is_a_safe_query(library: Library, query: str) -> None:
    search(library, query)


def test_international_number_found_by_its_national_form(library: Library) -> None:
    made = create_contact(
        library, Contact(full_name="Nadia Ouali", phones=[Phone("+33 6 98 76 54 32", "+33698765432", PhoneKind.MOBILE)])
    )
    us = create_contact(library, Contact(full_name="Dana Whitfield", phones=[Phone("(703) 555-0188", "+17035550188")]))
    assert _ids(library, "0698765432") == [made.id]
    assert _ids(library, "698765432") == [made.id]
    assert _ids(library, "7035550188") == [us.id]


def test_renaming_or_redating_an_event_follows_into_search_and_summaries(library: Library) -> None:
    from cardbook.storage.contacts.records import summaries

    made = create_contact(library, Contact(full_name="Léa Martin"))
    assert made.id is not None
    event = save_event(library, Event(name="Afterwork Printemps", date=date(2026, 4, 2)))
    record_encounter(library, Encounter(contact_id=made.id, event_id=event.id))
    event.name = "Afterwork Confluence"
    event.date = date(2026, 4, 9)
    save_event(library, event)
    assert _ids(library, "confluence") == [made.id]
    assert _ids(library, "printemps") == []
    assert summaries(library, [made.id])[0].last_met == date(2026, 4, 9)


def test_what_a_contact_needs_and_offers_is_searchable_and_follows_edits(library: Library) -> None:
    """ "What can I bring?": searching a trade finds who offers it and who is looking for it; an edit reindexes."""
    create_contact(library, Contact(full_name="Ana Ruiz", offers="Traduction technique", offer_tags=["espagnol"]))
    seeker = create_contact(library, Contact(full_name="Paul Brun", needs="un traducteur pour l'Amérique latine"))
    assert {s.name for s in search(library, "traduc")} == {"Ana Ruiz", "Paul Brun"}
    assert [s.name for s in search(library, "espagnol")] == ["Ana Ruiz"]
    assert [s.name for s in search(library, "amerique")] == ["Paul Brun"]  # accents folded
    seeker.needs = "un comptable"
    update_contact(library, seeker)
    assert [s.name for s in search(library, "traduc")] == ["Ana Ruiz"]
    assert [s.name for s in search(library, "comptable")] == ["Paul Brun"]


def test_words_are_cut_alike_on_both_engines(library: Library) -> None:
    """What FTS5's tokenizer keeps as one word stays one word on PostgreSQL, whose own parser would read the
    tail of this address as the number 0e3 and the word a4, and keep an e-mail address whole."""
    made = create_contact(
        library,
        Contact(
            full_name="Julien Le Bihan",
            emails=["julien.lebihan@odyssee.example"],
            websites=["https://www.linkedin.com/in/julien-le-bihan-0e3a4"],
        ),
    )
    assert _ids(library, "0e3a") == [made.id]
    assert _ids(library, "a4") == [] and _ids(library, "0e3 a4") == []
    assert _ids(library, "odyssee") == [made.id] and _ids(library, "lebihan@odyssee") == [made.id]
