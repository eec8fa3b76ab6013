"""A "Web" line whose site was cut after the host's dot, completed from the card's one e-mail domain that starts
with it (``cut_web_lines``); without such an e-mail, or with two, nothing is proposed."""

from __future__ import annotations

from faker import Faker

from cardbook.ocr.parse_card import parse_text


def _domains(count: int, seed: int) -> list[str]:
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    return [f"{fake.domain_word()}{fake.domain_word()}.{tld}" for tld in ("fr", "com", "be") for _ in range(count)]


def test_a_cut_site_is_the_emails_domain_it_starts() -> None:
    for domain in _domains(3, 1):
        piece = domain.split(".")[0] + "."
        for label in ("Web", "Site:", "W"):
            fields = parse_text(f"Ana Ruiz\n+33 1 23 45 67 89\nana@{domain}\n{label} {piece}", "FR")
            assert [site.value for site in fields.websites] == [domain], (label, piece)


def test_no_site_without_one_matching_email() -> None:
    for domain in _domains(2, 2):
        piece = domain.split(".")[0] + "."
        fields = parse_text(f"Ana Ruiz\n+33 1 23 45 67 89\nana@other-host.fr\nWeb {piece}", "FR")
        assert [site.value for site in fields.websites] == []
        stem = domain.split(".")[0]
        text = f"Ana Ruiz\nana@{stem}.fr\nbob@{stem}.com\nWeb {piece}"  # two domains start with it: no guess
        assert [site.value for site in parse_text(text, "FR").websites] == []
