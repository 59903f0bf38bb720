"""Thai sentence boundaries: a small CRF over the whitespace gaps of a paragraph.

Thai marks sentence ends (and many clause ends) with a space. PyThaiNLP's CRFCut,
trained on TED transcripts, cuts news text at nearly every space. This model looks
only at the whitespace gaps between tokens and labels each one ``B`` (sentence
boundary) or ``O``, from the words around the gap, CRFCut's own probability of a
sentence end there, ender/starter words, character classes and the lengths of the
chunks on either side. It was trained on UD Thai-PUD sentences joined into
paragraphs (see ``models/train_thai_sentences.py`` and ``models/thai_sentences/README.md``).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import _optional
from .thai_clause_gaps import (
    closes_number_clause,
    ends_attribution,
    gapped_contrast,
    join_conditional,
    join_verbless,
    move_to_adverbial,
    move_to_attribution,
)
from .thai_gap_words import splits_clause, starts_clause, starts_item

MODEL_FILE = "model.crfsuite"
CRF_WINDOW = 1500
"""Tokens per CRFCut call (CRFCut's marginals are one of the features)."""
CRF_FEATURE_WINDOW = 2
"""Words on each side in CRFCut's features (PyThaiNLP's default)."""
CRF_MAX_NGRAM = 3
"""Longest n-gram in CRFCut's features (PyThaiNLP's default)."""
GAP_WINDOW = 2000
"""Gaps per call of the gap model."""
_QUOTES = set("\"'“”‘’«»()[]")


_DASH_END = re.compile("(?:\\s[-\u2013\u2014]|[\u2013\u2014])\\s*$")
_NUMBER_ABBREVIATION = re.compile(
    "\\b(?:No|Nos|Art|Vol|Fig|Sec|Para|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    "\\.\\s*$")
_DIGIT_START = re.compile("\\s*[0-9]")
_ABBREVIATION_CHAIN = re.compile("(?:\\b[A-Z][a-z]{1,4}\\.\\s*){2,}(?=[0-9])")
"""Two or more capitalised abbreviations before a number: a case or file number in
romanised initials (``Black Case No. Or.Thor. 45/2568``, ``Kor. Sor. 12``); no
sentence ends inside one."""
_ABBREVIATION_START = re.compile("(?:[A-Z][a-z]{1,4}\\.\\s*)+(?=[0-9])")
_FINAL_STOP = re.compile("[.!?\u2026:;]['\"\u2019\u201d)\\]]*\\s*$")


def _in_chain(text: str, prev: tuple[int, int], start: int) -> bool:
    """Whether the boundary between the sentence prev and the one starting at start
    falls inside an abbreviation chain before a number, or right before one when
    prev has no final stop and only spaces (no line break) separate them."""
    for m in _ABBREVIATION_CHAIN.finditer(text, prev[0], min(len(text), start + 60)):
        if m.start() < start < m.end() + 1:
            return True
    return bool(_ABBREVIATION_START.match(text, start) and "\n" not in text[prev[1]:start]
                and not _FINAL_STOP.search(text, prev[0], prev[1]))


def join_unfinished(sentences: Sequence[tuple[int, int]], text: str
                    ) -> list[tuple[int, int]]:
    """Sentence spans (sorted) with each one that cannot end where it ends joined to
    the sentence after it:

    * one ending in a dash: a wire dateline (``WASHINGTON (AP) —``, ``Ha Noi, May 3
      (VNA) –``, ``ฟีนิกซ์ (เอพี) –``) opens the first sentence, and no sentence of
      either language ends with a dash (a hyphen counts after a space only: ``well-``);
    * one ending in an abbreviation written before a number (``Decree No.``,
      ``Art.``, ``Oct.``) when the next one starts with a digit (``No. | 72/2025``);
    * one ending inside a chain of capitalised abbreviations before a number
      (``Case No. | Or. | Thor. | 45/2568``), or with no final stop right before one
      (``Red Case | No. Or.Thor. 112/2569``): romanised Thai case and deed numbers.

    Examples:
        >>> text = "CAIRO (AP) — Fuel prices rose 5% on Monday. Queues formed."
        >>> join_unfinished([(0, 12), (13, 43), (44, 58)], text)
        [(0, 43), (44, 58)]
        >>> text = "Under Decree No. 72/2025, fees rise. They fall in Oct. next year."
        >>> join_unfinished([(0, 16), (17, 36), (37, 65)], text)
        [(0, 36), (37, 65)]
    """
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and (_DASH_END.search(text, out[-1][0], out[-1][1]) or (
                _NUMBER_ABBREVIATION.search(text, out[-1][0], out[-1][1])
                and _DIGIT_START.match(text, s)) or _in_chain(text, out[-1], s)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def model_path() -> Path:
    return _optional.models_dir() / "thai_sentences" / MODEL_FILE


@lru_cache(maxsize=1)
def gap_tagger() -> Any:
    """The trained gap model (pycrfsuite Tagger), or None when the file is missing."""
    path = model_path()
    if not path.exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.tokenize import crfcut

    return frozenset(crfcut._ENDERS), frozenset(crfcut._STARTERS)


def with_spaces(tokens: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tokens with the gaps between them as tokens of their own (CRFCut's input)."""
    seq: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(tokens):
        if i and tokens[i - 1][1] < s:
            seq.append((tokens[i - 1][1], s))
        seq.append((s, e))
    return seq


def crfcut(text: str, seq: Sequence[tuple[int, int]], marginals: bool = False
           ) -> tuple[list[str], list[float]]:
    """CRFCut labels (and P(E) when asked) for each item of seq, in windows; an ``E``
    right before a word that never starts a sentence (:func:`splits_clause`) becomes
    ``I``, and a gap before a numbered list item (:func:`starts_item`) ``E``. The
    probabilities are CRFCut's own."""
    tagger, _ = _optional.crfcut_tagger()
    features = crfcut_features
    labels: list[str] = []
    probs: list[float] = []
    for w0 in range(0, len(seq), CRF_WINDOW):
        words = [text[s:e] for s, e in seq[w0:w0 + CRF_WINDOW]]
        labels.extend(tagger.tag(features(words)))
        if marginals:
            probs.extend(tagger.marginal("E", j) for j in range(len(words)))
    labels = ["E" if starts_item(text, seq, j) or starts_clause(text, seq, j)
              or closes_number_clause(text, seq, j) or ends_attribution(text, seq, j)
              else "I" if lab == "E" and (splits_clause(text, seq, j)
                                          or gapped_contrast(text, seq, j)) else lab
              for j, lab in enumerate(labels)]
    moved = set(join_conditional(text, seq, join_verbless(text, seq, move_to_attribution(
        text, seq, move_to_adverbial(text, seq, [j for j, lab in enumerate(labels)
                                                 if lab == "E"])))))
    labels = ["E" if j in moved else "I" if lab == "E" else lab
              for j, lab in enumerate(labels)]
    return labels, probs


def crfcut_features(words: Sequence[str]) -> list[list[str]]:
    """CRFCut's features of each word (the same lists as PyThaiNLP's
    ``crfcut._extract_features``, window 2, n-grams up to 3), built a column at a time:
    each n-gram is joined once, not once per word whose window holds it."""
    if not words:
        return []
    enders, starters = _word_lists()
    pad = ["xxpad"] * CRF_FEATURE_WINDOW
    doc = [*pad, *words, *pad]
    flags = (doc, ["ender" if w in enders else "normal" for w in doc],
             ["starter" if w in starters else "normal" for w in doc])
    n_items, w = len(words), CRF_FEATURE_WINDOW
    cols: list[list[str]] = [["bias"] * n_items]
    for n in range(1, min(CRF_MAX_NGRAM + 1, 2 + w * 2)):
        joined = [["|".join(seq[j:j + n]) for j in range(len(doc) - n + 1)] for seq in flags]
        for o in range(-w, w + 2 - n):
            for kind, grams in zip(("word", "ender", "starter"), joined, strict=True):
                head = f"{kind}_{n}_{o}_{o + n}="
                cols.append([head + g for g in grams[w + o:w + o + n_items]])
    return [list(row) for row in zip(*cols, strict=True)]


def _cls(word: str) -> str:
    """Coarse character class of a word."""
    if not word:
        return "none"
    c = word[0]
    if c.isdigit():
        return "digit"
    if "\u0e00" <= c <= "\u0e7f":
        return "thai"
    if c.isalpha():
        return "latin"
    if c in _QUOTES:
        return "quote"
    return "punct"


def _bucket(n: int) -> str:
    return str(min(int(math.log2(n + 1)), 10))


def gap_features(text: str, seq: Sequence[tuple[int, int]], gaps: Sequence[int],
                 p_end: Sequence[float]) -> list[dict[str, float]]:
    """Features of each gap (an index into seq of a whitespace item)."""
    enders, starters = _word_lists()
    words = [text[s:e] for s, e in seq]
    n = len(seq)
    para_start, para_end = seq[0][0], seq[-1][1]
    out: list[dict[str, float]] = []
    for gi, k in enumerate(gaps):
        f: dict[str, float] = {"bias": 1.0}

        def w(j: int) -> str:
            return words[j] if 0 <= j < n else "<pad>"

        # only the words next to the gap: wider windows and n-grams overfit (4-fold
        # cross-validation on the training sentences, models/train_thai_sentences.py)
        f[f"L1={w(k - 1)}"] = 1.0
        f[f"R1={w(k + 1)}"] = 1.0
        f[f"L1R1={w(k - 1)}|{w(k + 1)}"] = 1.0
        left, right = w(k - 1), w(k + 1)
        f[f"Lend={left[-1:]}"] = 1.0
        f[f"Rbeg={right[:1]}"] = 1.0
        f[f"Lcls={_cls(left[-1:])}|Rcls={_cls(right[:1])}"] = 1.0
        if left in enders:
            f["L_ender"] = 1.0
        if right in starters:
            f["R_starter"] = 1.0
        gap = words[k]
        if "\n" in gap:
            f["newline"] = 1.0
        if len(gap) > 1:
            f["wide_gap"] = 1.0
        # CRFCut's P(E) on the word before the gap and on the gap itself
        pe = max(p_end[k - 1] if k else 0.0, p_end[k])
        f["crf_pe"] = pe
        f[f"crf_pe_b={int(pe * 5)}"] = 1.0
        # chunk lengths: back to the previous gap, on to the next gap, to the edges
        prev_gap = seq[gaps[gi - 1]][1] if gi else para_start
        next_gap = seq[gaps[gi + 1]][0] if gi + 1 < len(gaps) else para_end
        s, e = seq[k]
        lc, rc = s - prev_gap, next_gap - e
        f[f"lchunk={_bucket(lc)}"] = 1.0
        f[f"rchunk={_bucket(rc)}"] = 1.0
        f[f"lr={_bucket(lc)}|{_bucket(rc)}"] = 1.0
        f["lchunk_log"] = math.log1p(lc) / 6
        f["rchunk_log"] = math.log1p(rc) / 6
        f[f"from_start={_bucket(s - para_start)}"] = 1.0
        f[f"to_end={_bucket(para_end - e)}"] = 1.0
        ltoks = (k - gaps[gi - 1] - 1) if gi else k
        f[f"ltoks={_bucket(ltoks)}"] = 1.0
        out.append(f)
    return out


def gap_items(text: str, tokens: Sequence[tuple[int, int]]
              ) -> tuple[list[tuple[int, int]], list[int], list[dict[str, float]]]:
    """(seq, indices of the whitespace gaps in seq, their features)."""
    seq = with_spaces(tokens)
    gaps = [k for k, (s, e) in enumerate(seq) if text[s:e].isspace()]
    if not gaps:
        return seq, gaps, []
    _, p_end = crfcut(text, seq, marginals=True)
    return seq, gaps, gap_features(text, seq, gaps, p_end)


def boundary_gaps(text: str, tokens: Sequence[tuple[int, int]], tagger: Any
                  ) -> tuple[list[tuple[int, int]], list[int]]:
    """(seq, indices into seq of the gaps the model labels as sentence boundaries),
    except gaps right before a word that never starts a sentence (:func:`splits_clause`),
    and with every gap before a numbered list item (:func:`starts_item`)."""
    seq, gaps, feats = gap_items(text, tokens)
    ends: list[int] = []
    for w0 in range(0, len(gaps), GAP_WINDOW):
        labels = tagger.tag(feats[w0:w0 + GAP_WINDOW])
        ends.extend(k for k, lab in zip(gaps[w0:w0 + GAP_WINDOW], labels)
                    if starts_item(text, seq, k) or starts_clause(text, seq, k)
                    or closes_number_clause(text, seq, k) or ends_attribution(text, seq, k)
                    or (lab == "B" and not splits_clause(text, seq, k)
                        and not gapped_contrast(text, seq, k)))
    return seq, join_conditional(text, seq, join_verbless(text, seq, move_to_attribution(
        text, seq, move_to_adverbial(text, seq, ends))))


def make_paragraphs(sentences: Sequence[str], seed: int, lo: int = 2, hi: int = 5
                    ) -> list[tuple[str, list[int]]]:
    """Consecutive sentences joined by one space into paragraphs of lo..hi sentences:
    (paragraph, character offsets of the joining spaces)."""
    rng = random.Random(seed)
    out, i = [], 0
    while i < len(sentences):
        k = rng.randint(lo, hi)
        group = [s.strip() for s in sentences[i:i + k]]
        i += k
        text, joins = "", []
        for s in group:
            if text:
                joins.append(len(text))
                text += " "
            text += s
        out.append((text, joins))
    return out
