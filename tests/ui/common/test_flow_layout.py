"""The flow row that replaced the pages' rows of buttons: it asks only for its widest item, wraps below its one-line
width, ends its lines at the right when asked, and gives a line's spare room to an expanding item."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from cardbook.ui.common.flow_layout import FlowLayout


def row(qtbot, texts: list[str], *, right: bool = False) -> tuple[QWidget, FlowLayout, list[QPushButton]]:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=8, right=right)
    buttons = [QPushButton(text, holder) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    return holder, flow, buttons


def test_it_asks_for_its_widest_item_and_wraps_below_one_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder, flow, buttons = row(qtbot, ["Back to the import", "Skip (Esc)", "Accept and next (Ctrl+Enter)"])
    widths = [button.sizeHint().width() for button in buttons]
    assert flow.minimumSize().width() == max(widths)
    one_line = flow.sizeHint().width()
    assert one_line == sum(widths) + 8 * 2
    holder.resize(one_line, flow.heightForWidth(one_line))
    holder.show()
    qtbot.waitExposed(holder)
    assert len({button.y() for button in buttons}) == 1
    holder.resize(max(widths), flow.heightForWidth(max(widths)))
    qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 3)  # one a line, none cut
    assert all(button.width() == button.sizeHint().width() for button in buttons)


def test_a_right_aligned_line_ends_at_the_right_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder, _flow, buttons = row(qtbot, ["Skip", "Accept"], right=True)
    holder.resize(600, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert buttons[-1].geometry().right() == holder.width() - 1
    assert buttons[0].x() > 0


def test_an_expanding_item_takes_the_spare_room_up_to_its_maximum(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder, flow, buttons = row(qtbot, ["Report", "Event"])
    buttons[1].setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    buttons[1].setMaximumWidth(300)
    holder.resize(900, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert buttons[0].width() == buttons[0].sizeHint().width()  # not expanding: its own width
    assert buttons[1].width() == 300
    buttons[1].hide()  # a hidden item takes no room
    assert flow.sizeHint().width() == buttons[0].sizeHint().width()
