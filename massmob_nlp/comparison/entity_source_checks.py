"""Source mentions the entity comparison does not report missing: a wire dateline, the
translation's home country, a common word the English recognizer labelled."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .._text import THAI_RE
from ..entities.english_spans import in_caps_dateline
from ..entities.world import world_ids
from .context import _Context, _str

_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_RE = re.compile(
    r"[\"'“‘]?[A-Z][A-Za-z.'’\- ]{1,30}(?:/[A-Z][A-Za-z.'’\- ]{1,30})*"
    r"(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?"
    rf"(?:,\s*{_MONTH_ABBR}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*"
    r"\([A-Z][A-Za-z&.\- ]{1,30}\)\s*[-–—:]")
"""A wire-copy dateline opening a paragraph: the place (in capitals or not, several
joined by ``/``), a region, a date and the agency in brackets, then a dash
(``GENEVA, Feb 17 (Reuters) -``, ``NAIROBI, Kenya (AP) —``, ``Lima (AFP) -``)."""


def _in_dateline(text: str, s: dict[str, Any]) -> bool:
    """Whether a source mention lies in the dateline that opens its paragraph
    (:data:`_DATELINE_RE`, or a place in capitals before a dash or a colon:
    :func:`~massmob_nlp.entities.english_spans.in_caps_dateline`, ``PHU THO —``):
    furniture a translation drops (a Thai portal cites the agency in a source line),
    so an unpaired one is not reported missing."""
    if pd.isna(s.get("start_char")) or pd.isna(s.get("end_char")):
        return False
    start, end = int(s["start_char"]), int(s["end_char"])
    line = text.rfind("\n", 0, start) + 1
    m = _DATELINE_RE.match(text, line)
    return (m is not None and end <= m.end()) or in_caps_dateline(text, line, start, end)


HOME_COUNTRIES = {"th": "Thailand"}
"""The country whose language a translation is in: its news leaves the country's name
out where the English writes it (``southern Thailand`` / ภาคใต้, ``Thailand floods``
/ น้ำท่วมใต้, ``Thai Meteorological Department`` / กรมอุตุนิยมวิทยา)."""


def _home_country(ctx: _Context) -> frozenset[str]:
    """World-table ids of the target language's own country (:data:`HOME_COUNTRIES`):
    a source mention of it left without a partner is not reported missing (Thai news
    leaves Thailand implied where the English names it)."""
    name = HOME_COUNTRIES.get(str(ctx.tgt.lang))
    return world_ids(name) if name else frozenset()


def _lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case."""
    return frozenset(re.findall(r"(?<![\w'’])[a-z][a-z\-]+", text))


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[\"'“‘(]?\s*$")


def _common_word_model(s: dict[str, Any], text: str, lower: frozenset[str]) -> bool:
    """Whether a source model mention is one capitalised word starting a sentence
    that the article also writes in lower case (``House`` prices ... house prices,
    ``Turnout`` was ... turnout) or, labelled a person and shaped as a common noun
    (:data:`_COMMON_SHAPE_RE`), writes nowhere else (``Turnout`` was about 74%: news
    names a person in full before the surname alone starts a sentence), an acronym in
    the plural, a period code (``Q3``) or starts with an abbreviation's end: a common
    word the English recognizer labelled."""
    name = _str(s.get("text")) or ""
    start = int(s["start_char"])
    if _str(s.get("source")) != "model":
        return False
    if _ABBREVIATION_PIECE_RE.match(name) or _PLURAL_ACRONYM_RE.fullmatch(name) or \
            _PERIOD_CODE_RE.fullmatch(name.strip()):
        return True
    if " " in name.strip() or not name[:1].isupper() or \
            _SENTENCE_START_RE.search(text, max(0, start - 4), start) is None:
        return False
    return name.casefold() in lower or (
        _str(s.get("label")) == "PERSON" and
        _COMMON_SHAPE_RE.fullmatch(name.strip()) is not None and
        len(re.findall(rf"(?<![\w'’]){re.escape(name.strip())}(?![\w'’])", text)) == 1)


_COMMON_SHAPE_RE = re.compile(r"[A-Z][a-z]+(?:out|off|over|ers|ors|ists|ents|ants|ians|"
                              r"ised|ized)")
"""A capitalised word shaped as an English common noun: a particle compound
(``Turnout``, ``Payout``, ``Takeover``) or an agent noun in the plural (``Voters``,
``Analysts``, ``Residents``) or a participle in -ised (``Naturalised striker ...``)."""
_ABBREVIATION_PIECE_RE = re.compile(r"[a-z]{1,2}\.\s")
"""A model mention that starts with the end of an abbreviation (``m. About 180,000``
after ``£45m.``): the recognizer ran over a sentence end."""
_PERIOD_CODE_RE = re.compile(r"(?:Q[1-4]|H[12]|FY\s?'?\d{2,4})")
"""A quarter, half or fiscal year (``Q3``, ``H1``, ``FY2025``): a date the English
recognizer labelled, not a name."""
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,5}s")
"""An acronym in the plural (``MPs``, ``SUVs``, ``GPs``): a common noun."""


def _lower_case_model(s: dict[str, Any]) -> bool:
    """Whether a source model mention has no capital letter (``nuns``, ``maths``,
    ``un-``): a common word the English recognizer labelled, never reported."""
    text = _str(s.get("text")) or ""
    return _str(s.get("source")) == "model" and not THAI_RE.search(text) and \
        not any(c.isupper() for c in text)
