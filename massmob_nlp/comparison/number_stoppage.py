"""A minute of stoppage time counted two ways: "the fourth minute of stoppage time" /
``นาทีที่ 90+4``.

English football reports count a minute of added time from the end of the half ("in
the fourth minute of stoppage time", "the second minute of added time"); Thai reports
write the minute of the match with the added minutes after a plus (``นาทีที่ 90+4``,
``45+2``), which the reader reads as one rank (94). The two are one minute: the join
reads ``stoppage`` (the minute counted within the added time) marked here on both.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import Mention, _num

_PLUS_RE = re.compile(r"(?:45|90|105|120)\s?\+\s?(?P<k>[0-9]{1,2})(?:st|nd|rd|th)?")
"""A minute written as the end of a half plus the added minutes (``90+4``, "45+2nd")."""
_EN_ADDED_AFTER_RE = re.compile(
    r"(?i)[- ]minutes?\s+(?:of|into)\s+(?:the\s+)?(?:stoppage|added|injury|additional)"
    r"(?:[- ]time)?\b|[- ]minutes?\s+of\s+time\s+added\b")
"""After an English ordinal: "minute of stoppage time", "minute of added time", "minute
into injury time"."""
_TH_ADDED_BEFORE_RE = re.compile(r"(?:ทดเวลา(?:บาดเจ็บ)?|ทดเจ็บ)\s*(?:นาที)?\s*(?:ที่)?\s*$")
_TH_ADDED_AFTER_RE = re.compile(r"\s*(?:ของ(?:การ|ช่วง)?)?\s*(?:ทดเวลา|ทดเจ็บ)")
"""Thai counting the minute within the added time (``ทดเจ็บนาทีที่ 4``, ``นาทีที่ 4
ของการทดเวลาบาดเจ็บ``)."""


def stoppage_minutes(mentions: list[Mention], text: str) -> None:
    """Mark ``stoppage`` (the minute counted within the added time) on each rank that
    writes a minute of stoppage time: ``90+4`` (4), "the fourth minute of stoppage
    time" (4), ``ทดเจ็บนาทีที่ 4`` (4)."""
    for m in mentions:
        start, end, value = _num(m.get("start_char")), _num(m.get("end_char")), \
            _num(m.get("value"))
        if _str(m["kind"]) != "ordinal" or start is None or end is None or value is None:
            continue
        plus = _PLUS_RE.fullmatch(str(m["text"]).strip())
        if plus is not None:
            m["stoppage"] = int(plus["k"])
        elif _EN_ADDED_AFTER_RE.match(text, int(end)) or \
                _TH_ADDED_BEFORE_RE.search(text, max(0, int(start) - 20), int(start)) or \
                _TH_ADDED_AFTER_RE.match(text, int(end)):
            m["stoppage"] = int(value)


def same_stoppage_minute(s: Mention, t: Mention) -> bool:
    """One minute of stoppage time, counted from the end of the half on one side and
    within the added time on the other ("the fourth minute of stoppage time" /
    ``นาทีที่ 90+4``)."""
    return s.get("stoppage") is not None and s.get("stoppage") == t.get("stoppage")
