"""Amounts in the reports and on the command line read as the window shows them (app/figures_text.py)."""

from __future__ import annotations

from cardbook.app.figures_text import money_text


def test_amounts_show_cents_only_when_they_have_some() -> None:
    assert money_text(600, "en", "EUR", 2) == "€600"  # a whole amount, as the window shows it
    assert money_text(12.5, "en", "EUR", 2) == "€12.50"
    assert money_text(1500, "fr", "EUR", 2) == "1\u202f500\u00a0€"
    assert money_text(1234.5, "fr", "EUR", 2) == "1\u202f234,50\u00a0€"
    assert money_text(80, "en", "CHF") == "CHF\u00a080"
    assert money_text(None, "en") == "—"
