"""A Thai rank of the one that comes after the first in an English ranking: "It was
followed by Bayshore Vue" / ``อันดับสองคือโครงการ Bayshore Vue``.

English news ranks a list by naming the first (the best-selling, the biggest) and then
"followed by" the next ones; Thai news counts them (``อันดับสองคือ``, ``รองลงมาคือ``).
A Thai rank two written as a position, whose English sentence bead says "followed by",
is that order, no number added (a rank three is left: which name after "followed by"
it is the sentence does not tell).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_EN_FOLLOWED_RE = re.compile(r"(?i)\b(?:followed|trailed)\s+(?:closely\s+)?by\b")
_TH_POSITION_RE = re.compile(r"อันดับ\s*(?:ที่\s*)?$")


def followed_rank(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai rank two written as a position (``อันดับสอง``, ``อันดับ 2``)
    whose English sentence bead ranks by "followed by"; None otherwise."""
    value, start = _num(m.get("value")), m.get("start_char")
    if u.side != "tgt" or _str(m["kind"]) != "ordinal" or value != 2.0 or \
            start is None or start != start:
        return None
    if not (str(m["text"]).startswith("อันดับ") or
            _TH_POSITION_RE.search(u.text, max(0, int(start) - 10), int(start))):
        return None
    hit = _EN_FOLLOWED_RE.search(u.raw.get(("src", int(m["bead"])), ""))
    if hit is None:
        return None
    return f"the order of a ranking, said as {hit.group().split(' by')[0] + ' by'!r}"
