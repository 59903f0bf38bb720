"""Chains of three or more numbers joined by hyphens (``4-2-3-1``, ``4-3-3``, the WHO's
``90-70-90`` strategy): a name (a football formation, a plan's label), one ``code``
keyed by its digits (``code:4231``), as the article gold reads them, not a score and
two counts; four or more that name nothing are separate figures (a golfer's rounds
``65-68-66-64``). A tally after a result word (``voted 19-2-1``) is left to
:func:`massmob_nlp.numbers.words.find_scores`; a day-month-year (``12-10-26``) to the
date readers. Called by :func:`massmob_nlp.numbers.news_terms.find_news_terms`.
"""

from __future__ import annotations

import re

from . import en_forms, th
from .base import Scan
from .codes import code_key

_CHAIN_RE = re.compile(r"(?<![0-9.,:/\-–])[0-9]{1,3}(?:[-–][0-9]{1,3}){2,}(?![0-9]|[.,:/\-–][0-9])")


def _date_like(parts: list[str]) -> bool:
    """Three parts that could be a day, a month and a two-digit year (either order)."""
    if len(parts) != 3 or len(parts[2]) != 2:
        return False
    a, b = int(parts[0]), int(parts[1])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


_NAME_AROUND_RE = re.compile(r"[\"“'‘(]\s*$")
_NAME_AFTER_RE = re.compile(r"(?i)[\"”'’)]|\s+(?:formation|system|shape|strategy|target|rule"
                            r"|model|plan|approach)\b")


def _named_three(t: str, s: int, e: int, parts: list[str]) -> bool:
    """Three or more numbers that name something: a formation (single digits that add up to the
    ten outfield players: ``4-3-3``, ``3-5-2``), or a label in quotes or brackets or before
    "strategy", "target" (``"90-70-90"``) and after no result word; else a tally."""
    if en_forms.SCORE_BEFORE_RE.search(t, max(0, s - 40), s) \
            or th.SCORE_BEFORE_RE.search(t, max(0, s - 20), s):
        return False
    if all(len(p) == 1 for p in parts) and sum(int(p) for p in parts) == 10:
        return True
    return bool(_NAME_AROUND_RE.search(t, max(0, s - 3), s) or _NAME_AFTER_RE.match(t, e))


def find_number_chains(sc: Scan) -> None:
    """Read each hyphen chain of three or more numbers as one code (see the module
    docstring).

    Examples:
        >>> from massmob_nlp.numbers.table import find_numbers
        >>> [(m.text, m.key) for m in find_numbers("Spurs lined up in a 4-3-3.")]
        [('4-3-3', 'code:433')]
    """
    t = sc.t
    for m in sc.finditer(_CHAIN_RE):
        parts = re.split(r"[-–]", m.group())
        if not sc.free(*m.span()) or _date_like(parts):
            continue
        if not _named_three(t, m.start(), m.end(), parts):
            if len(parts) > 3:
                _separate_figures(sc, m.start(), parts)
            continue  # "voted 19-2-1", "passed it 15-3-2": for, against, abstaining
        sc.add(m.start(), m.end(), "code", key=code_key(m.group()))


def _separate_figures(sc: Scan, start: int, parts: list[str]) -> None:
    """Four or more numbers in a chain that names nothing are a list of figures, each
    its own count: a golfer's rounds ``65-68-66-64``, the sets of a match, not one code
    and no range of two of them."""
    pos = start
    for p in parts:
        sc.add(pos, pos + len(p), "cardinal", value=float(p), key=f"cardinal:{int(p)}")
        pos += len(p) + 1
