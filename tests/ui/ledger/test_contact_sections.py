"""The contact's ledger sections: exchange tags, owed cards, referrals, follow-ups, strength and timeline."""

from __future__ import annotations

import datetime as dt

from cardbook.domain.enums import OfferedBy, Reciprocated, ReferralDirection, ReferralOutcome
from cardbook.domain.referral import FollowUp
from cardbook.storage.ledger import encounters, referrals
from cardbook.storage.ledger import exchanges as ledger_exchanges
from cardbook.storage.ledger import follow_ups as ledger_followups
from cardbook.storage.ledger import strength as ledger_strength
from cardbook.storage.ledger import timeline as ledger_timeline
from cardbook.storage.library import Library
from cardbook.ui.ledger.contact_ledger import ContactLedger
from cardbook.ui.ledger.contact_story import ContactStory
from cardbook.ui.ledger.exchange_section import ExchangeSection
from cardbook.ui.ledger.follow_ups_section import FollowUpsSection
from cardbook.ui.ledger.referrals_section import ReferralsSection
from cardbook.ui.ledger.strength_view import StrengthView
from cardbook.ui.ledger.timeline_view import TimelineView
from tests.ui.sample_library import Sample

TODAY = dt.date.today()


def test_exchange_tags_edited_from_the_contact(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    helene = sample.ids["Hélène Leroy"]
    section = ExchangeSection(lib, helene)
    qtbot.addWidget(section)
    assert [b.text() for b in section.tag_buttons] == ["← I offered"]
    assert section.exchange_actions.isHidden()  # she owes me, not the other way
    with qtbot.waitSignal(section.changed) as changed:
        section.tag_buttons[0].menu().actions()[-3].trigger()  # "Reciprocated"
    assert changed.args == [helene]
    assert [(e.offered_by, e.reciprocated) for e in encounters.encounters_of(lib, helene)] == [
        (OfferedBy.ME, Reciprocated.YES)
    ]
    assert [b.text() for b in section.tag_buttons] == ["⇄ mutual"]
    section.editor.undo_stack.undo()
    assert [b.text() for b in section.tag_buttons] == ["← I offered"]


def test_owed_card_resolved_from_the_contact(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    chloe = sample.ids["Chloé Martin"]
    section = ExchangeSection(lib, chloe, today=lambda: dt.date(2025, 2, 3))
    qtbot.addWidget(section)
    actions = section.exchange_actions
    assert not actions.isHidden() and not actions.dismiss_button.isHidden()
    assert actions.send_button.accessibleName() == "I sent my card to Chloé Martin"
    dialog = actions.ask_date()
    assert dialog is not None
    dialog.date.setDate(dialog.date.date().addDays(-3))
    dialog.accept()
    assert [e.reciprocated_on for e in encounters.encounters_of(lib, chloe)] == [dt.date(2025, 1, 31)]
    assert actions.isHidden()  # nothing owed any more
    section.editor.undo_stack.undo()
    assert chloe in [line.contact_id for line in ledger_exchanges.cards_i_owe(lib)]
    assert not actions.isHidden()
    actions.dismiss()
    assert chloe not in [line.contact_id for line in ledger_exchanges.cards_i_owe(lib)]
    assert chloe not in [line.contact_id for line in ledger_exchanges.one_way_givers(lib)]  # my lapse, not hers
    assert actions.dismiss_button.isHidden() and not actions.send_button.isHidden()


def test_add_edit_delete_a_referral_with_undo(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    francois, amelie = sample.ids["François Dupont"], sample.ids["Amélie Petit"]
    section = ReferralsSection(lib, francois)
    qtbot.addWidget(section)
    assert len(section.lines) == 1  # I sent him business
    dialog = section.add_referral()
    assert dialog is not None and dialog.received.isChecked() and not dialog.other_holder.isEnabled()
    dialog.between.setChecked(True)
    assert dialog.other_holder.isEnabled()
    dialog.accept()
    assert "pick one of your contacts" in dialog.error.text()
    dialog.note.setFocus()  # no completer popup (the offscreen platform cannot show one)
    with qtbot.waitSignal(dialog.other.searched) as searched:  # in the background
        dialog.other.search_now("amelie avocate")
    assert searched.args[0] >= 1  # accent-blind, any field
    dialog.other.choose_row(0)
    assert dialog.other.contact_id() == amelie and dialog.other.text() == "Amélie Petit"
    dialog.note.setText("Statuts de la SAS")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ReferralOutcome.WON.value))
    dialog.value.setValue(800)
    dialog.accept()
    assert not dialog.isVisible()
    added = next(ln for ln in section.lines if ln.referral.note == "Statuts de la SAS")
    assert (added.direction, added.referral.to_contact_id, added.referral.value) == (
        ReferralDirection.BETWEEN_CONTACTS, amelie, 800.0,
    )  # fmt: skip

    edit = section.edit_referral(added.referral)
    assert edit is not None and edit.between.isChecked() and edit.other.contact_id() == amelie
    edit.outside.setText("ignored while a contact is chosen")
    edit.outcome.setCurrentIndex(edit.outcome.findData(ReferralOutcome.LOST.value))
    edit.accept()
    assert referrals.referrals_of(lib, amelie)[0].outcome is ReferralOutcome.LOST
    assert referrals.referrals_of(lib, amelie)[0].to_name is None
    section.undo_stack.undo()
    assert referrals.referrals_of(lib, amelie)[0].outcome is ReferralOutcome.WON

    section.delete_referral(added.referral)
    assert all(ln.referral.note != "Statuts de la SAS" for ln in section.lines)
    section.undo_stack.undo()  # brought back
    assert any(ln.referral.note == "Statuts de la SAS" for ln in section.lines)
    section.undo_stack.redo()  # deleted again
    assert all(ln.referral.note != "Statuts de la SAS" for ln in section.lines)
    section.undo_stack.undo()
    section.undo_stack.undo()  # the edit's undo was already undone; now the add itself is undone
    assert len(section.lines) >= 1


def test_a_referral_to_someone_outside(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = ReferralsSection(lib, sample.ids["Sophie Bernard"])
    qtbot.addWidget(section)
    dialog = section.add_referral()
    assert dialog is not None
    dialog.between.setChecked(True)
    dialog.outside.setText("Garage Martin")
    dialog.accept()
    assert section.lines[0].referral.to_name == "Garage Martin"
    dialog = section.add_referral()
    assert dialog is not None
    dialog.given.setChecked(True)
    dialog.accept()
    assert {ln.direction for ln in section.lines} == {ReferralDirection.BETWEEN_CONTACTS, ReferralDirection.GIVEN}
    section.undo_stack.undo()
    assert {ln.direction for ln in section.lines} == {ReferralDirection.BETWEEN_CONTACTS}


def test_follow_ups_add_snooze_done(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    emilie = sample.ids["Émilie Lefèvre"]
    section = FollowUpsSection(lib, emilie)
    qtbot.addWidget(section)
    (overdue,) = section.lines
    assert overdue.follow_up.note == "Envoyer la plaquette" and overdue.follow_up.due == TODAY - dt.timedelta(days=2)
    section.snooze(overdue.follow_up.id or 0, 7)
    assert section.lines[0].follow_up.due == TODAY + dt.timedelta(days=7)  # a week from today: it was late
    section.undo_stack.undo()
    assert section.lines[0].follow_up.due == TODAY - dt.timedelta(days=2)

    dialog = section.add_follow_up()
    assert dialog is not None
    dialog.due.check.setChecked(True)  # no date
    dialog.accept()
    assert "empty reminder" in dialog.error.text()
    dialog.note.setText("Déjeuner")
    dialog.repeat.setChecked(True)
    dialog.weeks.setValue(4)
    dialog.accept()
    rhythm = next(ln.follow_up for ln in section.lines if ln.follow_up.note == "Déjeuner")
    assert (rhythm.every_weeks, rhythm.due) == (4, None)

    change = section.complete(rhythm.id or 0)
    assert change is not None and change.created is not None
    assert change.created.due == TODAY + dt.timedelta(weeks=4)
    notes = [(ln.follow_up.note, ln.follow_up.done_on) for ln in section.lines]
    assert ("Déjeuner", TODAY) in notes and ("Déjeuner", None) in notes
    section.undo_stack.undo()
    assert [ln.follow_up.note for ln in section.lines].count("Déjeuner") == 1
    section.snooze(overdue.follow_up.id or 0, 30)
    assert ledger_followups.follow_ups_of(lib, emilie)[0].due == TODAY + dt.timedelta(days=30)


def test_strength_and_its_sentence(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    view = StrengthView()
    qtbot.addWidget(view)
    view.show_strength(ledger_strength.contact_strength(lib, sample.ids["Émilie Lefèvre"], TODAY))
    assert view.strength is not None
    assert view.dots.text() == "●" * view.strength.dots + "○" * (5 - view.strength.dots)
    assert view.dots.accessibleName().startswith(f"Relationship strength {view.strength.dots} out of 5")
    assert view.sentence.text().startswith("Met 3 times in ")
    assert "always a mutual exchange" in view.sentence.text() and "sent me 1 referral (1 won)" in view.sentence.text()


def test_timeline_and_the_block_kept_in_step(qtbot, lib: Library, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    jerome = sample.ids["Jérôme Girard"]
    timeline = TimelineView()
    qtbot.addWidget(timeline)
    timeline.show_story(ContactStory(jerome, entries=ledger_timeline.timeline(lib, jerome)))
    assert timeline.entry_texts() == [
        "Follow-up (due today): Rappeler pour un café",
        "Met at Petit-déjeuner du Club (Club des Entrepreneurs Lyonnais)",
        "Met at Salon des Entrepreneurs",
    ]
    announced: list[object] = []
    block = ContactLedger(lib, changed=announced.append)
    qtbot.addWidget(block)
    block.show_contact(jerome)
    qtbot.waitUntil(lambda: block.strength.strength is not None)  # read in the background
    before = block.strength.strength
    block.exchanges.exchange_actions.send_today()
    assert len(announced) == 1  # the one notice, told at once
    assert before is not None
    qtbot.waitUntil(lambda: block.strength.strength is not None and block.strength.strength.score > before.score)
    assert block.timeline is not None and block.timeline.entries  # the exchange became mutual, above
    ledger_followups.save_follow_up(lib, FollowUp(contact_id=jerome, note="Café", due=TODAY))
    block.reload()
    qtbot.waitUntil(lambda: any("Café" in text for text in block.timeline.entry_texts()))
