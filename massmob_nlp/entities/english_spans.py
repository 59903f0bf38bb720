"""English model (spaCy) name spans cleaned before they become mentions: a leading
article, a trailing possessive or punctuation trimmed (:func:`trim_english_span`), and
spans that name nothing dropped (:func:`is_english_name`: a generic word of
:data:`MODEL_STOPLIST`, a time zone, a quantity; :func:`common_acronyms`: an acronym
the text defines by common words), and a dateline in capitals read as a place
(:func:`in_caps_dateline`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from .english_bodies import is_second_field, second_field_end
from .english_places import place_tail_end

MODEL_STOPLIST: frozenset[str] = frozenset({"Party", "State", "Central", "Innovate",
                                            "Propaganda", "Conference", "Excellencies",
                                            "Excellency"})
"""Single capitalised words spaCy often labels ORG/PERSON in this genre (and the
salutation of a speech, ``Excellencies, distinguished guests``): dropped."""
LANGUAGE_AUTONYMS: frozenset[str] = frozenset({
    "English", "Français", "Русский", "中文", "ภาษาไทย", "Tiếng", "Việt", "Español",
    "Deutsch", "日本語", "한국어", "العربية", "ພາສາລາວ", "ខ្មែរ", "Lao", "Khmer", "Bahasa",
    "Melayu", "Indonesia"})
"""Words of a portal's language menu, each language in its own script (``English
Français Русский 中文 ภาษาไทย``): a span made of them only is a menu, no name."""
_PAGE_TOOL_RE = re.compile(r"(?:^|\s)(?:A[+\-]|Aa)(?:\s|$)")
"""A page's font-size tool (``A+``, ``A-``, ``Aa``) inside a span (``A+ Send``)."""
TRIMMED_LABELS: frozenset[str] = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART",
    "LAW", "LANGUAGE"})
"""spaCy labels whose spans :func:`trim_english_span` trims (names, not quantities)."""
_ARTICLE_RE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_TAIL_RE = re.compile(r"(?:\s*['’]s)?[\s\-–/:,;(\"“]*$")
_LEAD_RE = re.compile(r"[\s\-–/:,;)\"”]+")
_OWNER_HEAD_RE = re.compile(r"(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*['’]s?\s+(?=[A-Z])")
"""Common nouns in lower case owning the name that follows (``ministry's Department
of Disease Prevention``, ``the city's People's Committee``): not part of the name."""


