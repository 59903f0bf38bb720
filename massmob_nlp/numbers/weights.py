"""Pounds of weight: "he weighed in at 154 pounds", "the 145-pound limit", "4,200 pounds
(1,900 kilograms)" are a mass (unit ``lb``, as ``154lb``), not sterling. The money
reader (:func:`massmob_nlp.numbers.money.percent_or_currency`) asks
:func:`weight_before` and :data:`METRIC_WEIGHT_AFTER_RE` before it reads "pounds" as
GBP; :func:`pounds_of_weight` gives the count left behind the unit ``lb``
(:func:`massmob_nlp.numbers.units.attach_units`).
"""

from __future__ import annotations

import re

_WEIGHT_NEAR_BEFORE_RE = re.compile(
    r"(?i)\b(?:weigh(?:s|ed|ing)?(?:\s+in\s+at)?|tipp(?:ed|ing)\s+the\s+scales?\s+at"
    r"|scales?\s+at)"
    r"(?:\s+(?:about|around|nearly|almost|just|only|over|under|more\s+than|less\s+than|"
    r"roughly|some|up\s+to|at\s+least|an\s+estimated))*\s+$"
    r"|น้ำหนัก\s*(?:ราว|ประมาณ|กว่า|เกือบ|ถึง)?\s*$")
"""A verb of weight right before the number: "weighed 210", "weighed in at 144.6",
"tipped the scales at 300", Thai ``น้ำหนัก 154``."""
_WEIGH_IN_CLAUSE_RE = re.compile(
    r"(?i)\b(?:weigh(?:s|ed|ing)?|weigh-ins?)\b(?!\s+(?:up|on|down|against|in\s+with"
    r"|in\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+eve)))"
    r"[^.;!?\n]{0,90}$")
"""A weigh verb earlier in the clause ("Haggerty weighed in on Thursday at 144.6
pounds, inside the 145-pound limit"); not "weighed up the offer", "weighs on shares",
"weighed in on the debate" (an opinion; "weighed in on Friday" is a weigh-in)."""
_WEIGHT_NOUN_AFTER_RE = re.compile(
    r"(?i)\s+(?:(?:weight|catch)\s+)?(?:limit|weight\s+class|class|division|bag|sack"
    r"|dumbbell|kettlebell|bomb)s?\b")
"""What a hyphened weight names: "the 145-pound limit", "a 50-pound sack"."""
METRIC_WEIGHT_AFTER_RE = re.compile(
    r"(?i)\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|ราว\s*|ประมาณ\s*)?[0-9][0-9,.]*\s*"
    r"(?:kilograms?|kilos?|kg|tonnes?|metric\s+tons?|grams?|g|กิโลกรัม|กก\.|ตัน|กรัม)(?![A-Za-z])")
"""``6,060 pounds (2,750 kilograms)``: pounds converted to a metric weight are a mass."""
_POUNDS_AFTER_RE = re.compile(r"(?P<sep>[ \u00a0]|-)(?P<w>pounds?)\b|\s*ปอนด์")


def weight_before(t: str, start: int) -> bool:
    """A number at ``start`` is a weight by what comes before it: a verb of weight right
    before (``weighed 210``, ``น้ำหนัก 154``) or a weigh verb earlier in its clause."""
    return bool(_WEIGHT_NEAR_BEFORE_RE.search(t, max(0, start - 40), start)
                or _WEIGH_IN_CLAUSE_RE.search(t, max(0, start - 100), start))


def pounds_of_weight(t: str, start: int, end: int) -> bool:
    """The count ``t[start:end]`` is followed by "pounds" (or a hyphened "-pound") of
    weight: after a verb of weight, converted to a metric weight, or a hyphened weight
    before what it names ("the 145-pound limit").

    Examples:
        >>> pounds_of_weight("He weighed in at 144.6 pounds.", 17, 22)
        True
        >>> pounds_of_weight("She made the 112-pound limit.", 13, 16)
        True
        >>> pounds_of_weight("He paid 154 pounds.", 8, 11)
        False
    """
    m = _POUNDS_AFTER_RE.match(t, end)
    if m is None:
        return False
    if m["sep"] == "-" and m["w"] == "pound" and _WEIGHT_NOUN_AFTER_RE.match(t, m.end()):
        return True
    return weight_before(t, start) or bool(METRIC_WEIGHT_AFTER_RE.match(t, m.end()))
