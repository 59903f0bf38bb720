"""Stage 2, tokens: the tokens of many paragraphs at once, as numpy arrays.

The same tokens as :func:`~massmob_nlp.tokens.words.parse_paragraphs` followed by its
whitespace filling, without a Python tuple per token: the Thai segmenter's words become
cut positions in the paragraphs joined into one text, and every token is found with
array tests over that text. The rule the per-token code follows, written for arrays:

* a character is *covered* when a word holds it: a non-space character of a span given
  to the Thai segmenter (Thai, digits, other scripts) or a character of a word of a
  Latin span (spaCy's tokenizer) or of a code span;
* tokens are cut at every paragraph edge, at every edge of a word (of the segmenter,
  of a span, of a chunk or of a piece of the repetition guard) that touches a covered
  character, where the word (or its tag) changes, and, in uncovered text, where
  whitespace starts or ends;
* a covered token takes its span's language; an uncovered one is ``"space"`` when it
  is whitespace, else ``"und"``.

English paragraphs (spaCy's ``nlp.pipe``) and any paragraph whose segmenter output does
not add up to its text (never seen) take the per-token path, and their tokens are put in
place. Used by corpus runs (:mod:`massmob_nlp.runs.batch_tables`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from ..langid import span_rows
from . import words as _words
from .repeats import MAX_CHUNK, _may_repeat, _repeat_safe_pieces, whitespace_chunks

SPACE, UND = "space", "und"
_OTHER_LETTER_RE = re.compile("[^\\W\\d_\u0e01-\u0e4e]")
"""A letter that starts a span other than Thai (see ``langid._RUN_RE``)."""
"""Tags of whitespace tokens and of uncovered non-space tokens (as the per-token path)."""
Ints = npt.NDArray[np.int64]
Spans = list[tuple[int, int, str, str]]


@dataclass
class TokenArrays:
    """Tokens of paragraphs ``texts`` joined into ``text`` (paragraph ``i`` starts at
    ``offsets[i]``), in text order; ``start``/``end`` are offsets into ``text``.
    ``tag`` codes ``tags`` (a span's language, ``"space"`` or ``"und"``), ``pos`` codes
    ``pos_tags`` (-1: no part of speech); ``word``: held by a word of a non-English
    paragraph (what its sentences are split on). ``sentences``: each paragraph's sentence
    spans (paragraph offsets; empty lists when sentences were not split)."""

    text: str
    offsets: Ints
    start: Ints
    end: Ints
    para: Ints
    tag: Ints
    tags: list[str]
    pos: Ints
    pos_tags: list[str]
    word: npt.NDArray[np.bool_]
    sentences: list[list[tuple[int, int]]] = field(default_factory=list)


class _Codes(dict[str, int]):
    """Code of each string, in order of first use."""

    def code(self, value: str) -> int:
        got = self.get(value)
        if got is None:
            got = self[value] = len(self)
        return got


@dataclass
class _Words:
    """What the spans of a batch gave, in joined-text offsets."""

    segs: list[str] = field(default_factory=list)  # the segmenter's words, all pieces
    piece_at: list[int] = field(default_factory=list)  # where each piece starts
    piece_n: list[int] = field(default_factory=list)  # how many words it has
    region: list[tuple[int, int, int]] = field(default_factory=list)  # segmented spans
    word: list[tuple[int, int, int]] = field(default_factory=list)  # (s, e, tag) words
    cache: dict[tuple[str, str, str], _SpanWords] = field(default_factory=dict)


class _SpanWords(NamedTuple):
    """The words of a span relative to its start: ``words`` (a span not given to the
    segmenter), else the segmenter's pieces (start, word count) and words."""

    words: list[tuple[int, int]] | None
    at: list[int]
    counts: list[int]
    segs: list[str]


def token_arrays(texts: Sequence[str], langs: Sequence[str], *, engine: str | None = None,
                 sentences: bool = True) -> TokenArrays:
    """The tokens of paragraphs ``texts`` (their languages ``langs``), as
    :func:`~massmob_nlp.tokens.words.parse_paragraphs` finds them; sentences only
    with ``sentences=True``."""
    engine = engine or _words.DEFAULT_THAI_ENGINE
    if engine not in _words.THAI_ENGINES:
        _words.parse_paragraphs([], [], engine=engine)  # raises the coded error
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) for t in texts], out=offsets[1:])
    tags, pos_tags = _Codes({SPACE: 0, UND: 1, "th": 2}), _Codes()  # see _KIND_TAG
    slow = [i for i, lang in enumerate(langs) if lang not in ("th", UND)]
    english = set(slow)
    text = "".join(texts)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _classes(codes)
    found = _Words()
    slow += _segment_paragraphs(found, texts, offsets, classes, tags, engine,
                                [i for i in range(len(texts)) if i not in english])
    slow_set = set(slow)
    parses = dict(zip(slow, _slow_parses(texts, langs, slow, engine, sentences), strict=True))
    start, tag, word = _tiling(classes, offsets, found)
    para = np.searchsorted(offsets, start, side="right") - 1
    if slow_set:
        keep = ~np.isin(para, np.array(sorted(slow_set), dtype=np.int64))
        start, tag, para, word = start[keep], tag[keep], para[keep], word[keep]
    pos = np.full(len(start), -1, dtype=np.int64)
    if parses:
        start, tag, para, pos, word = _put_slow(parses, offsets, tags, pos_tags,
                                                (start, tag, para, pos, word))
    end = np.append(start[1:], len(text))[:len(start)].astype(np.int64)  # tokens tile
    out = TokenArrays(text, offsets, start, end, para, tag, list(tags), pos,
                      list(pos_tags), word.astype(bool))
    out.sentences = [[] for _ in texts]
    for i, parse in parses.items():
        out.sentences[i] = parse.sentences
    if sentences:
        _split_sentences(out, texts, [i for i in range(len(texts)) if i not in slow_set])
    return out


