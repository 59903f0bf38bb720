"""Stock tickers: a Thai market report writes a listed company by its ticker in Latin
capitals (``KBANK`` for ``Kasikornbank``, ``PTTEP`` for ``PTT Exploration and
Production``, ``DELTA`` for ``Delta Electronics``), which neither sounds like the
name nor spells its initials only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from .world import unglued_bank

TICKER_RE = re.compile(r"(?<![A-Za-z0-9&])[A-Z][A-Z0-9&]{1,7}(?![A-Za-z0-9&])")
"""A run of two to eight Latin capitals or digits (a ticker or an acronym)."""
_OPTIONAL = frozenset({"of", "and", "the", "for", "&", "public", "company", "limited",
                       "ltd", "plc", "pcl", "inc", "corp", "corporation", "co", "group",
                       "holdings"})
"""Words a ticker may leave out (articles, links and legal forms)."""
MIN_WHOLE_WORD = 3
"""A ticker made of the first word alone has at least this many letters (``DELTA``,
``SCB``), never a letter or two."""


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    name = unglued_bank(name) or name
    return tuple(w for w in re.split(r"[\s\-–.,()]+", name.casefold()) if w)


def is_ticker(ticker: str, name: str) -> bool:
    """Whether ``ticker`` (Latin capitals) abbreviates the company ``name``: the
    ticker is made, in order, of a non-empty start of every word of the name but
    the ones a ticker may leave out (:data:`_OPTIONAL`), which may give a start too
    (``PTT`` + ``E`` + ``P``: ``PTT Exploration and Production``; ``K`` + ``BANK``:
    ``Kasikornbank``; ``A`` + ``O`` + ``T``: ``Airports of Thailand``); or it is the
    name's first word whole, of :data:`MIN_WHOLE_WORD` letters or more, when the name
    does not write that word in capitals itself (``DELTA``: ``Delta Electronics``; the
    ``PTT`` of ``PTT Exploration and Production`` is another company, ``PTT``)."""
    tick = ticker.casefold()
    words = _words(name)
    if len(words) < 2 or not TICKER_RE.fullmatch(ticker) or ticker == name.strip():
        return False  # one word: ``PTT`` is no ticker of ``PTTEP``
    first = name.split()[0] if name.split() else ""
    if tick == words[0] and len(tick) >= MIN_WHOLE_WORD and \
            words[0] not in _OPTIONAL and not first.isupper():
        return True
    return _spells(tick, words)


def _spells(tick: str, words: tuple[str, ...]) -> bool:
    @cache
    def go(i: int, j: int) -> bool:
        if j == len(tick):
            return all(w in _OPTIONAL for w in words[i:])
        if i == len(words):
            return False
        word = words[i]
        if word in _OPTIONAL and go(i + 1, j):
            return True
        n = 0
        while n < len(word) and j + n < len(tick) and word[n] == tick[j + n]:
            n += 1
            if go(i + 1, j + n):
                return True
        return False

    return go(0, 0)


def find_tickers(text: str, start: int, end: int, name: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` written in Latin capitals that abbreviate
    ``name`` as a ticker (:func:`is_ticker`)."""
    for m in TICKER_RE.finditer(text, start, end):
        if is_ticker(m.group(), name):
            yield m.start(), m.end()