def trim_english_span(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A spaCy name span without a leading article, a trailing possessive ``'s`` or
    dangling punctuation (``the Mekong Delta`` → ``Mekong Delta``, ``Lan's`` → ``Lan``,
    ``Enron /`` → ``Enron``), a common noun in lower case owning it
    (:data:`_OWNER_HEAD_RE`: ``ministry's Department of X`` → ``Department of X``)
    or a bracket left open (``Electoral Processes (ONPE``),
    a person without the team and role before the name
    (:data:`_TEAM_ROLE_RE`) and without Malaysian honorifics (:data:`HONORIFICS_RE`:
    ``Datuk Seri Anwar`` → ``Anwar``); other labels (``the first 5 months``) are kept whole.
    A person span with a digit (``Flight TG916``) names no one: empty.
    Measured on UNER English-EWT (``benchmarks/en_ner_eval.py``): +0.03 F1."""
    if label not in TRIMMED_LABELS:
        return start, end, label
    span = text[start:end]
    head = _ARTICLE_RE.match(span)
    if head and head.end() < len(span):
        start += head.end()
    tail = _TAIL_RE.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    lead = _LEAD_RE.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    owner = _OWNER_HEAD_RE.match(text, start, end)
    if owner and owner.end() < end:
        start = owner.end()  # ministry's Department of X: the department's name only
    open_at = text.rfind("(", start, end)
    if open_at > start and ")" not in text[open_at:end] and text[start:open_at].strip():
        end = start + len(text[start:open_at].rstrip())  # Processes (ONPE: no bracket open
    score = _TRAILING_SCORE_RE.search(text, start, end)
    if score and score.start() > start:
        end = score.start()  # Leicester beat Derby 2-0: the club, not the score
    amount = _TRAILING_AMOUNT_RE.search(text, start, end)
    if amount and amount.start() > start and (amount.group("share") or (
            _CLAUSE_END_RE.match(text, end) and
            len(text[start:amount.start()].split()) >= 2 and
            not _YEAR_RE.fullmatch(amount.group("n")))):
        end = amount.start()  # MB 3.8%, the Amyotha Hluttaw 224.: the name, no amount
    if label == "PERSON" and re.search(r"\d", text[start:end]):
        return start, start, label  # Flight TG916, Tay 368 mm: a code or amount, no one
    if label == "PERSON" and (tail := _GIVEN_TAIL_RE.match(text, end)) is not None and \
            len(text[start:end].split()[-1]) <= 3 and tail.group(1) not in _HYPHEN_WORDS:
        end = tail.end()  # An Se|-young: a hyphenated given name is never cut
        head = _SURNAME_BEFORE_RE.search(text, max(0, start - 4), start)
        if head is not None and head.group(0).strip() not in _NOT_SURNAMES:
            start = head.start()  # the one-syllable surname before it (An, Yu, O)
    if label == "PERSON":
        titled = start
        while (m := HONORIFICS_RE.match(text, titled, end)) is not None and m.end() > titled:
            titled = m.end()
        if titled > start and titled < end and text[titled:titled + 1].isupper():
            start = titled  # Datuk Seri Amirudin Shari: the name without the titles
        role = _TEAM_ROLE_RE.fullmatch(text, start, end)
        if role is not None and not text[start:end].isupper():
            start = role.start("name")
        if text[start:end].split()[-1:] and text[start:end].split()[-1] in LEGISLATURES:
            label = "ORG"  # the Pyithu Hluttaw, the Dewan Rakyat: a house, no person
    owned = _OWNED_BODY_RE.match(text, end) if label in ("PERSON", "ORG") else None
    if owned is not None:  # King Mongkut's University of Technology: one body's name
        end, label = owned.end(), "ORG"
    elif (owner := _OWNER_BEFORE_RE.search(text, max(0, start - 40), start)) and \
            (body := _OWNED_BODY_RE.match(text, owner.start(1))) and body.end() >= end:
        return start, start, label  # its University of Technology: the owner's span
    if label in ("GPE", "LOC", "PERSON") and (place := place_tail_end(text, start, end)):
        return start, place, "GPE"  # Nakhon | Sawan: one province
    if label == "ORG" and (both := second_field_end(text, start, end)) is not None:
        end = both  # Department of Marine and Coastal Resources: one body
    elif label in ("ORG", "PERSON", "LOC", "GPE") and is_second_field(text, start, end):
        return start, start, label  # its Coastal Resources: no name of its own
    return start, end, label


_OWNED_BODY_RE = re.compile(
    r"['’]s\s+(?:University|College|Institute|Hospital|School|Academy|Museum|Foundation)"
    r"(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w\-]*)*")
"""A body named after its founder or patron, the owner a name of its own (``King
Mongkut's University of Technology Thonburi``, ``Queen Sirikit's Institute``): the
model stops at the possessive."""
_OWNER_BEFORE_RE = re.compile(r"[A-Z][\w\-]*(['’]s\s+)$")
"""A capitalised owner right before a span (``King Mongkut's`` University ...): the
owner's span takes the body's name (:data:`_OWNED_BODY_RE`)."""


_GIVEN_TAIL_RE = re.compile(r"-([a-z]{2,5})\b(?!-)")
_HYPHEN_WORDS = frozenset({"led", "era", "style", "born", "based", "like", "made", "run",
                           "owned", "type", "free", "wide", "less"})
_SURNAME_BEFORE_RE = re.compile(r"(?<![\w.'’])[A-Z][a-z]{0,2} $")
"""A PERSON span cut after a syllable of at most three letters before the lower-case
half of a hyphenated given name (``Se`` of ``Se-young``; not ``Kim-led``) runs over
it, and takes a capitalised word of one to three letters just before it (Korean
surnames ``An``, ``Yu``, ``O``; not a title or a small word)."""
_NOT_SURNAMES = frozenset({"Mr", "Ms", "Mrs", "Dr", "St", "Sir", "The", "By", "To", "As",
                           "At", "In", "On", "Of", "For", "And", "But", "Or", "If", "So",
                           "Her", "His", "Its", "Our", "Gen", "Col", "Lt", "Sgt", "Rep",
                           "Sen", "Gov", "Fr", "Rev", "Mme", "Mlle"})


LEGISLATURES: frozenset[str] = frozenset({
    "Hluttaw", "Hluttaws", "Rakyat", "Negara", "Sabha", "Majlis", "Duma", "Knesset",
    "Sejm", "Riksdag", "Storting", "Bundestag", "Bundesrat", "Oireachtas", "Dail", "Dáil",
    "Seanad", "Sansad", "Shura", "Jirga", "Khural", "Verkhovna", "Saeima", "Seimas",
    "Eduskunta", "Althing", "Folketing", "Diet"})
"""Words that end the name of a house of parliament in its own language (``Pyithu
Hluttaw``, ``Dewan Rakyat``, ``Lok Sabha``, ``Bundestag``): spaCy often labels such a
name PERSON; it names a body (ORG)."""


_TRAILING_AMOUNT_RE = re.compile(
    r"\s+(?P<n>\d[\d,]*(?:\.\d+)?)(?P<share>\s?(?:%|per\s?cent\b|percent\b|"
    r"(?:mm|cm|km|kg|mAh|kW|MW|W|GB|TB|mph|km/h)\b))?$")
"""A number ending a name span (``MB 3.8%`` in ``Techcombank lost 4.2% and MB 3.8%``):
a name ends in no share (``%``, ``per cent``) or measure (``Son Tay 368 mm``, ``80W``);
another number is trimmed only when it
ends the clause after a name of two words or more (``the Pyithu Hluttaw has 440 seats
and the Amyotha Hluttaw 224.``: the verb left out), never a year (``Vision 2030``),
after one word (``Apollo 11``) or before more words (``Thailand 4.0 plan``)."""
_TRAILING_SCORE_RE = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}$")
"""A score after a team (``Derby 2-0``): a name never ends in one."""
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:)]|$)")
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")


_TEAM_ROLE_RE = re.compile(r"(?:[A-Z][a-z][\w'’\-]*\s+)+[A-Z]{2,4}\s+"
                           r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)")
"""A person span that starts with a team or body and a role in capitals (``Mariners
LHP Reid Castillo``, ``Chiefs QB Joe Ball``): the name is what follows the role."""


TIME_ZONES: frozenset[str] = frozenset({
    "GMT", "BST", "UTC", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT",
    "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "AEST", "AEDT", "ACST",
    "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT", "ICT", "WIB", "MSK"})
"""Time zone abbreviations (``14:00 BST``): spaCy labels them ORG; they name no body."""
_MONEY = (r"(?:VND|USD|EUR|GBP|JPY|CNY|RMB|THB|SGD|MYR|IDR|PHP|INR|KRW|AUD|HKD|CAD|CHF|"
          r"NZD|TWD|Bt|Rs|Rp|RM|[A-Z]{1,2}\$|[$£€¥₫])")
_QUANTITY_RE = re.compile(
    rf"{_MONEY}?\s?[\d.,]+\s?(?:C|F|p|bn|bil|bln|b|m|mil|mn|k|tril|trn|cr|crore|lakh|"
    r"km|kg|mph|ft|%|mm|cm|mAh|kW|W|Wh|GB|TB|MP|Hz|GHz|MHz|nm|"
    r"(?:thousand|million|billion|trillion|quadrillion)\b.*)"
    rf"|{_MONEY}\s?[\d.,]+(?:\s?[-–]\s?[\d.,]+)?"
    r"(?:\s+(?:thousand|million|billion|trillion|quadrillion))?"
    r"|(?:[P₱K]|Ks\s?)\d[\d.,]*\d(?:\s?[-–]\s?[P₱K]?[\d.,]+)?"
    r"(?:\s?(?:thousand|million|billion|trillion|lakh|crore|bn|b|m|k)\b)?")
"""A quantity spaCy sometimes labels a name (``40C`` NORP, ``264p`` LAW, ``VND1.1
quadrillion`` FAC, ``VND12-14 million`` NORP, ``VND2``: an amount after a currency
code; a Philippine peso amount ``P42`` or ``₱1,200`` and a Myanmar kyat amount
``K4,480``, ``Ks 500``, ``K72 lakh``, two digits at least: ``P5`` may name the permanent
five, ``K2`` a mountain)."""
CURRENCY_CODES: frozenset[str] = frozenset({
    "VND", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "THB", "SGD", "MYR", "IDR", "INR",
    "KRW", "AUD", "HKD", "NZD", "TWD", "LAK", "KHR", "MMK", "BND", "Kyat", "Kyats",
    "Baht", "Ringgit", "Rupiah"})
"""Currency codes and names spaCy labels ORG or PERSON (``4.9 trillion VND``, ``500
million kyats``): a unit of money, no name (not PHP, CAD, CHF, Dong, Kip, Riel: also
other things' or people's names)."""
ECONOMIC_TERMS: frozenset[str] = frozenset({
    "GDP", "GNI", "GNP", "GRDP", "CPI", "PPI", "PMI", "FDI", "Brent", "WTI"})
"""Economic measures and crude-oil benchmarks spaCy labels ORG or PERSON (``GNI``,
``Brent`` in ``Brent crude rose``): measures and commodities, no names."""
UNIT_NAMES: frozenset[str] = frozenset({"Fahrenheit", "Celsius", "Kelvin", "Centigrade",
                                        "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh",
                                        "MT", "MMT", "bbl"})
"""Temperature scales spaCy labels PERSON (``16 degrees Fahrenheit``) and power, mass
and oil units it labels ORG or LOC (``1,200 MW``, ``3.7 million MT``, ``bbl``): units,
no names."""


_UNIT_RATIO_RE = re.compile(r"[a-zµμ]{0,4}[A-Za-z]/[A-Za-z]{1,3}")
"""A unit of measure written as a ratio (``nmol/L``, ``mg/dL``, ``km/h``)."""
_LETTER_RE = re.compile(r"[A-Z]\.?")
"""One capital letter (``vitamin D.``, ``posted on X.``): no name."""
ORDER_WORDS: frozenset[str] = frozenset({
    "Phase", "Stage", "Level", "Primary", "Secondary", "Grade", "Year", "Class", "Form",
    "Round", "Part", "Step", "Tier", "Week", "Day", "Game", "Match", "Season", "Episode",
    "Volume", "Vol", "Chapter", "Type", "Category", "Sector", "Zone"})
"""Common nouns that a number or a Roman numeral follows to name a step, a school
year or a grade (``Phase II``, ``Primary 4``, ``Secondary 5``): no name."""
_ORDERED_RE = re.compile(rf"(?:{'|'.join(sorted(ORDER_WORDS))})\s+(?:\d{{1,3}}[A-Za-z]?|"
                         r"[IVX]{1,5})")
HONORIFICS_RE = re.compile(r"(?:(?:Mentri|Menteri)\s+Besar|Chief\s+Minister|Datuk\s+Seri|"
                           r"Datuk|Dato['’]?\s+Sri|Dato['’]?|Tan\s+Sri|Toh\s+Puan|"
                           r"Puan\s+Sri|Yang\s+di-Pertua(?:\s+Negeri)?|Pak|Bapak|Bu|Ibu|"
                           r"Mbak|U|Daw|Samdech(?:\s+(?:Thipadei|Techo|Akka\s+Moha\s+Sena"
                           r"\s+Padei\s+Techo))?|Senior\s+General)(?:\s+|$)")
"""Malaysian honorifics and titles before a person's name (``Datuk Seri``, ``Tan
Sri``, ``Mentri Besar``, ``Yang di-Pertua``) and Indonesian ones (``Pak``, ``Bapak``,
``Bu``, ``Ibu``, ``Mbak``; not ``Bang`` nor ``Mas``, also surnames), Burmese ``U`` and
``Daw``, Cambodian ``Samdech (Thipadei)`` and a ``Senior General``: trimmed off a
PERSON span; a span of titles only names no one."""


def is_english_name(span: str) -> bool:
    """Whether an English model name span names something: not a generic word of
    :data:`MODEL_STOPLIST`, not a time zone (:data:`TIME_ZONES`), not a temperature
    scale (:data:`UNIT_NAMES`), not a quantity (``40C``, ``264p``, ``£3bn`` without its
    sign, ``VND1.1 quadrillion``, ``RM2.7bil``), not a unit ratio (``nmol/L``), not
    one letter (``D.``), not an ordered step or school year (:data:`ORDER_WORDS`:
    ``Phase II``, ``Primary 4``), not honorifics alone (``Datuk Seri``), not an amount
    per unit (``VND per month``), not office holders in the plural (``Ministers of
    Finance``), not a year of an era (``967 CE``), not a page tool or a language menu
    (:data:`LANGUAGE_AUTONYMS`)."""
    words = span.split()
    if _PAGE_TOOL_RE.search(span) or (len(words) >= 2 and all(
            w in LANGUAGE_AUTONYMS for w in words)):
        return False  # A+ Send, Русский ภาษาไทย: page furniture
    return span not in MODEL_STOPLIST and span not in TIME_ZONES and \
        span not in UNIT_NAMES and span not in CURRENCY_CODES and \
        span not in ECONOMIC_TERMS and \
        not _QUANTITY_RE.fullmatch(span) and \
        not _UNIT_RATIO_RE.fullmatch(span) and not _LETTER_RE.fullmatch(span) and \
        not _ORDERED_RE.fullmatch(span) and not _titles_only(span) and \
        not _PER_UNIT_RE.fullmatch(span) and not _PLURAL_ROLE_RE.fullmatch(span) and \
        not _ERA_YEAR_RE.fullmatch(span)


_ERA_YEAR_RE = re.compile(r"(?:c\.\s?)?\d{1,4}\s?(?:BCE|CE|BC|AD|B\.C\.(?:E\.)?|C\.E\.|"
                          r"A\.D\.)|(?:AD|A\.D\.)\s?\d{1,4}")
"""A year of an era (``967 CE``, ``44 BC``, ``AD 79``): a date, no name."""


_PLURAL_ROLE_RE = re.compile(
    r"(?:the\s+)?(?:Ministers|Deputy\s+Ministers|Members|Governors|Presidents|Heads|Leaders|"
    r"Chairmen|Chairs|Secretaries|Ambassadors|Directors|Mayors)\s+(?:of|for)\s+.+")
"""Holders of an office in the plural (``Ministers of Finance`` of several countries):
a group of people, no body's name (the Ministry is one)."""
_PER_UNIT_RE = re.compile(rf"{_MONEY}\s+(?:per|a|an|each)\s+[a-z]+")
"""A currency and the unit it is paid by (``VND per month``): an amount, no name."""
_WEEKDAY_RE = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\.?|"
                         r"Tuesday|Wednesday|Thursday|Saturday")
_DATE_AFTER_RE = re.compile(
    r"\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d)")


_LAW_HEAD_RE = re.compile(r"(?:Law|Decree|Resolution|Circular|Ordinance|Code)")
_LAW_TITLE_AFTER_RE = re.compile(r"\s+on\s+[A-Z]")


def names_nothing_here(text: str, start: int, end: int) -> bool:
    """Whether a model span names nothing where it stands: a weekday before a date
    (:func:`weekday_before_date`) or a document's head word alone before its title
    (the ``Law`` of ``Law on E-commerce``, labelled PERSON: the title is the name)."""
    return weekday_before_date(text, start, end) or (
        _LAW_HEAD_RE.fullmatch(text, start, end) is not None and
        _LAW_TITLE_AFTER_RE.match(text, end) is not None)


def weekday_before_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a weekday or its abbreviation before a date
    (``Sun, Dec 6: Vietnam v Laos``, ``Fri 12 June``): a date in a fixture list, no
    name (the English model labels ``Sun`` ORG)."""
    return _WEEKDAY_RE.fullmatch(text, start, end) is not None and \
        _DATE_AFTER_RE.match(text, end) is not None


def _titles_only(span: str) -> bool:
    pos = 0
    while (m := HONORIFICS_RE.match(span, pos)) is not None and m.end() > pos:
        pos = m.end()
    return pos > 0 and pos >= len(span.rstrip())


ROLES = ("deputy leader", "leader", "chief executive", "chief", "boss", "spokesman",
         "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "president",
         "minister", "secretary", "director", "head", "manager", "coach", "captain",
         "MP", "MSP", "MEP", "councillor", "founder", "editor", "correspondent",
         "reporter", "presenter", "analyst", "economist", "professor", "striker",
         "midfielder", "defender", "goalkeeper", "candidate", "member")
"""Role words between a body and a person in one spaCy span (``Labour leader Jeremy
Corbyn``)."""
_WORD = r"[A-Z][\w&.\-]*"
_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+"
_ORG_ROLE_PERSON = re.compile(
    rf"(?P<org>{_WORD}(?:\s+{_WORD})*)\s+(?:(?:{'|'.join(ROLES)})\s+)+(?P<person>{_NAME})")
_ORG_POSS_PERSON = re.compile(
    rf"(?P<org>{_WORD}(?:\s+{_WORD})*)['’]s\s+(?:[a-z]+\s+)*"
    r"(?P<person>[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+)")
SWALLOWING = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def split_org_person(text: str, start: int, end: int, label: str
                     ) -> list[tuple[int, int, str]]:
    """A spaCy body or place span that swallowed a person, cut in two: the body and a
    ``PERSON`` (``Labour leader Jeremy Corbyn`` → ``Labour`` + ``Jeremy Corbyn``,
    ``BBC Scotland's Alasdair Lamont`` → ``BBC Scotland`` + ``Alasdair Lamont``). A
    possessive gives a person only of two words that are not words of body names
    (``London's Heathrow Airport`` stays whole); other spans are returned as they are."""
    if label not in SWALLOWING:
        return [(start, end, label)]
    span = text[start:end]
    m = _ORG_ROLE_PERSON.fullmatch(span)
    if m is None:
        m = _ORG_POSS_PERSON.fullmatch(span)
        if m is not None:
            from .translated import name_words

            words = name_words()
            if any(w.casefold() in words for w in m.group("person").split()):
                m = None
    if m is None:
        return [(start, end, label)]
    return [(start + m.start("org"), start + m.end("org"), label),
            (start + m.start("person"), start + m.end("person"), "PERSON")]


_DEFINED_RE = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7}?)(s?)\s*\)")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&", "or", "with"})
_DEFINITION_CHARS = 120


