"""The stretches of the target where a moved source passage landed, compared with it by
meaning (:mod:`.passage_moves`): a long Thai sentence that runs two translated
sentences together is cut into windows around the moved numbers, and a sentence the
Thai splitter cut too short is widened to its paragraph."""

from __future__ import annotations

import re

from .context import _Context, _nonspace

WINDOW_SHARES = (0.6, 1.6)
"""Least and most length (shares of the source passage's non-space characters) of the
stretches of a long target sentence compared with a moved source passage."""
MAX_WINDOWS = 12
"""Most stretches per moved number (the longest-sentence cases stay cheap)."""


def windows(text: str, start: int, end: int, offsets: list[int], size: int) -> list[str]:
    """The target sentence ``text[start:end]`` and, when it is much longer than the
    source passage (``size`` non-space characters: a Thai sentence that runs two
    translated sentences together), its stretches between spaces that hold one of
    ``offsets`` and are :data:`WINDOW_SHARES` of ``size`` long: the whole sentence's
    cosine with a short moved sentence is diluted by the rest of it."""
    out = [text[start:end]]
    if _nonspace(out[0]) < WINDOW_SHARES[1] * size:
        return out
    cuts = sorted({start, end} | {start + m.end() for m in
                                  re.finditer(r"\s+", text[start:end])})
    lo, hi = WINDOW_SHARES[0] * size, WINDOW_SHARES[1] * size
    for o in offsets:
        found: list[str] = []
        for a in (c for c in reversed(cuts) if c <= o):
            if _nonspace(text[a:o]) > hi:
                break
            found += [text[a:b].strip() for b in cuts
                      if b > o and lo <= _nonspace(text[a:b]) <= hi]
        out += found[:MAX_WINDOWS]
    return list(dict.fromkeys(w for w in out if w))


def widened(ctx: _Context, spans: list[tuple[int, int]], size: int
             ) -> list[tuple[int, int]]:
    """``spans`` (target sentences), each shorter than :data:`WINDOW_SHARES` ``[0]`` of
    ``size`` (the source passage's non-space characters) widened to its paragraph: the
    Thai splitter may have cut the moved sentence in two (``... | โดยมีผู้มาใช้บริการ
    11,400 คน``), and the piece holding the number alone reads far from the source;
    :func:`windows` then takes the stretches of the paragraph around the number."""
    p = ctx.tgt.paragraphs
    out = []
    for a, b in spans:
        if _nonspace(ctx.tgt.text[a:b]) < WINDOW_SHARES[0] * size:
            hit = p[(p["start_char"] <= a) & (p["end_char"] >= b)]
            if len(hit):
                a, b = int(hit["start_char"].iloc[0]), int(hit["end_char"].iloc[0])
        out.append((a, b))
    return list(dict.fromkeys(out))


def target_sentences(ctx: _Context, offsets: list[int]) -> list[tuple[int, int]]:
    s = ctx.tgt.sentences
    return [(int(a), int(b)) for a, b in zip(s["start_char"], s["end_char"])
            if any(int(a) <= o < int(b) for o in offsets)]
