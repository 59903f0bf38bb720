"""A run's length written on one side only: "in consecutive years" / ``2 ปีติดต่อกัน``.

English often says that something happened again without counting the times ("won it
in consecutive years", "back-to-back titles", "for a straight season"); a Thai desk
counts them (``ได้ 2 ปีติดต่อกัน``, ``3 สมัยซ้อน``). The reverse holds too: "three
years in a row" / ``ติดต่อกันหลายปี``. A count of two or more glued to such a word, in a
bead whose other side says the run without a number, is how the other side says it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import _COUNTS, Mention, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_TH_RUN_AFTER = re.compile(r"\s*(?:[\u0e01-\u0e4e]{1,8}?\s*)?"
                           r"(?:ติดต่อกัน|ติด\s?ๆ\s?กัน|ติดกัน|(?<!ซับ)ซ้อน|ต่อเนื่อง|รวด(?!เร็ว))")
"""Right after a Thai count and its classifier: ``2 ปีติดต่อกัน``, ``3 สมัยซ้อน``."""
_TH_RUN_BEFORE = re.compile(r"(?:ติดต่อกัน|(?<!ซับ)ซ้อน|รวด)\s*$")
"""Right before a Thai count: ``ชนะรวด 5 นัด``."""
_EN_RUN_AFTER = re.compile(
    r"(?i)(?:\s+[a-z]+)?\s*(?:[\s-]+(?:consecutive|successive|straight)\b"
    r"|\s+in\s+a\s+row\b|\s+running\b|\s+on\s+the\s+trot\b)")
"""After an English count: "two years in a row", "3 consecutive wins", "five straight"."""
_EN_RUN_BEFORE = re.compile(r"(?i)\b(?:consecutive|successive|straight)\s+$")
_EN_RUN = re.compile(r"(?i)\b(?:consecutive|successive|straight|in\s+a\s+row|back[- ]to[- ]back"
                     r"|on\s+the\s+trot)\b")
"""English saying a run with no count."""
_TH_RUN = re.compile(r"ติดต่อกัน|ติด\s?ๆ\s?กัน|(?<!ซับ)ซ้อน(?!ทับ)|ต่อเนื่อง|รวด(?!เร็ว)")


def run_length(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a count of two or more glued to a word of a run ("consecutive",
    ``ติดต่อกัน``), when the other side of its sentence bead says the run with no count
    of that value; None otherwise."""
    value, start, end = _num(m.get("value")), m.get("start_char"), m.get("end_char")
    if _str(m["kind"]) not in _COUNTS or value is None or value < 2 or \
            value != int(value) or start is None or end is None or start != start:
        return None
    s, e = int(start), int(end)
    if u.side == "tgt":
        glued = _TH_RUN_AFTER.match(u.text, e) or _TH_RUN_BEFORE.search(u.text[max(0, s - 12):s])
        other = _EN_RUN.search(u.texts.get(("src", int(m["bead"])), ""))
    else:
        glued = _EN_RUN_AFTER.match(u.text, e) or _EN_RUN_BEFORE.search(u.text[max(0, s - 16):s])
        other = _TH_RUN.search(u.texts.get(("tgt", int(m["bead"])), ""))
    if glued is None or other is None:
        return None
    return f"the length of a run, said as {other.group()!r} with no count on the other side"
