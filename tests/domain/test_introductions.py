"""“What can I bring?”: the introductions matcher states its rules — needs against offers, title, tags and
company, in French and English, ranked and explained; pairs already referred are not suggested again."""

from __future__ import annotations

from cardbook.domain.introductions import Profile, concepts_in, suggest_introductions

CLAIRE = Profile(1, "Claire Roux", "Gérante", "Boulangerie Roux", needs="Needs an accountant for her new shop")
PAUL = Profile(2, "Paul Marchand", "Expert-comptable", "Cabinet Marchand")
NINA = Profile(3, "Nina Weber", "Directrice", "Weber SARL", offers="Comptabilité pour TPE", offer_tags=("compta",))
OMAR = Profile(4, "Omar Said", "Avocat", "Said Avocats")


def test_trades_are_found_in_french_and_english_whole_words() -> None:
    assert concepts_in("Expert-comptable") == {"accountant"}
    assert concepts_in("needs an ACCOUNTANT") == {"accountant"}
    assert "accountant" not in concepts_in("comptabilisé")  # a whole word, not a piece of one


def test_needs_an_accountant_meets_the_accountants_ranked_and_explained() -> None:
    found = suggest_introductions([CLAIRE, PAUL, NINA, OMAR])
    assert [(i.needer_id, i.offerer_id) for i in found] == [(1, 3), (1, 2)]  # offers beat a title
    nina, paul = found
    assert nina.reasons == ("offers: “Comptabilité pour TPE”",)
    assert paul.reasons == ("title: “Expert-comptable”",)
    assert "Claire Roux needs “Needs an accountant for her new shop”; Paul Marchand" in paul.explanation


def test_same_tag_on_both_sides_is_the_strongest_evidence() -> None:
    needer = Profile(5, "Zoé", needs="", need_tags=("compta",))
    [first, *_] = suggest_introductions([needer, PAUL, NINA])
    assert first.offerer_id == NINA.contact_id and "offers the tag “compta”" in first.reasons


def test_pairs_already_referred_are_not_suggested_again_and_nobody_meets_themselves() -> None:
    found = suggest_introductions([CLAIRE, PAUL, NINA], already=[(3, 1)])
    assert [(i.needer_id, i.offerer_id) for i in found] == [(1, 2)]
    alone = Profile(6, "Solo", "Expert-comptable", needs="un expert-comptable")
    assert suggest_introductions([alone]) == []


def test_only_one_contact_and_nothing_without_needs() -> None:
    assert [i.offerer_id for i in suggest_introductions([CLAIRE, PAUL, NINA], only=2)] == [2]
    assert suggest_introductions([PAUL, NINA, OMAR]) == []
