"""The first run's welcome offers four ways to begin, each one of the window's own actions.

The welcome itself is drawn in ui/contacts/welcome.py. The choices are made here, beside the window's actions,
because the contacts feature does not import the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from cardbook.ui.contacts.welcome import WelcomeChoice
from cardbook.ui.window.actions import WindowActions


def welcome_choices(a: WindowActions, sample: QAction) -> list[WelcomeChoice]:
    """The first run's four ways to begin, each the window's own action (ui/contacts/welcome.py)."""
    return [
        WelcomeChoice(
            a.import_cards,
            QCoreApplication.translate("Welcome", "&Import cards"),
            QCoreApplication.translate("Welcome", "Photos or scans of business cards on this computer"),
        ),
        WelcomeChoice(
            a.receive_from_phone,
            QCoreApplication.translate("Welcome", "&Receive from phone"),
            QCoreApplication.translate("Welcome", "Photograph cards with your phone: they arrive here over the Wi-Fi"),
        ),
        WelcomeChoice(
            a.my_card,
            QCoreApplication.translate("Welcome", "Fill in &my card"),
            QCoreApplication.translate("Welcome", "Your own details, to show as a QR code when you have no card left"),
        ),
        WelcomeChoice(
            sample,
            QCoreApplication.translate("Welcome", "Open the &sample data"),
            QCoreApplication.translate(
                "Welcome", "Look around sample contacts, events and networks first — your library stays empty"
            ),
        ),
    ]
