"""Team members: the service, this machine's current member, whose rows each write records, and the point of view
of the exchange lists, the figures, the reports and "also met by" (docs/TEAM_LIBRARY.md, "Members")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cardbook.domain.contact import Contact
from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.domain.member import EVERYONE
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import FollowUp, Referral
from cardbook.domain.reports import Period
from cardbook.interop.records import ImportedContact, MeetingLine, ReferralLine
from cardbook.storage.contacts.card_import import ExchangeDefaults, store_scanned_card
from cardbook.storage.contacts.interchange import get_my_card, import_contacts, save_my_card
from cardbook.storage.contacts.records import create_contact, delete_contact, search_ids
from cardbook.storage.contacts.snapshots import restore_contact, snapshot_contact
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.encounters import cards_i_owe_ids, one_way_giver_ids, record_encounter
from cardbook.storage.ledger.events import save_event
from cardbook.storage.ledger.exchanges import came_one_way, cards_i_owe, send_card
from cardbook.storage.ledger.follow_ups import save_follow_up
from cardbook.storage.ledger.introductions import make_introduction
from cardbook.storage.ledger.networks import save_network
from cardbook.storage.ledger.referrals import save_referral
from cardbook.storage.ledger.reports import event_report, network_report
from cardbook.storage.ledger.strength import contact_strength
from cardbook.storage.ledger.team_meetings import AlsoMet, also_met_by
from cardbook.storage.library import Library
from cardbook.storage.members import (
    add_member,
    current_member,
    list_members,
    member_named,
    remove_member,
    rename_member,
    use_member,
    viewpoint,
)
from cardbook.storage.models import EncounterRow, FollowUpRow, ReferralRow
from cardbook.storage.upkeep.transfer_in import import_library
from cardbook.storage.upkeep.transfer_out import export_library
from tests.storage.conftest import BOTH
from tests.storage.test_cards import scanned

ENGINES = BOTH  # tests/storage/conftest.py
DAY = date(2026, 3, 12)


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _meet(library: Library, contact_id: int, event_id: int | None, offered: OfferedBy, answered: Reciprocated,
          why: NoCardReason | None = None) -> None:  # fmt: skip
    record_encounter(
        library,
        Encounter(contact_id=contact_id, event_id=event_id, offered_by=offered, reciprocated=answered, why_no_card=why),
    )


def _owners(library: Library, model: type[EncounterRow] | type[ReferralRow] | type[FollowUpRow]) -> list[int | None]:
    from sqlalchemy import select

    with library.session() as session:
        return list(session.scalars(select(model.member_id).order_by(model.id)))


class Team:
    """Anne and Claire share a library; both met Paul at BNI Lyon. Anne had no card for him (she owes hers);
    Claire exchanged cards with him three times. Marc gave Claire his card and never asked for hers."""

    def __init__(self, library: Library) -> None:
        network = _id(save_network(library, Network(name="BNI Lyon")).id)
        self.event = _id(save_event(library, Event(name="BNI Lyon breakfast", date=DAY, network_id=network)).id)
        self.paul = _id(create_contact(library, Contact(full_name="Paul Vidal")).id)
        self.marc = _id(create_contact(library, Contact(full_name="Marc Vendeur")).id)
        self.anne = add_member(library, "Anne")
        self.claire = add_member(library, "Claire")
        use_member(library, "Anne")
        _meet(library, self.paul, self.event, OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE)
        use_member(library, "Claire")
        for _ in range(3):
            _meet(library, self.paul, self.event, OfferedBy.ME, Reciprocated.YES)
        _meet(library, self.marc, self.event, OfferedBy.THEM, Reciprocated.NO, NoCardReason.NOT_ASKED)


def test_members_are_added_renamed_found_case_blind_and_refused_twice(library: Library) -> None:
    anne = add_member(library, "  Anne   Dupont ")
    assert anne.name == "Anne Dupont"
    assert member_named(library, "anne dupont") == anne
    with pytest.raises(ValidationError, match="already a member"):
        add_member(library, "ANNE DUPONT")
    with pytest.raises(ValidationError, match="whole team"):
        add_member(library, "all")
    with pytest.raises(ValidationError, match="needs a name"):
        add_member(library, "   ")
    claire = add_member(library, "Claire")
    with pytest.raises(ValidationError, match="already a member"):
        rename_member(library, "Claire", "anne dupont")
    assert rename_member(library, "claire", "Claire Roux").name == "Claire Roux"
    assert [m.name for m in list_members(library)] == ["Anne Dupont", "Claire Roux"]
    assert member_named(library, "Claire Roux").id == claire.id
    with pytest.raises(NotFoundError, match="no member named “Zoé”"):
        use_member(library, "Zoé")


def test_a_personal_library_records_nobody_and_filters_nothing(library: Library) -> None:
    paul = _id(create_contact(library, Contact(full_name="Paul Vidal")).id)
    _meet(library, paul, None, OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE)
    assert viewpoint(library) == EVERYONE
    assert current_member(library) is None
    assert _owners(library, EncounterRow) == [None]
    assert cards_i_owe_ids(library) == [paul]
    assert also_met_by(library, paul) == []


def test_every_write_records_the_current_member(library: Library) -> None:
    paul = _id(create_contact(library, Contact(full_name="Paul Vidal")).id)
    lea = _id(create_contact(library, Contact(full_name="Léa Morel")).id)
    claire = add_member(library, "Claire")
    use_member(library, "Claire")
    _meet(library, paul, None, OfferedBy.ME, Reciprocated.YES)
    save_referral(library, Referral(from_contact_id=paul, date=DAY))
    save_follow_up(library, FollowUp(contact_id=paul, due=DAY))
    make_introduction(library, paul, lea, DAY)
    store_scanned_card(library, scanned("Odile Ferrand", "Atelier Vauban"), ExchangeDefaults())  # scan import
    history = ImportedContact(
        Contact(full_name="Jean Roux"), 1, 1, "vcard", "BEGIN:VCARD…",
        meetings=[MeetingLine(DAY, "BNI Lyon breakfast", None)],
        referrals=[ReferralLine(DAY, "Jean Roux", None, note="sent me a client")],
    )  # fmt: skip
    import_contacts(library, [history])  # a Cardbook vCard's history
    assert _owners(library, EncounterRow) == [claire.id] * 3
    assert _owners(library, ReferralRow) == [claire.id] * 3
    assert _owners(library, FollowUpRow) == [claire.id, claire.id]


def test_two_members_each_see_their_own_exchange_lists(library: Library) -> None:
    team = Team(library)
    anne, claire = viewpoint(library, "Anne"), viewpoint(library, "Claire")
    assert cards_i_owe_ids(library, anne) == [team.paul]
    assert cards_i_owe_ids(library, claire) == []
    assert one_way_giver_ids(library, anne) == []
    assert one_way_giver_ids(library, claire) == [team.marc]
    # The team: Paul has had cards both ways (Claire's), so nobody in the team owes him one any more.
    assert cards_i_owe_ids(library, EVERYONE) == []
    assert one_way_giver_ids(library, EVERYONE) == [team.marc]
    [line] = cards_i_owe(library, anne)
    assert (line.contact_id, line.meetings, line.one_way_meetings) == (team.paul, 1, 1)
    # This machine is Claire's now (Team chose her last): the default point of view is hers.
    assert viewpoint(library) == claire
    assert cards_i_owe_ids(library) == []


def test_sending_my_card_resolves_my_rows_only(library: Library) -> None:
    team = Team(library)
    _meet(library, team.paul, None, OfferedBy.THEM, Reciprocated.NO, NoCardReason.MY_LAPSE)  # Claire, later
    change = send_card(library, team.paul, DAY)
    assert change.count == 1  # Claire's one-way card, not Anne's
    assert cards_i_owe_ids(library, viewpoint(library, "Anne")) == [team.paul]


def test_also_met_by_counts_the_other_members_meetings(library: Library) -> None:
    team = Team(library)
    use_member(library, "Anne")
    assert also_met_by(library, team.paul) == [AlsoMet("Claire", "BNI Lyon breakfast", 3, DAY)]
    use_member(library, "Claire")
    assert also_met_by(library, team.paul) == [AlsoMet("Anne", "BNI Lyon breakfast", 1, DAY)]
    assert also_met_by(library, team.marc) == []
    assert [a.member for a in also_met_by(library, team.paul, EVERYONE)] == ["Anne", "Claire"]


def test_reports_per_member_add_up_to_the_team(library: Library) -> None:
    team = Team(library)
    [anne] = network_report(library, Period(), viewpoint(library, "Anne"))
    [claire] = network_report(library, Period(), viewpoint(library, "Claire"))
    [everyone] = network_report(library, Period(), EVERYONE)
    assert (anne.cards_collected, claire.cards_collected, everyone.cards_collected) == (1, 4, 5)
    assert anne.exchanges.from_them + claire.exchanges.from_them == everyone.exchanges.from_them == 2
    assert anne.exchanges.mutual + claire.exchanges.mutual == everyone.exchanges.mutual == 3
    assert (anne.one_way_givers, claire.one_way_givers) == (0, 1)
    event_anne = event_report(library, team.event, viewpoint(library, "Anne"))
    event_team = event_report(library, team.event, EVERYONE)
    assert len(event_anne.people) == 1
    assert len(event_team.people) == 5
    assert [p.contact_id for p in event_anne.cards_i_owe] == [team.paul]
    assert event_team.cards_i_owe == []


def test_strength_is_the_members_own(library: Library) -> None:
    team = Team(library)
    anne = contact_strength(library, team.paul, DAY, viewpoint(library, "Anne"))
    claire = contact_strength(library, team.paul, DAY, viewpoint(library, "Claire"))
    assert anne.score < claire.score


def test_my_card_is_each_members_own(library: Library) -> None:
    save_my_card(library, Contact(full_name="Owner Before Members"))
    add_member(library, "Anne")
    add_member(library, "Claire")
    use_member(library, "Anne")
    assert get_my_card(library) is None  # not the library's card: it was nobody's in particular
    save_my_card(library, Contact(full_name="Anne Martin"))
    use_member(library, "Claire")
    save_my_card(library, Contact(full_name="Claire Roux"))
    assert _name(get_my_card(library)) == "Claire Roux"
    use_member(library, "Anne")
    assert _name(get_my_card(library)) == "Anne Martin"
    assert member_named(library, "Anne").has_card


def _name(card: Contact | None) -> str:
    assert card is not None
    return card.full_name


def test_the_current_member_is_kept_on_this_machine(library: Library) -> None:
    add_member(library, "Anne")
    claire = add_member(library, "Claire")
    use_member(library, "Claire")
    again = Library.open(library.location, local_root=library.root)
    try:
        assert current_member(again) == claire
        rename_member(again, "Claire", "Claire Roux")
        assert current_member(library) is not None and current_member(library).name == "Claire Roux"  # type: ignore[union-attr]
    finally:
        again.close()


def test_removing_a_member_keeps_their_rows_as_nobodys(library: Library) -> None:
    team = Team(library)
    removed = remove_member(library, "Claire")
    assert (removed.member, removed.encounters, removed.referrals, removed.follow_ups) == (team.claire, 4, 0, 0)
    assert current_member(library) is None  # Claire was this machine's member
    assert _owners(library, EncounterRow) == [team.anne.id, None, None, None, None]
    assert viewpoint(library) == EVERYONE
    # Nobody's rows count for the team only: Anne's point of view is unchanged.
    assert cards_i_owe_ids(library, viewpoint(library, "Anne")) == [team.paul]
    assert also_met_by(library, team.paul, viewpoint(library, "Anne")) == []


def test_a_contact_brought_back_keeps_its_members_rows_or_makes_them_nobodys(library: Library) -> None:
    team = Team(library)
    paul = snapshot_contact(library, team.paul)
    delete_contact(library, team.paul)
    remove_member(library, "Claire")
    restored = restore_contact(library, paul)
    with library.session() as session:
        owners = sorted(
            m or 0 for m in session.scalars(select(EncounterRow.member_id).where(EncounterRow.contact_id == restored))
        )
    assert owners == [0, 0, 0, _id(team.anne.id)]  # Claire's three are nobody's, as her other rows became


def test_a_library_file_brings_its_members_and_meets_the_same_names(library: Library, tmp_path: Path) -> None:
    """A team library moved as a .cardbook file: its members arrive, a member already there by name is the same
    person (names are unique), and the rows stay whose they were."""
    Team(library)
    path = tmp_path / "team.cardbook"
    with path.open("wb") as handle:
        export_library(library, handle)
    other = Library.open(tmp_path / "other")
    try:
        add_member(other, "Claire")  # the same person, added there on her own
        import_library(other, path)
        assert [m.name for m in list_members(other)] == ["Claire", "Anne"]
        claire = viewpoint(other, "Claire")
        [paul] = search_ids(other, "Vidal")
        assert also_met_by(other, paul, claire) == [AlsoMet("Anne", "BNI Lyon breakfast", 1, DAY)]
        assert cards_i_owe_ids(other, viewpoint(other, "Anne")) == [paul]
    finally:
        other.close()


def test_the_pane_offers_to_send_my_card_from_my_point_of_view(library: Library) -> None:
    team = Team(library)
    assert came_one_way(library, team.paul, viewpoint(library, "Anne"))  # she owes hers
    assert not came_one_way(library, team.paul, viewpoint(library, "Claire"))  # they exchanged
    assert not came_one_way(library, team.paul, EVERYONE)  # the team: cards went both ways
    assert came_one_way(library, team.marc)  # this machine is Claire's: Marc gave her his and did not ask