def _segment_paragraphs(found: _Words, texts: Sequence[str], offsets: Ints,
                        classes: npt.NDArray[np.uint8], tags: _Codes, engine: str,
                        paras: list[int]) -> list[int]:
    """Add the words of the non-English paragraphs ``paras`` to ``found`` (``classes``:
    :func:`_classes` of the paragraphs joined); the paragraphs whose segmenter words
    do not add up to their text (never seen)."""
    segment = _words._thai_segmenter(engine)
    kinds = _span_kinds(classes, offsets)
    failed = []
    starts = offsets.tolist()
    for i, repeats in zip(paras, _may_repeat([texts[i] for i in paras]), strict=True):
        text, at = texts[i], starts[i]
        if _words.SPLIT_AM in text:  # ำ written in two characters: the per-token path
            failed.append(i)
            continue
        if kinds[i] and not repeats and len(text) <= MAX_CHUNK:  # the usual paragraph
            words = segment(text)  # one span, one chunk, one piece
            if "".join(words) != text:
                failed.append(i)
                continue
            found.piece_at.append(at)
            found.piece_n.append(len(words))
            found.segs.extend(words)
            found.region.append((at, at + len(text), _KIND_TAG[kinds[i]]))
        elif not _add_paragraph(found, text, at, tags, segment, _ONE_SPAN[kinds[i]](text),
                                engine=engine, repeats=repeats):
            failed.append(i)
    return failed


def _add_paragraph(found: _Words, text: str, offset: int, tags: _Codes, segment: Any,
                   spans: Spans, *, engine: str, repeats: bool) -> bool:
    """Add the words of a non-English paragraph's spans to ``found``; False when the
    segmenter's words do not add up to the text (the caller takes the per-token path)."""
    for s, e, lang, script in spans:
        code = tags.code(lang)
        key = (text[s:e], lang, script)
        rel = found.cache.get(key)
        if rel is None:
            if script == "Code" or (lang != "th" and script == "Latin"):
                rel = _SpanWords([(a - s, b - s) for a, b in _words._span_tokens(
                    text, s, e, lang, script, engine, repeats)], [], [], [])
            else:
                rel = _segment_cuts(text, s, e, segment, repeats)
                if rel is None:
                    return False
            if e - s <= _words.SPAN_CACHE_CHARS:
                found.cache[key] = rel
        base = offset + s
        if rel.words is not None:
            found.word.extend((base + a, base + b, code) for a, b in rel.words)
        else:
            found.piece_at.extend([base + a for a in rel.at])
            found.piece_n.extend(rel.counts)
            found.segs.extend(rel.segs)
            found.region.append((base, offset + e, code))
    return True


