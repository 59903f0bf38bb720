"""Stage 2, tokens: the repetition guard of the Thai segmenters.

The dictionary segmenters explore every way to tile a repeated unit with words, so a
long repetition of a short unit is cut into bounded pieces before segmentation
(:func:`_repeat_safe_pieces`); :func:`_may_repeat` tells, for many paragraphs at once,
which can hold such a repetition (real text never does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

MAX_CHUNK = 4000
"""Longest piece of text handed to a tokenizer at once (as :mod:`.words`)."""
MAX_REPEAT_PERIOD = 8
"""Longest repeated unit (chars) looked for by the repetition guard."""
MIN_REPEAT_SPAN = 16
"""A repetition this long or longer is cut before segmentation (nlpo3 takes 0.06 ms on
20 x ``ส`` but 0.7 ms on 30 and 20 ms on 50 on an idle core)."""
REPEAT_PIECE = 12
"""Chars per piece of a cut repetition."""
_THAI_RE = re.compile("[\u0e01-\u0e5b]")


def whitespace_chunks(text: str, start: int, end: int, size: int = MAX_CHUNK
                      ) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into pieces of at most ``size`` chars, at whitespace
    when there is some (what every tokenizer of this stage is given at once)."""
    out = []
    while end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut + 1 if cut > start else start + size
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))
    return out


def _repeat_safe_pieces(chunk: str) -> list[tuple[int, int]]:
    """Cut ``chunk`` so no piece holds a long repetition of a short unit.

    The dictionary segmenters explore every way to tile a repeated unit with words
    (``สส``/``สสส`` tile ``ส`` * n): 1,000 ``ส`` take seconds in one piece, and the cost
    grows faster than the length (PyThaiNLP #239). A stretch that repeats a unit of at
    most :data:`MAX_REPEAT_PERIOD` chars over :data:`MIN_REPEAT_SPAN` chars or more is
    cut into pieces of about :data:`REPEAT_PIECE` chars (whole units), which bounds the
    cost of every character. Real text has no such stretch, so its tokens do not change.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e, period in _periodic_spans(chunk):
        if s > pos:
            out.append((pos, s))
        step = period * max(1, REPEAT_PIECE // period)
        out.extend((a, min(a + step, e)) for a in range(s, e, step))
        pos = e
    if pos < len(chunk):
        out.append((pos, len(chunk)))
    return out


def _may_repeat(texts: Sequence[str]) -> list[bool]:
    """For each text, whether some chunk of it may hold a repetition that
    :func:`_periodic_spans` cuts (False: none can): a fast test run once over all
    texts of up to :data:`MAX_CHUNK` chars joined (longer ones: True), instead of once
    per chunk. It looks for :data:`MIN_REPEAT_SPAN` - :data:`MAX_REPEAT_PERIOD` chars
    in a row that equal the chars some period further on (a stretch the guard cuts
    holds such a row), so it flags a superset of the texts the guard cuts."""
    out = [True] * len(texts)
    short = [i for i, text in enumerate(texts) if len(text) <= MAX_CHUNK]
    if short:
        for k, flag in zip(short, _repeat_flags([texts[k] for k in short]), strict=True):
            out[k] = flag
    return out


def _repeat_flags(texts: list[str]) -> list[bool]:
    codes = np.frombuffer("\0".join(texts).encode("utf-32-le"), dtype=np.uint32)
    need = MIN_REPEAT_SPAN - MAX_REPEAT_PERIOD  # a run of `need` equal pairs: flag
    hits = np.zeros(len(codes), dtype=bool)
    for p in range(1, MAX_REPEAT_PERIOD + 1):
        run = codes[p:] == codes[:-p]  # run[i]: char i + p equals char i
        width = 1
        while width < need and len(run):  # run[i]: pairs i .. i + width - 1 all equal
            step = min(width, need - width)
            run = run[:-step] & run[step:]
            width += step
        hits[:len(run)] |= run
    found = np.flatnonzero(hits)
    if not len(found):
        return [False] * len(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    first = np.searchsorted(starts, found, side="right") - 1
    last = np.searchsorted(starts, found + need + MAX_REPEAT_PERIOD, side="right") - 1
    marks = np.zeros(len(texts) + 1, dtype=np.int64)
    np.add.at(marks, first, 1)
    np.add.at(marks, last + 1, -1)
    return [bool(m) for m in np.cumsum(marks)[:-1] > 0]


def _periodic_spans(chunk: str) -> list[tuple[int, int, int]]:
    """(start, end, period) of the non-overlapping repetitive stretches of ``chunk``
    that hold Thai letters."""
    if len(chunk) < MIN_REPEAT_SPAN:
        return []
    codes = np.frombuffer(chunk.encode("utf-32-le"), dtype=np.uint32)
    window = np.lib.stride_tricks.as_strided(
        codes, (len(codes) - MAX_REPEAT_PERIOD, MAX_REPEAT_PERIOD + 1), (4, 4),
        writeable=False)
    same = window[:, 1:] == window[:, :1]  # same[i, p - 1]: char i + p equals char i
    need = MIN_REPEAT_SPAN - MAX_REPEAT_PERIOD
    runs = np.cumsum(same, axis=0, dtype=np.int32)
    if not ((runs[need:] - runs[:-need] == need).any() or (runs[need - 1] == need).any()):
        return []  # the fast path: real text never repeats this long
    found: list[tuple[int, int, int]] = []
    for p in range(1, MAX_REPEAT_PERIOD + 1):
        eq = np.concatenate(([0], (codes[p:] == codes[:-p]).view(np.int8), [0]))
        edges = np.flatnonzero(np.diff(eq))
        found.extend((int(a), int(b) + p, p) for a, b in zip(edges[::2], edges[1::2], strict=True)
                     if b - a + p >= MIN_REPEAT_SPAN and _THAI_RE.search(chunk, a, a + p))
    spans: list[tuple[int, int, int]] = []
    for s, e, p in sorted(found):
        if spans and s < spans[-1][1]:
            if e - spans[-1][1] >= MIN_REPEAT_SPAN:  # a longer stretch continues
                spans.append((spans[-1][1], e, p))
            continue
        spans.append((s, e, p))
    return spans
