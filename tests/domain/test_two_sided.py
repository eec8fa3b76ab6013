"""Front and back of one card (domain.two_sided): the merge keeps every value, the proposal needs evidence."""

from __future__ import annotations

from cardbook.domain.contact import Contact, Phone
from cardbook.domain.enums import ContactStatus, PhoneKind
from cardbook.domain.two_sided import back_evidence, merge_back


def _front() -> Contact:
    return Contact(
        id=7,
        full_name="Margaux Vidal",
        title="Responsable des achats",
        company="Atelier Brunel",
        emails=["m.vidal@atelier-brunel.fr"],
        phones=[Phone("06 12 34 56 78", "+33612345678", PhoneKind.MOBILE)],
        address="12 rue des Tanneurs, 35000 Rennes",
        status=ContactStatus.AWAITING_REVIEW,
    )


def test_the_back_adds_what_the_front_lacks_and_keeps_what_differs() -> None:
    back = Contact(
        title="Purchasing Manager",
        company="Atelier Brunel",
        emails=["M.Vidal@atelier-brunel.fr", "orders@atelier-brunel.fr"],
        phones=[
            Phone("+33 6 12 34 56 78", "+33612345678", PhoneKind.MOBILE),
            Phone("02 99 00 11 22", "+33299001122", PhoneKind.WORK),
        ],
        websites=["https://www.atelier-brunel.fr"],
        address="Unit 4, 10 Harbour Road, Bristol BS1 5TT",
    )
    merged = merge_back(_front(), back)
    assert merged.id == 7 and merged.full_name == "Margaux Vidal"
    assert merged.title == "Responsable des achats", "the front's title is not overwritten"
    assert "Title on the back: Purchasing Manager" in merged.notes, "the other language's title is kept"
    assert "Company on the back" not in merged.notes, "the same company is no alternate"
    assert merged.emails == ["m.vidal@atelier-brunel.fr", "orders@atelier-brunel.fr"]
    assert [p.e164 for p in merged.phones] == ["+33612345678", "+33299001122"]
    assert merged.websites == ["https://www.atelier-brunel.fr"]
    assert merged.address == "12 rue des Tanneurs, 35000 Rennes"
    assert [a.street for a in merged.addresses][1:] == ["Unit 4, 10 Harbour Road, Bristol BS1 5TT"]
    assert merged.status is ContactStatus.AWAITING_REVIEW


def test_a_front_without_title_takes_the_backs_and_a_differing_name_becomes_another_name() -> None:
    front = Contact(full_name="Margaux Vidal", company="Atelier Brunel")
    back = Contact(full_name="Маргo Видаль", title="Purchasing Manager")
    merged = merge_back(front, back)
    assert merged.title == "Purchasing Manager" and merged.notes == ""
    assert merged.other_names == ["Маргo Видаль"]


def test_merging_the_same_back_twice_adds_the_alternate_once() -> None:
    back = Contact(title="Purchasing Manager")
    once = merge_back(_front(), back)
    assert merge_back(once, back).notes == once.notes


def test_a_nameless_card_sharing_the_domain_is_proposed_as_the_back() -> None:
    back = Contact(websites=["www.atelier-brunel.fr/services"], emails=["contact@atelier-brunel.fr"])
    found = back_evidence(_front(), back)
    assert found is not None and found.kind == "domain" and found.value == "atelier-brunel.fr"
    assert found.describe() == "same domain atelier-brunel.fr"


def test_a_shared_phone_or_website_is_evidence_too() -> None:
    by_phone = back_evidence(_front(), Contact(title="Buyer", phones=[Phone("+33 6 12 34 56 78", "+33612345678")]))
    assert by_phone is not None and by_phone.kind == "phone"
    front = Contact(full_name="Jo", websites=["https://atelier-brunel.fr/"])
    by_site = back_evidence(front, Contact(title="Buyer", websites=["http://www.atelier-brunel.fr"]))
    assert by_site is not None and by_site.kind == "website"


def test_no_proposal_for_a_named_card_an_unrelated_card_or_a_webmail_domain() -> None:
    named = Contact(full_name="Paul Girard", emails=["p.girard@atelier-brunel.fr"])
    assert back_evidence(_front(), named) is None, "a card with a name is someone's front"
    assert back_evidence(_front(), Contact(emails=["info@ailleurs.fr"])) is None
    front = Contact(full_name="Jo Doe", emails=["jo.doe@gmail.com"])
    webmail = back_evidence(front, Contact(emails=["shop@gmail.com"]), lambda domain: domain == "gmail.com")
    assert webmail is None, "everybody's mail domain proves nothing"
    assert back_evidence(front, Contact(emails=["shop@gmail.com"])) is not None


def test_a_second_photo_of_the_same_side_is_no_back() -> None:
    front = Contact(full_name="", company="Atelier Brunel", phones=[Phone("02 99 00 11 22", "+33299001122")])
    again = Contact(company="Atelier Brunel", phones=[Phone("02 99 00 11 22", "+33299001122")])
    assert back_evidence(_front(), Contact(phones=[Phone("06 12 34 56 78", "+33612345678")])) is None
    assert back_evidence(front, again) is None, "it adds nothing: the same face photographed twice"
    more = Contact(company="Atelier Brunel", phones=[Phone("02 99 00 11 22", "+33299001122")], websites=["brunel.fr"])
    assert back_evidence(front, more) is not None