@lru_cache(maxsize=16)
def common_acronyms(text: str) -> frozenset[str]:
    """Acronyms ``text`` defines in brackets after the common words they abbreviate,
    written in lower case (``hand, foot and mouth disease (HFMD)``, ``non-communicable
    diseases (NCDs)``, ``electric vehicles (EVs)``): the initials of those words, small
    words (``and``, ``of``) aside, spell the acronym. Such an acronym names a thing, not
    a body or a place (the English model labels ``HFMD`` ORG), so a model span that is
    one (or its plural) names nothing; an acronym defined by capitalised words
    (``Ministry of Health (MoH)``) is a name and is kept."""
    out: set[str] = set()
    for m in _DEFINED_RE.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        words = re.findall(r"[A-Za-z]+|&", text[max(0, m.start() - _DEFINITION_CHARS):
                                                m.start()])
        letters = acronym.upper()
        i, k = len(letters) - 1, len(words) - 1
        while i >= 0 and k >= 0:
            word = words[k]
            if word[0].upper() == letters[i] and word.islower():
                i -= 1
            elif word.casefold() not in _SMALL_WORDS or k == len(words) - 1:
                break
            k -= 1
        if i < 0:
            out.update({acronym, acronym + "s"})
    return frozenset(out)


_CAPS_DATELINE_TAIL_RE = re.compile(r"\s*(?:\([A-Za-z .&]{1,30}\)\s*)?(?:[—–]|--?|:)\s")
"""What follows the place of a dateline in capitals: the agency in brackets, then a
dash or a colon (``PHU THO —``, ``GEORGE TOWN:``, ``HANOI (VNA) –``)."""


