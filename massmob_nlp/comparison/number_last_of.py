"""The last one of a counted group: "two judges ..., the third" / ``อีก 1 คน``.

English names the member left over in a group it has just counted with an ordinal
("Two judges scored it for him, while the third had it even"); Thai counts it as one
more (``กรรมการ 2 คน ... ส่วนอีก 1 คน``, ``อีกคนหนึ่ง``, ``อีกคน``). Neither number is a problem when
the English sentence counts the others (one fewer than the ordinal) and the Thai says
"one more".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _close, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_EN_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_EN_LAST_RE = re.compile(r"(?i)\bthe\s+(?P<o>" + "|".join(_EN_ORDINALS) + r")\b")
_TH_ONE_MORE_RE = re.compile(r"อีก\s*(?:1|๑|หนึ่ง)(?![0-9.,๐-๙])|อีก\s*[ก-๛]{1,4}?หนึ่ง|"
                             # ``กรรมการอีกคนให้…`` "the other judge": อีก + its classifier
                             r"อีก\s*(?:คน|ราย|ท่าน|ทีม|ฝ่าย)(?!ละ|อื่น|ๆ|\s*[0-9๐-๙])")
_TH_MORE_BEFORE_RE = re.compile(r"อีก\s*$")


def _others_counted(en: str, last: re.Match[str]) -> bool:
    """Whether ``en`` counts, before the ordinal ``last``, one fewer than it says."""
    n = _EN_ORDINALS[last["o"].lower()] - 1
    before = en[:last.start()]
    return re.search(rf"(?i)\b(?:{_EN_WORDS[n - 1]}|{n})\b", before) is not None


def last_of_group(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of an English "the third" after a count of two, or of a Thai ``อีก 1``
    where such an English sentence names the last one; None otherwise."""
    bead = int(m["bead"])
    en = u.raw.get(("src", bead), "")
    th = u.texts.get(("tgt", bead), "") if u.side == "src" else u.raw.get(("tgt", bead), "")
    lasts = [h for h in _EN_LAST_RE.finditer(en) if _others_counted(en, h)]
    if not lasts:
        return None
    if u.side == "src":
        if _str(m["kind"]) != "ordinal" or not any(
                _close(_num(m.get("value")), float(_EN_ORDINALS[h["o"].lower()]))
                for h in lasts) or (more := _TH_ONE_MORE_RE.search(th)) is None:
            return None
        return f"the last of the group, counted as {more.group()!r} on the other side"
    start = m.get("start_char")
    if _str(m["kind"]) != "cardinal" or not _close(_num(m.get("value")), 1.0) or \
            start is None or start != start or \
            _TH_MORE_BEFORE_RE.search(u.text[max(0, int(start) - 6):int(start)]) is None:
        return None
    return f"one more of the group, named {lasts[0].group()!r} on the other side"
