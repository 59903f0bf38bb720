"""The page's own date, written into the text by the other side.

A news page carries its publication stamp (``Updated: 9:40am, 4 Mar 2026``,
``17 ก.พ. 2568 - 19:45 น.``) on a line the corpus stage flags as boilerplate of kind
``date``: its numbers are the page's furniture and never join. A translator often turns
that stamp into the lead's date (``...เมื่อวันพุธที่ 4 มีนาคม``) where the source says
"on Wednesday": a date left without a partner on one side that names the day of the
other side's stamp (or the day after it, for the time zone) is the page's date, not an
added or a lost one.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from ..numbers import find_numbers
from ..pipeline import Analysis
from .context import _str, boilerplate_texts
from .evidence import date_ends

STAMP_KIND = "date"
"""The boilerplate kind of a publication stamp (:mod:`massmob_nlp.corpus.article_clutter`)."""
DAYS_APART = 1
"""A stamp in GMT and a lead in local time may name days this far apart."""


def page_dates(doc: Analysis) -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) of every date on ``doc``'s publication-stamp lines."""
    days = []
    for text in boilerplate_texts(doc, STAMP_KIND):
        for m in find_numbers(text, doc.lang):
            for y, mo, d in date_ends(m.key):
                if mo is not None and d is not None:
                    days.append((int(str(y)) if y is not None else None, int(mo), int(d)))
    return days


def page_date_of(m: Mapping[str, Any], stamps: list[tuple[int | None, int, int]]) -> bool:
    """Whether the unpartnered date ``m`` names the day of one of the other side's
    stamps (year optional on either side, :data:`DAYS_APART` days for the time zone)."""
    if _str(m.get("kind")) != "date" or not stamps:
        return False
    ends = date_ends(m.get("key"))
    if len(ends) != 1 or ends[0][1] is None or ends[0][2] is None:
        return False
    y, mo, d = ends[0]
    for sy, smo, sd in stamps:
        year = sy if sy is not None else (int(str(y)) if y is not None else 2000)
        if y is not None and sy is not None and int(str(y)) != sy:
            continue
        try:
            day = datetime.date(year, int(mo), int(str(d)))
            stamp = datetime.date(year, smo, sd)
        except ValueError:
            continue
        if abs((day - stamp).days) <= DAYS_APART:
            return True
    return False
