"""From the card's lines to its fields: contacts first (they are certain), then address, then people.

Each stage removes what it recognised from the lines' text, so later, fuzzier stages only see what is
left: a line "Tel: 01 23 45 67 89 - jean@x.fr" leaves nothing for the name finder, and
"120 Harbor Road, Salem, MA 01970 • Tel: (978) 744-2210" leaves only the address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cardbook.domain.corrections import card_domains
from cardbook.ocr.accent_misreads import restored_accents
from cardbook.ocr.address_lines import strip_address_label
from cardbook.ocr.back_side import back_side_firm
from cardbook.ocr.capital_i_names import capital_i_from_names
from cardbook.ocr.card_spellings import card_spellings
from cardbook.ocr.cut_country_suffix import with_country_suffix
from cardbook.ocr.field_labels import labelled_roles
from cardbook.ocr.fields import CardFields, CardLine, FieldValue, PhoneValue
from cardbook.ocr.firm_before_address import firm_before_address
from cardbook.ocr.firm_spelled_rows import with_spelled_row
from cardbook.ocr.firm_unclaimed_line import unclaimed_firm
from cardbook.ocr.full_width import plain_width
from cardbook.ocr.glued_names import split_glued_name
from cardbook.ocr.glued_words import split_glued_words
from cardbook.ocr.learned_hints import LearnedHints, apply_hints, reserved_lines
from cardbook.ocr.legal_forms import repair_legal_form
from cardbook.ocr.legal_mentions import without_legal_mentions
from cardbook.ocr.letter_spaced_text import join_spaced_letters, join_split_capital
from cardbook.ocr.lexicon import REGION_LANGUAGES, STRONG_TITLE_WORDS, TITLE_WORDS, WEBMAIL_HOSTS, fold, word_set
from cardbook.ocr.line_classifier import role_probabilities
from cardbook.ocr.mail_labels import without_glued_label
from cardbook.ocr.mail_names import capital_i_from_mail, card_words, mended_local, name_letter_mended
from cardbook.ocr.mailbox_first_word import first_word_from_mailbox
from cardbook.ocr.middle_dots import plus_read_for_dots
from cardbook.ocr.name_pieces import glued_name_piece
from cardbook.ocr.opening_hours import without_hours
from cardbook.ocr.parse_address import find_address
from cardbook.ocr.parse_columns import split_merged_columns
from cardbook.ocr.parse_contacts import (
    email_parts,
    find_emails,
    find_social,
    find_websites,
    is_generic_mail_host,
    main_domain_label,
    repair_contact_text,
)
from cardbook.ocr.parse_domains import (
    complete_from_domain,
    letter_for_symbol,
    rejoin_split_words,
    restore_cut_word,
    trim_glued_stroke,
    webmail_misread,
)
from cardbook.ocr.parse_people import mended_honorifics
from cardbook.ocr.parse_phones import PendingLabel, find_phones, inherit_label, label_only
from cardbook.ocr.parse_roles import assign_roles
from cardbook.ocr.region import decide_region
from cardbook.ocr.shop_name_lines import shop_not_person
from cardbook.ocr.siren_numbers import is_registration_number, vat_sirens
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.trade_name_rows import with_small_trade_word
from cardbook.ocr.types import Box, union_all
from cardbook.ocr.web_lines import repair_web_lines
from cardbook.ocr.web_residue import without_glued_letters

DEFAULT_REGION = "FR"
# Words that may be cut from a glued neighbour (``glued_words``): the job-title words.
TITLE_VOCABULARY = TITLE_WORDS | STRONG_TITLE_WORDS

# Labels that announce a contact value; once the value is taken out, a line holding only these is empty.
# "Main" (an office's number), "Toll-free", Polish "kom."/"faks", Spanish "Móv.": left beside a name when OCR
# read the name and a number on one row (``fresh_scan_set`` seed 1: "<name> Main. <number>").
_LABEL_WORDS = word_set(
    """
    tel tél tél. tel. telephone téléphone phone ph fone telefone t f m p e w o d h c fax mob mobile port
    portable cell gsm email e-mail mail courriel web site website internet url www skype office direct
    bureau standard fixe home domicile whatsapp linkedin twitter instagram facebook x
    telemovel tlm tlmv tlf movil celular cel fixo handy mobil cellulare wa zap
    telefoon telefon mobiel puh puhelin durchwahl zentrale switchboard ddi direkt diretto directo centralino
    vaxel fon insta ig main toll-free tollfree kom faks mov
    """
)


_CUT = "\x00"  # marks where a contact value was cut out of a line


def _strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + f" {_CUT} " + text[end:]
    return text


def _is_label(token: str) -> bool:
    """ "Tel:", "(Cel)", "Cel/WhatsApp": a label, or labels joined by a slash."""
    parts = [part for part in fold(token).strip(".:;,-–|•·/()").split("/") if part]
    return bool(parts) and all(part.strip(".:;,-–|•·()") in _LABEL_WORDS for part in parts)


def _residual(text: str) -> str:
    """What is left of a line after its contact values were cut out, minus the labels that announced
    them ("Tel:", "e-mail", a trailing "Fax") and the separators around them."""
    tokens = [tok for tok in re.split(r"\s+", text) if tok]
    kept: list[str] = []
    for position, token in enumerate(tokens):
        if token == _CUT:
            continue
        neighbours = tokens[max(0, position - 1) : position + 3]
        # A label touches the value it announced: "Tel: <cut>", "<cut> Fax", "e-mail : <cut>".
        if _is_label(token) and _CUT in neighbours[:3]:
            continue
        kept.append(token)
    joined = " ".join(kept)
    # Separators orphaned by a cut ("… Salem • • Tel") collapse to one.
    joined = re.sub(r"(?:\s*[•·|/]\s*){2,}", " • ", joined)
    joined = re.sub(r"[\s,;:•·|/\-–]+$", "", joined)
    joined = re.sub(r"^[\s,;:•·|/\-–]+", "", joined)
    if _CUT in text and all(_is_label(tok) for tok in joined.split()):
        return ""
    return joined


def _only_numbers(rest: str) -> bool:
    """Nothing but cut-out values, their labels and separators left: the line held phone numbers only."""
    return not _residual(rest)


def _box_of(lines: Sequence[CardLine], indexes: tuple[int, ...]) -> Box | None:
    by_index = {line.index: line for line in lines}
    return union_all([box for i in indexes if (box := by_index[i].box) is not None])


def _confidence(base: float, line: CardLine) -> float:
    return round(max(0.05, min(1.0, base * (0.5 + 0.5 * line.confidence))), 3)


# Two readings of the same words whose boxes cover each other this much (of the smaller box) are one line
# read twice (a large wordmark read again alone): kept once, or the firm's name is printed twice. Chosen,
# not tuned (a box half covered by one of the same words is the same place); no seed moved with it.
DOUBLE_READ_OVERLAP = 0.5


def without_double_reads(lines: Sequence[CardLine]) -> list[CardLine]:
    """The lines, each text read twice at the same place kept once (the first reading)."""
    kept: list[CardLine] = []
    for line in lines:
        key = _squashed(line.text)
        if (
            key
            and line.box is not None
            and any(
                _squashed(other.text) == key
                and other.box is not None
                and _overlap(line.box, other.box) >= DOUBLE_READ_OVERLAP
                for other in kept
            )
        ):
            continue
        kept.append(line)
    return kept


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _overlap(first: Box, second: Box) -> float:
    """The shared area of two boxes, as a share of the smaller one."""
    width = min(first.left + first.width, second.left + second.width) - max(first.left, second.left)
    height = min(first.top + first.height, second.top + second.height) - max(first.top, second.top)
    smaller = min(first.width * first.height, second.width * second.height)
    return max(0, width) * max(0, height) / smaller if smaller > 0 else 0.0


def parse_lines(
    lines: Sequence[CardLine], region: str = DEFAULT_REGION, hints: LearnedHints | None = None
) -> CardFields:
    """Parse OCR lines (in reading order) into fields; ``region`` is the user's country, used for phones
    only when the card itself shows no country (``CardFields.region`` says which was used and why);
    ``hints``: what the user's reviews taught (``learned_hints``), applied last."""
    lines = plus_read_for_dots(repair_web_lines(split_merged_columns(without_double_reads(lines))))
    texts = {line.index: line.text for line in lines}
    decision = decide_region(list(texts.values()), region)
    lines = with_country_suffix(lines, decision)  # "contato@loja.com." cut at the edge (``cut_country_suffix``)

    emails: list[FieldValue] = []
    websites: list[FieldValue] = []
    social: list[FieldValue] = []
    phones: list[PhoneValue] = []
    pending: PendingLabel | None = None
    for line in lines:
        # Finders repair the text the same way internally, so spans refer to this repaired text.
        text = repair_contact_text(line.text)
        spans: list[tuple[int, int]] = []
        emails_found = find_emails(text)
        if emails_found:
            # a local part OCR split or glued a label to, mended by the names the other lines print
            other_texts = [other.text for other in lines if other.index != line.index]
            other_words = card_words(other_texts)
        for found in emails_found:
            mended, start = mended_local(text, found.start, found.value, other_words)
            read = text[start:].partition("@")[0]  # a capital OCR read in the local part is a misread letter
            mended = name_letter_mended(mended, read, other_texts)
            mended = without_glued_label(mended, read, other_texts)  # "Es.jones@": an "E" label glued on
            emails.append(FieldValue(mended, _confidence(0.95, line), (line.index,), line.box))
            spans.append((start, found.end))
        for found in find_social(text):
            social.append(FieldValue(found.value, _confidence(0.85, line), (line.index,), line.box))
            spans.append((found.start, found.end))
        for found in find_websites(text):
            websites.append(FieldValue(found.value, _confidence(0.9, line), (line.index,), line.box))
            spans.append((found.start, found.end))
        # the fine print's registration and capital: no phone in its numbers, no firm in "Association loi 1901"
        rest = without_legal_mentions(_strip_spans(text, spans))
        phone_spans: list[tuple[int, int]] = []
        found_phones = find_phones(rest, decision)
        for phone in found_phones:
            kind = phone.kind
            if not phone.labelled and pending is not None:
                kind = inherit_label(phone, pending)
            confidence = 0.9 if phone.labelled or phone.e164 else 0.7
            phones.append(
                PhoneValue(phone.number, phone.e164, kind, _confidence(confidence, line), (line.index,), line.box)
            )
            phone_spans.append((phone.start, phone.end))
        if not found_phones:
            pending = label_only(rest)
        elif _only_numbers(_strip_spans(rest, phone_spans)) and found_phones[-1].labelled:
            # "Tel: (31) 3222-4410" then "3222-4411" alone below: the label covers both.
            pending = PendingLabel(phones[-1].kind if phones[-1].kind != "other" else None)
        elif not (pending is not None and _only_numbers(_strip_spans(rest, phone_spans))):
            pending = None
        texts[line.index] = _residual(_strip_spans(rest, phone_spans))

    sirens = vat_sirens(line.text for line in lines)  # the fine print's SIREN read apart from "RCS": no phone
    phones = [phone for phone in phones if not is_registration_number(phone.number, sirens)]
    mail_domains = [email.value.partition("@")[2] for email in emails]
    websites = [replace(site, value=without_glued_letters(site.value, mail_domains)) for site in websites]
    locals_ = [email_parts(email.value)[0] for email in emails]
    domains = [main_domain_label(domain) for domain in mail_domains]
    domains = [domain for domain in domains if not webmail_misread(domain)]  # "laol.com": a free mailbox still
    domains += [main_domain_label(site.value.split("/")[0]) for site in websites]
    domains = [
        domain
        for domain in dict.fromkeys(domains)
        if domain and not is_generic_mail_host(domain) and domain not in WEBMAIL_HOSTS
    ]
    address = find_address(list(lines), without_hours(texts), decision)  # "Seg a Sex 8h-18h": no address
    address_value: FieldValue | None = None
    if address is not None:
        first = next(line for line in lines if line.index == address.lines[0])
        firm = firm_before_address(address.text, domains)  # "Muster GmbH · street · town": the firm is no address
        address_value = FieldValue(
            firm[1] if firm else address.text,
            _confidence(address.confidence, first),
            address.lines,
            _box_of(lines, address.lines),
        )
        for index in address.lines:
            texts[index] = firm[0] if firm and index == first.index else ""
        for index in address.others:  # a second office's address: no name, title or firm
            if firm_before_address(texts[index], domains) is None:
                texts[index] = ""

    for line in lines:
        # A label printed alone above the address ("Address:", "Endereço:") names no one.
        if texts.get(line.index) and not strip_address_label(texts[line.index] + ":").strip(" :.-–"):
            texts[line.index] = ""

    free_lines = [line for line in lines if texts.get(line.index)]
    for line in free_lines:
        spaced = join_spaced_letters(texts[line.index], domains)  # "W I L S O N L L P" read letter by letter
        spaced = join_split_capital(spaced, locals_)  # a small-caps name's first capital read apart
        spaced = split_glued_name(spaced, locals_)  # "ANAPAULASOUZA": a name in capitals without its spaces
        rejoined = restore_cut_word(rejoin_split_words(spaced, locals_, domains), locals_, domains)
        rejoined = first_word_from_mailbox(rejoined, locals_, domains)  # "Tax Service LLC", harborviewtaxservice@
        rejoined = letter_for_symbol(rejoined, domains)
        text = repair_legal_form(split_glued_words(rejoined, locals_, domains, TITLE_VOCABULARY))
        # A job title is never a piece of the firm's domain ("Consultant" under consultants.com).
        completed = complete_from_domain(text, domains) if title_score(text) == 0 else text
        texts[line.index] = glued_name_piece(  # "Vlaian A ubry": a name cut inside a word (``name_pieces``)
            mended_honorifics(
                capital_i_from_names(capital_i_from_mail(trim_glued_stroke(completed, locals_), locals_ + domains))
            ),
            locals_,
        )
    learned = role_probabilities(lines, locals_, domains)  # on every line: the contact block is context
    place = address.text if address is not None else ""
    web: tuple[str, ...] = ()
    reserved: dict[int, str] = {}
    if hints:
        web = card_domains([e.value for e in emails], [w.value for w in websites])
        reserved = reserved_lines(lines, texts, web, hints)  # the user's corrections decide these lines
    labelled = labelled_roles(free_lines, texts)  # "Title: …", "Company: …": the card names the field
    pinned = {index for found in labelled.values() for index in found[1]}
    candidates = [line for line in free_lines if line.index not in reserved and line.index not in pinned]
    heights = [line.height for line in lines]
    roles = replace(assign_roles(candidates, texts, locals_, domains, heights, learned, place, lines), **labelled)
    if roles.company is None and roles.name is None and not (emails or phones or websites or social or address):
        roles = replace(roles, company=back_side_firm(candidates, texts))  # a back side: wordmark and slogan
    roles = shop_not_person(roles, candidates, texts, [*locals_, *domains, *(item.value for item in social)], domains)
    taken = {i for role in (roles.name, roles.title, roles.department) if role for i in role[1]}
    roles = replace(roles, company=with_small_trade_word(roles.company, taken, lines, texts))  # "STUDIO" / "Bella"
    # a name's second row in another type, spelled with it by the card's own address (``firm_spelled_rows``)
    spellings = [*locals_, *domains, *(item.value for item in social)]
    roles = replace(roles, company=with_spelled_row(roles.company, taken, lines, texts, spellings))
    company = unclaimed_firm(roles.company, roles.name, taken, candidates, texts, heights, locals_, domains)
    roles = replace(roles, company=company)  # no rule named a firm: the line no one claims (``firm_unclaimed_line``)

    def value(assignment: tuple[str, tuple[int, ...], float] | None) -> FieldValue | None:
        if assignment is None or not assignment[0]:
            return None
        text, indexes, score = assignment
        if not indexes:  # proposed from elsewhere (the e-mail's domain), not read on a line
            return FieldValue(text, round(score, 3))
        first_line = next(line for line in lines if line.index == indexes[0])
        return FieldValue(text, _confidence(score, first_line), indexes, _box_of(lines, indexes))

    if roles.company is not None:  # a form OCR misread and split over two lines ("SP." / "Z O.0.")
        roles = replace(roles, company=(repair_legal_form(roles.company[0]), *roles.company[1:]))
    language = REGION_LANGUAGES.get(decision.region) if decision.from_card else None
    if language:
        # Accents OCR dropped from a name, a title or a firm's words, put back as the card's country spells them
        # (a name's too: "Joao", "Sebastiäo" on a Brazilian card; see docs/MEASURING.md, "Names in capitals").
        # The card's other lines vouch for a word's accents too ("ÉLOI" in the address, "Eloi" in the firm).
        known = card_spellings(plain_width(line.text) for line in lines)  # the accented spellings it prints (once)
        if roles.name is not None:
            roles = replace(roles, name=(restored_accents(roles.name[0], language, known, name=True), *roles.name[1:]))
        if roles.title is not None:
            roles = replace(roles, title=(restored_accents(roles.title[0], language, known), *roles.title[1:]))
        if roles.company is not None:
            roles = replace(roles, company=(restored_accents(roles.company[0], language, known), *roles.company[1:]))
    claimed = {i for role in (roles.name, roles.title, roles.company, roles.department) if role for i in role[1]}
    other = tuple(line.index for line in lines if texts.get(line.index) and line.index not in claimed)
    fields = CardFields(
        name=value(roles.name),
        title=value(roles.title),
        company=value(roles.company),
        department=value(roles.department),
        emails=tuple(_unique(emails)),
        phones=tuple(_unique_phones(phones)),
        websites=tuple(_unique(websites)),
        address=address_value,
        social=tuple(_unique(social)),
        other_lines=other,
        region=decision if any(line.text.strip() for line in lines) else None,  # no text: no country
    )
    if hints:
        fields = apply_hints(fields, lines, texts, web, locals_, hints)
    return fields


def _unique(values: list[FieldValue]) -> list[FieldValue]:
    seen: set[str] = set()
    result: list[FieldValue] = []
    for item in values:
        key = item.value.lower()
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _unique_phones(values: list[PhoneValue]) -> list[PhoneValue]:
    seen: set[str] = set()
    result: list[PhoneValue] = []
    for item in values:
        key = item.e164 or re.sub(r"\D", "", item.number)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def parse_text(text: str, region: str = DEFAULT_REGION, hints: LearnedHints | None = None) -> CardFields:
    """Parse plain card text (one printed line per text line); used by tests and for pasted text."""
    lines = [CardLine(index, raw.strip()) for index, raw in enumerate(text.splitlines()) if raw.strip()]
    lines = [CardLine(i, line.text) for i, line in enumerate(lines)]
    return parse_lines(lines, region, hints)
