"""The cards of one photo together: the back of a card laid beside its front is no contact of its own."""

from __future__ import annotations

from cardbook.app.photo_cards import BACK_IN_PHOTO, backs_in_photo
from cardbook.app.scan_outcome import CardSkip
from cardbook.app.scanning import _outcomes
from cardbook.ocr.fields import CardFields, FieldValue, PhoneValue
from cardbook.ocr.pipeline import CardResult


def _value(text: str) -> FieldValue:
    return FieldValue(text, 0.9)


FRONT = CardFields(
    name=_value("Ana Souza"),
    company=_value("Padaria Central"),
    phones=(PhoneValue("(11) 3456-7890", "+551134567890", "work", 0.9),),
    websites=(_value("padariacentral.com.br"),),
)


def _card(index: int, fields: CardFields) -> CardResult:
    return CardResult("/photos/table.jpg", index, fields=fields, text="read")


def test_a_back_repeating_the_front_is_left_out_with_the_reason() -> None:
    back = CardFields(company=_value("Padaria Central"), websites=(_value("padariacentral.com.br"),))
    results = [_card(0, FRONT), _card(1, back)]
    assert backs_in_photo(results) == {1: BACK_IN_PHOTO.format("table.jpg")}
    outcomes = _outcomes("/photos/table.jpg", results, None, None, match=False)
    assert [outcome.skipped for outcome in outcomes] == [None, BACK_IN_PHOTO.format("table.jpg")]
    assert [outcome.skip_kind for outcome in outcomes] == [None, CardSkip.BACK_OF_CARD]


def test_two_people_and_a_back_bringing_something_new_stay_cards() -> None:
    other = CardFields(name=_value("John Miller"), company=_value("Miller Plumbing"))
    back_with_more = CardFields(
        company=_value("Padaria Central"), phones=(PhoneValue("(11) 99876-5432", "+5511998765432", "mobile", 0.9),)
    )
    other_company = CardFields(company=_value("Oficina Boa Vista"))
    assert backs_in_photo([_card(0, FRONT), _card(1, other)]) == {}
    assert backs_in_photo([_card(0, FRONT), _card(1, back_with_more)]) == {}
    assert backs_in_photo([_card(0, FRONT), _card(1, other_company)]) == {}
    assert backs_in_photo([_card(0, CardFields(company=_value("Padaria Central")))]) == {}
