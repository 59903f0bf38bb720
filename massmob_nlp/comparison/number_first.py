"""A Thai ``แรก`` ("first") where the English says a word that means a first time.

English has words for a first occasion that hold no number: a share's "debut", an
"initial public offering", a "maiden" voyage, an "inaugural" flight, a film's
"premiere", a "sequel" (to the first film). Thai writes them with แรก: ``เข้าเทรดวันแรก``,
``เสนอขายหุ้นต่อประชาชนครั้งแรก``, ``เที่ยวบินปฐมฤกษ์``/``เที่ยวแรก``, ``ภาคแรก``. Thai
also says when something began with แรก ("began in 1999" / ``เริ่มจัดครั้งแรกเมื่อปี
2542``) and a race won as crossing the line first ("took the women's race" /
``เข้าเส้นชัยเป็นคนแรก``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _close, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_EN_FIRST_WORDS = re.compile(
    r"(?i)\b(?:debut(?:s|ed|ing)?|initial\s+public\s+offerings?|IPOs?|maiden|inaugural|"
    r"premiere[sd]?|sequels?|prequels?|first-ever|originally|"
    r"opening[\s-]+(?:day|night|week|weekend|frame|month|year|season|round|game|match|set"
    r"|session|lap|bout|leg|stage|half|quarter)s?)\b")
"""English words of a first occasion, with no number in them ("in its opening year" /
``ในปีแรกที่เปิดให้บริการ``, "opening-day audiences" / ``ผู้ชมในวันแรกที่ฉาย``, a film's
"opening frame", its first weekend at the box office / ``สุดสัปดาห์แรก``,
"originally published" / ``เผยแพร่ครั้งแรก``)."""
_TH_FIRST_PUBLISHED_RE = re.compile(r"(?:เผยแพร่|ตีพิมพ์|ลงพิมพ์|ออกอากาศ|โพสต์)\s*(?:ครั้ง|เป็นครั้ง)\s*$")
"""``เผยแพร่ครั้งแรก`` ("first published", i.e. originally): a credit line's first
publication, which a Thai desk adds under a translated column."""


_TH_BEGAN_FIRST_RE = re.compile(r"เริ่ม\S{0,12}?(?:เป็น)?ครั้ง\s*$")
"""``เริ่มจัดครั้งแรก`` ("first held", literally "began to be held the first time"): Thai
says when something began with แรก."""
_EN_BEGAN_RE = re.compile(r"(?i)\b(?:began|begun|begins?|started|starts?|launched|founded|"
                          r"inaugurated|established|created|introduced|set\s+up)\b")
_TH_FINISHED_FIRST_RE = re.compile(r"เข้าเส้นชัย\s*(?:เป็น)?\s*(?:คน|ทีม|อันดับ)?\s*$")
"""``เข้าเส้นชัยเป็นคนแรก`` ("crossed the line first"): how Thai tells a race won."""
_EN_WON_RE = re.compile(r"(?i)\b(?:won|wins?|took|takes|claimed|captured|clinched|"
                        r"triumphed|victory|winner)\b")


def first_time(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai ``แรก`` whose English sentence bead says a first occasion in
    a word ("debut", "IPO", "sequel"); None otherwise."""
    if u.side != "tgt" or _str(m["kind"]) != "ordinal" or "แรก" not in str(m["text"]) \
            or not _close(_num(m.get("value")), 1.0):
        return None
    start = m.get("start_char")
    if start is not None and start == start and \
            _TH_FIRST_PUBLISHED_RE.search(u.text, max(0, int(start) - 30), int(start)):
        return "the first publication of a credit line (originally published)"
    src = u.texts.get(("src", int(m["bead"])), "")
    before = (u.text, max(0, int(start) - 30), int(start)) if start is not None and \
        start == start else None
    if before is not None and _TH_BEGAN_FIRST_RE.search(*before) and \
            (began := _EN_BEGAN_RE.search(src)) is not None:
        return f"the start of something, said as {began.group()!r}"
    if before is not None and _TH_FINISHED_FIRST_RE.search(*before) and \
            (won := _EN_WON_RE.search(src)) is not None:
        return f"a race won, said as {won.group()!r}"
    hit = _EN_FIRST_WORDS.search(src)
    return None if hit is None else f"a first occasion, said as {hit.group()!r}"
