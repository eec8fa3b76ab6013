"""What the contact list's heading and its empty state say, given the filter and the search."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cardbook.ui.common import labels
from cardbook.ui.common.formatting import count_text
from cardbook.ui.contacts.filters import ContactFilter, FilterKind, filter_empty_text, filter_explanation, filter_title


@dataclass(frozen=True, slots=True)
class ListTexts:
    title: str
    count: str
    caption: str
    empty_title: str
    empty_body: str


def list_texts(
    f: ContactFilter, search_text: str, *, searching: bool, limited: bool, shown: int, total: int, limit: int
) -> ListTexts:
    text = search_text.strip()
    if searching:
        caption = QCoreApplication.translate("ContactList", "Matching “%1”").replace("%1", text)
        if limited:
            more = QCoreApplication.translate("ContactList", "the best %1 matches; type more words to narrow them")
            caption += " — " + more.replace("%1", count_text(limit))
    else:
        caption = filter_explanation(f)
    if total == 0:
        empty_title = QCoreApplication.translate("ContactList", "No contacts yet")
        empty_body = QCoreApplication.translate(
            "ContactList", "Import photos of business cards (Ctrl+I), or run <b>cardbook demo</b> to try sample data."
        )
    elif searching:
        empty_title = QCoreApplication.translate("ContactList", "Nobody matches “%1”").replace("%1", text)
        if f.kind is not FilterKind.ALL:
            empty_title += " " + QCoreApplication.translate("ContactList", "in “%1”").replace("%1", filter_title(f))
        empty_body = QCoreApplication.translate(
            "ContactList", "Check the spelling, or search for a company, a town, an event or a word from your notes."
        )
    else:
        empty_title, empty_body = filter_empty_text(f)
    # Everyone, unsearched: the status bar already gives the count.
    count = labels.contact_count(shown) if searching or f.kind is not FilterKind.ALL else ""
    return ListTexts(filter_title(f), count, caption, empty_title, empty_body)
