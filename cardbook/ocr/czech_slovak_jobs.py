"""The words naming a job in Faker's Czech and Slovak job lists: "Obchodní ředitel", "Vedoucí prodeje" and
"Jednatel" are titles on Czech and Slovak office cards, and no other list the parser reads holds them.

Czech and Slovak put the adjective first and the noun after it ("Finanční ředitel", "Výkonný technický
ředitel"), and a noun's object after the noun ("Ředitel pro strategii", "Analytik finančního rizika"). The
head taken is the job's word when it stands alone, or its last word when every word before it is an
adjective: Czech and Slovak adjectives in the nominative end in a long vowel ("-ní", "-ý", "-á", "-é":
``_ADJECTIVE_ENDINGS``). Jobs with an object are left out: the object's words are nouns of things ("služby",
"dopravy"), no job, and their heads are listed alone or after adjectives elsewhere ("Ředitel", "Finanční
ředitel"). ``job_words`` adds these heads to its own and filters them as it filters its own.
"""

from __future__ import annotations

from cardbook.ocr.lexicon import fold
from cardbook.ocr.profession_words import listed_jobs

# Faker's locales read: the Czech and Slovak cards among the European scans the reader is judged on.
CZECH_SLOVAK_LOCALES = ("cs_CZ", "sk_SK")
# The endings of Czech and Slovak adjectives in the nominative, as printed (with their marks).
_ADJECTIVE_ENDINGS = ("ý", "í", "á", "é")
# The endings of the genitive a noun's object takes ("skladu", "služby", "úseku", "médií"), which no person's
# noun in the nominative has: after an adjectival noun ("Vedoucí", "Průvodčí") the last word is its object.
_OBJECT_ENDINGS = ("u", "y", "ů", "í", "ě")


def _head(job: str) -> str:
    """The job's noun when it is printed alone or after adjectives only, else "" (a noun with its object after
    it, "Ředitel pro strategii", is left out: an object's words are nouns too, "služby", "dopravy")."""
    words = job.split(",")[0].split()
    if not words or any(not word.lower().endswith(_ADJECTIVE_ENDINGS) for word in words[:-1]):
        return ""
    if len(words) > 1 and words[-1].lower().endswith(_OBJECT_ENDINGS):
        return ""  # "Vedoucí skladu": an adjectival noun ("vedoucí") and its object, no adjective and noun
    return fold(words[-1]).strip("().")


def czech_slovak_heads() -> set[str]:
    """The folded head words of the Czech and Slovak job lists (``job_words`` filters them as its own)."""
    return {head for locale in CZECH_SLOVAK_LOCALES for job in listed_jobs(locale) if (head := _head(job))}
