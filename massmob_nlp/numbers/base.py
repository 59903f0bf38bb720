"""Shared parts of the number scanner (:mod:`massmob_nlp.numbers`): the mention
record, the scan state and the digit helpers used by every pattern module."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from .._text import LATIN_LETTERS, thai_digits_to_arabic
from .prefilter import Prepared, needs, prepare

MAX_DIGITS = 18
"""Numbers with more integer digits than this get value NA and no key."""


class NumberMention(NamedTuple):
    """One number mention; ``start``/``end`` are offsets into the text searched.
    ``vague`` marks "hundreds of", "หลายพัน" and the Thai classifier + หนึ่ง that
    renders an article: never a missing or added number on its own."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    calendar: str | None = None
    key: str | None = None
    vague: bool = False


def alt(words: Iterable[str], latin: bool = False) -> str:
    """A regex alternation of ``words``, longest first; ``latin`` words must not run
    into a following letter."""
    parts = sorted(set(words), key=len, reverse=True)
    if latin:
        return "|".join(re.escape(w) + (r"(?![A-Za-z])" if w[-1].isalpha() else "")
                        for w in parts)
    return "|".join(re.escape(w) for w in parts)


LATIN_RE = re.compile(f"[{LATIN_LETTERS}]")
THAI_LETTER_RE = re.compile(r"[\u0e01-\u0e4e]")


def decimal_value(raw: str) -> Decimal | None:
    """Value of a digit string with ``,`` (or repeated ``.``) thousands separators."""
    if raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def format_number(value: Decimal | float) -> str:
    """A number as written in keys: ``55000000``, ``0.42``, never ``1.0`` or ``1E+3``."""
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def too_big(d: Decimal) -> bool:
    """More than :data:`MAX_DIGITS` integer digits: no value, no key."""
    return d.adjusted() >= MAX_DIGITS


SEGMENT_WINDOW = 40
"""Characters of context on each side of a Thai number word given to the segmenter."""


class Scan:
    """State of one ``find_numbers`` call: the text with Thai digits made ASCII
    (same length, same offsets), a mask of claimed characters and the mentions."""

    def __init__(self, text: str, lang: str | None, dayfirst: bool) -> None:
        self.text = text
        self.t = thai_digits_to_arabic(text)
        self.lang = lang
        self.dayfirst = dayfirst
        self.mask = bytearray(len(text))
        self.out: list[NumberMention] = []
        # Thai word boundaries of segmented windows: (trusted start, trusted end, bounds)
        self._segmented: list[tuple[int, int, frozenset[int]]] = []
        self._prepared: Prepared | None = None

    def may_match(self, rx: re.Pattern[str]) -> bool:
        """False only when ``rx`` cannot match anywhere in the text (:mod:`.prefilter`)."""
        need = needs(rx)
        if need is None:
            return True
        if self._prepared is None:
            self._prepared = prepare(self.t)
        return need.found_in(self._prepared)

    def finditer(self, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``rx.finditer(self.t)``; no scan at all when the text lacks every literal one
        of which each match of ``rx`` contains (:mod:`.prefilter`: the same matches)."""
        return rx.finditer(self.t) if self.may_match(rx) else iter(())

    def free(self, s: int, e: int) -> bool:
        """No character of ``s:e`` is claimed yet."""
        return self.mask.find(1, s, e) == -1

    def claim(self, s: int, e: int) -> None:
        """Mark ``s:e`` as used (a mention, or text no number may come from)."""
        self.mask[s:e] = b"\x01" * (e - s)

    def add(self, s: int, e: int, kind: str, **fields: Any) -> None:
        """Claim ``s:e`` and record it as a mention of ``kind``."""
        self.claim(s, e)
        self.out.append(NumberMention(s, e, self.text[s:e], kind, **fields))

    def word_bounds_at(self, s: int, e: int) -> bool:
        """``s`` and ``e`` are word boundaries of the Thai word segmentation of the text
        around them (a window of :data:`SEGMENT_WINDOW` characters on each side, cut at
        spaces, segmented when first needed)."""
        for a, b, bounds in self._segmented:
            if a <= s and e <= b:
                return s in bounds and e in bounds
        return self._segment(s, e)

    def _segment(self, s: int, e: int) -> bool:
        from ..tokens.words import thai_tokens

        t, n = self.t, len(self.t)
        a, b = max(0, s - SEGMENT_WINDOW), min(n, e + SEGMENT_WINDOW)
        a = next((i + 1 for i in range(s - 1, a - 1, -1) if t[i].isspace()), a)
        b = next((i for i in range(e, b) if t[i].isspace()), b)
        bounds = {x for span in thai_tokens(t, a, b) for x in span} | {a, b}
        # a window cut inside a word is not trusted at its edges
        self._segmented.append((a if a == 0 or t[a - 1].isspace() else a + 8,
                                b if b == n or t[b].isspace() else b - 8,
                                frozenset(bounds)))
        return s in bounds and e in bounds

    def thai_context(self, s: int) -> bool:
        """The text is Thai, or Thai letters are within 12 characters of ``s``."""
        return self.lang == "th" or bool(THAI_LETTER_RE.search(self.t, max(0, s - 12),
                                                               s + 12))

