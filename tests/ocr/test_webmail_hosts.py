"""An e-mail's free-mail host read one letter wrong, written as the provider's (``webmail_hosts``); a firm's own
host, or one two letters from any provider, stays as read."""

from __future__ import annotations

import random

from faker import Faker

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_domains import MAJOR_WEBMAIL, MIN_MISREAD_HOST


def _locals(count: int, seed: int) -> list[str]:
    fake = Faker("pt_BR")
    fake.seed_instance(seed)
    return [fake.user_name().replace("_", ".") for _ in range(count)]


def test_a_providers_host_read_one_letter_wrong_is_the_providers() -> None:
    rng = random.Random(1)
    providers = [host for host in MAJOR_WEBMAIL if len(host) >= MIN_MISREAD_HOST]
    for local in _locals(12, 1):
        provider = rng.choice(providers)
        place = rng.randrange(len(provider))
        wrong = provider[:place] + rng.choice([ch for ch in "nrtkq" if ch != provider[place]]) + provider[place + 1 :]
        if sum(1 for host in MAJOR_WEBMAIL if len(host) == len(wrong) and host != provider and host[0] == wrong[0]):
            continue  # a label as near another provider is left alone by design
        fields = parse_text(f"Ana Souza\n(11) 3333-4444\n{local}@{wrong}.com", "BR")
        assert [mail.value for mail in fields.emails] == [f"{local}@{provider}.com"], wrong


def test_a_firms_own_host_stays_as_read() -> None:
    for local in _locals(6, 2):
        fields = parse_text(f"Ana Souza\n(11) 3333-4444\n{local}@lojasouza.com.br", "BR")
        assert [mail.value for mail in fields.emails] == [f"{local}@lojasouza.com.br"]
        fields = parse_text(f"Ana Souza\n(11) 3333-4444\n{local}@gmexl.com", "BR")  # two letters from "gmail"
        assert [mail.value for mail in fields.emails] == [f"{local}@gmexl.com"]


def test_a_providers_host_with_a_space_for_its_dot_is_written_whole() -> None:
    for local, provider in zip(_locals(8, 3), MAJOR_WEBMAIL, strict=False):
        fields = parse_text(f"Ana Souza\n(11) 3333-4444\n{local}@{provider} com", "BR")
        assert [mail.value for mail in fields.emails] == [f"{local}@{provider}.com"], provider
