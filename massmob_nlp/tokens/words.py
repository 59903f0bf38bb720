"""Stage 2: words and sentences. English with spaCy, Thai with PyThaiNLP.

Each language span of a paragraph (see :func:`massmob_nlp.langid.language_spans`) goes
to its own tokenizer. Sentences come from spaCy's parser for English paragraphs and
from PyThaiNLP's CRFCut (or our gap model, ``engine="massmob"``) for Thai paragraphs
(run on our own tokens, so text is tokenized once). Long inputs are processed in
bounded chunks, so pathological text (200,000 copies of one character, megabytes
with no space) finishes in seconds.
"""

from __future__ import annotations

import os
import re
import tempfile
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .. import _optional
from ..errors import Errors, Warnings
from . import sentences as _thai_sentences
from .repeats import (  # noqa: F401  (re-exported: the guard used to live here)
    MAX_CHUNK,
    MAX_REPEAT_PERIOD,
    MIN_REPEAT_SPAN,
    REPEAT_PIECE,
    _may_repeat,
    _periodic_spans,
    _repeat_safe_pieces,
)
from .repeats import whitespace_chunks as _chunks
from .thai_gap_words import splits_number
from .vi import VIETNAMESE_LANGS, vietnamese_sentences, vietnamese_tokens

THAI_ENGINES: tuple[str, ...] = ("nlpo3", "newmm")
DEFAULT_THAI_ENGINE = "nlpo3"
"""Chosen by measurement: see ``benchmarks/tokenize_eval.py`` and the README."""
SPAN_CACHE_CHARS = 64
"""Language spans up to this long are tokenized once per paragraph and text (hostile
input such as ``"กa" * 100_000`` repeats a few spans many times)."""
GIANT_PARAGRAPH = 100_000
"""Thai paragraphs longer than this are cut into MAX_CHUNK pieces, not run through CRFCut."""
CRF_WINDOW = _thai_sentences.CRF_WINDOW
"""Tokens per CRFCut call."""
THAI_SENTENCE_ENGINES: tuple[str, ...] = ("massmob", "crfcut")
DEFAULT_THAI_SENTENCE_ENGINE = "crfcut"
"""Chosen by measurement (``benchmarks/thai_sentences_eval.py``): ``"massmob"`` is more
precise and better on held-out UD Thai-PUD, but not better on UD Thai-TUD, so CRFCut
stays the default; pass ``engine="massmob"`` to use the gap model."""
_SPACE_RE = re.compile(r"\s+")
_RULE_SENT_RE = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9À-Ỹ\u0e00-\u0e7f])")


@dataclass
class ParagraphParse:
    """Tokens, sentences and model entities of one paragraph (offsets local)."""

    tokens: list[tuple[int, int, str, Any]] = field(default_factory=list)  # s, e, lang, pos
    sentences: list[tuple[int, int]] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # spaCy entities


def parse_paragraphs(texts: Sequence[str], langs: Sequence[str], *,
                     engine: str | None = None, batch_size: int = 64,
                     sentences: bool = True) -> list[ParagraphParse]:
    """Tokens and sentences of many paragraphs; English ones go through ``nlp.pipe``.

    With ``sentences=False`` no sentence is split (Thai CRFCut, the costliest step after
    the tables, is skipped) and every parse's ``sentences`` is empty."""
    engine = engine or DEFAULT_THAI_ENGINE
    if engine not in THAI_ENGINES:
        raise ValueError(Errors.E012.format(engine=engine, lang="th", available=THAI_ENGINES))
    from ..langid import span_rows

    spans = [span_rows(t) for t in texts]
    results = [ParagraphParse() for _ in texts]
    english = [i for i, lang in enumerate(langs)
               if lang not in ("th", "und") and lang not in VIETNAMESE_LANGS]
    if english:
        nlp = _optional.english_nlp()
        pieces = [(i, s, e) for i in english for s, e in _chunks(texts[i], 0, len(texts[i]))]
        docs = nlp.pipe((texts[i][s:e] for i, s, e in pieces), batch_size=batch_size)
        for (i, s, _), doc in zip(pieces, docs, strict=True):
            _add_spacy(results[i], doc, s, texts[i], spans[i], engine)
    english_set = set(english)
    others = [i for i in range(len(texts)) if i not in english_set]
    may_repeat = dict(zip(others, _may_repeat([texts[i] for i in others]), strict=True))
    for i in range(len(texts)):
        if langs[i] in VIETNAMESE_LANGS:
            _parse_vietnamese(results[i], texts[i], spans[i], engine, sentences=sentences)
        elif i not in english_set:
            _parse_thai(results[i], texts[i], spans[i], engine, sentences=sentences,
                        repeats=may_repeat[i])
        _fill_spaces(results[i], texts[i], sentences=sentences)
    return results


