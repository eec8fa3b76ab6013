"""Spacing rhythm and the few palette-derived touches the window uses (no hard-coded colours)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

SPACING = 8  # the rhythm: every margin and gap is a multiple of this
HALF = SPACING // 2


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the platform's placeholder colour, readable in light and dark themes."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


def subtle_fill(palette: QPalette) -> QColor:
    """A faint background for chips and banners, mixed from the window and highlight colours."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    mix = 0.12
    return QColor(
        round(base.red() * (1 - mix) + accent.red() * mix),
        round(base.green() * (1 - mix) + accent.green() * mix),
        round(base.blue() * (1 - mix) + accent.blue() * mix),
    )


# Below this, hinting drops the accents of capitals (a "É" drawn as "E" at 7.6 pt): French titles need them.
MIN_POINT_SIZE = 8.0


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:  # a font sized in pixels has no point size to scale
        font.setPointSizeF(max(MIN_POINT_SIZE, size * factor) if factor < 1 else size * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def make_muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
    label.setPalette(palette)
    return label


def heading_label(text: str, parent: QWidget | None = None, factor: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def caption_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return make_muted(label)
