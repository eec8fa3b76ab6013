"""Academic and medical honorifics printed before a name in Central Europe: "Dr. med.", "Dr. med. dent.",
"Univ.-Prof.", "Priv.-Doz.", Czech and Slovak "MUDr.", "MVDr.", "JUDr.", "PhDr.", "RNDr.", "Mgr.", "Bc.".

``lexicon.HONORIFICS`` held the titles of most languages ("Dr.", "Prof.", "Mag.", "Dipl.-Ing."), not these:
"Dr. med. Anna Huber" had a word no name holds and was no name at all. They are the degrees German and
Czech universities confer and print before the name (written from general knowledge). Folded and without
their dots, as ``parse_people`` compares them. "Phil" and "nat" ("Dr. phil.", "Dr. rer. nat.") are left out:
"Phil" and "Nat" are given names too.
"""

from __future__ import annotations

ACADEMIC_HONORIFICS = frozenset(
    ("med", "dent", "vet", "univ-prof", "priv-doz", "doc", "mudr", "mvdr", "judr", "phdr", "rndr", "mgr", "bc")
)
