"""Stage 3a: number mentions in English and Thai, with a key that is equal for the same
quantity in both languages.

:func:`find_numbers` is the core: a pure function over one text that returns
:class:`NumberMention` records with offsets local to that text. :func:`number_keys`
gives only the keys (used by the aligner). :func:`numbers_table` runs the finder over
the paragraphs of documents and returns the ``numbers`` table (see ``tables.py``).

Keys (what comparison joins on; floats are written without a trailing ``.0``):

==============  ===========================================  ==========================
kind            key                                          value / value_max
==============  ===========================================  ==========================
cardinal        ``cardinal:10665``, ``cardinal:0.42``        the number
ordinal         ``ordinal:11``                               the rank
percent         ``percent:80``, ``percent:10-15``            80 (not 0.8)
money           ``money:55000000:VND``, ``money:5-10:USD``   amount in the currency
year            ``year:2024``                                CE year (BE − 543)
year_range      ``year_range:2020-2025``                     CE years
range           ``range:6-7``                                both ends
date            ``date:2017-11-07``, ``date:2017-11``,       YYYYMMDD as a number for
                ``date:--11-07``, ``date:2018-08-23/2018-08-25``  full dates, else NA
time            ``time:21:17``, ``time:10:00-11:00``         hours (21:17 -> 21.2833)
fraction        ``fraction:13/13``                           13/13 = 1.0
code            ``code:217-QD/TW``, ``code:3406``            NA
==============  ===========================================  ==========================

A document number written after a document word ("Decision No. 3406", "Resolution
25", "มติที่ 25") is a ``code`` whose key is the bare number (``code:3406``): the
document word is not in the key because translations often change it (the Thai seed
renders "Decision 217-QD/TW" as "มติ 217-QD/TW", "resolution"). ``calendar`` is set for
years, year ranges and dates that carry a year: ``BE`` or ``CE`` as written.
Thai two-digit years after an abbreviated month or ``ปี`` are BE (``5 ธ.ค. 61`` is
2018-12-05). The qualifier and "from"/"between" are not part of ``text``; ``ร้อยละ``,
the currency, ``ครั้งที่``/``ที่`` and ``ครบรอบ … ปี`` are.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import pandas as pd

from .. import tables
from .._text import EMAIL_RE, URL_RE
from ..corpus.reader import document_from_text, paragraphs_table
from ..errors import Errors
from ..types import Document, ParsedDocument
from .base import MAX_DIGITS, NumberMention, Scan, format_number
from .dates import find_codes, find_dates, find_times
from .quantity import ATOM_RE, find_digits
from .words import find_english_words, find_marked_years, find_thai_words, find_vague

__all__ = ["DEFAULT_DAYFIRST", "MAX_DIGITS", "NumberMention", "find_numbers", "format_number",
           "number_keys", "numbers_table"]

DEFAULT_DAYFIRST = True
"""``12/03/2018`` is 12 March 2018 (the Vietnamese and Thai convention)."""

# Phone numbers are claimed so that no part of them becomes a number.
_PHONE_RE = re.compile(r"(?<![0-9])[0-9]{2,4}(?:-[0-9]{3,4}){2,}(?![0-9])"
                       r"|\+[0-9]{1,3}[\s-]?[0-9][0-9\s-]{6,}[0-9]")
_HAS_NUMBER_RE = re.compile(
    r"[0-9\u0e50-\u0e59]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|first|second|third|fifth|eighth|ninth|zero|pair|dozen|twice"
    r"|thrice|once|half|ties)|\b[IVX]+\b"
    r"|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|แรก|ครึ่ง|เที่ยง|ทุ่ม"
    r"|โมง|ตี")


# -------------------------------------------------------------------- finder
def find_numbers(text: str, lang: str | None = None, *,
                 dayfirst: bool = DEFAULT_DAYFIRST) -> list[NumberMention]:
    """Number mentions in one text, in order, with offsets into ``text``.

    English and Thai patterns are both tried whatever ``lang`` is (translations mix
    them); ``lang="th"`` only makes ambiguous years Buddhist-Era (``12/3/61``) and
    ``dayfirst=False`` reads ``12/03/2018`` as December 3. Never raises on text.
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E010.format(type=type(text).__name__))
    if not _HAS_NUMBER_RE.search(text):
        return []
    sc = Scan(text, lang, dayfirst)
    for rx in (URL_RE, EMAIL_RE):
        for m in rx.finditer(text):
            sc.claim(m.start(), m.end())
    find_codes(sc)
    find_marked_years(sc)
    find_dates(sc)
    find_times(sc)
    for m in _PHONE_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            sc.claim(m.start(), m.end())
    find_vague(sc)
    for m in ATOM_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            find_digits(sc, m.start(), m.end())
    find_english_words(sc)
    find_thai_words(sc)
    return sorted(sc.out)