def in_caps_dateline(text: str, para_start: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the place of a dateline in capitals opening the
    paragraph that starts at ``para_start`` (:data:`_CAPS_DATELINE_TAIL_RE`): the
    English model often labels it PERSON (``GEORGE TOWN:``); it is a place. With a colon,
    the same capitals must open no other paragraph (an interview's speaker label
    ``NGUYEN VAN AN:`` comes back)."""
    span = text[start:end]
    if text[para_start:start].strip(" \t\"“'‘") or not span.isupper() or \
            sum(c.isalpha() for c in span) < 3:
        return False
    tail = _CAPS_DATELINE_TAIL_RE.match(text, end)
    if tail is None:
        return False
    return not tail.group(0).strip().endswith(":") or \
        len(re.findall(rf"(?:^|\n)\s*{re.escape(span)}\s*:", text)) <= 1


_OPENING_QUOTES = " \t\"“‘'(«"
_SENTENCE_END_CHARS = ".!?:;\n\"“”"


def common_opener(text: str, start: int, end: int, *, tagged_noun: bool) -> bool:
    """Whether the one-word model span ``text[start:end]`` opening a sentence is a
    common word capitalised by its place (``Housebuilding has failed``, ``Shrimp
    remained the main product``, ``Hotels and homestays``): the tagger reads it as a
    common noun (``tagged_noun``) or the text writes it in lower case elsewhere, and
    the text never writes it capitalised inside a sentence (``Labour`` the party
    comes back mid-sentence), and a clause follows it on its line (a name alone, as a
    mail's signature, the tagger may read as a noun). A word in capitals (``NASA``)
    or of two capitals (``McKinsey``) is kept."""
    word = text[start:end]
    if len(word) < 3 or not word.isalpha() or not word[0].isupper() or \
            not word[1:].islower():
        return False
    line_end = text.find("\n", end)
    rest = re.findall(r"[A-Za-z][\w'’\-]*", text[end:line_end if line_end >= 0 else None])
    if len(rest) < 3 or not rest[0][0].islower():
        return False  # a name alone on a line (a signature: Vince), a heading
    lower = re.compile(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])")
    if not tagged_noun and lower.search(text) is None:
        return False
    for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text):
        before = text[max(0, m.start() - 12):m.start()].rstrip(_OPENING_QUOTES)
        if m.start() != start and before and before[-1] not in _SENTENCE_END_CHARS:
            return False  # capitalised inside a sentence: a name
    return True


def sentence_openers(text: str, sent_starts: Sequence[int], token_starts: Sequence[int],
                     nouns: Sequence[bool]) -> dict[int, bool]:
    """The first word of each sentence (``sent_starts``, quotes before it skipped) by
    its offset, and whether the tagger read it as a common noun (``token_starts``
    sorted, ``nouns`` aligned with them): the places :func:`common_opener` looks at."""
    out: dict[int, bool] = {}
    for s in sent_starts:
        k = bisect.bisect_left(token_starts, s)
        while k < len(token_starts) and token_starts[k] - s <= 3 and \
                not text[token_starts[k]:token_starts[k] + 1].isalpha():
            k += 1
        if k < len(token_starts) and not text[s:token_starts[k]].strip(_OPENING_QUOTES):
            out[token_starts[k]] = nouns[k]
    return out
