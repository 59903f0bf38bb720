"""Which dollar a bare ``$`` of the English is, when its article names another dollar.

A bare ``$`` (or ``ดอลลาร์`` with no country) is any dollar in the join: a Singapore or
Australian paper writes its own dollar so (:func:`.number_pairs._unit_ok`). But an
English article that writes the local dollar with its prefix (``S$1.56 billion``,
``A$300 million``, ``HK$12``) and names no US dollar (``US$``, ``USD``) follows the
wires' style: its bare ``$`` is the US dollar, never the dollar it names with a prefix
(Bloomberg's "net income of $87 million" beside "S$9.8 billion" is US dollars); a
prefixed dollar in brackets is a conversion and tells nothing ("2,500 baht (S$94)"). So such
a bare ``$`` is not the same number as that dollar of the translation: "$87 million" /
``87 ล้านดอลลาร์สิงคโปร์`` is one currency changed. When the article names the US dollar
too, a bare ``$`` stays any dollar (the Straits Times writes ``$`` for its own dollar and
``US$``). Thai translators drop the country of a repeated dollar, so only the English is
read this way.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import _BARE_DOLLAR_RE, _DOLLARS, Mention

_US_NAMED_RE = re.compile(r"US\$|U\.S\.\s?\$|\bUSD\b|\bU\.?S\.? dollars?\b")
"""The US dollar named as such in an English text."""


_OPEN_BRACKET_RE = re.compile(r"[(\[]\s*(?:about|around|roughly|some|or|approximately)?\s*$")


def _bracketed(m: Mention, text: str) -> bool:
    """``m`` opens a bracket: the paper's own conversion of the amount before it
    ("2,500 baht (S$94)" in the Straits Times, whose bare ``$`` is its own dollar)."""
    start = m.get("start_char")
    return start is not None and start == start and \
        _OPEN_BRACKET_RE.search(text, max(0, int(start) - 16), int(start)) is not None


def _prefixed_dollars(mentions: list[Mention], text: str) -> None:
    """Mark ``not_dollars`` on each bare ``$`` amount of an English text that names other
    dollars with their prefix and never the US dollar: the dollars it is not."""
    if not mentions or any(_str(m.get("lang")) not in ("en", None) for m in mentions[:1]):
        return
    named = frozenset(str(_str(m.get("unit"))).upper() for m in mentions
                      if str(_str(m.get("unit"))).upper() in _DOLLARS - {"USD"}
                      and not _BARE_DOLLAR_RE.search(str(m["text"]))
                      and not _bracketed(m, text))
    if not named or _US_NAMED_RE.search(text):
        return
    for m in mentions:
        if str(_str(m.get("unit"))).upper() in _DOLLARS and \
                _BARE_DOLLAR_RE.search(str(m["text"])):
            m["not_dollars"] = named