def _add_spacy(parse: ParagraphParse, doc: Any, offset: int, text: str,
               spans: Sequence[tuple[int, int, str, str]], engine: str) -> None:
    thai_spans = [(s, e) for s, e, lang, _ in spans if lang == "th"]
    for tok in doc:
        if tok.is_space:
            continue
        s, e = offset + tok.idx, offset + tok.idx + len(tok.text)
        if any(ts < e and s < te for ts, te in thai_spans):
            continue
        parse.tokens.append((s, e, "en", tok.pos_ or None))
    for ts, te in thai_spans:
        lo, hi = max(ts, offset), min(te, offset + len(doc.text))
        if lo < hi:
            parse.tokens.extend((s, e, "th", None) for s, e in thai_tokens(text, lo, hi, engine))
    parse.tokens.sort()
    if doc.has_annotation("SENT_START"):
        sents = _join_lowercase_starts(
            [(offset + s.start_char, offset + s.end_char) for s in doc.sents], text)
    else:
        sents = rule_sentences(doc.text, offset)
    parse.sentences.extend(sents)
    parse.ents.extend((offset + ent.start_char, offset + ent.end_char, ent.label_)
                      for ent in doc.ents)


Spans = Sequence[tuple[int, int, str, str]]

_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*\s*$")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _join_lowercase_starts(sents: list[tuple[int, int]], text: str
                           ) -> list[tuple[int, int]]:
    """spaCy's parser sometimes starts a sentence at a lower-case word after a comma or
    no punctuation at all (``…any shallower | and it would have…``). An English
    sentence never starts so: such a piece joins the sentence before it.

    >>> text = "Any deeper and it burns up, any shallower and it skips off."
    >>> _join_lowercase_starts([(0, 27), (28, 60)], text)
    [(0, 60)]
    >>> _join_lowercase_starts([(0, 9), (10, 23)], "It works. iPhones sold.")
    [(0, 9), (10, 23)]
    """
    out: list[tuple[int, int]] = []
    for s, e in sents:
        first = _FIRST_LETTER.search(text, s, e)
        if (out and first is not None and text[first.start()].islower()
                and _SENTENCE_END.search(text, out[-1][0], out[-1][1]) is None):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _parse_thai(parse: ParagraphParse, text: str, spans: Spans, engine: str, *,
                sentences: bool = True, repeats: bool = True) -> None:
    seen: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for s, e, lang, script in spans:
        key = (text[s:e], lang, script)
        rel = seen.get(key) if e - s <= SPAN_CACHE_CHARS else None
        if rel is None:  # a span's tokens depend only on its text: reuse them
            rel = [(a - s, b - s)
                   for a, b in _span_tokens(text, s, e, lang, script, engine, repeats)]
            if e - s <= SPAN_CACHE_CHARS:
                seen[key] = rel
        tag = "th" if lang == "th" else lang
        parse.tokens.extend((s + a, s + b, tag, None) for a, b in rel
                            if not text[s + a:s + b].isspace())
    parse.tokens.sort()
    if sentences:
        parse.sentences.extend(thai_paragraph_sentences(text, [(s, e) for s, e, *_
                                                               in parse.tokens]))


def _parse_vietnamese(parse: ParagraphParse, text: str, spans: Spans, engine: str, *,
                      sentences: bool = True) -> None:
    """Syllable tokens and punctuation sentences (:mod:`.vi`); a Thai or code span
    inside the paragraph keeps its own tokenizer."""
    for s, e, lang, script in spans:
        if script == "Code":
            pieces = _split_spaces(text, s, e, 0)
        elif lang == "th" or script == "Thai":
            pieces = thai_tokens(text, s, e, engine)
        else:
            pieces = vietnamese_tokens(text, s, e)
        tag = lang if lang in ("th", "en") else "vi"
        parse.tokens.extend((a, b, tag, None) for a, b in pieces if not text[a:b].isspace())
    parse.tokens.sort()
    if sentences:
        parse.sentences.extend(vietnamese_sentences(text))


def thai_paragraph_sentences(text: str, words: Sequence[tuple[int, int]]
                             ) -> list[tuple[int, int]]:
    """Sentence spans of a non-English paragraph from its words (whitespace excluded)."""
    if len(text) > GIANT_PARAGRAPH:  # not prose: fixed-size pieces instead of CRFCut
        return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip()))
                for s, e in _chunks(text, 0, len(text)) if text[s:e].strip()]
    return thai_sentences(text, words)


