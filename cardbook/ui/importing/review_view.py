"""The review of a read card (layout only): the card image on the left with the exchange under it (so both
stay in view at 1280×800 while the fields scroll), the fields on the right, a banner when the card looks like
someone already known or like the back of the previous card, and Skip / Accept / "Back of the previous card"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.ui.common.flow_layout import FlowLayout
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.pane_parts import Banner
from cardbook.ui.common.style import HALF, SPACING, caption_label, heading_label
from cardbook.ui.contacts.form import ContactForm
from cardbook.ui.importing.card_canvas import CardCanvas
from cardbook.ui.importing.review_exchange_view import ExchangePanel


class MetAgainBanner(Banner):
    """ "This card looks like Émilie Lefèvre (Horizon): same email." with the two answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", Icon.INFO, parent)
        self.setObjectName("metAgainBanner")
        self.same = QPushButton(self)
        self.same.setDefault(False)
        self.different = QPushButton(self.tr("Different person"), self)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.removeWidget(self.label)  # the sentence, then the two answers under it
        column = QVBoxLayout()
        column.setSpacing(SPACING)
        column.addWidget(self.label)
        answers = FlowLayout(spacing=SPACING)  # the two answers wrap rather than widen the fields' column
        answers.addWidget(self.same)
        answers.addWidget(self.different)
        column.addLayout(answers)
        layout.addLayout(column, 1)
        self.candidate_id: int | None = None
        self.hide()

    def offer(self, contact_id: int, name: str, company: str, reasons: str) -> None:
        """Say whom the card looks like from what is known of them: a contact may have no name (a company, an
        email only), and the sentence never shows an empty name or empty brackets."""
        self.candidate_id = contact_id
        name, company = name.strip(), company.strip()
        if name and company:
            looks = self.tr("Met again? This card looks like %1 (%2): %3.").replace("%1", name).replace("%2", company)
        elif name:
            looks = self.tr("Met again? This card looks like %1: %3.").replace("%1", name)
        elif company:
            looks = self.tr("Met again? This card looks like someone at %2: %3.").replace("%2", company)
        else:
            looks = self.tr("Met again? This card looks like a contact already in your library: %3.")
        self.label.setText(looks.replace("%3", reasons))
        who = name or company
        if who:
            self.same.setText(self.tr("Met again — add this encounter to %1").replace("%1", who))
            tip = self.tr("The card and this meeting go to %1; no second contact is created.").replace("%1", who)
        else:
            self.same.setText(self.tr("Met again — add this encounter to that contact"))
            tip = self.tr("The card and this meeting go to that contact; no second contact is created.")
        self.same.setToolTip(tip)
        self.show()

    def withdraw(self) -> None:
        self.candidate_id = None
        self.hide()


