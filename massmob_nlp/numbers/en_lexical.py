"""English words and names whose number is no count of their own (see
:mod:`massmob_nlp.numbers`), read before plain digits and number words:

- stock-index names (``the ASX 200``, ``the S&P 500``, ``FTSE 100``, ``Nikkei 225``,
  ``SET50``) are names: vague codes, never a missing or added number (a translation
  writes the index as ``ดัชนี ASX`` or leaves it out with its clause);
- words that say "first" without the number: ``maiden`` (a maiden century, voyage),
  the noun ``debut`` (``on debut``, ``his debut``; not the verb ``debuted at No. 1``),
  ``debutant``, a prize's ``longlist`` (its first-round list, Thai ``รอบแรก``),
  ``inaugural`` and ``opening`` before a day or a part of a
  match (``the opening morning``, ``the opening round``) are a vague ``ordinal:1``, which
  joins the Thai ``แรก`` a translator writes for them (``เซนจูรีครั้งแรก``, ``ลงเล่นนัดแรก``,
  ``เช้าวันแรก``);
- wire version tags (``(2nd LD)``, ``(ATTN: ADDS details in paras 4-6)``) hold no number;
- the delivery month of a futures contract (``the benchmark third-month contract``,
  ``front-month``) is vague: translations name the month or leave the rank out;
- twelves: ``two dozen``, ``3 dozen eggs`` are one count (24, 36), read before the
  digits and number words would take ``two`` and ``dozen`` apart;
- old British coins named in one word: ``sixpence``, ``ninepence``, ``tuppence``,
  ``threepence``, ``a halfpenny`` are N pence (``money:0.06:GBP``, as ``6p`` and Thai
  ``หกเพนนี``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import en
from .base import Scan, format_number
from .en_forms import N_DOZEN_RE
from .quantity import add_quantity

# ---------------------------------------------------------------- lexicon
_INDEX_RE = re.compile(
    r"(?<![A-Za-z&/])(?:S&P(?:/ASX)?|ASX|FTSE|Nikkei|Russell|(?:Euro\s)?(?:Stoxx|STOXX)"
    r"|CAC|M?DAX|KOSPI|Kospi|NIFTY|Nifty|BSE|SET|CSI|TOPIX|Topix)\s?(?P<d>[0-9]{2,4})"
    r"(?![0-9]|[.,][0-9]|\s?(?:%|per\s?cent|pc\b|percent|points?\b|pts\b))")
_FIRST_WORD_RE = re.compile(
    r"(?i)\bmaiden\b(?!\s+names?\b)|\bdebutants?\b|\binaugural\b"
    # the noun only ("on debut", "his debut", "a debut album"), not the verb ("the album
    # debuted at No. 1", "will debut at")
    r"|(?<=\bon\s)debut\b|(?:(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bits\s)"
    # "her 2021 debut": the year of the first album, film or book between
    r"|(?<=\bhis\s[12][0-9]{3}\s)|(?<=\bher\s[12][0-9]{3}\s)|(?<=\btheir\s[12][0-9]{3}\s)"
    r"|(?<=\bits\s[12][0-9]{3}\s))debut\b"
    r"(?!\s+(?:at|in|on)\b)|\bdebut(?=\s+(?:album|season|match|game|Test|innings|century"
    r"|appearance|single|film|novel|race|start|goal|win|series|campaign|tournament)\b)"
    # "the lead single": the first single of an album (Thai ซิงเกิลแรก)
    r"|\blead(?=\s+single\b)"
    # "a longlist of 13", "longlisted": a prize's first-round list (Thai รอบแรก)
    r"|\blong-?list(?:ed|s)?\b"
    r"|\bopening(?=\s+(?:day|days|morning|afternoon|night|weekend|week|month|match|game"
    r"|round|session|stage|leg|set|over|overs|innings|hole|lap|fixture|bout|half|quarter"
    r"|spell|partnership|stand)\b(?!-))")
_CONTRACT_MONTH_RE = re.compile(
    r"(?i)\b(?P<w>front|first|second|third|fourth|fifth|sixth)(?=-month\s+"
    r"(?:[A-Za-z0-9]+\s+){0,3}?(?:contracts?|futures|delivery|deliveries)\b)")
_WIRE_TAG_RE = re.compile(
    r"\((?:[0-9]{1,2}(?:st|nd|rd|th)\s+)?(?:LD|LEAD)\b[^)\n]{0,40}\)|\(ATTN:[^)\n]{0,300}\)")
"""Wire-service version tags (Yonhap ``(2nd LD)``, ``(LEAD)``, ``(ATTN: ADDS details in
paras 4-6)``): editing notes that translations drop, no quantity."""
_PENCE = {"two": 2, "tup": 2, "three": 3, "thrup": 3, "thrup'": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_PENCE_WORD_RE = re.compile(
    r"(?i)\b(?:(?P<w>two|tup|three|thrup'?|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"pence|(?P<h>half-?penny|ha'penny))\b")
_RANKS = {"front": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
          "sixth": 6}


# ---------------------------------------------------------------- reader
def find_english_lexical(sc: Scan) -> None:
    """Claim the forms listed in the module docstring (each only where a cheap hint of
    it is in the text)."""
    t = sc.t
    if "LD" in t or "LEAD" in t or "ATTN:" in t:
        for m in sc.finditer(_WIRE_TAG_RE):
            if sc.free(*m.span()):
                sc.claim(*m.span())
    if any(c.isdigit() for c in t):
        for m in sc.finditer(_INDEX_RE):
            if sc.free(*m.span()):
                sc.add(*m.span(), "code", key=f"code:{m['d']}", vague=True)
    low = t.lower()
    if "maiden" in low or "debut" in low or "inaugural" in low or "opening" in low \
            or "lead single" in low or "list" in low:
        for m in sc.finditer(_FIRST_WORD_RE):
            if sc.free(*m.span()):
                sc.add(*m.span(), "ordinal", value=1.0, key="ordinal:1", vague=True)
    if "pen" in low:
        for m in sc.finditer(_PENCE_WORD_RE):
            if sc.free(*m.span()):
                pence = _PENCE[m["w"].lower()] if m["w"] else 0.5
                pounds = format_number(Decimal(str(pence)) / 100)
                sc.add(*m.span(), "money", value=float(pounds), unit="GBP",
                       key=f"money:{pounds}:GBP")
    if "dozen" in low:
        for m in sc.finditer(N_DOZEN_RE):
            twelves = Decimal(m["n"]) if m["n"].isdigit() else en.parse_words(m["n"])[0]
            if twelves is not None and sc.free(*m.span()):
                add_quantity(sc, *m.span(), twelves * 12, None)
    if "-month" in low:
        for m in sc.finditer(_CONTRACT_MONTH_RE):
            if sc.free(*m.span("w")):
                n = _RANKS[m["w"].lower()]
                sc.add(*m.span("w"), "ordinal", value=float(n), key=f"ordinal:{n}",
                       vague=True)
