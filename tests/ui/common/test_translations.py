"""The French translation: complete for the current code, compiled, shown by the real window, and faithful to every
placeholder. The English file (cardbook_en.ts) holds only the singular and plural forms of the %n messages.

When a test here fails after you changed a text of the window: run `make translations`, translate what
resources/translations/cardbook_fr.ts marks unfinished (and the new plural forms of cardbook_en.ts), then run
`make translations` again to rebuild the .qm files.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.i18n import TRANSLATIONS_DIR, install_translations, locale_for, remove_translations
from cardbook.ui.contacts.filters import ContactFilter, FilterKind
from cardbook.ui.ledger.words import earlier_meetings_text
from cardbook.ui.window.sidebar_model import SidebarEntry
from tests.ui.conftest import open_window

EXCHANGE_TAIL = (FilterKind.PRESCRIBERS, FilterKind.FOLLOW_UPS)
ROOT = Path(__file__).resolve().parents[3]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
# The options of the Makefile's `translations` target.
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
LUPDATE_TARGET = {"fr": ["-target-language", "fr_FR"], "en": ["-target-language", "en", "-pluralonly"]}
LRELEASE_OPTIONS = ["-silent", "-nounfinished", "-removeidentical"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (the venv), else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found: it comes with PySide6"
    return found


def translated_sources() -> list[str]:
    """The Makefile's TR_SOURCES: every module under cardbook/ui and any other that calls QCoreApplication.translate,
    relative to the repository, in C-locale order."""
    package = ROOT / "cardbook"
    files = {p for p in (package / "ui").rglob("*.py")}
    files |= {p for p in package.rglob("*.py") if "QCoreApplication.translate" in p.read_text(encoding="utf-8")}
    return sorted((str(p.relative_to(ROOT)) for p in files), key=lambda s: s.encode())


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, or its plural forms
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def where(self) -> str:
        return f"{self.context}: {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    messages: dict[tuple[str, str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform")) if numerus else (translation.text or "",)
            )
            message = Message(
                name,
                m.findtext("source") or "",
                m.findtext("comment") or "",
                numerus,
                forms,
                translation.get("type") is None and bool(forms) and all(forms),
            )
            messages[message.key] = message
    return messages


def committed(lang: str) -> dict[tuple[str, str, str], Message]:
    return read_ts(TS_DIR / f"cardbook_{lang}.ts")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[tuple[str, str, str], Message]]:
    """What lupdate finds in the code as it is now, into new .ts files (the committed ones are not touched)."""
    folder = tmp_path_factory.mktemp("lupdate")
    found, sources = {}, translated_sources()
    for lang in LANGUAGES:
        target = folder / f"cardbook_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", *LUPDATE_OPTIONS, *LUPDATE_TARGET[lang], *sources, "-ts", str(target)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        found[lang] = read_ts(target)
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_of_the_code_is_translated(lang: str, extracted: dict[str, dict]) -> None:  # type: ignore[type-arg]
    done = committed(lang)
    missing = [m.where() for key, m in extracted[lang].items() if key not in done]
    unfinished = [m.where() for key, m in extracted[lang].items() if key in done and not done[key].finished]
    hint = f" — run `make translations` and translate them in resources/translations/cardbook_{lang}.ts"
    assert not missing, f"{len(missing)} text(s) not in cardbook_{lang}.ts{hint}:\n" + "\n".join(missing)
    assert not unfinished, f"{len(unfinished)} text(s) unfinished in cardbook_{lang}.ts{hint}:\n" + "\n".join(
        unfinished
    )
    assert extracted["fr"], "lupdate found no text at all"


def test_the_french_file_has_every_text_and_nothing_more(extracted: dict[str, dict]) -> None:  # type: ignore[type-arg]
    stale = [m.where() for key, m in committed("fr").items() if key not in extracted["fr"]]
    assert not stale, "texts the code no longer has — run `make translations`:\n" + "\n".join(stale)
    plurals = {key for key, m in extracted["fr"].items() if m.numerus}
    assert plurals == set(extracted["en"]) and plurals, "cardbook_en.ts holds the plural messages, and only them"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_translation_is_up_to_date(lang: str, tmp_path: Path) -> None:
    """lrelease is deterministic: the committed .qm is byte for byte what the committed .ts compiles to."""
    rebuilt = tmp_path / f"cardbook_{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), *LRELEASE_OPTIONS, str(TS_DIR / f"cardbook_{lang}.ts"), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    shipped = TRANSLATIONS_DIR / f"cardbook_{lang}.qm"
    assert shipped.read_bytes() == rebuilt.read_bytes(), f"{shipped.name} is stale: run `make translations`"


# ---- what the translations say ----------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%[1-9]|%[vmp]")
TAG = re.compile(r"<[^<>]+>")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_tags_and_accelerators_are_kept(lang: str) -> None:
    wrong = []
    for m in committed(lang).values():
        wanted = set(PLACEHOLDER.findall(m.source))
        for number, form in enumerate(m.forms):
            found = set(PLACEHOLDER.findall(form))
            # An English singular form is used for exactly 1, so it may spell the number out ("met once before");
            # French uses its singular form for 0 too: the number must stay.
            if lang == "en" and number == 0:
                found |= {p for p in wanted if p.endswith("n")}
            if found != wanted:
                wrong.append(f"{m.where()} -> {form!r}: placeholders {sorted(found)} instead of {sorted(wanted)}")
            if TAG.findall(form) != TAG.findall(m.source):
                wrong.append(f"{m.where()} -> {form!r}: HTML tags changed")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(m.source)):
                wrong.append(f"{m.where()} -> {form!r}: one &-accelerator wanted, as in the source")
    assert not wrong, "\n".join(wrong)


def test_plural_messages_have_every_form_of_the_language() -> None:
    for lang in LANGUAGES:
        for m in committed(lang).values():
            if m.numerus:
                assert len(m.forms) == 2, f"{lang}: {m.where()} needs a singular and a plural form"


# ---- what lupdate can see -------------------------------------------------------------------------------------


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def test_translated_texts_are_written_so_lupdate_files_them_where_qt_looks() -> None:
    """lupdate reads the code as text: a text it cannot see, or files under another context than the one Qt asks for
    at run time, stays English in the French window although every other test here passes."""
    contexts: set[str] = set()
    problems = []
    for name in translated_sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        named_contexts: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                contexts.add(node.name)
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and _call_name(node.value) == "TranslationContext"
            ):
                target, arg = node.targets[0], node.value.args[0]
                if isinstance(arg, ast.Name):  # TranslationContext(_CONTEXT)
                    arg = next(
                        a.value
                        for a in ast.walk(tree)
                        if isinstance(a, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == arg.id for t in a.targets)
                    )
                if isinstance(target, ast.Name) and isinstance(arg, ast.Constant):
                    named_contexts.add(target.id)
                    contexts.add(target.id)
                    if arg.value != target.id:
                        problems.append(f"{name}:{node.lineno}: TranslationContext({arg.value!r}) named {target.id}")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = _call_name(node)
            where = f"{name}:{node.lineno}"
            if called == "translate" and isinstance(node.func, ast.Attribute) and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    contexts.add(first.value)
                    if len(node.args) < 2 or not isinstance(node.args[1], ast.Constant):
                        problems.append(f"{where}: translate() of a text that is not a literal")
                    if len(node.args) > 3:
                        problems.append(f"{where}: lupdate misses the number of translate(); use a TranslationContext")
            elif called == "tr" and isinstance(node.func, ast.Attribute) and node.args:
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and (owner.id == "self" or owner.id in named_contexts)):
                    problems.append(f"{where}: {ast.unparse(owner)}.tr() — lupdate files it under another context")
                if not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    problems.append(f"{where}: tr() of a text that is not a literal: {ast.unparse(node.args[0])}")
            elif (
                called in ("t", "_t")
                and isinstance(node.func, ast.Name)
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                problems.append(f"{where}: lupdate cannot see {called}({node.args[0].value!r})")
    unknown = sorted({m.context for m in committed("fr").values()} - contexts)
    assert not unknown, f"contexts no class or translate() of the code bears (misread by lupdate): {unknown}"
    assert not problems, "\n".join(problems)


# ---- the French window ---------------------------------------------------------------------------------------


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:  # what run_gui does with --lang fr
    before = QLocale()
    locale = locale_for("fr")
    QLocale.setDefault(locale)
    translators = install_translations(qapp, locale)
    try:
        yield translators
    finally:
        remove_translations(qapp, translators)
        QLocale.setDefault(before)


def test_the_window_speaks_french(qtbot, lib: Library, french: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    assert any(Path(t.filePath()).name == "cardbook_fr.qm" for t in french)
    window = open_window(qtbot, lib)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "&Affichage", "&Contacts", "Aid&e"]
    model = window.sidebar.sidebar_model
    sections = [model.item(row, 0).text() for row in range(model.rowCount())]
    assert sections == ["CONTACTS", "L’ÉCHANGE", "ÉVÉNEMENTS", "RÉSEAUX"]
    entries = {
        kind: model.data(model.index_of(SidebarEntry(ContactFilter(kind))))
        for kind in (FilterKind.ALL, FilterKind.REVIEW, FilterKind.ONE_WAY, FilterKind.OWE, *EXCHANGE_TAIL)
    }
    assert entries == {
        FilterKind.ALL: "Tous",
        FilterKind.REVIEW: "À vérifier",
        FilterKind.ONE_WAY: "Donneurs à sens unique",
        FilterKind.OWE: "Cartes que vous devez",
        FilterKind.PRESCRIBERS: "Prescripteurs",
        FilterKind.FOLLOW_UPS: "Relances à faire",
    }
    assert window.contacts_page.heading.text() == "Tous les contacts"
    assert window.count_label.text() == "12 contacts"


def test_french_plurals(qtbot, lib: Library, french: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    page = window.imports.page
    page.set_review_count(1)
    assert page.review_button.text() == "Vérifier 1 carte  (Ctrl+R)"
    page.set_review_count(3)
    assert page.review_button.text() == "Vérifier 3 cartes  (Ctrl+R)"
    assert [earlier_meetings_text(n) for n in (0, 1, 3)] == [
        "première rencontre",
        "1 rencontre avant",
        "3 rencontres avant",
    ]
    # French counts 0 in the singular; %Ln writes the number the French way.
    assert [labels.contact_count(n) for n in (0, 1, 3, 1284)] == [
        "0 contact",
        "1 contact",
        "3 contacts",
        "1\u202f284 contacts",
    ]


def test_english_plurals_come_from_the_english_forms() -> None:
    assert [labels.contact_count(n) for n in (0, 1, 3)] == ["0 contacts", "1 contact", "3 contacts"]
    assert [earlier_meetings_text(n) for n in (1, 2)] == ["met once before", "met 2 times before"]
    assert QCoreApplication.translate("ImportPage", "Review %Ln card(s)", None, 1) == "Review 1 card"


def test_french_menus_have_no_clashing_accelerators(qtbot, lib: Library, french: list[QTranslator]) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, lib)
    bars = [window.menuBar().actions()]
    bars += [a.menu().actions() for a in window.menuBar().actions() if a.menu() is not None]
    bars += [s.menu().actions() for bar in bars[1:] for s in bar if s.menu() is not None]
    for actions in bars:
        letters = [match.group(1).casefold() for a in actions if (match := re.search(r"(?<!&)&([^&\s])", a.text()))]
        assert len(letters) == len(set(letters)), [a.text() for a in actions]
