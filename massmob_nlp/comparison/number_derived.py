"""A rate the translator worked out per another period: ``512 เที่ยวต่อสัปดาห์ หรือ
เฉลี่ยวันละราว 73 เที่ยว`` ("512 flights a week, or about 73 a day on average") where the
English gives the weekly figure only.

Such a figure adds no fact: it is the same rate, divided out. A demanding reviewer
still wants to see it (the article's figures are the source's), so it is kept in the
table as ``format_only`` with a note that names the figure it comes from; but only when
the arithmetic holds to its rounding (73 for 512 / 7 = 73.1). A figure that does not
(37 a day for 512 a week) stays ``added``: a wrong sum is a change of the story.
Only the translation's figure is explained so: a figure the source states ("£19 a month,
or £228 a year") that the translation drops is lost to its reader, however derivable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _num, _vague

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
"""The length of each period in days."""
_TH_PERIOD = {"วัน": "day", "สัปดาห์": "week", "อาทิตย์": "week", "เดือน": "month",
              "ปี": "year"}
_TH_BEFORE_RE = re.compile(r"(?P<p>วัน|สัปดาห์|อาทิตย์|เดือน|ปี)ละ\s*(?:ราว|ประมาณ|เกือบ|"
                           r"กว่า|โดยเฉลี่ย|เฉลี่ย)?\s*$")
"""A Thai period before a rate (``วันละ 73``, ``เดือนละราว 2,000``)."""
_TH_AFTER_RE = re.compile(r"\s*[ก-ฮะ-ฺเ-ๅ็-๎]{0,12}?\s*(?:ต่อ|/)\s*(?P<p>วัน|สัปดาห์|อาทิตย์|"
                          r"เดือน|ปี)(?![ก-ฮ])")
"""A Thai period after a rate, its classifier between (``512 เที่ยวต่อสัปดาห์``)."""
_EN_AFTER_RE = re.compile(r"(?i)\s*(?:[a-z-]+\s+){0,2}?(?:a|per|each|every)\s+"
                          r"(?P<p>day|week|month|year)\b(?!\s+(?:ago|earlier|later|before))")
"""An English period after a rate ("512 flights a week", "$40 per month")."""
_EN_WORD = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
            "yearly": "year"}
_EN_WORD_RE = re.compile(r"(?i)\s*(?:[a-z-]+\s+){0,2}?(?P<w>daily|weekly|monthly|annually|"
                         r"yearly)\b")
ROUNDING = 0.03
"""The relative error of a worked-out figure, beside the half unit of its last digit."""


def period_of(m: Mention, text: str) -> str | None:
    """The period a rate is given per (day, week, month, year), written right before or
    after it, or None."""
    start, end = _num(m.get("start_char")), _num(m.get("end_char"))
    if start is None or end is None:
        return None
    if (before := _TH_BEFORE_RE.search(text, max(0, int(start) - 24), int(start))) is not None:
        return _TH_PERIOD[before["p"]]
    if (after := _TH_AFTER_RE.match(text, int(end))) is not None:
        return _TH_PERIOD[after["p"]]
    if (en := _EN_AFTER_RE.match(text, int(end))) is not None:
        return en["p"].casefold()
    if (word := _EN_WORD_RE.match(text, int(end))) is not None:
        return _EN_WORD[word["w"].casefold()]
    return None


def _within_rounding(worked: float, written: float, text: str) -> bool:
    """``written`` is ``worked`` rounded: to the half unit of its last digit (73 for
    73.1, 70 for 73.1), or within :data:`ROUNDING`."""
    digits = re.sub(r"[^0-9.]", "", text.replace(",", ""))
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    else:
        stripped = digits.rstrip("0")
        unit = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    return abs(worked - written) <= max(unit / 2, ROUNDING * abs(worked))


def worked_out_rate(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a translation's rate its sentence bead gives per another period from
    a figure joined to the source ("512 a week" / ``วันละราว 73``), the arithmetic holding;
    None otherwise."""
    value = _num(m.get("value"))
    if u.side != "tgt" or value is None or value <= 0 or _vague(m) or \
            _str(m["kind"]) not in ("cardinal", "money") or \
            (period := period_of(m, u.text)) is None:
        return None
    for i, o in enumerate(u.ms):
        base = _num(o.get("value"))
        if i == k or i not in u.joined or o["bead"] != m["bead"] or base is None or \
                _str(o["kind"]) != _str(m["kind"]) or \
                _str(o.get("unit")) != _str(m.get("unit")) or \
                (other := period_of(o, u.text)) is None or other == period:
            continue
        worked = base * DAYS[period] / DAYS[other]
        if _within_rounding(worked, value, str(m["text"])):
            return (f"a rate worked out from {str(o['text'])!r} a {other} ({worked:,.4g} a "
                    f"{period}), not written on the other side")
    return None
