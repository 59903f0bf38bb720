"""Source names found in the Thai by a rendering the comparison already paired: a
surname repeated alone, an acronym for the Thai name it abbreviates."""

from __future__ import annotations

import re
from typing import Any

from .._text import THAI_RE
from .context import _Context, _str
from .entity_laws import _numbered_law
from .entity_search import _bead_windows, _free, _hit, _Stretches

RENDERING_SCORE = 0.9
"""Score of a source name found by a Thai rendering the same comparison already
paired (:func:`_found_by_rendering`)."""
RENDERING_MIN_WORD_SCORE = 0.7
"""Least :func:`~massmob_nlp.entities.sounds.sound_similarity` of a word of a paired
name and the Thai word in its place for the Thai word to render it..."""
RENDERING_ANY_WORD_SCORE = 0.9
"""...and of a word and a Thai word in another place (``William Lai`` / ไล่ ชิงเต๋อ)."""
_DEFINED_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
_THAI_TRAILING_PAREN_RE = re.compile(r"\s*\([^()]*\)\s*$")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _renderings(ctx: _Context, pairs: list[tuple[dict[str, Any], dict[str, Any]]]
                ) -> tuple[dict[str, set[str]], dict[int, tuple[int, int]]]:
    """Thai renderings of source names learnt from the pairs already made: each word
    of a paired name that transliterates a word of its Thai (``Lai Ching-te`` /
    ไล่ ชิงเต๋อ: ``Lai`` is ไล่; the Thai before a Latin copy in brackets counts,
    ไล่ ชิงเต๋อ (William Lai)), and the acronym the source defines right after a
    paired name (``National Bureau of Statistics (NBS)``: ``NBS`` is the Thai of the
    whole name), and the Thai name a translation writes before the acronym in
    brackets (คณะเสนาธิการร่วม (JCS)). Also, by source offset, the Thai span of the long name for the
    defining acronym itself when the translation drops the bracket (a Thai bracket
    after the name is paired by :func:`_parenthesized`)."""
    from ..entities.similarity import _TITLE_RE
    from ..entities.sounds import sound_similarity

    out: dict[str, set[str]] = {}
    defined: dict[int, tuple[int, int]] = {}
    tgt_text = ctx.tgt.text
    for s, t in pairs:
        latin = _str(s.get("text")) or ""
        thai = _str(t.get("text")) or ""
        if not THAI_RE.search(thai) and tgt_text[:int(t["start_char"])].rstrip().endswith("("):
            thai = " ".join(tgt_text[:int(t["start_char"])].rstrip()[:-1].split()[-3:])
        thai = _THAI_TRAILING_PAREN_RE.sub("", _TITLE_RE.sub("", thai)).strip()
        if not THAI_RE.search(thai) or not latin:
            continue
        m = _DEFINED_ACRONYM_RE.match(ctx.src.text, int(s["end_char"]))
        if m and len(latin.split()) >= 2 and THAI_RE.search(_str(t.get("text")) or ""):
            out.setdefault(m.group(1), set()).add(thai)
            if not tgt_text[int(t["end_char"]):].lstrip().startswith("("):
                defined[m.start(1)] = (int(t["start_char"]), int(t["end_char"]))
        words, parts = latin.split(), [p for p in thai.split() if THAI_RE.search(p)]
        if len(words) < 2:
            continue
        for k, word in enumerate(words):
            if not word[:1].isupper():
                continue
            scores = [(sound_similarity(word, part, floor=RENDERING_MIN_WORD_SCORE, cut=True),
                       j == k and len(words) == len(parts), part)
                      for j, part in enumerate(parts)]
            for score, placed, part in scores:
                if score >= RENDERING_ANY_WORD_SCORE or \
                        (placed and score >= RENDERING_MIN_WORD_SCORE):
                    out.setdefault(word, set()).add(part)
    for m in _THAI_DEFINED_ACRONYM_RE.finditer(tgt_text):
        out.setdefault(m.group(2), set()).add(m.group(1))  # คณะเสนาธิการร่วม (JCS)
    return out, defined


_THAI_DEFINED_ACRONYM_RE = re.compile(r"([\u0e01-\u0e4e]{4,})\s*\(([A-Z][A-Za-z&]{1,7})\)")
"""A Thai name that the translation defines by the English acronym in brackets."""


def _found_by_rendering(ctx: _Context, src: list[dict[str, Any]], tgt: list[dict[str, Any]],
                        taken: dict[int, int], found: dict[int, dict[str, Any]]
                        ) -> dict[int, dict[str, Any]]:
    """Unpaired source names found in the target text of their bead (then wider
    windows) by a Thai rendering the comparison already paired elsewhere
    (:func:`_renderings`): the surname a story repeats alone (``Lai``, ``Hou``,
    ``Choi``) after the full name, too short to look for by sound (one consonant)
    and often glued to the next Thai word (ไล่ชนะ), and an acronym for the name it
    abbreviates (``NBS`` / สำนักงานสถิติแห่งชาติ, or its start cut short by ``ฯ``:
    สำนักงานฯ). The rendering must stand between word edges (โหว is not the start
    of โหวต). An acronym defined in brackets right after its paired name is paired
    with that name's Thai."""
    pairs = [(src[i], tgt[j]) for i, j in taken.items()]
    pairs += [(s, found[id(s)]) for s in src if id(s) in found]
    known, defined = _renderings(ctx, pairs)
    out: dict[int, dict[str, Any]] = {}
    if not known:
        return out
    used = [(int(tgt[j]["start_char"]), int(tgt[j]["end_char"])) for j in taken.values()]
    used += [(int(f["start_char"]), int(f["end_char"])) for f in found.values()]
    stretches = _Stretches.of(ctx)
    text = ctx.tgt.text
    for k, s in enumerate(src):
        name = _POSSESSIVE_RE.sub("", _str(s.get("text")) or "")
        if k in taken or id(s) in found or name not in known or _numbered_law(s):
            continue
        hit = None
        if int(s["start_char"]) in defined:
            hit = _hit(text, defined[int(s["start_char"])], RENDERING_SCORE, None, -1)
        for window in [] if hit is not None else _bead_windows(ctx, s):
            for a, b, para, edges in stretches(window):
                got = _rendering_span(text, a, b, set(edges), known[name], used)
                if got is not None:
                    hit = _hit(text, got, RENDERING_SCORE, None, para)
                    break
            if hit is not None:
                break
        if hit is not None:
            used.append((hit["start_char"], hit["end_char"]))
            out[id(s)] = {**hit, "bead": s["bead"]}
    return out


def _rendering_span(text: str, a: int, b: int, cuts: set[int], renderings: set[str],
                    used: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first free stretch of ``text[a:b]`` between word edges ``cuts`` that is one
    of the Thai ``renderings``, or the start of one cut short by ``ฯ``."""
    for thai in sorted(renderings, key=len, reverse=True):
        at = text.find(thai, a, b)
        while at >= 0:
            if at in cuts and at + len(thai) in cuts and _free(used, at, at + len(thai)):
                return at, at + len(thai)
            at = text.find(thai, at + 1, b)
    for end in (i for i in range(a, b) if text[i] == "ฯ"):
        for start in sorted(c for c in cuts if a <= c <= end - CUT_SHORT_MIN_CHARS):
            stem = text[start:end]
            if any(r.startswith(stem) and len(r) > len(stem) for r in renderings) and \
                    _free(used, start, end + 1):
                return start, end + 1
    return None


CUT_SHORT_MIN_CHARS = 3
"""Least letters of a Thai name cut short by ``ฯ`` (สำนักงานฯ)."""