def _span_tokens(text: str, s: int, e: int, lang: str, script: str, engine: str,
                 repeats: bool = True) -> list[tuple[int, int]]:
    if script == "Code":
        return _split_spaces(text, s, e, 0)
    if lang == "th" or script != "Latin":
        return thai_tokens(text, s, e, engine, repeats=repeats)
    nlp = _optional.english_nlp()
    return [(cs + t.idx, cs + t.idx + len(t.text)) for cs, ce in _chunks(text, s, e)
            for t in nlp.tokenizer(text[cs:ce]) if not t.is_space]


def thai_tokens(text: str, start: int, end: int, engine: str = DEFAULT_THAI_ENGINE, *,
                repeats: bool = True) -> list[tuple[int, int]]:
    """(start, end) of the words of text[start:end] (whitespace runs excluded).
    ``repeats=False``: the caller knows the text holds no repetition to cut
    (:func:`_may_repeat`)."""
    segment = _thai_segmenter(engine)
    out: list[tuple[int, int]] = []
    for cs, ce in _chunks(text, start, end):
        for ps, pe in _repeat_safe_pieces(text[cs:ce]) if repeats else [(0, ce - cs)]:
            piece = text[cs + ps:cs + pe]
            if SPLIT_AM in piece:
                out.extend(_split_am_tokens(piece, cs + ps, segment))
                continue
            pos = 0
            for w in segment(piece):
                found = pos if piece.startswith(w, pos) else piece.find(w, pos)
                if found < 0 or not w:
                    continue
                pos = found + len(w)
                if not _SPACE_RE.search(w):  # most words: no call of _split_spaces
                    out.append((cs + ps + found, cs + ps + pos))
                elif not w.isspace():
                    out.extend(_split_spaces(piece, found, pos, cs + ps))
    return out


SPLIT_AM = "\u0e4d\u0e32"
"""Sara am (ำ) written as nikhahit + sara aa, as older fonts, PDFs and some sites store
it (``สํานักงาน``): it looks the same but no dictionary word holds it. NFC keeps it
apart and NFKC must never be used on Thai, so the segmenter sees a copy with ำ."""


def _split_am_tokens(piece: str, offset: int, segment: Callable[[str], list[str]]
                     ) -> list[tuple[int, int]]:
    """The words of ``piece`` segmented with ำ joined, as offsets into ``piece``."""
    joined = piece.replace(SPLIT_AM, "\u0e33")
    origin, i = [], 0
    while i < len(piece):
        origin.append(i)
        i += 2 if piece.startswith(SPLIT_AM, i) else 1
    origin.append(len(piece))
    out: list[tuple[int, int]] = []
    pos = 0
    for w in segment(joined):
        found = joined.find(w, pos)
        if found < 0 or not w:
            continue
        pos = found + len(w)
        if not w.isspace():
            out.extend(_split_spaces(piece, origin[found], origin[pos], offset)
                       if _SPACE_RE.search(w) else [(offset + origin[found], offset + origin[pos])])
    return out


