"""``python -m cardbook.ocr.prebuilt_tables``: rebuild the tables shipped as package data from the installed
packages — the first names (``names_store``, built by ``names_data``), each language's accent tables
(``accent_store``, built by ``accents``), the language identifier restricted to the card languages
(``langid_store``) and RapidOCR's configuration as omegaconf reads it (``rapid_config``). Run it after
upgrading Faker, gender-guesser, pyspellchecker, rapidocr or omegaconf, or after editing a building rule:
until then those tables are built live at each run (slower, never wrong) and ``tests/ocr/test_names_store.py``,
``test_accent_store.py``, ``test_langid_store.py`` and ``test_rapid_config.py`` fail.

A module of its own: the stores only read and write files, and the building modules read the stores, so the
command that joins both sits above them (no import circle).
"""

from __future__ import annotations

import sys

from cardbook.ocr import accent_store, accents, langid_store, names_data, names_store, rapid_config, region


def main() -> int:
    table = names_data.build_first_names()
    data = names_store.encode(table, names_data.WEIGHT_SCALE, names_data.first_names_stamp())
    names_store.shipped_path().write_bytes(data)
    print(f"{names_store.shipped_path()}: {len(table)} names, {len(data)} bytes")
    for lang in accents.LANGUAGES:
        tables = accents.build_tables(lang)
        data = accent_store.encode(tables, accents.tables_stamp())
        accent_store.shipped_path(lang).write_bytes(data)
        print(
            f"{accent_store.shipped_path(lang)}: {len(tables[0])} spellings, {len(tables[2])} words, {len(data)} bytes"
        )
    languages = list(region.LANGUAGE_REGIONS)
    data = langid_store.encode(langid_store.restricted_identifier(languages), langid_store.langid_stamp(languages))
    langid_store.shipped_path().write_bytes(data)
    print(f"{langid_store.shipped_path()}: {len(languages)} languages, {len(data)} bytes")
    folder = rapid_config.rapidocr_folder()
    if folder is not None:
        data = rapid_config.encode(rapid_config.build(folder), rapid_config.running_stamp(folder))
        rapid_config.shipped_path().write_bytes(data)
        print(f"{rapid_config.shipped_path()}: {', '.join(rapid_config.YAML_FILES)}, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
