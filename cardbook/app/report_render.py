"""The two reports as self-contained HTML (inline CSS, inline SVG bar charts; no script, no network) or text.

Why HTML: one document serves the command line (`cardbook report … --output report.html`), the window (which
turns the same HTML into a PDF with Qt) and the user's browser, offline. Every user-supplied string is escaped.
Each chart is followed by a table of the same figures, so nothing depends on the chart being drawn.
In a team library a report says whose it is under its title ("For Claire", "For the team": `whose`, the point of
view it was read from, docs/TEAM_LIBRARY.md "Members"); a personal library's (`whose` None) says nothing of it.
Qt's rich-text engine (QTextDocument, what the window prints to PDF) draws no SVG: with `charts="table"` the bars
are table cells with a background colour instead, which it does draw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from cardbook.app.figures_text import money_text, number_text, rate_text
from cardbook.app.report_words import reason_text, tr
from cardbook.domain.enums import Reciprocity
from cardbook.domain.member import Viewpoint
from cardbook.domain.reports import EventReport, ExchangeCounts, NetworkValue, Period

_MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_KINDS = (Reciprocity.MUTUAL, Reciprocity.FROM_THEM, Reciprocity.FROM_ME, Reciprocity.UNKNOWN)


def _kinds(counts: ExchangeCounts) -> tuple[Reciprocity, ...]:
    """The kinds a report shows: meetings again without cards (docs/MEETINGS.md) last, when there are some."""
    return _KINDS + ((Reciprocity.NO_CARDS,) if counts.no_cards else ())


_COLOURS = {Reciprocity.MUTUAL: "#2e7d32", Reciprocity.FROM_THEM: "#c62828", Reciprocity.FROM_ME: "#ef6c00"}

_CSS = """
body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;color:#1d1d1f;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
.meta{color:#555}.tiles{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}
.tile{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:8em}
.tile b{display:block;font-size:1.5em}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #eee;vertical-align:top}
td.n,th.n{text-align:right}svg text{font-family:inherit;font-size:12px}footer{color:#777;margin-top:2em}
@media print{body{margin:0}}
"""

# What the window prints (charts="table", through Qt's rich text, which knows a subset of CSS: no flex, no
# max-width, no shorthand margins on tables): sizes in points, rules under the rows, bars in borderless tables.
_PRINT_CSS = """
body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;font-size:9pt;color:#1d1d1f}
h1{font-size:16pt;margin-top:0;margin-bottom:.3em}h2{font-size:12pt;margin-top:1.2em;margin-bottom:.3em}
.meta{color:#555}footer{color:#777;margin-top:1.5em}p{margin-top:.2em;margin-bottom:.2em}
table{margin-top:.2em;margin-bottom:.8em;margin-left:0;margin-right:0;border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:.3em .5em;border-bottom:1px solid #ddd}
th{border-bottom:1px solid #999}td.n,th.n{text-align:right}
table.bar{margin:0}td.bar{padding:0;border-bottom:0}
"""


def kind_label(kind: Reciprocity, lang: str) -> str:
    return f"{kind.symbol} {tr('kind_' + kind.value, lang)}"


def date_text(day: dt.date | None, lang: str) -> str:
    if day is None:
        return "—"
    if lang.startswith("fr"):
        return f"{day.day} {_MONTHS_FR[day.month - 1]} {day.year}"
    return day.strftime("%d %b %Y").lstrip("0")


def percent_text(rate: float | None, lang: str) -> str:
    if rate is None:
        return "—"
    return f"{round(rate * 100)}\u202f%" if lang.startswith("fr") else f"{round(rate * 100)}%"


def period_text(period: Period, lang: str) -> str:
    if period.all_time:
        return tr("all_time", lang)
    if period.start and period.end:
        return tr("period", lang).format(start=date_text(period.start, lang), end=date_text(period.end, lang))
    if period.start:
        return tr("since", lang).format(start=date_text(period.start, lang))
    return tr("until", lang).format(end=date_text(period.end, lang))


def bar_chart(title: str, bars: Sequence[tuple[str, float, str, str]], *, caption: bool = True) -> str:
    """A horizontal bar chart as inline SVG: one (label, value, shown value, colour) per bar. `caption=False`
    under a heading that already says the title (the title stays as the chart's accessible name)."""
    if not bars:
        return ""
    label_w, bar_w, row_h = 230, 330, 24
    top = max((value for _, value, _, _ in bars), default=0.0) or 1.0
    height = row_h * len(bars) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" height="{height}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, value, shown, colour) in enumerate(bars):
        y = 4 + i * row_h
        width = max(0.0, value) / top * bar_w
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}" fill="{colour}" rx="2"/>'
            f'<text x="{label_w + width + 6:.1f}" y="{y + 15}">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    shown_title = f"<figcaption>{escape(title)}</figcaption>" if caption else ""
    return f"<figure>{shown_title}{''.join(parts)}</figure>"


def bar_table(title: str, bars: Sequence[tuple[str, float, str, str]], *, caption: bool = True) -> str:
    """The same chart as plain HTML tables (for Qt's rich text): each bar a coloured cell of proportional width."""
    if not bars:
        return ""
    top = max((value for _, value, _, _ in bars), default=0.0) or 1.0
    rows = []
    for label, value, shown, colour in bars:
        percent = max(1, round(max(0.0, value) / top * 100)) if value > 0 else 0
        rest = f'<td class="bar" width="{100 - percent}%"></td>' if percent < 100 else ""
        bar = (
            f'<table class="bar" width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="bar" width="{percent}%" bgcolor="{colour}">&nbsp;</td>{rest}</tr></table>'
            if percent
            else ""
        )
        rows.append(
            f'<tr><td width="35%">{escape(label)}</td><td width="50%">{bar}</td><td class="n">{escape(shown)}</td></tr>'
        )
    shown_title = f"<p><b>{escape(title)}</b></p>" if caption else ""
    return f'{shown_title}<table class="chart" width="100%">{"".join(rows)}</table>'


def _chart(title: str, bars: Sequence[tuple[str, float, str, str]], charts: str, *, caption: bool = True) -> str:
    draw = bar_table if charts == "table" else bar_chart
    return draw(title, bars, caption=caption)


def _page(title: str, body: str, lang: str, today: dt.date, charts: str = "svg") -> str:
    footer = escape(tr("generated", lang).format(date=date_text(today, lang)))
    css = _PRINT_CSS if charts == "table" else _CSS
    return (
        f'<!DOCTYPE html>\n<html lang="{"fr" if lang.startswith("fr") else "en"}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{css}</style></head><body>{body}"
        f"<footer>{footer}</footer></body></html>\n"
    )


def whose_text(whose: Viewpoint | None, lang: str) -> str:
    """Whose report it is: "For Claire", "For the team"; "" in a personal library (None)."""
    if whose is None:
        return ""
    if whose.member_name is None:
        return tr("for_team", lang)
    return tr("for_member", lang).format(name=whose.member_name)


def _whose_html(whose: Viewpoint | None, lang: str) -> str:
    text = whose_text(whose, lang)
    return f"<p class='meta'>{escape(text)}</p>" if text else ""


def _tile(label: str, value: str) -> str:
    return f'<div class="tile"><b>{escape(value)}</b> {escape(label)}</div>'


def _list(items: Sequence[str], lang: str) -> str:
    if not items:
        return f"<p>{escape(tr('none', lang))}</p>"
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def follow_up_texts(report: EventReport, lang: str) -> list[str]:
    out = []
    for f in report.follow_ups:
        when = tr("due", lang).format(date=date_text(f.due, lang)) if f.due else tr("no_due", lang)
        rhythm = f", {tr('every', lang).format(n=f.every_weeks)}" if f.every_weeks else ""
        note = f" — {f.note}" if f.note else ""
        out.append(f"{f.name} ({when}{rhythm}){note}")
    return out


def need_texts(report: EventReport, lang: str) -> list[tuple[str, list[str]]]:
    """Each person's need, and the introductions that could answer it ("nobody yet" when none)."""
    out = []
    for need in report.needs:
        intros = [
            tr("introduce", lang).format(
                name=intro.offerer_name,
                why=tr("reasons_separator", lang).join(reason_text(r, lang) for r in intro.reasons),
            )
            for intro in need.introductions
        ]
        out.append((tr("needs_line", lang).format(name=need.name, need=need.need), intros or [tr("no_match", lang)]))
    return out


def _needs_html(report: EventReport, lang: str) -> str:
    if not report.needs:
        return ""
    items = "".join(
        f"<li>{escape(head)}<ul>{''.join(f'<li>{escape(i)}</li>' for i in intros)}</ul></li>"
        for head, intros in need_texts(report, lang)
    )
    return f"<h2>{escape(tr('needs', lang))}</h2><ul>{items}</ul>"


def event_report_html(
    report: EventReport,
    lang: str = "en",
    today: dt.date | None = None,
    charts: str = "svg",
    whose: Viewpoint | None = None,
) -> str:
    event = report.event
    title = tr("event_title", lang).format(name=event.name)
    meta = " · ".join(x for x in (date_text(event.date, lang), event.place or "", report.network_name or "") if x)
    tiles = "".join(
        (
            _tile(tr("cards", lang), str(report.exchanges.cards)),  # a meeting without cards brought no card
            _tile(tr("new", lang), str(len(report.new_people))),
            _tile(tr("again", lang), str(len(report.met_again))),
            _tile(tr("mutual_rate", lang), rate_text(report.exchanges, lang)),
        )
    )
    bars = [
        (kind_label(k, lang), float(report.exchanges.of(k)), str(report.exchanges.of(k)), _COLOURS.get(k, "#888"))
        for k in _kinds(report.exchanges)
    ]
    rows = "".join(
        f"<tr><td>{escape(p.name)}</td><td>{escape(p.company or '')}</td><td>{escape(kind_label(p.exchange, lang))}"
        f"</td><td>{escape(_history(p.earlier_meetings, lang))}</td></tr>"
        for p in report.people
    )
    head = "".join(f"<th>{escape(tr(k, lang))}</th>" for k in ("name", "company", "exchange", "history"))
    body = (
        f"<h1>{escape(title)}</h1><p class='meta'>{escape(meta)}</p>{_whose_html(whose, lang)}"
        f"<div class='tiles'>{tiles}</div>"
        f"<h2>{escape(tr('by_kind', lang))}</h2>{_chart(tr('by_kind', lang), bars, charts, caption=False)}"
        f"<h2>{escape(tr('who', lang))}</h2>"
        f"<table class='data' width='100%'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f"{_needs_html(report, lang)}"
        f"<h2>{escape(tr('follow_ups', lang))}</h2>{_list(follow_up_texts(report, lang), lang)}"
        f"<h2>{escape(tr('owe', lang))}</h2>{_list([p.name for p in report.cards_i_owe], lang)}"
    )
    return _page(title, body, lang, today or dt.date.today(), charts)


def _history(earlier: int, lang: str) -> str:
    return tr("first_time", lang) if earlier == 0 else tr("met_before", lang).format(n=earlier)


def network_label(value: NetworkValue, lang: str) -> str:
    if value.network is None:
        return tr("outside", lang)
    return value.name + (f" ({tr('archived', lang)})" if value.network.archived else "")


def referral_text(count: int, won: int, won_value: float, lang: str, currency: str = "EUR") -> str:
    if not won:
        return str(count)
    won_text = tr("won_one" if won == 1 else "won", lang).format(n=won, value=money_text(won_value, lang, currency))
    return f"{count} ({won_text})"


NETWORK_COLUMNS = (
    "network", "events", "cards", "mutual_rate", "mutual_contacts", "repeat", "one_way_givers",
    "received", "given", "prescribers", "value", "cost", "value_for_cost", "per_mutual", "per_referral",
)  # fmt: skip


# The fifteen columns as two tables that fit a landscape page: the people met, then the referrals and money.
NETWORK_TABLES = (
    ("table_people", ("network", "events", "cards", "mutual_rate", "mutual_contacts", "repeat", "one_way_givers",
                      "prescribers")),
    ("table_value", ("network", "received", "given", "value", "cost", "value_for_cost", "per_mutual",
                     "per_referral")),
)  # fmt: skip


def _network_table(columns: Sequence[str], cells: Sequence[Sequence[str]], lang: str) -> str:
    """One table of the network report: the network's name, then figures aligned right."""
    where = [NETWORK_COLUMNS.index(c) for c in columns]
    head = "".join(f"<th{' class=n' if i else ''}>{escape(tr(k, lang))}</th>" for i, k in enumerate(columns))
    rows = "".join(
        "<tr>" + "".join(f"<td{' class=n' if i else ''}>{escape(line[w])}</td>" for i, w in enumerate(where)) + "</tr>"
        for line in cells
    )
    return f"<table class='data' width='100%'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def network_cells(v: NetworkValue, lang: str, currency: str = "EUR") -> list[str]:
    """The cells of one network's line, in NETWORK_COLUMNS order (shared by the HTML and the text report).
    Amounts carry the library's currency; the rate says how many encounters were not recorded."""
    ratio = f"{number_text(v.value_for_cost, lang, 2)}×" if v.value_for_cost is not None else "—"
    return [
        network_label(v, lang),
        str(v.events_attended),
        str(v.cards_collected),
        rate_text(v.exchanges, lang),
        str(v.mutual_contacts),
        str(v.repeat_contacts),
        str(v.one_way_givers),
        referral_text(v.received.count, v.received.won, v.received.won_value, lang, currency),
        referral_text(v.given.count, v.given.won, v.given.won_value, lang, currency),
        str(v.prescribers),
        money_text(v.business_value, lang, currency),
        money_text(v.yearly_cost, lang, currency),
        ratio,
        money_text(v.cost_per_mutual_contact, lang, currency, 2),
        money_text(v.cost_per_referral, lang, currency, 2),
    ]


def network_report_html(
    values: Sequence[NetworkValue],
    period: Period | None = None,
    lang: str = "en",
    today: dt.date | None = None,
    charts: str = "svg",
    currency: str = "EUR",
    whose: Viewpoint | None = None,
) -> str:
    period = period or Period()
    title = tr("network_title", lang)
    colour = _COLOURS[Reciprocity.MUTUAL]
    mutual = [(network_label(v, lang), float(v.mutual_contacts), str(v.mutual_contacts), colour) for v in values]
    referrals = [(network_label(v, lang), float(v.received.count), str(v.received.count), "#1565c0") for v in values]
    costs = [
        (network_label(v, lang), cost, money_text(cost, lang, currency, 2), "#6a1b9a")
        for v in values
        if (cost := v.cost_per_mutual_contact) is not None
    ]
    cells = [network_cells(v, lang, currency) for v in values]
    tables = "".join(
        f"<h2>{escape(tr(heading, lang))}</h2>{_network_table(columns, cells, lang)}"
        for heading, columns in NETWORK_TABLES
    )
    body = (
        f"<h1>{escape(title)}</h1><p class='meta'>{escape(period_text(period, lang))}</p>{_whose_html(whose, lang)}"
        f"{_chart(tr('chart_mutual', lang), mutual, charts)}{_chart(tr('chart_referrals', lang), referrals, charts)}"
        f"{_chart(tr('chart_cost', lang), costs, charts)}{tables}"
    )
    return _page(title, body, lang, today or dt.date.today(), charts)


# --- plain text, for the terminal -------------------------------------------------------------------------


def event_report_text(report: EventReport, lang: str = "en", whose: Viewpoint | None = None) -> str:
    event = report.event
    lines = [tr("event_title", lang).format(name=event.name)]
    if whose is not None:
        lines.append(whose_text(whose, lang))
    meta = " · ".join(x for x in (date_text(event.date, lang), event.place or "", report.network_name or "") if x)
    lines += [meta, ""]
    lines.append(
        f"{tr('cards', lang)}: {report.exchanges.cards}   {tr('new', lang)}: {len(report.new_people)}   "
        f"{tr('again', lang)}: {len(report.met_again)}   "
        f"{tr('mutual_rate', lang)}: {rate_text(report.exchanges, lang)}"
    )
    lines += ["", tr("by_kind", lang)] + [
        f"  {kind_label(k, lang)}: {report.exchanges.of(k)}" for k in _kinds(report.exchanges)
    ]
    lines += ["", tr("who", lang)]
    for p in report.people:
        company = f" — {p.company}" if p.company else ""
        lines.append(f"  {p.exchange.symbol} {p.name}{company} ({_history(p.earlier_meetings, lang)})")
    if report.needs:
        lines += ["", tr("needs", lang)]
        for head, intros in need_texts(report, lang):
            lines += [f"  {head}"] + [f"    → {i}" for i in intros]
    lines += ["", tr("follow_ups", lang)] + [f"  {t}" for t in follow_up_texts(report, lang)]
    if not report.follow_ups:
        lines.append(f"  {tr('none', lang)}")
    lines += ["", tr("owe", lang)] + [f"  {p.name}" for p in report.cards_i_owe]
    if not report.cards_i_owe:
        lines.append(f"  {tr('none', lang)}")
    return "\n".join(lines) + "\n"


def network_report_text(
    values: Sequence[NetworkValue],
    period: Period | None = None,
    lang: str = "en",
    currency: str = "EUR",
    whose: Viewpoint | None = None,
) -> str:
    lines = [tr("network_title", lang), period_text(period or Period(), lang)]
    if whose is not None:
        lines.append(whose_text(whose, lang))
    for v in values:
        lines.append("")
        cells = network_cells(v, lang, currency)
        lines.append(cells[0])
        lines += [f"  {tr(k, lang)}: {c}" for k, c in zip(NETWORK_COLUMNS[1:], cells[1:], strict=True)]
    return "\n".join(lines) + "\n"
