"""Thai named-entity recognition with a CRF trained on ThaiNER 1.5.

The shipped model lives in ``models/thai_ner/`` (``model.crfsuite`` plus
``meta.json``, and ``spacy_ner/`` when ``meta.json`` enables the spaCy
ensemble member, see :mod:`massmob_nlp._thai_ner_spacy`).  It is loaded
lazily, once, on the first call to :func:`predict_thai_entities`.  Rebuild it
with::

    python models/train_thai_ner.py --data ../shared/data/thainer \
        --out models/thai_ner --spacy-epochs 12

Labels are ThaiNER's original labels (PERSON, ORGANIZATION, LOCATION, DATE,
TIME, MONEY, PERCENT, LAW, FACILITY, LEN, URL, PHONE, EMAIL, ZIP, AGO).

The work is split over private modules whose names are re-exported here, so
the training script, the benchmark and the tests import only this module:
``_thai_ner_tokens`` (:func:`tokenize`, chunks, BIO decoding),
``_thai_ner_features`` (:func:`sentence_features` and the cue lists) and
``_thai_ner_data`` (the ThaiNER line format and exact-span scoring).
Training and inference therefore always use the same code.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._text import SPLIT_AM, JoinedAm
from ..errors import Errors
from .data import format_scores, parse_thainer_line, score_spans
from .features import crf_items, match_entity_dict, pos_tag_tokens, sentence_features
from .items import ItemBuilder
from .tokens import (
    MAX_CHUNK_CHARS,
    TOKENIZER_ENGINE,  # noqa: F401  (re-exported)
    ScoredSpan,
    bio_to_spans,
    split_into_chunks,
    tokenize,
)

__all__ = [
    "MODEL_DIR_ENV",
    "REBUILD_COMMAND",
    "ThaiNER",
    "bio_to_spans",
    "crf_items",
    "format_scores",
    "load_thai_ner",
    "match_entity_dict",
    # re-exported for the training script, the benchmark and the tests
    "parse_thainer_line",
    "pos_tag_tokens",
    "predict_thai_entities",
    "predict_thai_entities_many",
    "score_spans",
    "sentence_features",
    "split_into_chunks",
    "tokenize",
]

#: Files of the model directory.
MODEL_FILE = "model.crfsuite"
META_FILE = "meta.json"
REBUILD_COMMAND = (
    "python models/train_thai_ner.py --data ../shared/data/thainer --out models/thai_ner"
    " --spacy-epochs 12"
)
#: Margin (in probability) kept by the test that lets a chunk skip the spaCy member.
SPACY_SKIP_MARGIN = 1e-6
#: Environment variable that overrides the model directory.
MODEL_DIR_ENV = "MASSMOB_THAI_NER_MODEL_DIR"


def _require(path: Path, *, is_dir: bool = False) -> None:
    """Raise ``FileNotFoundError`` naming ``path`` and the rebuild command."""
    if not (path.is_dir() if is_dir else path.is_file()):
        raise FileNotFoundError(Errors.E022.format(path=path, command=REBUILD_COMMAND))


class ThaiNER:
    """A loaded CRF model plus the metadata needed to featurize text."""

    def __init__(self, model_dir: os.PathLike[str] | str) -> None:
        model_dir = Path(model_dir)
        model_path = model_dir / MODEL_FILE
        meta_path = model_dir / META_FILE
        _require(model_path)
        _require(meta_path)
        import pycrfsuite

        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        self.model_dir = model_dir
        self.meta: dict[str, Any] = meta
        self.gazetteer: dict[str, str] = meta.get("gazetteer", {})
        self.split_table: dict[str, list[int]] = {
            k: list(v) for k, v in meta.get("split_table", {}).items()
        }
        self.entity_dict: dict[str, str] = meta.get("entity_dict", {})
        self.use_pos: bool = bool(meta.get("use_pos", False))
        self.max_chunk_chars: int = int(meta.get("max_chunk_chars", MAX_CHUNK_CHARS))
        self.item_builder = ItemBuilder(self.gazetteer, self.entity_dict)
        self._item_sequence = pycrfsuite.ItemSequence
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_path))
        self._crf_labels = frozenset(self.tagger.labels())
        self._entity_labels = sorted({t[2:] for t in self._crf_labels if t[:2] in ("B-", "I-")})
        # Optional spaCy NER ensemble member (see massmob_nlp._thai_ner_spacy).
        self.spacy_nlp: Any = None
        self.spacy_threshold: float = float(meta.get("spacy_threshold", 0.1))
        self.spacy_keep_threshold: float = float(meta.get("spacy_keep_threshold", 0.0))
        if meta.get("spacy_ensemble"):
            from . import spacy_model as _thai_ner_spacy

            _require(model_dir / _thai_ner_spacy.SPACY_DIR, is_dir=True)
            self.spacy_nlp = _thai_ner_spacy.load(model_dir)

    def _marginal(self, i: int, tag: str) -> float:
        return self.tagger.marginal(tag, i) if tag in self._crf_labels else 0.0

    def tag_tokens(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Return BIO tags and per-token marginal probabilities."""
        _, tags, scores = self._tag(tokens)
        return tags, scores

    def _tag(self, tokens: Sequence[str]) -> tuple[Any, list[str], list[float]]:
        """CRF items (as crfsuite's ``ItemSequence``: converted once, given again as is
        when the chunk's marginals are read later, :meth:`_merged`), BIO tags and
        marginals of ``tokens`` (the tagger keeps them)."""
        if not tokens:
            return [], [], []
        pos = pos_tag_tokens(tokens) if self.use_pos else None
        # == crf_items(sentence_features(tokens, self.gazetteer, pos, self.entity_dict))
        items = self._item_sequence(self.item_builder.items(tokens, pos))
        self.tagger.set(items)
        tags = self.tagger.tag()
        scores = [self.tagger.marginal(t, i) for i, t in enumerate(tags)]
        return items, list(tags), scores

    def _crf_chunk(self, tokens: Sequence[str], labels: frozenset[str] | None = None
                   ) -> tuple[list[ScoredSpan], Any, tuple[int, int]]:
        """CRF spans of one chunk, its CRF items when the spaCy member could change
        those spans (None when it cannot, see :meth:`_spacy_may_change`), and the first
        and last tokens a spaCy span that changes them may hold
        (:meth:`_spacy_last_token`); ``labels``: only the spans of those labels are
        asked for."""
        items, tags, scores = self._tag(tokens)
        spans = bio_to_spans(tokens, tags, scores)
        if self.spacy_nlp is None or not self._spacy_may_change(tokens, spans, labels):
            return spans, None, (-1, -1)
        return spans, items, (self._spacy_last_token(tokens, spans, labels, first=True),
                              self._spacy_last_token(tokens, spans, labels))

    def _spacy_may_change(self, tokens: Sequence[str], spans: list[ScoredSpan],
                          labels: frozenset[str] | None = None) -> bool:
        """False when no spaCy output can change the CRF's spans of this chunk (of
        ``labels`` when given; the tagger holds the chunk), so the spaCy member need
        not run: every CRF span scores at least ``spacy_keep_threshold`` (kept whatever
        spaCy says), and no token outside the CRF spans can be part of a spaCy span
        that :func:`spacy_model.merge_spans` adds (:meth:`_spacy_last_token` finds
        none)."""
        if any(sc < self.spacy_keep_threshold for _, _, lab, sc in spans
               if labels is None or lab in labels) or "O" not in self._crf_labels:
            return True
        return self._spacy_last_token(tokens, spans, labels) >= 0

    def _spacy_last_token(self, tokens: Sequence[str], spans: list[ScoredSpan],
                          labels: frozenset[str] | None = None, *, first: bool = False
                          ) -> int:
        """Index of the last token of the chunk (the tagger holds it) that a spaCy span
        able to change the CRF's spans holds, -1 when there is none: the last token of
        a CRF span scoring below ``spacy_keep_threshold`` (kept only when spaCy gives
        the same span) or a non-space token outside the CRF spans where some label has
        P(B-label) + P(I-label) above ``spacy_threshold`` (- a margin; looked at only
        where P(O) is below 1 - ``spacy_threshold`` + the margin: elsewhere each label
        has at most 1 - P(O)). A spaCy span without such a token is never added: the
        mean over its tokens that :func:`spacy_model.merge_spans` compares with
        ``spacy_threshold`` cannot pass it. ``labels``: only the spans of those labels
        count (:func:`spacy_model.merge_spans` decides each label's spans from the CRF
        spans and spaCy spans of that label, and from where any CRF span lies).
        ``first``: the first such token instead."""
        if "O" not in self._crf_labels:
            return 0 if first else len(tokens) - 1
        floor = 1.0 - self.spacy_threshold + SPACY_SKIP_MARGIN
        least = self.spacy_threshold - SPACY_SKIP_MARGIN
        asked = [lab for lab in self._entity_labels if labels is None or lab in labels]
        ends = list(itertools.accumulate(map(len, tokens)))
        for i in range(len(tokens)) if first else range(len(tokens) - 1, -1, -1):
            tok = tokens[i]  # from the end (unless first): the first found is the last
            start, end = ends[i] - len(tok), ends[i]
            inside = [(lab, sc) for s, e, lab, sc in spans if s < end and start < e]
            if any(sc < self.spacy_keep_threshold for lab, sc in inside
                   if labels is None or lab in labels) or (
                    not inside and not tok.isspace() and
                    self.tagger.marginal("O", i) < floor and
                    any(self._marginal(i, "B-" + lab) + self._marginal(i, "I-" + lab) > least
                        for lab in asked)):
                return i
        return -1

    def _merged(self, tokens: Sequence[str], spans: list[ScoredSpan],
                items: Any, spacy_spans: list[tuple[int, int, str]]
                ) -> list[ScoredSpan]:
        """CRF ``spans`` of a chunk merged with the spaCy member's ``spacy_spans``."""
        from . import spacy_model as _thai_ner_spacy

        stale = [items is not None]  # the tagger moved on to other chunks since

        def marginal(i: int, tag: str) -> float:
            if stale[0]:  # the chunk's marginals again, only when a spaCy span asks:
                self.tagger.set(items)  # its items already converted; marginals need
                stale[0] = False  # no Viterbi path (crfsuite computes them from set)
            return self._marginal(i, tag)

        return _thai_ner_spacy.merge_spans(
            spans, spacy_spans, tokens, marginal,
            self.spacy_threshold, self.spacy_keep_threshold,
        )

    def predict(self, text: str) -> list[ScoredSpan]:
        """Entities in ``text`` as (start_char, end_char, label, score)."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: Sequence[str], labels: Iterable[str] | None = None
                     ) -> list[list[ScoredSpan]]:
        """:meth:`predict` of each text; the spaCy member tags, in one ``nlp.pipe``
        batch, the chunks of all the texts whose CRF spans it could change (a
        document's paragraphs: one call, not one per paragraph). ``labels``: only the
        spans of those labels, the same as the spans of all labels filtered (the
        spaCy member runs only where it could change them: fewer chunks, shorter)."""
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(Errors.E013.format(type=type(text).__name__))
        asked = None if labels is None else frozenset(labels)
        joined = [JoinedAm(text) if SPLIT_AM in text else None for text in texts]
        if not any(joined):
            return self._predict_many(texts, asked)
        found = self._predict_many([j.text if j else t for j, t in zip(joined, texts)],
                                   asked)
        return [[(j.given(s), j.given(e), lab, sc) for s, e, lab, sc in spans] if j else spans
                for j, spans in zip(joined, found)]

    def _predict_many(self, texts: Sequence[str], labels: frozenset[str] | None = None
                      ) -> list[list[ScoredSpan]]:
        """:meth:`predict_many` of texts where ำ is one char (สำนัก, never สํานัก: the
        features, dictionaries and model know that spelling only)."""
        chunks = [[(offset, tokenize(chunk, self.split_table))
                   for offset, chunk in split_into_chunks(text, self.max_chunk_chars)]
                  for text in texts]
        crf = [[self._crf_chunk(tokens, labels) for _, tokens in text_chunks]
               for text_chunks in chunks]
        asked = [(tokens, held) for text_chunks, text_crf in zip(chunks, crf)
                 for (_, tokens), (_, items, held) in zip(text_chunks, text_crf)
                 if items is not None]
        pending: Iterator[list[tuple[int, int, str]]] = iter([])
        if asked:
            from . import spacy_model as _thai_ner_spacy

            pending = iter(_thai_ner_spacy.predict_many(
                self.spacy_nlp, [t for t, _ in asked], [held[1] for _, held in asked],
                [held[0] for _, held in asked]))
        out: list[list[ScoredSpan]] = []
        for text_chunks, text_crf in zip(chunks, crf):
            found: list[ScoredSpan] = []
            for (offset, tokens), (spans, items, _) in zip(text_chunks, text_crf):
                if self.spacy_nlp is not None:
                    spans = self._merged(tokens, spans, items,
                                         next(pending) if items is not None else [])
                found += [(offset + s, offset + e, lab, sc) for s, e, lab, sc in spans
                          if labels is None or lab in labels]
            out.append(found)
        return out


def _resolve_model_dir(model_dir: os.PathLike[str] | str | None) -> Path:
    if model_dir is not None:
        return Path(model_dir).resolve()
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env).resolve()
    from .._optional import models_dir

    return models_dir() / "thai_ner"


@lru_cache(maxsize=4)
def _load_cached(model_dir: Path) -> ThaiNER:
    return ThaiNER(model_dir)


def load_thai_ner(model_dir: os.PathLike[str] | str | None = None) -> ThaiNER:
    """Load (once, cached) the Thai NER model from ``model_dir``.

    Defaults to ``$MASSMOB_THAI_NER_MODEL_DIR`` or ``models/thai_ner`` in the
    repository.  Raises ``FileNotFoundError`` naming the missing file and the
    rebuild command.
    """
    return _load_cached(_resolve_model_dir(model_dir))


def predict_thai_entities(
    text: str, model_dir: os.PathLike[str] | str | None = None
) -> list[ScoredSpan]:
    """Find named entities in Thai ``text``.

    Returns a list of ``(start_char, end_char, label, score)`` where
    ``text[start_char:end_char]`` is the mention (no surrounding spaces),
    ``label`` a ThaiNER label and ``score`` the mean CRF marginal probability
    of the span's tags (for a span added by the spaCy ensemble member: of the
    span's label), in [0, 1].  Empty or whitespace-only text gives [].
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E013.format(type=type(text).__name__))
    if not text.strip():
        return []
    return load_thai_ner(model_dir).predict(text)


def predict_thai_entities_many(
    texts: Sequence[str], model_dir: os.PathLike[str] | str | None = None, *,
    labels: Iterable[str] | None = None
) -> list[list[ScoredSpan]]:
    """:func:`predict_thai_entities` of each text, in one batch (the same spans as one
    call per text, faster: the spaCy member runs once over all the texts); ``labels``:
    only the spans of those ThaiNER labels (:meth:`ThaiNER.predict_many`)."""
    for text in texts:
        if not isinstance(text, str):
            raise TypeError(Errors.E013.format(type=type(text).__name__))
    if not any(text.strip() for text in texts):
        return [[] for _ in texts]
    return load_thai_ner(model_dir).predict_many(texts, labels)