_ONE_SPAN: tuple[Callable[[str], Spans], ...] = (
    span_rows, lambda text: [(0, len(text), "th", "Thai")],
    lambda text: [(0, len(text), UND, "Common")])
"""The language spans of a paragraph of each kind of :func:`_span_kinds`."""
_KIND_TAG = (-1, 2, 1)
"""The tag code of the one span of a paragraph of each kind ("th": 2, "und": 1)."""


def _span_kinds(classes: npt.NDArray[np.uint8], offsets: Ints) -> list[int]:
    """For each paragraph, what :func:`~massmob_nlp.langid.span_rows` makes of it: 1,
    one Thai span (its only letters are Thai), 2, one ``"und"`` span (no letter), 0:
    ask it (another letter, a character we do not know to be none, or no text).
    ``classes``: :func:`_classes` of the paragraphs joined."""
    kind = np.zeros(len(offsets) - 1, dtype=np.int64)  # 0 for an empty paragraph
    full = np.flatnonzero(np.diff(offsets) > 0)
    if len(full):  # letters of each paragraph, or-ed (empty ones hold nothing)
        held = np.bitwise_or.reduceat(classes, offsets[full])
        kind[full] = np.where(held & _OTHER, 0, np.where(held & _THAI, 1, 2))
    out: list[int] = kind.tolist()
    return out


_SPACE, _THAI, _OTHER = 1, 2, 4  # bits of _char_classes
_TOP = 0x3001
"""Code points from here up are classed as one (another letter, not whitespace)."""


def _classes(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint8]:
    """The :func:`_char_classes` of each code point of ``codes``."""
    return _char_classes()[np.minimum(codes, _TOP)]


@lru_cache(maxsize=1)
def _char_classes() -> npt.NDArray[np.uint8]:
    """Per code point below :data:`_TOP`, then one entry for all above: ``_SPACE``
    (``str.isspace``, as regex ``\\s``), ``_THAI`` (a Thai letter, U+0E01-U+0E4E) and
    ``_OTHER``: a letter that starts a span other than Thai (``langid._RUN_RE``; the
    Thai block, ASCII but letters, spaces and punctuation start none)."""
    out = np.array([_SPACE * chr(c).isspace() + _THAI * (0x0E01 <= c <= 0x0E4E)
                    + _OTHER * (_OTHER_LETTER_RE.match(chr(c)) is not None)
                    for c in range(_TOP)] + [_OTHER], dtype=np.uint8)
    return out


def _segment_cuts(text: str, s: int, e: int, segment: Any, repeats: bool
                  ) -> _SpanWords | None:
    """The segmenter's words of text[s:e], run by chunk and repetition-guard piece as
    :func:`~massmob_nlp.tokens.words.thai_tokens`: each piece's start (relative to
    ``s``) and word count, and the words; None when they do not add up."""
    at: list[int] = []
    counts: list[int] = []
    segs: list[str] = []
    for cs, ce in whitespace_chunks(text, s, e):
        for ps, pe in _repeat_safe_pieces(text[cs:ce]) if repeats else [(0, ce - cs)]:
            piece = text[cs + ps:cs + pe]
            toks = segment(piece)
            if "".join(toks) != piece:
                return None
            at.append(cs + ps - s)
            counts.append(len(toks))
            segs.extend(toks)
    return _SpanWords(None, at, counts, segs)


def _paint(n: int, spans: list[tuple[int, int, int]]) -> npt.NDArray[np.int32]:
    """Per character: the code of the (disjoint) span holding it, else -1."""
    if not spans:
        return np.full(n, -1, dtype=np.int32)
    arr = np.array(spans, dtype=np.int64)
    marks = np.zeros(n + 1, dtype=np.int32)
    marks[0] = -1
    np.add.at(marks, arr[:, 0], arr[:, 2] + 1)
    np.add.at(marks, arr[:, 1], -(arr[:, 2] + 1))
    return np.cumsum(marks[:n], dtype=np.int32)


