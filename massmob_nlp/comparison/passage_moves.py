"""Omitted passages that were moved, not lost: a source sentence or paragraph reported
omitted whose numbers all reached the target, joined in another part of the article
(:mod:`massmob_nlp.comparison.numbers` notes them :data:`MOVED_NOTE`), is dropped from
the passages table, with the added target passage holding them.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _Context, _nonspace

KEPT_NUMBER = frozenset({"match", "format_only", "qualifier_changed"})
"""Statuses of a number row whose value the translation kept."""
MOVED_NOTE = "moved to another part of the article"
"""The note of a number row joined outside the neighbouring sentences
(:mod:`massmob_nlp.comparison.numbers`)."""
MOVED_MIN_COSINE = 0.5
"""With embeddings, the least cosine between a sentence reported omitted and a target
sentence holding its moved numbers for the sentence to count as moved, not lost."""


def _moved_sentences(ctx: _Context, numbers: pd.DataFrame, passages: pd.DataFrame, *,
                     embeddings: bool = False) -> pd.DataFrame:
    """``passages`` without the omitted sentences or paragraphs whose numbers all
    reached the target (kept, or an ``added`` row of the same key) and at least one
    was joined in another part of the article (a translator moved the clause: it is
    not lost; its number rows carry the note :data:`MOVED_NOTE`), and without the
    added target passage that holds those moved numbers. With ``embeddings`` the
    source passage must also be close (:data:`MOVED_MIN_COSINE`) to a target sentence
    holding one of them; without, those numbers must sit in an added target passage
    (a dropped sentence whose year is repeated in a translated one stays omitted)."""
    if passages.empty or numbers.empty:
        return passages
    drop: list[int] = []
    landed: list[int] = []
    added = [(int(a), int(b)) for k, side, a, b in zip(
        passages["kind"].astype(str), passages["side"].astype(str),
        passages["start_char"], passages["end_char"]) if k == "added" and side == "tgt"]
    for i, (kind, level, side, start, end) in enumerate(zip(
            passages["kind"].astype(str), passages["level"].astype(str),
            passages["side"].astype(str), passages["start_char"], passages["end_char"])):
        if kind == "omitted" and level != "span" and side == "src":
            moved = _numbers_moved(ctx, numbers, int(start), int(end), embeddings=embeddings)
            if not embeddings and not any(a <= o < b for o in moved for a, b in added):
                continue  # no meaning to compare: the numbers must land in an added passage
            if moved:
                drop.append(i)
                landed += moved
    for i, (kind, side, start, end) in enumerate(zip(
            passages["kind"].astype(str), passages["side"].astype(str),
            passages["start_char"], passages["end_char"])):
        if kind == "added" and side == "tgt" and any(int(start) <= o < int(end)
                                                      for o in landed):
            drop.append(i)
    if not drop:
        return passages
    return passages.drop(index=passages.index[sorted(set(drop))]).reset_index(drop=True)


def _numbers_moved(ctx: _Context, numbers: pd.DataFrame, start: int, end: int, *,
                   embeddings: bool) -> list[int]:
    """Target offsets of the moved numbers of ``src.text[start:end]``; [] when the
    passage does not count as moved."""
    at = numbers["src_start_char"].fillna(-1)
    inside = numbers[(at >= start) & (at < end)]
    added = set(numbers.loc[numbers["status"].astype(str) == "added", "key"].dropna())
    if inside.empty or not all(st in KEPT_NUMBER or (st == "missing" and key in added)
                               for st, key in zip(inside["status"].astype(str),
                                                  inside["key"])):
        return []
    moved = inside[inside["note"].fillna("").astype(str).str.contains(MOVED_NOTE)]
    offsets = [int(o) for o in moved["tgt_start_char"].dropna()]
    if not offsets or not embeddings:
        return offsets
    from ..alignment.features import embed

    size = _nonspace(ctx.src.text[start:end])
    targets = [w for a, b in _target_sentences(ctx, offsets)
               for w in _windows(ctx.tgt.text, a, b, [o for o in offsets if a <= o < b], size)]
    vecs = embed([ctx.src.text[start:end], *targets])
    close = bool(targets) and float((vecs[1:] @ vecs[0]).max()) >= MOVED_MIN_COSINE
    return offsets if close else []


WINDOW_SHARES = (0.6, 1.6)
"""Least and most length (shares of the source passage's non-space characters) of the
stretches of a long target sentence compared with a moved source passage."""
MAX_WINDOWS = 12
"""Most stretches per moved number (the longest-sentence cases stay cheap)."""


def _windows(text: str, start: int, end: int, offsets: list[int], size: int) -> list[str]:
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


def _target_sentences(ctx: _Context, offsets: list[int]) -> list[tuple[int, int]]:
    s = ctx.tgt.sentences
    return [(int(a), int(b)) for a, b in zip(s["start_char"], s["end_char"])
            if any(int(a) <= o < int(b) for o in offsets)]
