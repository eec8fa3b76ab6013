"""A title that is the firm's name: the wordmark of a partnership ("Keller & Partner", "Moreau & Associés")
holds a title's word, and the title picker, which weighs lines before the company is known, took it.

When the company picked afterwards (from the fine print restating it, or its own line) spells the title's
words from its start, the line names the firm, and the person's title is looked for again without it. A
single word is left alone: "Partner" over "Partner Consulting GmbH" may be the person's role.
"""

from __future__ import annotations

from cardbook.ocr.lexicon import words_of

# The title must have at least this many words to be taken for the firm's name: one word is as often the
# person's role printed near a firm named with it. Chosen, not tuned.
MIN_FIRM_TITLE_WORDS = 2


def names_the_firm(title: str, company: str) -> bool:
    """The company's name opens with all the title's words (folded), two or more of them."""
    title_words, company_words = words_of(title), words_of(company)
    return len(title_words) >= MIN_FIRM_TITLE_WORDS and company_words[: len(title_words)] == title_words