class BackBanner(Banner):
    """ "This looks like the back of the previous card (Margaux Vidal): same domain example.fr." — a proposal
    the user confirms (Ctrl+B, or the button) or dismisses; nothing is joined without them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", Icon.INFO, parent)
        self.setObjectName("backBanner")
        self.join = QPushButton(self.tr("Yes, join it to that card (Ctrl+B)"), self)
        self.join.setToolTip(self.tr("Its fields go into the previous card's contact; both photos are kept."))
        self.separate = QPushButton(self.tr("No, a card of its own"), self)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.removeWidget(self.label)
        column = QVBoxLayout()
        column.setSpacing(SPACING)
        column.addWidget(self.label)
        answers = FlowLayout(spacing=SPACING)
        answers.addWidget(self.join)
        answers.addWidget(self.separate)
        column.addLayout(answers)
        layout.addLayout(column, 1)
        self.front_id: int | None = None
        self.hide()

    def offer(self, front_id: int, name: str, reason: str) -> None:
        self.front_id = front_id
        if name.strip():
            text = self.tr("This looks like the back of the previous card (%1): %2.").replace("%1", name.strip())
        else:
            text = self.tr("This looks like the back of the previous card: %2.")
        self.label.setText(text.replace("%2", reason))
        self.show()

    def withdraw(self) -> None:
        self.front_id = None
        self.hide()


class ReviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.heading = heading_label("", self)
        self.source = caption_label("", self)
        self.canvas = CardCanvas(self)
        self.zoom_out = self._tool("−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in = self._tool("+", self.tr("Zoom in (Ctrl++)"))
        self.zoom_fit = self._tool(self.tr("Fit"), self.tr("Fit the card in view"))
        self.corners = QPushButton(self.tr("Adjust corners"), self)
        self.corners.setCheckable(True)
        self.corners.setToolTip(self.tr("Show the original photo and drag the card's four corners"))
        self.reread = QPushButton(icon(Icon.REREAD), self.tr("Read again"), self)
        self.reread.setToolTip(self.tr("Straighten the card with these corners and read it again"))
        self.reread.setVisible(False)
        self.image_hint = caption_label(
            self.tr("Click a line on the card to put its text in the field you are in. Words outlined with dashes "
            "and marked ? were read with low confidence."),
            self,
        )  # fmt: skip
        # Two photos, one card: this one joins the card reviewed before it (its fields merged, both photos kept).
        # Over the photo, where the user sees which side this is.
        self.back_of_previous = QPushButton(self.tr("Back of the previous card (Ctrl+B)"), self)
        self.back_of_previous.setToolTip(
            self.tr("This photo is the other side of the previous card: its fields are added to that contact "
            "(nothing there is overwritten) and both photos are kept. Undo with Ctrl+Z.")
        )  # fmt: skip
        tools = QHBoxLayout()
        tools.setSpacing(HALF)
        for widget in (self.zoom_out, self.zoom_in, self.zoom_fit):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.corners)
        tools.addWidget(self.reread)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, SPACING, 0)
        left_column.setSpacing(SPACING)
        # On a row of its own: beside the zoom and corner tools it made the page, so the window, 80 px wider.
        left_column.addWidget(self.back_of_previous, 0, Qt.AlignmentFlag.AlignLeft)
        left_column.addLayout(tools)
        left_column.addWidget(self.canvas, 1)
        left_column.addWidget(self.image_hint)
        self.exchange = ExchangePanel(left)
        left_column.addWidget(self.exchange)

        self.banner = MetAgainBanner(self)
        self.back_banner = BackBanner(self)
        self.doubts = Banner("", Icon.WARNING, self)
        self.form = ContactForm(self)
        inner = QWidget(self)
        inner_column = QVBoxLayout(inner)
        inner_column.setContentsMargins(0, 0, SPACING, 0)
        inner_column.setSpacing(SPACING)
        for part in (self.back_banner, self.banner, self.doubts, self.form):
            inner_column.addWidget(part)
        inner_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        # The fields' column is narrow in a narrow window: there the labels go above their fields (Qt's "wrap long
        # rows" squeezed a field beside the widest label instead), and the scroll area keeps the room the form then
        # needs, and a banner's answer buttons (they do not wrap): it scrolls down, never sideways, and nothing is
        # cut off.
        self._scroll = scroll
        self._inner = inner
        self._inner_margins = inner_column.contentsMargins().left() + inner_column.contentsMargins().right()
        form_layout = self.form.layout()
        assert isinstance(form_layout, QFormLayout)
        self._form_layout: QFormLayout = form_layout
        self._beside = self.form.minimumSizeHint().width()  # the fields beside their labels
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._above = self.form.minimumSizeHint().width()  # the labels above their fields
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._fit_scroll()
        scroll.viewport().installEventFilter(self)
        inner.installEventFilter(self)  # a banner shown or changed asks for its room
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.back = QPushButton(self.tr("Back to the import"), self)
        self.skip = QPushButton(icon(Icon.SKIP), self.tr("Skip (Esc)"), self)
        self.skip.setToolTip(self.tr("Leave this card awaiting review and go to the next"))
        self.accept = QPushButton(icon(Icon.ACCEPT), self.tr("Accept and next (Ctrl+Enter)"), self)
        self.accept.setDefault(True)
        # At the right, Accept last, and wrapping: in a row of their own the three made the fields' column, so the
        # window, wider than half a 1920 px screen.
        buttons = FlowLayout(spacing=SPACING, right=True)
        for button in (self.back, self.skip, self.accept):
            buttons.addWidget(button)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(SPACING, 0, 0, 0)
        right_column.setSpacing(SPACING)
        right_column.addWidget(scroll, 1)
        right_column.addWidget(self.problem)
        right_column.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        column.setSpacing(SPACING)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addWidget(self.source, 1, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(title_row)
        column.addWidget(self.splitter, 1)
        self.accept_keys = [QShortcut(QKeySequence(k), self) for k in ("Ctrl+Return", "Ctrl+Enter")]
        self.skip_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.back_key = QShortcut(QKeySequence("Ctrl+B"), self)
        for key in [*self.accept_keys, self.skip_key, self.back_key]:
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the review has the focus
        self.exchange.install_keys(self)
        self.zoom_keys = [
            (QShortcut(QKeySequence.StandardKey.ZoomIn, self), self.canvas.zoom_in),
            (QShortcut(QKeySequence.StandardKey.ZoomOut, self), self.canvas.zoom_out),
        ]
        for shortcut, slot in self.zoom_keys:
            shortcut.activated.connect(slot)
        self.zoom_in.clicked.connect(self.canvas.zoom_in)
        self.zoom_out.clicked.connect(self.canvas.zoom_out)
        self.zoom_fit.clicked.connect(self.canvas.zoom_fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            room = self._scroll.viewport().width() - self._inner_margins
            above = room < self._beside
            wrap = QFormLayout.RowWrapPolicy.WrapAllRows if above else QFormLayout.RowWrapPolicy.DontWrapRows
            if self._form_layout.rowWrapPolicy() != wrap:
                self._form_layout.setRowWrapPolicy(wrap)
                self.form.updateGeometry()  # the column around it keeps the form's former minimum until told
        elif watched is self._inner and event.type() == QEvent.Type.LayoutRequest:
            self._fit_scroll()
        return super().eventFilter(watched, event)

    def _fit_scroll(self) -> None:
        """The fields' column at least as wide as the form with its labels above, and as the widest banner shown."""
        banners = [part for part in (self.back_banner, self.banner, self.doubts) if not part.isHidden()]
        widest = max([self._above, *(part.minimumSizeHint().width() for part in banners)])
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(widest + self._inner_margins + bar)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def set_doubts(self, fields: list[str]) -> None:
        if fields:
            text = self.tr("Check %1: read with low confidence (marked “check”).").replace("%1", ", ".join(fields))
            self.doubts.label.setText(text)
        self.doubts.setVisible(bool(fields))
