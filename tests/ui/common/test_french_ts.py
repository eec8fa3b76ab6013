"""The French translations (resources/translations/cardbook_fr.ts) read as French: no "(s)" where Qt's %n plurals
give the number's own form, and French spacing — cardbook.domain.text.french_typography (a no-break space before
; : ! ? and inside « ») leaves every translation as it is."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from cardbook.domain.text import french_typography

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "cardbook_fr.ts"


def _translations() -> list[tuple[str, str, str]]:
    """(context, source, translation) for each translated text, each plural form on its own."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found += [(name, source, form) for form in forms if form]
    return found


def test_the_french_file_is_read() -> None:
    translations = _translations()
    assert len(translations) > 500
    assert any(french_typography(t) != t for t in ("Réseau: %1", "« Salon »", "Supprimer ?"))


def test_no_plural_in_brackets() -> None:
    assert [(c, s, t) for c, s, t in _translations() if "(s)" in t] == []


def test_french_spacing() -> None:
    wrong = [(c, s, t, french_typography(t)) for c, s, t in _translations() if french_typography(t) != t]
    assert wrong == []


def test_the_window_speaks_to_the_user_as_vous() -> None:
    """One voice: the window says "vous" — no sentence in "je" ("Cartes que je dois", "Que puis-je apporter ?")
    beside others in "vous". "Ma carte" stays: it names the user's own card, as a menu names it."""
    first_person = re.compile(r"(?:^|[\s(«'’-])(?:je|j’|j')(?=[\s\w])", re.IGNORECASE)
    assert [(c, s, t) for c, s, t in _translations() if first_person.search(t)] == []
