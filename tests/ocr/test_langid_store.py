"""The prebuilt language identifier (``langid_store``): the shipped file holds exactly the model py3langid's own
gives once restricted to the card languages, a file built from another version or rule is never used, and the
reader classifies with the shipped one."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from cardbook.ocr import langid_store, region

LANGUAGES = list(region.LANGUAGE_REGIONS)
# Made-up lines in the card languages and others py3langid knows but the cards are not read in.
TEXTS = [
    "Directrice commerciale de la société, rue des Tilleuls",
    "Head of Sales and Marketing, Elm Avenue",
    "Geschäftsführerin der Gesellschaft, Hauptstraße",
    "Diretora de Operações e Logística, Rua das Flores",
    "Directora de Ventas, Calle Mayor",
    "Responsabile commerciale, Via Roma",
    "Hoofd verkoop, Kerkstraat",
    "Myyntipäällikkö, Helsinki",
]


def _arrays(identifier: object) -> dict[str, object]:
    return {
        name: getattr(identifier, name)
        for name in ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "tk_row", "tk_output")
    }


def test_the_shipped_file_holds_the_restricted_model_of_the_installed_package() -> None:
    running = langid_store.langid_stamp(LANGUAGES)
    shipped = langid_store.load(running)
    assert shipped is not None, f"stale {langid_store.FILE_NAME}: run python -m cardbook.ocr.prebuilt_tables"
    live = langid_store.restricted_identifier(LANGUAGES)
    for name, value in _arrays(live).items():
        stored = _arrays(shipped)[name]
        if isinstance(value, np.ndarray):
            assert isinstance(stored, np.ndarray) and stored.dtype == value.dtype
            assert np.array_equal(stored, value), name
        else:
            assert stored == value, name
    for text in TEXTS:
        assert shipped.classify(text) == live.classify(text)


def test_a_file_built_from_another_version_or_rule_is_not_used() -> None:
    running = langid_store.langid_stamp(LANGUAGES)
    data = langid_store.shipped_path().read_bytes()
    assert langid_store.decode(data, running) is not None
    upgraded = json.loads(json.dumps(running))
    upgraded["packages"]["py3langid"] = "0.0.0"
    assert langid_store.decode(data, upgraded) is None
    assert langid_store.decode(data, langid_store.langid_stamp(LANGUAGES[:-1])) is None


def test_the_same_model_gives_the_same_bytes() -> None:
    running = langid_store.langid_stamp(LANGUAGES)
    shipped = langid_store.load(running)
    assert shipped is not None
    assert langid_store.encode(shipped, running) == langid_store.shipped_path().read_bytes()


def test_the_reader_classifies_with_the_shipped_model() -> None:
    identifier: Any = region._language_identifier()
    shipped = langid_store.load(langid_store.langid_stamp(LANGUAGES))
    assert shipped is not None and set(identifier.nb_classes) == set(LANGUAGES)
    assert np.array_equal(identifier.nb_ptc, shipped.nb_ptc)
    assert identifier._full_model[0] is identifier.nb_ptc  # the 142 languages' weights are not held
    found = [region.language_of([text]) for text in TEXTS[:3]]
    assert [language for language, _ in filter(None, found)] == ["fr", "en", "de"]
