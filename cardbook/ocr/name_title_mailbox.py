"""A name line cut into a name and a title, unless the card's mailbox spells the whole line as the name.

``shared_line.split_name_title`` cuts "Kim Tran ACCOUNT EXECUTIVE" where a title opens. A family name that is
also a job word in some language is taken for a title: Flemish "De Backer" ("backer" is German "Bäcker",
folded), "De Smet", "Bakker", "Schneider"; the line "Marieke De Backer" was read as the name "Marieke De"
and the title "Backer". The particle before it says little on its own ("De" is also a family name), but the
person's mailbox does: "marieke_debacker@…" spells the whole line, the cut name it does not. A line whose
words, as mailboxes write names (``mail_labels.name_forms``: initial and the rest, all squashed, the rest
alone), give one of the card's local parts that its cut name's words do not, is kept whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.mail_labels import name_forms
from cardbook.ocr.mail_names import squashed_local
from cardbook.ocr.shared_line import split_name_title


def name_title_split(text: str, locals_: Sequence[str]) -> tuple[str, str] | None:
    """``split_name_title(text)``, or None when one of ``locals_`` spells the whole line and not the cut name."""
    split = split_name_title(text)
    if split is None or not locals_:
        return split
    spelled = {squashed_local(local) for local in locals_}
    whole, cut = name_forms([text]), name_forms([split[0]])
    if spelled & (whole - cut):
        return None  # the mailbox writes the title's word as part of the name
    return split
