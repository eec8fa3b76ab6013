"""Room for text, measured in the widget's font rather than in pixels: a dialog laid out in pixels is cramped at a
larger font or in French (texts ~30% longer), and was: the My card dialog's fields came out about 100 px wide and
an email wrapped. A field is given the width of so many characters, a text box the height of so many lines, and
the dialog then takes the size its content asks for (Qt's size hints), which follows the font."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QFormLayout, QLineEdit, QWidget

# A field's width in characters of the font: an email of 35 characters ("marguerite.delacroix@atelier-sud.fr")
# shows whole with room to spare, and one of 40 still does. The average character undershoots the wide letters
# of names (m, w, @), hence the margin.
FIELD_CHARS = 46
TEXT_CHARS = 60  # a wrapped explanation: a comfortable line of prose, neither a column nor a banner


def chars_wide(widget: QWidget, chars: int) -> int:
    """The width of `chars` average characters in the widget's font, in pixels."""
    return widget.fontMetrics().averageCharWidth() * chars


def lines_high(box: QAbstractScrollArea, lines: int) -> int:
    """The height of a text box showing `lines` lines of its font: the lines, the document's margins and the
    frame."""
    frame = 2 * box.frameWidth()
    return box.fontMetrics().lineSpacing() * lines + frame + 2 * 4  # 4: a text document's default margin


def field_room(field: QWidget, chars: int = FIELD_CHARS) -> None:
    """At least `chars` characters wide (never narrower than it was made); a line edit counts its frame and text
    margins on top."""
    extra = 0
    if isinstance(field, QLineEdit):
        margins = field.textMargins()
        extra = margins.left() + margins.right() + 2 * 2 + 2 * 2  # the frame and the edit's own inner margins
    field.setMinimumWidth(max(field.minimumWidth(), chars_wide(field, chars) + extra))


def form_room(form: QFormLayout, chars: int = FIELD_CHARS) -> None:
    """Every field of the form at least `chars` characters wide, and growing with the dialog (some styles keep
    fields at their size hint, which for a line edit is about 17 characters)."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = item.widget() if item is not None else None
        if isinstance(field, QLineEdit | QAbstractScrollArea):
            field_room(field, chars)


def text_size(widget: QWidget, chars: int, lines: int) -> QSize:
    """A window's starting size for `chars` characters by `lines` lines of its font (lists and tables of text)."""
    metrics = widget.fontMetrics()
    return QSize(metrics.averageCharWidth() * chars, metrics.lineSpacing() * lines)


def dialog_width(dialog: QWidget, chars: int) -> None:
    """At least `chars` characters of the font wide, and never narrower than its content needs. Call it once the
    layout is filled: a widget given a minimum width of its own no longer takes its layout's minimum, and the
    longest radio button of a dialog was cut ("… pendant la vérification (une touche par ca")."""
    layout = dialog.layout()
    content = layout.totalMinimumSize().width() if layout is not None else 0
    dialog.setMinimumWidth(max(dialog.minimumWidth(), chars_wide(dialog, chars), content))