def number_keys(text: str, lang: str | None = None) -> list[str]:
    """Keys of the number mentions in ``text``, in order (see the module docstring).

    >>> number_keys("over 55 million VND in 2024")
    ['money:55000000:VND', 'year:2024']
    """
    return [m.key for m in find_numbers(text, lang) if m.key is not None]


# ------------------------------------------------------------------- table
def numbers_table(obj: str | Document | Any, *, lang: str | None = None,
                  include_boilerplate: bool = False,
                  dayfirst: bool = DEFAULT_DAYFIRST) -> pd.DataFrame:
    """One row per number mention (the ``numbers`` table of ``tables.py``).

    ``obj`` is a text, a :class:`~massmob_nlp.types.Document`, an
    :class:`~massmob_nlp.analysis.Analysis` or a list of them (tables concatenated).
    Offsets refer to the document text. ``para_id`` comes from the paragraphs table;
    ``sent_id`` only from an Analysis (for a text or Document the expensive
    :func:`~massmob_nlp.analyze` is not run and ``sent_id`` is NA). The language of
    each paragraph is detected unless ``lang`` forces it. Boilerplate paragraphs
    ("Comment (0)", "Source: …") are skipped unless ``include_boilerplate=True``.
    ``dayfirst=False`` reads ``12/03/2018`` as month/day/year.
    """
    if lang is not None and not (isinstance(lang, str) and len(lang) in (2, 3)):
        raise ValueError(Errors.E011.format(lang=lang))
    items = list(obj) if isinstance(obj, (list, tuple)) else [obj]
    rows: list[dict[str, Any]] = []
    for item in items:
        rows.extend(_rows(item, lang, include_boilerplate, dayfirst))
    return tables.make_frame("numbers", rows)


def _rows(obj: Any, lang: str | None, include_boilerplate: bool, dayfirst: bool
          ) -> list[dict[str, Any]]:
    """Rows of the numbers table for one text, Document or Analysis."""
    sents = None
    if isinstance(obj, ParsedDocument):
        doc, paras, sents = obj.document, obj.paragraphs, obj.sentences
    elif isinstance(obj, (str, Document)):
        doc = document_from_text(obj) if isinstance(obj, str) else obj
        paras = paragraphs_table(doc)
    else:
        raise TypeError(Errors.E010.format(type=type(obj).__name__))
    starts = sents["start_char"].tolist() if sents is not None else []
    sent_ids = sents["sent_id"].tolist() if sents is not None else []
    rows = []
    for para_id, p_start, p_text, p_lang, boiler in paras[
            ["para_id", "start_char", "text", "lang", "is_boilerplate"]].itertuples(
            index=False):
        if boiler and not include_boilerplate:
            continue
        p_lang = lang or str(p_lang)
        for m in find_numbers(p_text, p_lang, dayfirst=dayfirst):
            start = p_start + m.start
            i = bisect.bisect_right(starts, start) - 1
            rows.append({"doc_id": doc.doc_id, "lang": p_lang, "para_id": para_id,
                         "sent_id": sent_ids[i] if i >= 0 else None,
                         "start_char": start, "end_char": p_start + m.end,
                         "text": m.text, "value": m.value, "value_max": m.value_max,
                         "kind": m.kind, "unit": m.unit, "qualifier": m.qualifier,
                         "calendar": m.calendar, "key": m.key, "vague": m.vague})
    return rows
