"""A prize or place counted from the runners-up in Thai: ``รองชนะเลิศอันดับ 1`` ("first
runner-up") is the English "second prize" or "second place".

Thai prize lists name places after the winner by runner-up rank: ``รองชนะเลิศอันดับ 1``,
``รองชนะเลิศอันดับ 2`` are the second and third places. A rank N of such a phrase and the
English place N + 1 of a prize, place or position in the same sentence bead are one
rank, written two ways.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_TH_RUNNER_UP_BEFORE_RE = re.compile(r"รอง(?:ชนะเลิศ|แชมป์)\s*$")
"""Right before the Thai rank (``รองชนะเลิศ|อันดับ 1``)."""
_TH_RUNNER_UP_RANK = (r"รอง(?:ชนะเลิศ|แชมป์)\s*อันดับ\s*(?:ที่\s*)?(?:{n})")
_TH_WORDS = {1: "1|หนึ่ง|๑", 2: "2|สอง|๒", 3: "3|สาม|๓", 4: "4|สี่|๔"}
_EN_PLACES = {2: "second|2nd", 3: "third|3rd", 4: "fourth|4th", 5: "fifth|5th"}
_EN_PLACE_RE = r"(?i)\b(?:{w})[- ](?:prizes?|places?|positions?|spots?|prize[- ]winners?)\b"
_EN_PRIZE_AFTER_RE = re.compile(r"(?i)[- ](?:prizes?|places?|positions?|spots?)\b")


def runner_up_rank(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai runner-up rank N whose English sentence bead gives place N + 1
    ("second prize" / ``รองชนะเลิศอันดับ 1``), or of that English place; None
    otherwise."""
    value, start, end = _num(m.get("value")), m.get("start_char"), m.get("end_char")
    if _str(m["kind"]) != "ordinal" or value is None or start is None or start != start:
        return None
    rank, bead = int(value), int(m["bead"])
    if u.side == "tgt":
        place = _EN_PLACES.get(rank + 1)
        if place is None or not _TH_RUNNER_UP_BEFORE_RE.search(
                u.text, max(0, int(start) - 20), int(start)):
            return None
        hit = re.search(_EN_PLACE_RE.format(w=place), u.texts.get(("src", bead), ""))
        return None if hit is None else f"place {rank + 1}, said as {hit.group()!r}"
    words = _TH_WORDS.get(rank - 1)
    if words is None or end is None or end != end or \
            not _EN_PRIZE_AFTER_RE.match(u.text, int(end)):
        return None
    hit = re.search(_TH_RUNNER_UP_RANK.format(n=words), u.texts.get(("tgt", bead), ""))
    return None if hit is None else f"runner-up {rank - 1}, said as {hit.group()!r}"
