"""Paragraphs of a page that are labels, not prose: never a source of names.

A saved web page keeps its navigation around the article: a menu written on one line
with its items spaced apart (``World   U.S.   Politics   Sports``), a column of
one-word menu entries (``Business`` / ``Markets`` / ``Breakingviews`` / ``Americas``),
and one-word section headings inside the story (``Background``). The English and Thai
recognizers label such words as organisations or places; a translation drops the
menu and re-words the heading, so a name there is no name kept, missing or added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

MENU_MIN_ITEMS = 3
"""Least number of items of a menu written on one line..."""
MENU_RUN = 3
"""...and of label paragraphs in a row for them to be a menu column."""
LABEL_MAX_WORDS = 3
LABEL_MAX_CHARS = 32
"""A label (a menu item or heading) has at most this many words and characters."""

_MENU_GAP_RE = re.compile(r"[ \t\u00a0]{2,}|\t|\s[|·•»›/]\s")
"""What separates the items of a menu line: two spaces or more, a tab, a bar or dot."""
_PROSE_RE = re.compile(r"[\d,;:!?\"“”‘()\[\]%]|['’](?!s\b)")
"""A digit or punctuation of running text: no label has one."""
_ABBREVIATION_END_RE = re.compile(r"(?:\b[A-Za-z]\.)+$")
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "&", "at", "by"})
"""Words a title leaves in lower case (``Rules of Origin``)."""
_LATIN_WORD_RE = re.compile(r"[A-Z][A-Za-z\-]+")
"""A heading of one Latin word (a Thai paragraph without a space may be a sentence)."""


def is_label(text: str) -> bool:
    """Whether a stretch is a label: at most :data:`LABEL_MAX_WORDS` words and
    :data:`LABEL_MAX_CHARS` characters, no digit or punctuation of prose, no final
    period except an abbreviation's (``U.S.``), and every Latin word but a small one
    (:data:`_SMALL_WORDS`) starts in capitals.

    Examples:
        >>> is_label("Fact Check"), is_label("U.S."), is_label("การเมือง")
        (True, True, True)
        >>> is_label("Rain fell."), is_label("June 12"), is_label("said police")
        (False, False, False)
    """
    t = text.strip()
    words = t.split()
    if not words or len(words) > LABEL_MAX_WORDS or len(t) > LABEL_MAX_CHARS or \
            _PROSE_RE.search(t):
        return False
    if t.endswith(".") and not _ABBREVIATION_END_RE.search(t):
        return False
    return all(w[0].isupper() or not ("a" <= w[0].casefold() <= "z")
               or (k and w in _SMALL_WORDS) for k, w in enumerate(words))


def is_menu_line(text: str) -> bool:
    """Whether a paragraph is a menu on one line: :data:`MENU_MIN_ITEMS` labels or more
    set apart by wide gaps, bars or dots (``World   U.S.   Politics``).

    Examples:
        >>> is_menu_line("World   U.S.   Politics   Fact Check")
        True
        >>> is_menu_line("Kenya  and Uganda  agreed on Monday")
        False
    """
    items = [x for x in _MENU_GAP_RE.split(text.strip()) if x.strip()]
    return len(items) >= MENU_MIN_ITEMS and all(is_label(x) for x in items)


def label_paragraphs(paragraphs: pd.DataFrame) -> frozenset[int]:
    """Ids of the paragraphs that are page labels, not prose: a menu line
    (:func:`is_menu_line`), a label in a run of :data:`MENU_RUN` label paragraphs or
    more (a menu column; boilerplate ones count in the run), or a heading of one Latin
    word (``Background``, ``Americas``). A name there is no name of the article."""
    if paragraphs.empty:
        return frozenset()
    ids = [int(p) for p in paragraphs["para_id"]]
    texts = [str(t) for t in paragraphs["text"]]
    labels = [is_label(t) for t in texts]
    out = {i for i, t in zip(ids, texts) if is_menu_line(t)}
    out |= {i for i, t, lab in zip(ids, texts, labels)
            if lab and len(t.split()) == 1 and _LATIN_WORD_RE.fullmatch(t.strip())}
    for a, b in _runs(labels):
        if b - a >= MENU_RUN:
            out.update(ids[a:b])
    return frozenset(out)


def _runs(flags: Iterable[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of true flags."""
    out, start = [], None
    for k, f in enumerate([*flags, False]):
        if f and start is None:
            start = k
        elif not f and start is not None:
            out.append((start, k))
            start = None
    return out
