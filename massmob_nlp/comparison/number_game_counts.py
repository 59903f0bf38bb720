"""The games or sets a match took, counted in English and told as a tally in Thai.

English reports of badminton, tennis, volleyball or snooker say how long a match went
by the number of games or sets ("beat Lee in three games", "won in four sets"); Thai
reports give the tally of games won instead (``เอาชนะ 2-1 เกม``, ``ชนะ 3-1 เซต``). The
two are one fact: the games played are the sum of the tally ("in straight sets", every
set won, is a tally with a nil: ``2-0 เซต``). Each side's number is
left without a partner by the join (a count and a score); this step explains either
when its sentence bead on the other side writes the other form with that sum.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .evidence import digit_groups
from .number_pairs import Mention, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7}
_EN_GAMES_RE = re.compile(r"(?i)\b(?P<n>two|three|four|five|seven|[2-57])(?:\s+|-)"
                          r"(?:games?|sets?|frames?)\b")
"""An English count of the games or sets played ("in three games", "a four-set win")."""
_EN_STRAIGHT_RE = re.compile(r"(?i)\bstraight(?:\s+|-)(?:games|sets|frames)\b")
"""Every game won ("in straight sets"): a tally with a nil (``2-0 เซต``, ``0-3 เซต``)."""
_EN_GAMES_AFTER_RE = re.compile(r"(?i)(?:\s+|-)(?:games?|sets?|frames?)\b")
_TH_UNIT = r"\s*(?:เกม|เซ็?ต|เฟรม)"
_TH_TALLY_RE = re.compile(r"(?<![0-9๐-๙.,])(?P<a>[0-9๐-๙])\s?[-–]\s?(?P<b>[0-9๐-๙])"
                          rf"(?![0-9๐-๙]){_TH_UNIT}")
"""A Thai tally of games or sets won (``2-1 เกม``, ``3-1 เซต``)."""
_TH_UNIT_AFTER_RE = re.compile(_TH_UNIT)


def _english_games(text: str) -> dict[int, str]:
    """The counts of games or sets played an English sentence gives, with its words."""
    out: dict[int, str] = {}
    for hit in _EN_GAMES_RE.finditer(text):
        n = hit["n"].lower()
        out.setdefault(int(n) if n.isdigit() else _EN_COUNTS[n], hit.group())
    return out


def _thai_tallies(text: str) -> set[int]:
    """The games or sets played of each Thai tally of a sentence (the sum of its two
    sides: ``2-1 เกม`` is three games)."""
    return {int(digit_groups(hit["a"])[0]) + int(digit_groups(hit["b"])[0])
            for hit in _TH_TALLY_RE.finditer(text)}


def games_played(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of an English count of games or sets played whose Thai sentence bead
    gives a tally of that sum, or of such a Thai tally whose English sentence bead
    counts the games; None otherwise."""
    start, end = _num(m.get("start_char")), _num(m.get("end_char"))
    if start is None or end is None:
        return None
    bead = int(m["bead"])
    if u.side == "src" and _str(m["kind"]) == "cardinal":
        value = _num(m.get("value"))
        if value is None or not _EN_GAMES_AFTER_RE.match(u.text, int(end)) or \
                int(value) not in _thai_tallies(u.raw.get(("tgt", bead), "")):
            return None
        return f"the games played, told as a tally of games won (sum {int(value)})"
    if u.side == "tgt" and _str(m["kind"]) == "score":
        groups = digit_groups(str(m["text"]))
        if len(groups) != 2 or not _TH_UNIT_AFTER_RE.match(u.text, int(end)):
            return None
        english = u.raw.get(("src", bead), "")
        said = _english_games(english).get(int(groups[0]) + int(groups[1]))
        if said is None and "0" in groups and groups != ("0", "0") and \
                (straight := _EN_STRAIGHT_RE.search(english)) is not None:
            return f"a tally of games won with a nil, said as {straight.group()!r}"
        if said is None:
            return None
        return f"a tally of games won, whose sum is the games played, said as {said!r}"
    return None
