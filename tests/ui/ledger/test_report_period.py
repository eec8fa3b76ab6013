""" "Last 12 months" is one period in the window (Reports and Networks pages) and on the command line
(`report network`): domain.reports.Period.year_until, checked at month ends and on 29 February."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cardbook.cli import main as cli
from cardbook.domain.reports import Period
from cardbook.storage.library import Library
from cardbook.ui.ledger.networks_page import NetworksPage
from cardbook.ui.ledger.reports_page import ReportsPage
from tests.storage.test_ledger_library import build_small_library
from tests.ui.helpers import services_for, wait_loaded

# The day asked for, and the first day of the twelve months ending on it (worked out by hand: the day after the
# same date a year earlier; a year before 29 February is 28 February, so the twelve months start on 1 March).
DAYS = [
    (date(2026, 12, 6), date(2025, 12, 7)),  # the day the window and the command line disagreed
    (date(2026, 1, 31), date(2025, 2, 1)),
    (date(2026, 2, 28), date(2025, 3, 1)),
    (date(2024, 2, 29), date(2023, 3, 1)),
    (date(2025, 2, 28), date(2024, 2, 29)),
    (date(2024, 3, 1), date(2023, 3, 2)),
    (date(2026, 4, 30), date(2025, 5, 1)),
    (date(2026, 12, 31), date(2026, 1, 1)),
]


@pytest.mark.parametrize(("today", "start"), DAYS)
def test_year_until(today: date, start: date) -> None:
    period = Period.year_until(today)
    assert (period.start, period.end) == (start, today)
    assert 365 <= (period.end - period.start).days + 1 <= 366
    assert (
        period.contains(start)
        and period.contains(today)
        and not period.contains(date.fromordinal(start.toordinal() - 1))
    )


def test_window_and_command_line_agree(qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "lib")
    build_small_library(library)
    try:
        for today, start in DAYS:
            reports = ReportsPage(library, today=lambda day=today: day, load=False)  # type: ignore[misc]
            networks = NetworksPage(services_for(library), today=lambda day=today: day)  # type: ignore[misc]
            qtbot.addWidget(reports)
            qtbot.addWidget(networks)
            reports.show_network_report(all_time=False)
            status = cli.main(
                ["--library", str(tmp_path / "lib"), "report", "network", "--format", "json", "--today", str(today)]
            )
            out, _ = capsys.readouterr()
            assert status == 0
            cli_periods = {(r["period_start"], r["period_end"]) for r in map(json.loads, out.splitlines())}
            assert cli_periods == {(start.isoformat(), today.isoformat())}
            assert reports.period() == networks.period() == Period(start, today)
            wait_loaded(qtbot, reports, networks)
    finally:
        library.close()
