"""On a card of two people, the chosen person's own title: not the one printed between them.

A card printing two people in one column gives each the same block: title over name ("Head of Sales" /
"Ana Lima" / "Sales Engineer" / "Rui Costa") or name over title. The first person's name then has a title
right above and one right below it, and the best-scored title word may well be the other person's. The
line between the two names is the ambiguous one: it sits right beside both. The title beside the chosen
name that no other person's name touches on its other side is the chosen person's, whichever order the
card uses: title-first cards put it above the name, name-first cards below (where the line above the
first name is the firm's or nothing).

Another person's name is a line the names data backs (``parse_people.name_score`` above ``NAME_BASE``: a
known first name or the e-mail spelling it), as ``parse_roles`` counts a person.
"""

from __future__ import annotations

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_people import NAME_BASE, name_score
from cardbook.ocr.role_lines import Assignment, RoleLine, neighbours

Scored = tuple[float, Assignment]


def own_title(
    best: Scored, scored: list[Scored], items: list[RoleLine], name_lines: list[CardLine], order: list[int]
) -> Scored:
    """``best`` unless it lies between the chosen name and another person's name while another candidate
    (from ``scored``) beside the name does not: then the best such candidate."""
    lines = {item.line.index: item.line for item in items}
    others = [
        item.line
        for item in items
        if all(item.line.index != line.index for line in name_lines) and name_score(item.text, []) > NAME_BASE
    ]

    def beside_name(pair: Scored) -> bool:
        return any(neighbours(lines[pair[1][1][0]], name, order) for name in name_lines)

    def between(pair: Scored) -> bool:
        line = lines[pair[1][1][0]]
        return any(
            neighbours(line, name, order)
            and neighbours(line, other, order)
            and _side(other, line, order) != _side(name, line, order)
            for name in name_lines
            for other in others
        )

    if not others or not between(best):
        return best
    own = [pair for pair in scored if beside_name(pair) and not between(pair)]
    return max(own, key=lambda pair: pair[0]) if own else best


def _side(line: CardLine, of: CardLine, order: list[int]) -> bool:
    """Whether ``line`` is printed above ``of`` (by the boxes' middles, else the reading order)."""
    if line.box is not None and of.box is not None:
        return line.box.center_y < of.box.center_y
    return order.index(line.index) < order.index(of.index)
