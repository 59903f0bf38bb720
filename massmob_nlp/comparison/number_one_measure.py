"""A Thai one of a unit of measurement where the English names the unit alone.

English makes a unit an adjective with no number ("metre-gauge track", "a mile-long
queue", "an hour-long speech") or counts one with the article ("a metre of rain"); Thai
news writes the one as a number (``รางขนาด 1 เมตร``, ``แถวยาว 1 ไมล์``). A Thai 1 with a
unit whose English sentence bead names that unit with no number before it is the same
measure, no number added.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..numbers.units import find_unit
from .context import _str
from .number_pairs import Mention, _close, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_WORD_START_RE = re.compile(r"(?i)\b[a-z]")
_LEAD_BEFORE_RE = re.compile(r"(?i)\b(?:a|an|one|per|each|every)\s+$")
_COMPOUND_AFTER_RE = re.compile(r"-[a-z]")


def one_unit_named(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai 1 with a unit of measurement (``1 เมตร``) whose English
    sentence bead names that unit with no number: as a compound adjective ("metre-gauge")
    or after an article ("a metre"); None otherwise."""
    unit = _str(m.get("unit")) or _str(m.get("measure_unit"))  # (number_marks' measure)
    if u.side != "tgt" or unit is None or _str(m["kind"]) not in ("cardinal", "range") or \
            not _close(_num(m.get("value")), 1.0) or _num(m.get("value_max")) is not None:
        return None
    src = u.raw.get(("src", int(m["bead"])), "")
    for w in _WORD_START_RE.finditer(src):
        hit = find_unit(src, w.start())
        if hit is None or hit.symbol != unit or hit.start != w.start() or \
                hit.end - hit.start < 2:
            continue
        if _COMPOUND_AFTER_RE.match(src, hit.end) or \
                _LEAD_BEFORE_RE.search(src, max(0, w.start() - 8), w.start()):
            return f"one unit, named as {src[hit.start:hit.end]!r} with no number"
    return None