def _tiling(classes: npt.NDArray[np.uint8], offsets: Ints, found: _Words
            ) -> tuple[Ints, Ints, Ints]:
    """Start, tag code and word flag (0/1) of every token of the joined text (its
    :func:`_classes`; see the module doc)."""
    n = len(classes)
    if n == 0:
        return (np.zeros(0, dtype=np.int64),) * 3
    space = (classes & _SPACE).astype(bool)
    cover = np.where(space, -1, _paint(n, found.region))
    if found.word:
        words = _paint(n, found.word)
        cover = np.where(words >= 0, words, cover)
    covered = cover >= 0
    cut = np.zeros(n + 1, dtype=bool)
    cut[offsets] = True
    edges = []
    if found.segs:  # each piece's start, then the ends of its words
        ends = np.cumsum(np.fromiter(map(len, found.segs), dtype=np.int64,
                                     count=len(found.segs)))
        n_words = np.array(found.piece_n, dtype=np.int64)
        before = np.cumsum(n_words) - n_words
        shift = np.array(found.piece_at, dtype=np.int64) - np.append(0, ends)[before]
        edges += [ends + np.repeat(shift, n_words), np.array(found.piece_at, np.int64)]
    elif found.piece_at:
        edges.append(np.array(found.piece_at, dtype=np.int64))
    if found.word:
        edges.append(np.array(found.word, dtype=np.int64)[:, :2].ravel())
    if edges:
        at = np.concatenate(edges)
        at = at[(at > 0) & (at < n)]
        cut[at[covered[at - 1] & covered[at]]] = True
    inner = cut[1:n]
    inner |= cover[1:] != cover[:-1]
    inner |= ~(covered[1:] | covered[:-1]) & (space[1:] != space[:-1])
    start = np.flatnonzero(cut[:n])
    first = cover[start]
    tag = np.where(first >= 0, first, np.where(space[start], 0, 1))
    return start.astype(np.int64), tag.astype(np.int64), (first >= 0).astype(np.int64)


def _slow_parses(texts: Sequence[str], langs: Sequence[str], slow: list[int],
                 engine: str, sentences: bool) -> list[_words.ParagraphParse]:
    if not slow:
        return []
    return _words.parse_paragraphs([texts[i] for i in slow], [langs[i] for i in slow],
                                   engine=engine, sentences=sentences)


def _put_slow(parses: dict[int, _words.ParagraphParse], offsets: Ints, tags: _Codes,
              pos_tags: _Codes, arrays: tuple[Ints, Ints, Ints, Ints, Ints]
              ) -> tuple[Ints, Ints, Ints, Ints, Ints]:
    """The per-token path's tokens of paragraphs ``parses`` merged into ``arrays``
    (start, tag, para, pos, word), in text order."""
    rows = [(int(offsets[i]) + s, tags.code(lang), i,
             -1 if pos is None else pos_tags.code(str(pos)), 0)
            for i, parse in parses.items() for s, _, lang, pos in parse.tokens]
    extra = np.array(rows, dtype=np.int64).reshape(-1, 5)
    merged = [np.concatenate((a, extra[:, k])) for k, a in enumerate(arrays)]
    order = np.argsort(merged[0], kind="stable")
    start, tag, para, pos, word = (m[order] for m in merged)
    return start, tag, para, pos, word


def _split_sentences(out: TokenArrays, texts: Sequence[str], paras: list[int]) -> None:
    """Sentences of the non-English paragraphs ``paras`` from their words."""
    held = np.flatnonzero(out.word)  # the words, in text order
    para = out.para[held]
    base = out.offsets[para]
    spans = list(zip((out.start[held] - base).tolist(), (out.end[held] - base).tolist(),
                     strict=True))
    lo = np.searchsorted(para, paras, side="left").tolist()
    hi = np.searchsorted(para, paras, side="right").tolist()
    for i, a, b in zip(paras, lo, hi, strict=True):
        out.sentences[i] = _words.tidy_sentences(
            _words.thai_paragraph_sentences(texts[i], spans[a:b]), texts[i])
