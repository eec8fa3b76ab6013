"""Accents OCR dropped, written back from the language's word-frequency list (cardbook.ocr.accents)."""

from __future__ import annotations

from cardbook.ocr import accents
from cardbook.ocr.parse_card import parse_text


def test_words_no_text_writes_plain_get_their_accents_in_the_printed_case() -> None:
    assert accents.with_accents("Diretor de Operacoes e Negocios", "pt") == "Diretor de Operações e Negócios"
    assert accents.with_accents("TECNICO MECANICO", "pt") == "TÉCNICO MECÂNICO"
    assert accents.with_accents("Chargee d'Etudes", "fr") == "Chargée d'Études"
    assert accents.with_accents("Geschaftsfuhrer", "de") == "Geschäftsführer"


def test_a_plain_spelling_common_on_its_own_stays_as_read() -> None:
    # French "cote" (a rating) is a word beside "côte" and "côté": no accented spelling dominates it.
    table = accents.accented_spellings("fr")
    assert "cote" not in table
    assert accents.with_accents("Cote Marketing", "fr") == "Cote Marketing"
    # English words on a card of a country that writes accents were read right.
    assert accents.with_accents("General Manager, Media Operations", "fr") == "General Manager, Media Operations"
    # Words already accented, one-letter words and words of no list stay as read.
    assert accents.with_accents("Opérations à Lorixa", "fr") == "Opérations à Lorixa"


def test_every_table_only_adds_accents_to_the_same_letters() -> None:
    for lang in accents.LANGUAGES:
        table = accents.accented_spellings(lang)
        assert table, lang
        for plain, accented in list(table.items())[:2000]:
            assert plain.isascii() and not accented.isascii()
            assert accents._plain(accented) == plain
    assert accents.accented_spellings("en") == {}  # English writes none: no list is read


def test_a_firms_and_a_titles_accents_come_back_only_on_a_card_whose_country_is_known() -> None:
    card = (
        "Rafael Souza\nTecnico de Manutencao\nLorix Pecas e Servicos Ltda\nRua das Flores, 120\n"
        "CEP 01310-100 São Paulo - SP\nrafael@lorixpecas.com.br"
    )
    fields = parse_text(card, region="BR")
    assert fields.title is not None and fields.title.value == "Técnico de Manutenção"
    assert fields.company is not None and fields.company.value == "Lorix Peças e Serviços Ltda"
    plain = parse_text("Rafael Souza\nTecnico de Manutencao\nrafael@lorix.com", region="US")
    assert plain.title is not None and plain.title.value == "Tecnico de Manutencao"


def test_the_accent_strip_character_by_character_is_the_whole_words_nfd_strip() -> None:
    import unicodedata

    def whole(word: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")

    # Precomposed letters, a letter followed by its combining accent, ligatures and letters without accents.
    words = ["Ótica", "Bäckerei", "açaí", "ÇA", "cafe\u0301", "Ñandú", "œuvre", "straße", "Łódź", "plain"]
    assert [accents._plain(word) for word in words] == [whole(word) for word in words]


def test_an_accent_ocr_misread_is_written_as_the_language_spells_the_word() -> None:
    # A letter the language does not write, put by OCR for one of its own.
    assert accents.with_accents("Sebastiäo Araüjo", "pt") == "Sebastião Araújo"
    # The language's accent on another vowel than the printed one: a spelling its list does not hold.
    assert accents.with_accents("Sécio-Proprietério", "pt") == "Sócio-Proprietário"
    assert accents.with_accents("TÉCNICO RESPONSÉVEL", "pt") == "TÉCNICO RESPONSÁVEL"
    # A word the language writes with its accents, and a foreign name no reading of which it writes, stay.
    assert accents.with_accents("Refrigeração Müller", "pt") == "Refrigeração Müller"
    assert accents.with_accents("Hélène Lefèvre", "fr") == "Hélène Lefèvre"


def test_written_letters_are_the_languages_own() -> None:
    assert {"ã", "õ", "ç", "á", "ê", "ô"} <= accents.written_letters("pt")
    assert not {"ä", "ë", "ü"} & accents.written_letters("pt")
    assert {"ä", "ö", "ü"} <= accents.written_letters("de")
    assert "ñ" in accents.written_letters("es") and "ñ" not in accents.written_letters("it")


def test_a_names_accents_come_back_on_a_card_whose_country_is_known() -> None:
    card = (
        "Joao Pedro Araujo\nProprietério\nVidraçaria Bom Preço\nRua das Flores, 120\n"
        "CEP 01310-100 São Paulo - SP\njoao@gmail.com"
    )
    fields = parse_text(card, region="BR")
    assert fields.name is not None and fields.name.value == "João Pedro Araújo"
    assert fields.title is not None and fields.title.value == "Proprietário"
    plain = parse_text("Joao Pedro Araujo\nOwner\njoao@gmail.com", region="US")
    assert plain.name is not None and plain.name.value == "Joao Pedro Araujo"


def test_the_same_vowel_under_the_languages_other_accent_is_a_spelling_of_its_own() -> None:
    # Brazil writes "Econômica", Portugal "Económica": the first is no misread of the second.
    assert accents.with_accents("Econômica Ltda", "pt") == "Econômica Ltda"
    # A letter the language does not write is read as its own plain letter only, never as another vowel.
    assert accents.with_accents("Weber & Sôhne", "de") == "Weber & Sôhne"


def test_an_acute_misread_for_a_circumflex_is_put_back() -> None:
    assert accents.with_accents("Assisténcia Técnica", "pt") == "Assistência Técnica"
    assert accents.with_accents("Antônio", "pt") == "Antônio"
