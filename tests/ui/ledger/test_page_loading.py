"""The ledger pages read on a worker thread: they say "Loading…" meanwhile, the newest read wins, a failed read is
one line in the page (with "Try again"), and the GUI thread never waits for the data."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QLabel, QWidget

from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.library import Library
from cardbook.ui.common.page_loader import LoadingLine, PageLoader, one_line
from cardbook.ui.common.runner import pending_tasks, wait_for_tasks
from cardbook.ui.ledger import event_detail, networks_page, reports_page
from cardbook.ui.ledger.events_page import EventsPage
from cardbook.ui.ledger.networks_model import NetworksList
from cardbook.ui.ledger.networks_page import NetworksPage
from cardbook.ui.ledger.people_list import SHOWN, PeopleList, Person
from cardbook.ui.ledger.reports_page import ReportsPage
from cardbook.ui.ledger.reports_view import EVENT
from tests.ui.helpers import wait_loaded
from tests.ui.sample_library import Sample


class Gate:
    """Stands in for a read: holds each call on its worker thread until `open` is set, then reads (or `answer`s)."""

    def __init__(self, read: Callable[..., Any]) -> None:
        self.read = read
        self.open = threading.Event()
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        assert self.open.wait(10), "the test never let the read go"
        return self.read(*args, **kwargs)


@pytest.fixture
def gates() -> Iterator[list[Gate]]:
    """Gates made in a test are all opened at its end: no worker may stay blocked."""
    made: list[Gate] = []
    yield made
    for gate in made:
        gate.open.set()
    wait_for_tasks()


@pytest.fixture
def two_workers() -> Iterator[None]:
    """A stale read held back while a newer one finishes needs a second worker thread."""
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, before))
    yield
    pool.setMaxThreadCount(before)


def gate(gates: list[Gate], read: Callable[..., Any]) -> Gate:
    made = Gate(read)
    gates.append(made)
    return made


def names(page: NetworksPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def broken(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError("disk I/O error\nthe rest of a long explanation")


# ---- loading, then the data ----------------------------------------------------------------------------------


def test_the_networks_page_says_loading_then_shows_the_networks(
    qtbot, show, lib: Library, monkeypatch: pytest.MonkeyPatch, gates: list[Gate]
) -> None:  # type: ignore[no-untyped-def]
    held = gate(gates, networks_page.read_networks)
    monkeypatch.setattr(networks_page, "read_networks", held)
    page = show(NetworksPage(lib))
    assert page.loading
    line = page.loading_line
    assert line.isVisible() and line.busy.isVisible() and line.text == "Loading the networks…"
    assert page.stack.currentWidget() is page.table  # not "No networks yet": nothing is known yet
    assert page.model.rowCount() == 0
    held.open.set()
    with qtbot.waitSignal(page.dataShown, timeout=10_000):
        pass
    assert not page.loading and not line.isVisible()
    assert names(page) == ["Alumni EM Lyon", "CCI Lyon Métropole", "Club des Entrepreneurs Lyonnais"]


def test_a_reread_keeps_the_rows_and_says_loading_only_when_slow(
    qtbot, show, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch, gates: list[Gate]
) -> None:  # type: ignore[no-untyped-def]
    page = show(NetworksPage(lib))
    wait_loaded(qtbot, page)
    cci = sample.networks["CCI Lyon Métropole"]
    assert page.select_network(cci.id or 0)
    page.reload()
    assert page.loading and not page.loading_line.isVisible()  # a quick reread does not blink
    wait_loaded(qtbot, page)
    assert not page.loading_line.isVisible()

    held = gate(gates, networks_page.read_networks)
    monkeypatch.setattr(networks_page, "read_networks", held)
    page.reload()
    qtbot.waitUntil(page.loading_line.isVisible, timeout=5_000)  # a slow one says so, after a moment
    assert len(names(page)) == 3  # meanwhile the rows read before stay
    held.open.set()
    wait_loaded(qtbot, page)
    assert not page.loading_line.isVisible()
    assert page.current_network() is not None and page.current_network().id == cci.id  # type: ignore[union-attr]


def test_the_events_page_and_an_event_say_loading_then_show_their_data(
    qtbot, show, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch, gates: list[Gate]
) -> None:  # type: ignore[no-untyped-def]
    overviews = gate(gates, ledger_events.event_overviews)
    monkeypatch.setattr(ledger_events, "event_overviews", overviews)
    page = show(EventsPage(lib))
    assert page.loading and page.loading_line.text == "Loading the events…"
    assert page.list_stack.currentWidget() is page.table
    overviews.open.set()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 4 and not page.loading_line.isVisible()

    read = gate(gates, event_detail.read_event_page)
    monkeypatch.setattr(event_detail, "read_event_page", read)
    club = sample.events["Petit-déjeuner du Club"]
    assert page.show_event(club.id or 0)
    detail = page.detail
    assert detail.title.text() == "Petit-déjeuner du Club"  # the name at once
    assert detail.loading and detail.loading_line.isVisible() and detail.loading_line.text == "Loading the event…"
    assert detail.cards_figure.number.text() == "—" and detail.model.rowCount() == 0
    assert detail.tabs.tabText(0) == "Met again"  # no count before it is known
    assert not detail.edit_button.isEnabled()
    read.open.set()
    with qtbot.waitSignal(detail.dataShown, timeout=10_000):
        pass
    assert not detail.loading_line.isVisible()
    assert detail.cards_figure.number.text() == "5" and detail.model.rowCount() == 5
    assert detail.tabs.tabText(0) == "Met again (2)" and detail.again_list.names == ["Émilie Lefèvre", "Jérôme Girard"]
    assert detail.edit_button.isEnabled()


def test_the_reports_page_says_loading_then_shows_the_report(
    qtbot, show, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch, gates: list[Gate]
) -> None:  # type: ignore[no-untyped-def]
    held = gate(gates, reports_page.read_report)
    monkeypatch.setattr(reports_page, "read_report", held)
    page = show(ReportsPage(lib, load=False))
    page.show_event_report(sample.events["Salon des Entrepreneurs"].id or 0)
    assert page.loading and page.loading_line.isVisible() and page.loading_line.text == "Loading the report…"
    assert not page.pdf_action.isEnabled()  # nothing to save yet
    held.open.set()
    wait_loaded(qtbot, page)
    assert not page.loading_line.isVisible() and page.pdf_action.isEnabled()
    assert page.event_choice.count() == 4
    assert page.event_choice.currentData() == sample.events["Salon des Entrepreneurs"].id
    assert page.figures[0].number.text() == "3"
    assert held.calls == 1  # one read for the whole request, not one per choice made on the way


# ---- the newest read wins ------------------------------------------------------------------------------------


def test_a_stale_answer_never_overwrites_a_fresh_one(
    qtbot, lib: Library, monkeypatch: pytest.MonkeyPatch, gates: list[Gate], two_workers: None
) -> None:  # type: ignore[no-untyped-def]
    real = networks_page.read_networks
    stale = gate(gates, lambda *_a, **_k: NetworksList([], any_network=False))  # would say "No networks yet"
    reads = iter([stale, real])
    monkeypatch.setattr(networks_page, "read_networks", lambda *a, **k: next(reads)(*a, **k))
    page = NetworksPage(lib)  # the first read: held back
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: stale.calls == 1)
    page.reload()  # the second: answers at once
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    assert not page.loading
    stale.open.set()  # the first answer arrives last...
    wait_for_tasks()
    qtbot.waitUntil(lambda: pending_tasks() == 0)  # every answer delivered or dropped
    assert page.model.rowCount() == 3  # ... and is dropped
    assert page.stack.currentWidget() is page.table


def test_a_slow_network_report_does_not_replace_the_event_report_asked_after_it(
    qtbot, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch, gates: list[Gate], two_workers: None
) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(lib)
    qtbot.addWidget(page)
    wait_loaded(qtbot, page)
    real = reports_page.read_report
    slow = gate(gates, real)
    monkeypatch.setattr(
        reports_page, "read_report", lambda lib_, request: (real if request.event_kind else slow)(lib_, request)
    )
    page.show_network_report(all_time=True)  # held back
    qtbot.waitUntil(lambda: slow.calls == 1)
    page.show_event_report(sample.events["Petit-déjeuner du Club"].id or 0)
    wait_loaded(qtbot, page)
    assert page.event_report is not None and page.event_report.event.name == "Petit-déjeuner du Club"
    slow.open.set()
    wait_for_tasks()
    qtbot.waitUntil(lambda: pending_tasks() == 0)  # every answer delivered or dropped
    assert page.kind.currentIndex() == EVENT and page.event_report is not None and not page.network_values
    assert page.charts[0].title == "Exchanges by kind"


def test_the_loader_drops_answers_of_older_reads(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    loader = PageLoader(owner, LoadingLine(owner), "Loading…", "Failed: %1")
    shown: list[str] = []
    slow = threading.Event()

    def old() -> str:
        slow.wait(10)
        return "old"

    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, before))
    try:
        loader.fetch(old, shown.append)
        loader.fetch(lambda: "new", shown.append)
        qtbot.waitUntil(lambda: shown == ["new"])
        slow.set()
        wait_for_tasks()
        qtbot.waitUntil(lambda: pending_tasks() == 0)  # every answer delivered or dropped
    finally:
        slow.set()
        pool.setMaxThreadCount(before)
    assert shown == ["new"] and not loader.loading


# ---- a failed read is one line in the page ------------------------------------------------------------------


def test_a_failed_read_is_one_line_with_try_again(qtbot, show, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real = networks_page.read_networks
    monkeypatch.setattr(networks_page, "read_networks", broken)
    page = NetworksPage(lib)
    messages: list[str] = []
    page.loader.failed.connect(messages.append)
    show(page)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == ["Could not read the networks: disk I/O error"]
    line = page.loading_line
    assert not page.loading and line.isVisible() and line.failed
    assert line.text == "⚠ Could not read the networks: disk I/O error"  # one line, not the whole story
    assert line.retry_button.isVisible() and not line.busy.isVisible()
    monkeypatch.setattr(networks_page, "read_networks", real)
    line.retry_button.click()
    wait_loaded(qtbot, page)
    assert not line.isVisible() and len(names(page)) == 3


@pytest.mark.parametrize("which", ["events", "event", "reports"])
def test_the_other_pages_show_a_failed_read_in_words(
    qtbot, lib: Library, sample: Sample, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:  # type: ignore[no-untyped-def]
    page: EventsPage | ReportsPage
    if which == "reports":
        monkeypatch.setattr(reports_page, "read_report", broken)
        page = ReportsPage(lib)
        shown, expected = page, "⚠ Could not read the report: disk I/O error"
    else:
        page = EventsPage(lib)
        wait_loaded(qtbot, page)
        if which == "events":
            monkeypatch.setattr(ledger_events, "event_overviews", broken)
            page.reload()
            shown, expected = page, "⚠ Could not read the events: disk I/O error"
        else:
            monkeypatch.setattr(event_detail, "read_event_page", broken)
            page.show_event(sample.events["Petit-déjeuner du Club"].id or 0)
            shown, expected = page.detail, "⚠ Could not read this event: disk I/O error"
    qtbot.addWidget(page)
    wait_loaded(qtbot, shown)
    assert shown.loading_line.failed and shown.loading_line.text == expected


def test_an_error_message_is_cut_to_one_line() -> None:
    assert one_line(OSError("first\nsecond")) == "first"
    assert one_line(ValueError()) == "ValueError"
    assert len(one_line(RuntimeError("x" * 500))) == 160


def test_a_long_list_of_people_shows_its_first_rows_and_how_many_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    people = PeopleList("Nobody")
    qtbot.addWidget(people)
    made: list[int] = []

    def button(parent: QWidget) -> QWidget:
        made.append(1)
        return QLabel("…", parent)

    people.set_people([Person(n, f"Person {n:04d}", trailing=button) for n in range(SHOWN)], total=1234)
    assert not made  # not built before the list is shown
    people.show()
    assert len(people.names) == SHOWN and len(made) == SHOWN
    texts = [label.text() for label in people.widget().findChildren(QLabel)]
    assert f"… and {QLocale().toString(1234 - SHOWN)} more (every card is in the table above)" in texts
    people.set_people([])
    assert people.names == [] and "Nobody" in [label.text() for label in people.widget().findChildren(QLabel)]
