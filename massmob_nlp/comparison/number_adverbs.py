"""English number words that count nothing, which Thai says with a word of no number.

"First" closing a clause as an adverb, before someone else ("if Chinese firms solve the
cost problem first" / ``หากบริษัทจีนแก้ปัญหาได้ก่อน``), and the "one" of "every one of" /
"each one of", which is all of them (``ทุกราย``, ``แต่ละคน``). Each returns the Thai
word, or None.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import Mention, _close, _num

_FIRST_CLOSING_RE = re.compile(
    r"(?i)(?<!\bfinished )(?<!\bfinishes )(?<!\bfinish )(?<!\bcame )(?<!\bcome )"
    r"(?<!\bcomes )(?<!\branked )(?<!\branks )(?<!\bplaced )(?<!\bwas )(?<!\bis )"
    r"(?<!\bwere )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bstood )(?<!\bsat )"
    r"(?<!\bremained )(?<!\bstayed )(?<!\bwent )(?<!\blies )(?<!\bplace )"
    r"\bfirst\b(?=\s*(?:[.,;:!?\"”’)]|$|\s(?:and|but|before|so|then|if|when|or)\b))")
""""First" closing a clause as an adverb ("solve the problem first.", "she spoke first,
then"), not a place ("finished first", "came first", "was first").  """
_TH_BEFORE_RE = re.compile(r"ก่อน(?:ใคร|คนอื่น|ผู้อื่น)?(?=\s|$|[\"”’),.])")
"""Thai ``ก่อน`` closing a clause ("before [others]", ``แก้ปัญหาได้ก่อน``), not
``ก่อนหน้า``, ``ก่อนที่จะ``."""


def first_before_others(m: Mention, side: str, texts: dict[tuple[str, int], str]
                        ) -> str | None:
    """An English "first" that closes a clause as an adverb, each "first" of its
    sentence bead one, where the Thai sentence closes a clause with ``ก่อน``: no rank
    lost. The Thai word, or None."""
    if side != "src" or _str(m["kind"]) != "ordinal" or \
            not _close(_num(m.get("value")), 1.0) or str(m["text"]).casefold() != "first":
        return None
    src = texts.get(("src", int(m["bead"])), "")
    closing = len(_FIRST_CLOSING_RE.findall(src))
    if closing == 0 or closing != len(re.findall(r"(?i)\bfirst\b", src)):
        return None
    hit = _TH_BEFORE_RE.search(texts.get(("tgt", int(m["bead"])), ""))
    return None if hit is None else hit.group()


_EVERY_BEFORE_RE = re.compile(r"(?i)\b(?:every|each)\s+$")
_TH_EVERY_RE = re.compile(r"ทุก|แต่ละ")


def every_one(m: Mention, side: str, texts: dict[tuple[str, int], str], doc: str
              ) -> str | None:
    """The "one" of "every one of" / "each one of" (all of them, one by one) where the
    Thai sentence says ``ทุก`` or ``แต่ละ``. The Thai word, or None."""
    start = m.get("start_char")
    if side != "src" or _str(m["kind"]) != "cardinal" or str(m["text"]).casefold() != "one" \
            or start is None or start != start or \
            not _EVERY_BEFORE_RE.search(doc, max(0, int(start) - 8), int(start)):
        return None
    hit = _TH_EVERY_RE.search(texts.get(("tgt", int(m["bead"])), ""))
    return None if hit is None else hit.group()