@cache
def _thai_segmenter(engine: str) -> Callable[[str], list[str]]:
    """A word segmenter over PyThaiNLP's dictionary plus our domain words
    (``data/thai_words.txt`` and the Thai place names of the gazetteer)."""
    from pythainlp.corpus import thai_words

    words = set(thai_words()) | domain_words()
    if engine == "nlpo3":
        import nlpo3

        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                         encoding="utf-8") as f:
            f.write("\n".join(sorted(words)))
        name = "massmob_th_words"
        try:
            nlpo3.load_dict(f.name, name)  # read into memory; the file is not needed after
        finally:
            os.unlink(f.name)
        return lambda text: nlpo3.segment(text, name, False, False)
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import Trie

    trie = Trie(words)
    return lambda text: word_tokenize(text, engine=engine, custom_dict=trie,
                                      keep_whitespace=True)


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    """Thai words we add to the tokenizer dictionary."""
    from importlib.resources import files

    lines = files("massmob_nlp").joinpath("data/thai_words.txt").read_text("utf-8")
    words = {w.strip() for w in lines.splitlines() if w.strip() and not w.startswith("#")}
    gazetteer = _optional.models_dir() / "gazetteer" / "gazetteer.tsv"
    if gazetteer.exists():
        for line in gazetteer.read_text("utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 4 and cols[1] == "LOC":
                words.update(v for v in cols[4].split("|") if v and " " not in v)
    return frozenset(words)


def _split_spaces(piece: str, s: int, e: int, offset: int) -> list[tuple[int, int]]:
    """A token that contains whitespace becomes its non-space parts."""
    word = piece[s:e]
    if not _SPACE_RE.search(word):
        return [(offset + s, offset + e)]
    return [(offset + s + m.start(), offset + s + m.end())
            for m in re.finditer(r"\S+", word)]


_THAI_ABBREVIATION = re.compile(r"(?:[\u0e01-\u0e4e]{1,4}\.)+")


def thai_sentences(text: str, tokens: Sequence[tuple[int, int]],
                   engine: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans of a Thai paragraph, from its tokens.

    ``engine="crfcut"`` is PyThaiNLP's CRFCut, which cuts news text at many spaces;
    ``"massmob"`` labels the whitespace gaps with our model (``models/thai_sentences/``,
    see ``benchmarks/thai_sentences_eval.py``), falling back to CRFCut with a warning
    when the model file is missing. The default is :data:`DEFAULT_THAI_SENTENCE_ENGINE`.
    Tokens ending in ``!``, ``?`` or a non-numeric ``.`` end a sentence either way,
    except Thai abbreviations (``น.``, ``ก.ย.``, ``ดร.``, ``พ.ศ.``: Thai ends a sentence
    with a space, never with a full stop);
    a Thai word and the number after it are never cut apart
    (:func:`~massmob_nlp.tokens.thai_gap_words.splits_number`).
    """
    if not tokens:
        return []
    engine = engine or DEFAULT_THAI_SENTENCE_ENGINE
    if engine not in THAI_SENTENCE_ENGINES:
        raise ValueError(Errors.E017.format(engine=engine,
                                            available=", ".join(THAI_SENTENCE_ENGINES)))
    tagger = _thai_sentences.gap_tagger() if engine == "massmob" else None
    if engine == "massmob" and tagger is None:
        _warn_no_sentence_model()
    if tagger is not None:
        seq, ends = _thai_sentences.boundary_gaps(text, tokens, tagger)
        labels = ["I"] * len(seq)
        for k in ends:
            labels[k] = "E"
    else:
        # CRFCut was trained on newmm tokens with whitespace tokens in between.
        seq = _thai_sentences.with_spaces(tokens)
        labels, _ = _thai_sentences.crfcut(text, seq)
    ends = []
    for j, (s, e) in enumerate(seq):
        word = text[s:e]
        if labels[j] == "E" or word.rstrip().endswith(("!", "?")) \
                or (word.endswith(".") and len(word) > 1 and not word[-2].isdigit()
                    and not word.endswith("..") and not _THAI_ABBREVIATION.fullmatch(word)):
            ends.append(j)
    ends = [k for k in ends if not splits_number(text, seq, k)]
    sents, start = [], 0
    for k in [*ends, len(seq) - 1]:
        if k < start:
            continue
        s, e = seq[start][0], seq[k][1]
        piece = text[s:e]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            sents.append((s + lead, s + len(piece.rstrip())))
        start = k + 1
    return sents


@lru_cache(maxsize=1)
def _warn_no_sentence_model() -> None:
    warnings.warn(Warnings.W010.format(path=_thai_sentences.model_path()), stacklevel=3)


def rule_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Rule-based sentence spans (used when no English model is installed)."""
    out, start = [], 0
    for m in [*_RULE_SENT_RE.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((offset + start + lead, offset + start + len(piece.rstrip())))
        start = m.end() if m else end
    return out


def _fill_spaces(parse: ParagraphParse, text: str, *, sentences: bool = True) -> None:
    """Add whitespace tokens for the gaps, so tokens reproduce the paragraph exactly;
    any non-space gap (should not happen) becomes a token of its own. With
    ``sentences=False`` the sentences are dropped (none is made up)."""
    filled: list[tuple[int, int, str, Any]] = []
    pos = 0
    for s, e, lang, pos_tag in parse.tokens:
        if s < pos:  # overlapping tokens from two tokenizers: keep the first
            continue
        if s > pos:
            filled.extend(_gap_tokens(text, pos, s))
        filled.append((s, e, lang, pos_tag))
        pos = e
    if pos < len(text):
        filled.extend(_gap_tokens(text, pos, len(text)))
    parse.tokens = filled
    if not sentences:
        parse.sentences = []
        return
    parse.sentences = tidy_sentences(parse.sentences, text)


def tidy_sentences(sentences: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sentence spans sorted, without repeats or empty ones, a dateline ending in a dash
    or a ``No.`` before a number joined to the sentence after it
    (:func:`~massmob_nlp.tokens.sentences.join_unfinished`);
    a paragraph with text but no sentence is one sentence."""
    sents = _thai_sentences.join_unfinished(sorted(set(sentences)), text)
    return [(s, e) for s, e in sents if e > s] or ([(0, len(text))] if text.strip() else [])


def _gap_tokens(text: str, s: int, e: int) -> list[tuple[int, int, str, Any]]:
    return [(s + m.start(), s + m.end(), "space" if m.group().isspace() else "und", None)
            for m in re.finditer(r"\s+|\S+", text[s:e])]
